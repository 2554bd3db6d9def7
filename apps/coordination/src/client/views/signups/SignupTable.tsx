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
import { DataTable } from "../../ui/DataTable.js";

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
    <DataTable
      captionId="signups-caption"
      caption={`${caption} (${signups.length})`}
      columns={[
        { label: t("signups.received") },
        { label: t("signups.name") },
        { label: t("signups.municipality") },
        { label: t("signups.languages") },
        { label: t("signups.categories") },
        { label: t("signups.point") },
        decided && { label: t("signups.decision") },
        decided && { label: t("signups.decidedAt") },
      ]}
    >
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
    </DataTable>
  );
}
