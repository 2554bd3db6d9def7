import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { REVOCATION_REASONS } from "../../../../shared/api.js";
import { type RevocationReason, revokeCertificate } from "../../../api/certification.js";
import { isApiError } from "../../../api/http.js";
import { volunteerQuery } from "../../../api/volunteers.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { Alert } from "../../../ui/Alert.js";
import { announce } from "../../../ui/announcer.js";
import { Button } from "../../../ui/Button.js";
import { Dialog } from "../../../ui/Dialog.js";
import { RadioGroup } from "../../../ui/RadioGroup.js";

/** Revoking a certificate: a dialog asks for one of the fixed reasons. */
export function RevokeCertificate({
  number,
  volunteerId,
}: {
  number: string;
  volunteerId: string;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<RevocationReason | "">("");
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const dialogId = `revoke-${number}`;

  const revoke = async () => {
    if (!reason) {
      setError(t("revoke.chooseReason"));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await revokeCertificate(number, reason);
      setOpen(false);
      announce(t("revoke.done", { number }));
      // Without another certificate in force, the Worker sets a certified volunteer back to
      // in training: the record (its status badge) and the roster change too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["certification", "volunteer", volunteerId] }),
        queryClient.invalidateQueries({ queryKey: ["certification", "cohort"] }),
        queryClient.invalidateQueries({ queryKey: volunteerQuery(volunteerId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ["volunteers", "list"] }),
      ]);
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : t("error.unexpected"));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant="tertiary" small icon="close" onClick={() => setOpen(true)}>
        {t("revoke.open", { number })}
      </Button>
      <Dialog
        id={dialogId}
        title={t("revoke.title", { number })}
        open={open}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("action.cancel")}
            </Button>
            <Button variant="primary" disabled={pending} onClick={() => void revoke()}>
              {t("revoke.confirm")}
            </Button>
          </>
        }
      >
        {error ? (
          <Alert kind="danger" title={t("revoke.failed")} role="alert">
            <p className="kern-body">{error}</p>
          </Alert>
        ) : null}
        <RadioGroup
          id={`${dialogId}-reason`}
          legend={t("revoke.reason")}
          options={REVOCATION_REASONS.map((r) => ({ value: r, label: t(`revocationReason.${r}`) }))}
          value={reason}
          onChange={setReason}
        />
      </Dialog>
    </>
  );
}
