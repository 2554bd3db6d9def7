import { useQuery } from "@tanstack/react-query";
import { certificationQuery } from "../../../api/certification.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { ErrorState } from "../../../ui/ErrorState.js";
import { Loading } from "../../../ui/Loading.js";
import { Progress } from "../../../ui/Progress.js";
import { AttendedSessions } from "./AttendedSessions.js";
import { CertificateTable } from "./CertificateTable.js";
import { IssueCertificate } from "./IssueCertificate.js";
import { Requirements } from "./Requirements.js";

/** Where the volunteer stands against the policy, what they attended, their certificates. */
export function CertificationSection({ volunteerId }: { volunteerId: string }) {
  const { t } = useI18n();
  const progress = useQuery(certificationQuery(volunteerId));
  return (
    <section className="kern-stack-md page-section" aria-labelledby="certification-title">
      <h2 className="kern-heading-medium" id="certification-title">
        {t("certification.title")}
      </h2>
      {progress.isPending ? <Loading /> : null}
      {progress.isError ? (
        <ErrorState
          error={progress.error}
          retry={() => void progress.refetch()}
          unavailable={t("certification.unavailable")}
        />
      ) : null}
      {progress.data ? (
        <>
          <Progress
            id="certification-progress"
            label={t("certification.progress")}
            value={progress.data.progress}
          />
          <Requirements progress={progress.data} />
          <IssueCertificate
            volunteerId={volunteerId}
            eligible={progress.data.eligible}
            current={progress.data.certificates.find(
              (c) => c.state === "valid" || c.state === "renewal_due",
            )}
          />
          <AttendedSessions attended={progress.data.attended} />
          <CertificateTable certificates={progress.data.certificates} volunteerId={volunteerId} />
        </>
      ) : null}
    </section>
  );
}
