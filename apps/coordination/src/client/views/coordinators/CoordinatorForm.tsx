import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import {
  type Coordinator,
  type CoordinatorInput,
  coordinatorInputSchema,
  coordinatorRoleSchema,
} from "../../../shared/api.js";
import { workspaceDistrict } from "../../../shared/district.js";
import { createCoordinator, updateCoordinator } from "../../api/coordinators.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { CheckboxGroup } from "../../ui/CheckboxGroup.js";
import { ErrorSummary } from "../../ui/ErrorSummary.js";
import { fieldId } from "../../ui/form-issues.js";
import { RadioGroup } from "../../ui/RadioGroup.js";
import { TextField } from "../../ui/TextField.js";
import { useFormSubmit } from "../../ui/use-form-submit.js";
import { withoutBlanks } from "../../ui/without-blanks.js";

const FORM_ID = "coordinator";
const { district } = workspaceDistrict();

type Role = CoordinatorInput["role"];

/** Creating or changing a coordinator: e-mail (the Access identity), name, role, points, active. */
export function CoordinatorForm({ coordinator }: { coordinator: Coordinator | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(coordinator?.email ?? "");
  const [displayName, setDisplayName] = useState(coordinator?.displayName ?? "");
  const [role, setRole] = useState<Role | "">(coordinator?.role ?? "");
  const [points, setPoints] = useState<string[]>(coordinator?.points ?? []);
  const [active, setActive] = useState<"yes" | "no">(coordinator?.active === false ? "no" : "yes");
  const form = useFormSubmit<CoordinatorInput>({
    schema: coordinatorInputSchema,
    send: async (input) => {
      const saved = coordinator
        ? await updateCoordinator(coordinator.id, input)
        : await createCoordinator(input);
      await queryClient.invalidateQueries({ queryKey: ["coordinators"] });
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      announce(t("coordinatorForm.saved", { name: saved.displayName }));
      await navigate({ to: "/koordinierende" });
    },
  });
  return (
    <form
      id={FORM_ID}
      className="kern-stack-lg form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // An empty role stays "" so the check says "choose one of the options".
        void form.submit({
          ...withoutBlanks<Pick<CoordinatorInput, "email" | "displayName">>({
            email: email.trim(),
            displayName,
          }),
          role: role as Role,
          points,
          active: active === "yes",
        });
      }}
    >
      <ErrorSummary formId={FORM_ID} message={form.message} issues={form.issues} />
      <TextField
        id={fieldId(FORM_ID, "email")}
        label={t("coordinator.email")}
        hint={t("coordinatorForm.emailHint")}
        type="email"
        autoComplete="off"
        value={email}
        error={form.issueFor("email")}
        onChange={setEmail}
        required
      />
      <TextField
        id={fieldId(FORM_ID, "displayName")}
        label={t("coordinator.displayName")}
        autoComplete="off"
        value={displayName}
        error={form.issueFor("displayName")}
        onChange={setDisplayName}
        required
      />
      <RadioGroup
        id={fieldId(FORM_ID, "role")}
        legend={t("coordinator.role")}
        options={coordinatorRoleSchema.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        value={role}
        error={form.issueFor("role")}
        onChange={setRole}
      />
      <CheckboxGroup
        id={fieldId(FORM_ID, "points")}
        legend={t("coordinator.points")}
        hint={t("coordinatorForm.pointsHint")}
        options={district.coordinationPoints.map((p) => ({ value: p.id, label: pointName(p.id) }))}
        values={points}
        error={form.issueFor("points")}
        onChange={setPoints}
      />
      <RadioGroup
        id={fieldId(FORM_ID, "active")}
        legend={t("coordinator.active")}
        options={[
          { value: "yes", label: t("coordinator.isActive") },
          { value: "no", label: t("coordinator.isInactive") },
        ]}
        value={active}
        error={form.issueFor("active")}
        onChange={setActive}
        horizontal
      />
      <div className="form__actions">
        <Button type="submit" icon="check" disabled={form.pending}>
          {coordinator ? t("coordinatorForm.save") : t("coordinatorForm.create")}
        </Button>
      </div>
    </form>
  );
}
