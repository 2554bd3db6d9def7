import type { VolunteerSignup } from "@integrationspaten/domain";
import type { Submission } from "../../../shared/api.js";
import { formatInstant } from "../../format/dates.js";
import {
  categoryLabel,
  languageName,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { type Fact, Facts } from "../../ui/Facts.js";

/** What the person wrote in the sign-up form. */
export function SignupFacts({
  signup,
  payload,
}: {
  signup: Submission;
  payload: Partial<VolunteerSignup>;
}) {
  const { t, locale } = useI18n();
  const facts: Fact[] = [
    { label: t("signups.received"), value: formatInstant(signup.createdAt, locale) },
    { label: t("signups.point"), value: pointName(signup.coordinationPoint) },
    { label: t("signups.name"), value: payload.name ?? "" },
    { label: t("profile.email"), value: payload.email ?? "" },
    { label: t("profile.phone"), value: payload.phone ?? t("signup.notGiven") },
    { label: t("signups.municipality"), value: municipalityName(payload.municipality ?? "") },
    {
      label: t("signups.languages"),
      value: (
        <ul className="kern-list">
          {(payload.languages ?? []).map((l) => (
            <li key={l.language}>
              {languageName(l.language, locale)} – {t(`languageLevel.${l.level}`)}
            </li>
          ))}
        </ul>
      ),
    },
    {
      label: t("signups.categories"),
      value: (payload.categories ?? []).map((c) => categoryLabel(c, locale)).join(", "),
    },
    {
      label: t("signup.availabilityNote"),
      value: payload.availabilityNote ?? t("signup.notGiven"),
    },
    { label: t("signup.motivation"), value: payload.motivation ?? t("signup.notGiven") },
    {
      label: t("signup.formLanguage"),
      value: signup.locale ? languageName(signup.locale, locale) : t("signup.notGiven"),
    },
  ];
  return (
    <section className="kern-stack-sm page-section" aria-labelledby="signup-facts">
      <h2 className="kern-heading-medium" id="signup-facts">
        {t("signup.facts")}
      </h2>
      <Facts facts={facts} />
    </section>
  );
}
