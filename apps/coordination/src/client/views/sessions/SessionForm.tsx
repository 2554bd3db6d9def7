import { sessionKindSchema } from "@integrationspaten/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { type SessionInput, type SessionRecord, sessionInputSchema } from "../../../shared/api.js";
import { workspaceDistrict } from "../../../shared/district.js";
import { createSession, updateSession } from "../../api/sessions.js";
import { moduleLabel } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { ErrorSummary } from "../../ui/ErrorSummary.js";
import { fieldId } from "../../ui/form-issues.js";
import { RadioGroup } from "../../ui/RadioGroup.js";
import { SelectField } from "../../ui/SelectField.js";
import { TextField } from "../../ui/TextField.js";
import { useFormSubmit } from "../../ui/use-form-submit.js";
import { withoutBlanks } from "../../ui/without-blanks.js";

const FORM_ID = "session";
const { district } = workspaceDistrict();

type Kind = SessionInput["kind"];

interface Draft {
  kind: Kind | "";
  module: string;
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
}

const draftOf = (s: SessionRecord | undefined): Draft => ({
  kind: s?.kind ?? "",
  module: s?.module ?? "",
  title: s?.title ?? "",
  date: s?.date ?? "",
  start: s?.start ?? "",
  end: s?.end ?? "",
  location: s?.location ?? "",
});

/** The session as the contract's `sessionInputSchema` takes it; empty fields are left out. */
const inputOf = (draft: Draft): SessionInput => withoutBlanks<SessionInput>({ ...draft });

/** Creating or changing a session: format, module, title, day, times, place. */
export function SessionForm({ session }: { session: SessionRecord | undefined }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(session));
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const form = useFormSubmit<SessionInput>({
    schema: sessionInputSchema,
    send: async (input) => {
      const saved = session ? await updateSession(session.id, input) : await createSession(input);
      await queryClient.invalidateQueries({ queryKey: ["sessions"] });
      announce(t("sessionForm.saved", { title: saved.title }));
      await navigate({ to: "/termine" });
    },
  });
  return (
    <form
      id={FORM_ID}
      className="kern-stack-lg form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(inputOf(draft));
      }}
    >
      <ErrorSummary formId={FORM_ID} message={form.message} issues={form.issues} />
      <RadioGroup
        id={fieldId(FORM_ID, "kind")}
        legend={t("sessionForm.kind")}
        options={sessionKindSchema.options.map((k) => ({ value: k, label: t(`sessionKind.${k}`) }))}
        value={draft.kind}
        error={form.issueFor("kind")}
        onChange={(kind) => change({ kind })}
        horizontal
      />
      <SelectField
        id={fieldId(FORM_ID, "module")}
        label={t("sessionForm.module")}
        value={draft.module}
        options={district.curriculum.modules.map((m) => ({
          value: m.id,
          label: moduleLabel(m.id, locale),
        }))}
        placeholder={t("form.choose")}
        error={form.issueFor("module")}
        onChange={(module) => change({ module })}
      />
      <TextField
        id={fieldId(FORM_ID, "title")}
        label={t("sessionForm.title")}
        value={draft.title}
        error={form.issueFor("title")}
        onChange={(title) => change({ title })}
        required
      />
      <TextField
        id={fieldId(FORM_ID, "date")}
        label={t("sessionForm.date")}
        type="date"
        value={draft.date}
        error={form.issueFor("date")}
        onChange={(date) => change({ date })}
        required
      />
      <div className="field-row">
        <TextField
          id={fieldId(FORM_ID, "start")}
          label={t("sessionForm.start")}
          type="time"
          value={draft.start}
          error={form.issueFor("start")}
          onChange={(start) => change({ start })}
          required
        />
        <TextField
          id={fieldId(FORM_ID, "end")}
          label={t("sessionForm.end")}
          type="time"
          value={draft.end}
          error={form.issueFor("end")}
          onChange={(end) => change({ end })}
          required
        />
      </div>
      <TextField
        id={fieldId(FORM_ID, "location")}
        label={t("sessionForm.location")}
        value={draft.location}
        error={form.issueFor("location")}
        onChange={(location) => change({ location })}
        optional
      />
      <div className="form__actions">
        <Button type="submit" icon="check" disabled={form.pending}>
          {session ? t("sessionForm.save") : t("sessionForm.create")}
        </Button>
      </div>
    </form>
  );
}
