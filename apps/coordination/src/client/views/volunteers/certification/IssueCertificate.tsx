import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { CertificateRecord } from "../../../../shared/api.js";
import { issueCertificate } from "../../../api/certification.js";
import { isApiError } from "../../../api/http.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { Alert } from "../../../ui/Alert.js";
import { Button } from "../../../ui/Button.js";
import { type SaveResult, StatusMessage } from "../../../ui/StatusMessage.js";

interface IssueCertificateProps {
  volunteerId: string;
  eligible: boolean;
  /** A certificate that is still in force (valid or due for a refresher), if any. */
  current: CertificateRecord | undefined;
}

/**
 * „Zertifikat ausstellen“ — offered only when the volunteer is eligible and holds no
 * certificate in force (a revoked or expired one can be replaced).
 */
export function IssueCertificate({ volunteerId, eligible, current }: IssueCertificateProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);

  const issue = async () => {
    setPending(true);
    setResult(null);
    try {
      const certificate = await issueCertificate(volunteerId);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["certification"] }),
        queryClient.invalidateQueries({ queryKey: ["volunteers"] }),
      ]);
      setResult({
        kind: "success",
        message: t("certification.issued", { number: certificate.number }),
      });
    } catch (error) {
      setResult({
        kind: "danger",
        message: isApiError(error) ? error.message : t("error.unexpected"),
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="kern-stack-sm">
      {current ? (
        <p className="kern-body">{t("certification.holds", { number: current.number })}</p>
      ) : eligible ? (
        <>
          <Alert kind="success" title={t("certification.eligible")} />
          <div>
            <Button icon="check" disabled={pending} onClick={() => void issue()}>
              {t("certification.issue")}
            </Button>
          </div>
        </>
      ) : (
        <p className="kern-body">{t("certification.notEligible")}</p>
      )}
      <StatusMessage result={result} />
    </div>
  );
}
