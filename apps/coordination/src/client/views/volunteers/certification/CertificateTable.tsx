import type { CertificateRecord } from "../../../../shared/api.js";
import { certificatePdfPath } from "../../../api/certification.js";
import { formatDay } from "../../../format/dates.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { CertificateStateBadge } from "../../../ui/CertificateStateBadge.js";
import { TableScroll } from "../../../ui/TableScroll.js";
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
    <TableScroll captionId="certificates-caption">
      <table className="kern-table kern-table--small">
        <caption className="kern-title" id="certificates-caption">
          {t("certification.certificates")}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("certificate.number")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("certificate.state")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("certificate.issuedOn")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("certificate.validUntil")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("certificate.actions")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
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
        </tbody>
      </table>
    </TableScroll>
  );
}
