import type { CaseDetail } from "../../../shared/api.js";
import { formatDay, formatInstant } from "../../format/dates.js";
import {
  categoryLabel,
  languageName,
  municipalityName,
  pointName,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { type Fact, Facts } from "../../ui/Facts.js";
import {
  helpRequestForm,
  requesterLanguages,
  timesOfDayText,
  weekdayText,
} from "./help-request-payload.js";

/**
 * What the request form said and who to reply to. Once retention anonymised the case only
 * what the district's report counts is left; the page says so instead of empty fields.
 */
export function RequestFacts({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const none = t("signup.notGiven");
  const facts: Fact[] = [
    { label: t("signups.received"), value: formatInstant(detail.receivedAt, locale) },
    { label: t("signups.point"), value: pointName(detail.coordinationPoint) },
    { label: t("helpRequest.category"), value: categoryLabel(detail.category, locale) },
    { label: t("signups.municipality"), value: municipalityName(detail.municipality) },
    {
      label: t("helpRequest.languages"),
      value: requesterLanguages(detail.languages, t, locale) || none,
    },
    {
      label: t("signup.formLanguage"),
      value: detail.locale ? languageName(detail.locale, locale) : none,
    },
    {
      label: t("helpRequest.preferredDate"),
      value: detail.preferredDate ? formatDay(detail.preferredDate, locale) : none,
    },
  ];
  if (detail.request) {
    const form = helpRequestForm(detail.request);
    facts.push(
      ...(detail.preferredDate
        ? []
        : [{ label: t("helpRequest.weekdays"), value: weekdayText(form, t, locale) }]),
      { label: t("helpRequest.timesOfDay"), value: timesOfDayText(form, t) },
      { label: t("helpRequest.description"), value: form.description || none },
      {
        label: t("helpRequest.requester"),
        value: form.requesterRole ? t(`requesterRole.${form.requesterRole}`) : none,
      },
      { label: t("helpRequest.contactName"), value: form.contactName || none },
      { label: t("helpRequest.organisation"), value: form.organisation || none },
      {
        label: t("profile.email"),
        value: form.contactEmail ? (
          <a className="kern-link" href={`mailto:${form.contactEmail}`}>
            {form.contactEmail}
          </a>
        ) : (
          none
        ),
      },
      {
        label: t("profile.phone"),
        value: form.contactPhone ? (
          <a className="kern-link" href={`tel:${form.contactPhone.replace(/[^+0-9]/g, "")}`}>
            {form.contactPhone}
          </a>
        ) : (
          none
        ),
      },
    );
  }
  return (
    <section className="kern-stack-sm page-section" aria-labelledby="request-facts">
      <h2 className="kern-heading-medium" id="request-facts">
        {t("helpRequest.facts")}
      </h2>
      {detail.request ? null : (
        <Alert kind="info" title={t("case.anonymisedTitle")}>
          <p className="kern-body">{t("case.anonymisedText")}</p>
        </Alert>
      )}
      <Facts facts={facts} />
    </section>
  );
}
