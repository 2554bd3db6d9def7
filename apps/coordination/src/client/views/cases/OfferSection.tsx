import { useState } from "react";
import type { CaseDetail } from "../../../shared/api.js";
import { resendOffer, withdrawOffer } from "../../api/cases.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { Facts } from "../../ui/Facts.js";
import { useCaseReport } from "./case-report.js";
import { StepSection } from "./StepSection.js";
import { useCaseAction } from "./use-case-action.js";
import { VolunteerName } from "./VolunteerName.js";

/**
 * A case whose offer waits for the volunteer's answer: who, since when and until when,
 * taking the offer back, and sending the e-mail again when it could not be delivered.
 */
export function OfferSection({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const report = useCaseReport();
  const offer = detail.assignments.find((a) => a.state === "offered");
  const volunteer = offer ? offer.volunteer : detail.volunteer;
  const name = volunteer?.displayName ?? t("assignments.erased");
  const expiresAt = offer?.expiresAt ?? detail.offerExpiresAt;
  // The e-mail failed when the offer's latest step is „mail_failed“ (so it shows after a
  // reload too) — unless it was sent again since.
  const [resentAfter, setResentAfter] = useState(0);
  const latest = offer ? detail.history.filter((e) => e.assignmentId === offer.id).at(-1) : null;
  const mailFailed =
    report.mailProblem !== null || (latest?.event === "mail_failed" && latest.id > resentAfter);

  const withdraw = useCaseAction({
    caseId: detail.id,
    send: () => withdrawOffer(detail.id),
    changesState: true,
  });
  const resend = useCaseAction({ caseId: detail.id, send: () => resendOffer(detail.id) });

  const takeBack = async () => {
    if (await withdraw.run(undefined)) {
      report.setMailProblem(null);
      announce(t("offer.withdrawn", { name }));
    }
  };
  const sendAgain = async () => {
    const saved = await resend.run(undefined);
    if (saved) {
      report.setMailProblem(null);
      setResentAfter(Math.max(0, ...saved.history.map((e) => e.id)));
      announce(t("offer.resent", { name }));
    }
  };

  return (
    <StepSection title={t("offer.title")}>
      {mailFailed ? (
        <Alert kind="warning" title={t("offer.mailFailedTitle")} role="alert">
          <p className="kern-body">{report.mailProblem ?? t("offer.mailFailedText", { name })}</p>
          <div>
            <Button
              variant="primary"
              icon="mail"
              disabled={resend.pending}
              onClick={() => void sendAgain()}
            >
              {t("offer.resend")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <Facts
        facts={[
          { label: t("offer.volunteer"), value: <VolunteerName volunteer={volunteer} /> },
          ...(offer
            ? [{ label: t("offer.offeredAt"), value: formatInstant(offer.offeredAt, locale) }]
            : []),
          ...(expiresAt
            ? [{ label: t("offer.expiresAt"), value: formatInstant(expiresAt, locale) }]
            : []),
        ]}
      />
      <p className="kern-body">{t("offer.text")}</p>
      <div className="button-row">
        <Button
          variant="secondary"
          icon="close"
          disabled={withdraw.pending}
          onClick={() => void takeBack()}
        >
          {t("offer.withdraw")}
        </Button>
      </div>
    </StepSection>
  );
}
