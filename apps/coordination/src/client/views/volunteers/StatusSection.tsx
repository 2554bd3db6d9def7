import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { VolunteerRecord } from "../../../shared/api.js";
import { isApiError } from "../../api/http.js";
import { changeStatus, type StatusChange } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { Dialog } from "../../ui/Dialog.js";
import { type SaveResult, StatusMessage } from "../../ui/StatusMessage.js";
import { VolunteerStatusBadge } from "../../ui/VolunteerStatusBadge.js";
import { statusChangesFrom } from "./status-transitions.js";

/** The volunteer's status and the changes offered from it; ending asks for confirmation. */
export function StatusSection({ volunteer }: { volunteer: VolunteerRecord }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const changes = statusChangesFrom(volunteer.status);

  const apply = async (status: StatusChange) => {
    setPending(true);
    setResult(null);
    try {
      const saved = await changeStatus(volunteer.id, status);
      queryClient.setQueryData(["volunteers", "detail", volunteer.id], saved);
      await queryClient.invalidateQueries({ queryKey: ["volunteers", "list"] });
      setResult({
        kind: "success",
        message: t("status.changed", { status: t(`volunteerStatus.${status}`) }),
      });
    } catch (error) {
      setResult({
        kind: "danger",
        message: isApiError(error) ? error.message : t("error.unexpected"),
      });
    } finally {
      setPending(false);
      setConfirmEnd(false);
    }
  };

  return (
    <section className="kern-stack-md page-section" aria-labelledby="status-title">
      <h2 className="kern-heading-medium" id="status-title">
        {t("status.title")}
      </h2>
      <p className="kern-body">
        {t("status.current")} <VolunteerStatusBadge status={volunteer.status} />
      </p>
      {changes.length > 0 ? (
        <div className="button-row">
          {changes.map((status) => (
            <Button
              key={status}
              variant={status === "retired" ? "tertiary" : "secondary"}
              disabled={pending}
              onClick={() => (status === "retired" ? setConfirmEnd(true) : void apply(status))}
            >
              {t(`status.to.${status}`)}
            </Button>
          ))}
        </div>
      ) : (
        <p className="kern-body">{t("status.noChanges")}</p>
      )}
      <StatusMessage result={result} />
      <Dialog
        id="end-dialog"
        title={t("status.endTitle")}
        open={confirmEnd}
        onClose={() => setConfirmEnd(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirmEnd(false)} autoFocus>
              {t("action.cancel")}
            </Button>
            <Button variant="primary" disabled={pending} onClick={() => void apply("retired")}>
              {t("status.to.retired")}
            </Button>
          </>
        }
      >
        <p className="kern-body">{t("status.endText", { name: volunteer.profile.displayName })}</p>
      </Dialog>
    </section>
  );
}
