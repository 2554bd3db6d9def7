import { Link } from "@tanstack/react-router";
import type { CaseSummary } from "../../../shared/api.js";
import { formatDay, formatInstant, formatInstantDate } from "../../format/dates.js";
import {
  categoryLabel,
  languageName,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { TableScroll } from "../../ui/TableScroll.js";
import { CaseStateBadges } from "./CaseStateBadges.js";
import { requesterLanguages } from "./help-request-payload.js";

/** The inbox as a table; the kind of help links to the case. */
export function CaseTable({
  cases,
  caption,
  showPoint,
}: {
  cases: readonly CaseSummary[];
  caption: string;
  /** With the coordination point (for someone who sees more than one). */
  showPoint: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <TableScroll captionId="cases-caption">
      <table className="kern-table">
        <caption className="kern-title" id="cases-caption">
          {caption} ({cases.length})
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
              {t("signups.municipality")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("helpRequest.languages")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signup.formLanguage")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("cases.stateColumn")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("cases.volunteer")}
            </th>
            {showPoint ? (
              <th scope="col" className="kern-table__header">
                {t("signups.point")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {cases.map((c) => (
            <tr className="kern-table__row" key={c.id}>
              <td className="kern-table__cell">{formatInstantDate(c.receivedAt, locale)}</td>
              <th scope="row" className="kern-table__cell">
                <Link to="/anfragen/$requestId" params={{ requestId: c.id }} className="kern-link">
                  {categoryLabel(c.category, locale)}
                </Link>
              </th>
              <td className="kern-table__cell">{municipalityName(c.municipality)}</td>
              <td className="kern-table__cell">{requesterLanguages(c.languages, t, locale)}</td>
              <td className="kern-table__cell">{c.locale ? languageName(c.locale, locale) : ""}</td>
              <td className="kern-table__cell">
                <CaseStateBadges state={c.state} urgent={c.urgent} returned={c.returned} />
                {c.preferredDate ? (
                  <span className="cell-note">
                    {t("cases.preferredDate", { date: formatDay(c.preferredDate, locale) })}
                  </span>
                ) : null}
                {c.state === "closed" && c.outcome ? (
                  <span className="cell-note">
                    {t("cases.outcome", { outcome: t(`caseOutcome.${c.outcome}`) })}
                  </span>
                ) : null}
              </td>
              <td className="kern-table__cell">
                <VolunteerCell summary={c} />
              </td>
              {showPoint ? (
                <td className="kern-table__cell">{pointName(c.coordinationPoint)}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Who is asked (and until when the offer waits) or who took the case. */
function VolunteerCell({ summary }: { summary: CaseSummary }) {
  const { t, locale } = useI18n();
  if (!summary.volunteer) {
    return summary.state === "open" ? t("cases.nobodyYet") : null;
  }
  return (
    <>
      {summary.volunteer.displayName}
      {summary.state === "offered" && summary.offerExpiresAt ? (
        <span className="cell-note">
          {t("cases.offerUntil", { date: formatInstant(summary.offerExpiresAt, locale) })}
        </span>
      ) : null}
      {summary.state === "accepted" ? <span className="cell-note">{t("cases.taken")}</span> : null}
    </>
  );
}
