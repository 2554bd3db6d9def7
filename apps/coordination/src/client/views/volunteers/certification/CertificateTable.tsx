import type { CertificateRecord } from "../../../../shared/api.js";
import { certificatePdfPath } from "../../../api/certification.js";
import { formatDay } from "../../../format/dates.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { CertificateStateBadge } from "../../../ui/CertificateStateBadge.js";
import { DataTable } from "../../../ui/DataTable.js";
import { RevokeCertificate } from "./RevokeCertificate.js";

/** The volunteer's certificates: state, validity, the PDF and revocation. */
export function CertificateTable({
  certificates,
  volunteerId,
}: {
  certificates: readonly CertificateRecord[];
  volunteerId: string;
}) {
  const { t, locale } = useI18n();
  if (certificates.length === 0)
    return <p className="kern-body">{t("certification.noCertificates")}</p>;
  return (
    <DataTable
      captionId="certificates-caption"
      caption={t("certification.certificates")}
      className="kern-table--small"
      columns={[
        { label: t("certificate.number") },
        { label: t("certificate.state") },
        { label: t("certificate.issuedOn") },
        { label: t("certificate.validUntil") },
        { label: t("certificate.actions") },
      ]}
    >
      {certificates.map((c) => (
        <tr className="kern-table__row" key={c.number}>
          <th scope="row" className="kern-table__cell">
            {c.number}
          </th>
          <td className="kern-table__cell">
            <CertificateStateBadge state={c.state} />
            {c.revokedOn ? (
              <span className="cell-note">
                {t("certificate.revokedOn", { date: formatDay(c.revokedOn, locale) })}
              </span>
            ) : null}
          </td>
          <td className="kern-table__cell">{formatDay(c.issuedOn, locale)}</td>
          <td className="kern-table__cell">
            {c.validUntil ? formatDay(c.validUntil, locale) : t("certificate.unlimited")}
          </td>
          <td className="kern-table__cell">
            <div className="kern-stack-xs">
              <a
                className="kern-link"
                href={certificatePdfPath(c.number)}
                target="_blank"
                rel="noopener"
              >
                <span className="kern-icon kern-icon--download" aria-hidden="true" />{" "}
                {t("certificate.pdf", { number: c.number })}
              </a>
              {c.state === "revoked" ? null : (
                <RevokeCertificate number={c.number} volunteerId={volunteerId} />
              )}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
