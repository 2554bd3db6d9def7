import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { VolunteerRecord } from "../../../shared/api.js";
import { isApiError } from "../../api/http.js";
import { eraseVolunteer } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { Dialog } from "../../ui/Dialog.js";

/**
 * Erasure on request (Art. 17 GDPR). The dialog says what goes (the record with contact
 * data, the attendance linked to the person, the holder's name on certificates) and what
 * stays (the audit log's entry that an erasure happened, without the name).
 */
export function EraseSection({ volunteer }: { volunteer: VolunteerRecord }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const name = volunteer.profile.displayName;

  const erase = async () => {
    setPending(true);
    setError(undefined);
    try {
      await eraseVolunteer(volunteer.id);
      queryClient.removeQueries({ queryKey: ["volunteers", "detail", volunteer.id] });
      await queryClient.invalidateQueries({ queryKey: ["volunteers", "list"] });
      announce(t("erase.done", { name }));
      await navigate({ to: "/ehrenamtliche" });
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : t("error.unexpected"));
      setOpen(false);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="kern-stack-md page-section" aria-labelledby="erase-title">
      <h2 className="kern-heading-medium" id="erase-title">
        {t("erase.title")}
      </h2>
      <p className="kern-body">{t("erase.intro")}</p>
      {error ? (
        <Alert kind="danger" title={t("erase.failed")} role="alert">
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
      <div>
        <Button variant="secondary" icon="delete" onClick={() => setOpen(true)}>
          {t("erase.open")}
        </Button>
      </div>
      <Dialog
        id="erase-dialog"
        title={t("erase.confirmTitle", { name })}
        open={open}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} autoFocus>
              {t("action.cancel")}
            </Button>
            <Button variant="primary" icon="delete" disabled={pending} onClick={() => void erase()}>
              {t("erase.confirm")}
            </Button>
          </>
        }
      >
        <p className="kern-body">{t("erase.whatGoes")}</p>
        <ul className="kern-list kern-list--bullet">
          <li>{t("erase.goesRecord")}</li>
          <li>{t("erase.goesAttendance")}</li>
          <li>{t("erase.goesCertificates")}</li>
        </ul>
        <p className="kern-body">{t("erase.whatStays")}</p>
        <p className="kern-body kern-body--bold">{t("erase.irreversible")}</p>
      </Dialog>
    </section>
  );
}
