import type { Submission } from "../../../shared/api.js";
import { formatDay, formatInstant, weekdays } from "../../format/dates.js";
import {
  categoryLabel,
  languageList,
  languageName,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { type Fact, Facts } from "../../ui/Facts.js";
import { helpRequestForm } from "./help-request-payload.js";

/** What the request form said, and who to reply to. */
export function HelpRequestFacts({ request }: { request: Submission }) {
  const { t, locale } = useI18n();
  const form = helpRequestForm(request);
  const days = weekdays(locale);
  const none = t("signup.notGiven");
  const facts: Fact[] = [
    { label: t("signups.received"), value: formatInstant(request.createdAt, locale) },
    { label: t("signups.point"), value: pointName(request.coordinationPoint) },
    { label: t("helpRequest.category"), value: categoryLabel(form.category ?? "", locale) },
    { label: t("signups.municipality"), value: municipalityName(form.municipality ?? "") },
    { label: t("helpRequest.languages"), value: languageList(form.languages ?? [], locale) },
    {
      label: t("helpRequest.requesterLanguage"),
      value: request.locale ? languageName(request.locale, locale) : none,
    },
    {
      label: t("helpRequest.preferredDate"),
      value: form.preferredDate ? formatDay(form.preferredDate, locale) : none,
    },
    {
      label: t("helpRequest.weekdays"),
      value: form.weekdays?.length
        ? form.weekdays.map((d) => days.find((day) => day.value === d)?.name ?? d).join(", ")
        : t("helpRequest.anyDay"),
    },
    {
      label: t("helpRequest.timesOfDay"),
      value: form.timesOfDay?.length
        ? form.timesOfDay.map((time) => t(`timeOfDay.${time}`)).join(", ")
        : t("helpRequest.anyTime"),
    },
    { label: t("helpRequest.description"), value: form.description || none },
    {
      label: t("helpRequest.requester"),
      value: form.requesterRole ? t(`requesterRole.${form.requesterRole}`) : none,
    },
    { label: t("helpRequest.contactName"), value: form.contactName ?? none },
    { label: t("helpRequest.organisation"), value: form.organisation || none },
    { label: t("profile.email"), value: form.contactEmail || none },
    { label: t("profile.phone"), value: form.contactPhone || none },
  ];
  return (
    <section className="kern-stack-sm page-section" aria-labelledby="request-facts">
      <h2 className="kern-heading-medium" id="request-facts">
        {t("helpRequest.facts")}
      </h2>
      <Facts facts={facts} />
    </section>
  );
}
