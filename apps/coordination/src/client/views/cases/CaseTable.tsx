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
import { DataTable } from "../../ui/DataTable.js";
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
    <DataTable
      captionId="cases-caption"
      caption={`${caption} (${cases.length})`}
      columns={[
        { label: t("signups.received") },
        { label: t("helpRequest.category") },
        { label: t("signups.municipality") },
        { label: t("helpRequest.languages") },
        { label: t("signup.formLanguage") },
        { label: t("cases.stateColumn") },
        { label: t("cases.volunteer") },
        showPoint && { label: t("signups.point") },
      ]}
    >
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
    </DataTable>
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
