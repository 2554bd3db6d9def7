import { Link } from "@tanstack/react-router";
import type { Submission } from "../../../shared/api.js";
import { formatInstantDate } from "../../format/dates.js";
import {
  categoryLabel,
  languageList,
  languageName,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { HelpRequestStatusBadge } from "../../ui/HelpRequestStatusBadge.js";
import { TableScroll } from "../../ui/TableScroll.js";
import { helpRequestForm } from "./help-request-payload.js";

/** Help requests as a table; the category links to the request. */
export function HelpRequestTable({ requests }: { requests: readonly Submission[] }) {
  const { t, locale } = useI18n();
  if (requests.length === 0) return <p className="kern-body">{t("helpRequests.none")}</p>;
  return (
    <TableScroll captionId="requests-caption">
      <table className="kern-table">
        <caption className="kern-title" id="requests-caption">
          {t("helpRequests.caption")} ({requests.length})
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("signups.received")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("helpRequest.category")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("helpRequests.status")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.municipality")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("helpRequest.languages")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("helpRequest.requesterLanguage")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.point")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {requests.map((request) => {
            const form = helpRequestForm(request);
            return (
              <tr className="kern-table__row" key={request.id}>
                <td className="kern-table__cell">{formatInstantDate(request.createdAt, locale)}</td>
                <th scope="row" className="kern-table__cell">
                  <Link
                    to="/anfragen/$requestId"
                    params={{ requestId: request.id }}
                    className="kern-link"
                  >
                    {categoryLabel(form.category ?? "", locale)}
                  </Link>
                </th>
                <td className="kern-table__cell">
                  <HelpRequestStatusBadge status={request.status} />
                </td>
                <td className="kern-table__cell">{municipalityName(form.municipality ?? "")}</td>
                <td className="kern-table__cell">{languageList(form.languages ?? [], locale)}</td>
                <td className="kern-table__cell">
                  {request.locale ? languageName(request.locale, locale) : ""}
                </td>
                <td className="kern-table__cell">{pointName(request.coordinationPoint)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
