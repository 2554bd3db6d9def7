import type { CaseDetail } from "../../../shared/api.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Facts } from "../../ui/Facts.js";
import { StepSection } from "./StepSection.js";
import { VolunteerName } from "./VolunteerName.js";

/** A case a volunteer took: who and when, and their answer to the follow-up question. */
export function AcceptedSection({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const taken = detail.assignments.find((a) => a.state === "accepted");
  const volunteer = taken ? taken.volunteer : detail.volunteer;
  return (
    <StepSection title={t("accepted.title")}>
      <Facts
        facts={[
          { label: t("accepted.volunteer"), value: <VolunteerName volunteer={volunteer} /> },
          ...(taken?.answeredAt
            ? [{ label: t("accepted.answeredAt"), value: formatInstant(taken.answeredAt, locale) }]
            : []),
          {
            label: t("accepted.followUp"),
            value: taken?.followUp ? t(`followUp.${taken.followUp}`) : t("accepted.noFollowUp"),
          },
        ]}
      />
      <p className="kern-body">{t("accepted.text")}</p>
    </StepSection>
  );
}
