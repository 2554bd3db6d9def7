import type { CaseDetail } from "../../../shared/api.js";
import { reopenCase } from "../../api/cases.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { Facts } from "../../ui/Facts.js";
import { StepSection } from "./StepSection.js";
import { useCaseAction } from "./use-case-action.js";

/** A closed case: how it ended, and opening it again (not once it is anonymised). */
export function ClosedSection({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const closedAt = detail.history.filter((e) => e.event === "closed").at(-1)?.at;
  const reopen = useCaseAction({
    caseId: detail.id,
    send: () => reopenCase(detail.id),
    changesState: true,
  });
  return (
    <StepSection title={t("closed.title")}>
      <Facts
        facts={[
          {
            label: t("closed.outcome"),
            value: t(`caseOutcome.${detail.outcome ?? "unrecorded"}`),
          },
          ...(closedAt
            ? [{ label: t("closed.closedAt"), value: formatInstant(closedAt, locale) }]
            : []),
        ]}
      />
      {detail.request ? (
        <div className="button-row">
          <Button
            variant="secondary"
            icon="autorenew"
            disabled={reopen.pending}
            onClick={async () => {
              if (await reopen.run(undefined)) announce(t("closed.reopened"));
            }}
          >
            {t("closed.reopen")}
          </Button>
        </div>
      ) : (
        <p className="kern-body">{t("closed.anonymisedNoReopen")}</p>
      )}
    </StepSection>
  );
}
