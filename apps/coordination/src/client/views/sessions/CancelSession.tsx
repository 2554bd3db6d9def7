import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { SessionRecord } from "../../../shared/api.js";
import { isApiError } from "../../api/http.js";
import { cancelSession } from "../../api/sessions.js";
import { formatDay } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { Dialog } from "../../ui/Dialog.js";

/** Cancelling a session, after a confirmation (calendars show it as cancelled). */
export function CancelSession({ session }: { session: SessionRecord }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const cancel = async () => {
    setPending(true);
    setError(undefined);
    try {
      await cancelSession(session.id);
      setOpen(false);
      announce(t("sessions.cancelDone", { title: session.title }));
      await queryClient.invalidateQueries({ queryKey: ["sessions"] });
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : t("error.unexpected"));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="kern-link link-button"
        aria-label={t("sessions.cancelFor", { title: session.title })}
        onClick={() => setOpen(true)}
      >
        {t("sessions.cancel")}
      </button>
      <Dialog
        id={`cancel-${session.id}`}
        title={t("sessions.cancelTitle")}
        open={open}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              {t("sessions.keep")}
            </Button>
            <Button variant="primary" disabled={pending} onClick={() => void cancel()}>
              {t("sessions.cancelConfirm")}
            </Button>
          </>
        }
      >
        {error ? (
          <Alert kind="danger" title={t("state.saveFailed")} role="alert">
            <p className="kern-body">{error}</p>
          </Alert>
        ) : null}
        <p className="kern-body">
          {t("sessions.cancelText", {
            title: session.title,
            date: formatDay(session.date, locale),
          })}
        </p>
      </Dialog>
    </>
  );
}
