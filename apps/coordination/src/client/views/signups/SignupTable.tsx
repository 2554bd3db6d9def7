import { Link } from "@tanstack/react-router";
import type { SignupSummary } from "../../../shared/api.js";
import { formatInstantDate } from "../../format/dates.js";
import {
  categoryLabel,
  languageList,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { TableScroll } from "../../ui/TableScroll.js";

/** The sign-ups as a table; the name links to the sign-up. */
export function SignupTable({
  signups,
  decided,
}: {
  signups: readonly SignupSummary[];
  decided: boolean;
}) {
  const { t, locale } = useI18n();
  const caption = decided ? t("signups.decidedCaption") : t("signups.openCaption");
  if (signups.length === 0) {
    return (
      <p className="kern-body">{decided ? t("signups.noneDecided") : t("signups.noneOpen")}</p>
    );
  }
  return (
    <TableScroll captionId="signups-caption">
      <table className="kern-table">
        <caption className="kern-title" id="signups-caption">
          {caption} ({signups.length})
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("signups.received")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.name")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.municipality")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.languages")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.categories")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("signups.point")}
            </th>
            {decided ? (
              <>
                <th scope="col" className="kern-table__header">
                  {t("signups.decision")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("signups.decidedAt")}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {signups.map((signup) => (
            <tr className="kern-table__row" key={signup.id}>
              <td className="kern-table__cell">{formatInstantDate(signup.createdAt, locale)}</td>
              <th scope="row" className="kern-table__cell">
                <Link
                  to="/anmeldungen/$signupId"
                  params={{ signupId: signup.id }}
                  className="kern-link"
                >
                  {signup.name || t("signups.unnamed")}
                </Link>
              </th>
              <td className="kern-table__cell">{municipalityName(signup.municipality)}</td>
              <td className="kern-table__cell">{languageList(signup.languages, locale)}</td>
              <td className="kern-table__cell">
                {signup.categories.map((c) => categoryLabel(c, locale)).join(", ")}
              </td>
              <td className="kern-table__cell">{pointName(signup.coordinationPoint)}</td>
              {decided ? (
                <>
                  <td className="kern-table__cell">
                    {signup.decision ? t(`decision.${signup.decision}`) : ""}
                  </td>
                  <td className="kern-table__cell">
                    {signup.decidedAt ? formatInstantDate(signup.decidedAt, locale) : ""}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
