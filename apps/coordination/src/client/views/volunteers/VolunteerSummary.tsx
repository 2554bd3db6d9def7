import type { VolunteerRecord } from "../../../shared/api.js";
import { formatDay, formatInstant, weekdays } from "../../format/dates.js";
import {
  categoryLabel,
  languageName,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { type Fact, Facts } from "../../ui/Facts.js";
import { VolunteerStatusBadge } from "../../ui/VolunteerStatusBadge.js";

/** The record at a glance. */
export function VolunteerSummary({ volunteer }: { volunteer: VolunteerRecord }) {
  const { t, locale } = useI18n();
  const { profile } = volunteer;
  const days = weekdays(locale);
  const goodConduct = profile.goodConduct
    ? t(
        profile.goodConduct.clear ? "volunteer.goodConductClear" : "volunteer.goodConductNotClear",
        {
          date: formatDay(profile.goodConduct.seenOn, locale),
        },
      )
    : t("volunteer.goodConductNone");
  const facts: Fact[] = [
    { label: t("volunteers.status"), value: <VolunteerStatusBadge status={volunteer.status} /> },
    { label: t("volunteers.point"), value: pointName(volunteer.coordinationPoint) },
    {
      label: t("profile.languages"),
      value: profile.languages
        .map((l) => `${languageName(l.language, locale)} (${t(`languageLevel.${l.level}`)})`)
        .join(", "),
    },
    {
      label: t("profile.municipalities"),
      value: profile.municipalities.map(municipalityName).join(", "),
    },
    {
      label: t("profile.categories"),
      value:
        profile.categories.map((c) => categoryLabel(c, locale)).join(", ") || t("signup.notGiven"),
    },
    {
      label: t("profile.availability"),
      value:
        profile.availability
          .map(
            (s) =>
              `${days.find((d) => d.value === s.weekday)?.name ?? s.weekday} ${s.from}–${s.to}`,
          )
          .join(", ") || t("signup.notGiven"),
    },
    { label: t("profile.goodConduct"), value: goodConduct },
    {
      label: t("profile.contact"),
      value: [profile.contact.email, profile.contact.phone].filter(Boolean).join(" · "),
    },
    { label: t("volunteer.updated"), value: formatInstant(volunteer.updatedAt, locale) },
  ];
  return (
    <section className="kern-stack-sm page-section" aria-labelledby="volunteer-summary">
      <h2 className="kern-heading-medium" id="volunteer-summary">
        {t("volunteer.summary")}
      </h2>
      <Facts facts={facts} />
    </section>
  );
}
