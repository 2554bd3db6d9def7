import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import type { CaseDetail, MatchEntry, MatchingResult } from "../../../shared/api.js";
import { caseMatchingQuery, forwardCase } from "../../api/cases.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert, type AlertKind } from "../../ui/Alert.js";
import { announce } from "../../ui/announcer.js";
import { Badge } from "../../ui/Badge.js";
import { Button } from "../../ui/Button.js";
import { DataTable } from "../../ui/DataTable.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { ExcludedVolunteers } from "./ExcludedVolunteers.js";
import { ForwardDialog } from "./ForwardDialog.js";
import { ReasonList } from "./ReasonList.js";
import { StepSection } from "./StepSection.js";
import { useCaseAction } from "./use-case-action.js";

const STEP_KIND: Record<MatchingResult["step"], AlertKind> = {
  shared_language: "info",
  bridge_language: "info",
  interpreter: "warning",
  none: "warning",
};

/**
 * An open case: who fits (the domain's ranking with its reasons), forwarding to one of
 * them after a confirmation, and on request who does not fit and why.
 */
export function MatchingPanel({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const matching = useQuery(caseMatchingQuery(detail.id));
  const [chosen, setChosen] = useState<MatchEntry | null>(null);
  const forward = useCaseAction({
    caseId: detail.id,
    send: (volunteerId: string) => forwardCase(detail.id, volunteerId),
    changesState: true,
  });
  // After a decline (or an offer that ran out or was taken back) the best one not asked
  // yet is the suggestion; before, the ranking's first place says it.
  const askedSomeone = detail.assignments.length > 0;
  const next = askedSomeone ? matching.data?.next : null;
  const nextEntry = next ? matching.data?.candidates.find((c) => c.volunteerId === next) : null;

  const confirm = async () => {
    if (!chosen) return;
    const name = chosen.displayName;
    const saved = await forward.run(chosen.volunteerId);
    setChosen(null);
    if (saved) {
      announce(
        saved.offerExpiresAt
          ? t("forward.done", { name, date: formatInstant(saved.offerExpiresAt, locale) })
          : t("forward.doneNoDate", { name }),
      );
    }
  };

  return (
    <StepSection title={t("matching.title")}>
      {matching.isPending ? <Loading /> : null}
      {matching.isError ? (
        <ErrorState
          error={matching.error}
          retry={() => void matching.refetch()}
          unavailable={t("matching.unavailable")}
        />
      ) : null}
      {matching.data ? (
        <>
          <Alert kind={STEP_KIND[matching.data.step]} title={t(`matchStep.${matching.data.step}`)}>
            <p className="kern-body">{matching.data.summary}</p>
          </Alert>
          <p className="kern-body">
            {t("matching.count", { count: matching.data.candidates.length })}
          </p>
          {nextEntry ? (
            <p className="kern-body">{t("matching.nextText", { name: nextEntry.displayName })}</p>
          ) : null}
          {matching.data.candidates.length > 0 ? (
            <CandidateTable
              candidates={matching.data.candidates}
              next={next ?? null}
              pending={forward.pending}
              onForward={setChosen}
            />
          ) : (
            <p className="kern-body">{t("matching.none")}</p>
          )}
          <ExcludedVolunteers caseId={detail.id} count={matching.data.excludedCount} />
        </>
      ) : null}
      <ForwardDialog
        detail={detail}
        candidate={chosen}
        pending={forward.pending}
        onCancel={() => setChosen(null)}
        onConfirm={() => void confirm()}
      />
    </StepSection>
  );
}

function CandidateTable({
  candidates,
  next,
  pending,
  onForward,
}: {
  candidates: readonly MatchEntry[];
  next: string | null;
  pending: boolean;
  onForward: (candidate: MatchEntry) => void;
}) {
  const { t } = useI18n();
  return (
    <DataTable
      captionId="candidates-caption"
      caption={t("matching.caption")}
      columns={[
        { label: t("matching.rank"), align: "numeric" },
        { label: t("matching.name") },
        { label: t("matching.reasons") },
        { label: t("matching.action"), align: "action" },
      ]}
    >
      {candidates.map((c) => (
        <tr
          className={`kern-table__row${c.volunteerId === next ? " candidate--next" : ""}`}
          key={c.volunteerId}
        >
          <td className="kern-table__cell kern-table__cell--numeric">{c.rank ?? ""}</td>
          <th scope="row" className="kern-table__cell">
            <Link
              to="/ehrenamtliche/$volunteerId"
              params={{ volunteerId: c.volunteerId }}
              className="kern-link"
            >
              {c.displayName}
            </Link>
            {c.volunteerId === next || c.askedBefore ? (
              <span className="badge-group cell-badges">
                {c.volunteerId === next ? (
                  <Badge kind="success" label={t("matching.next")} />
                ) : null}
                {c.askedBefore ? <Badge kind="info" label={t("matching.askedBefore")} /> : null}
              </span>
            ) : null}
          </th>
          <td className="kern-table__cell">
            <ReasonList reasons={c.reasons} />
          </td>
          <td className="kern-table__cell kern-table__cell--action">
            <Button
              variant={c.volunteerId === next ? "primary" : "secondary"}
              small
              icon="arrow-forward"
              disabled={pending}
              aria-label={t("matching.forwardTo", { name: c.displayName })}
              onClick={() => onForward(c)}
            >
              {t("matching.forward")}
            </Button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
