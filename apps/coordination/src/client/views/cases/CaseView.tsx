import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useEffect, useMemo, useState } from "react";
import type { CaseDetail } from "../../../shared/api.js";
import { caseQuery } from "../../api/cases.js";
import { formatInstant } from "../../format/dates.js";
import { categoryLabel } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { AcceptedSection } from "./AcceptedSection.js";
import { AppointmentSection } from "./AppointmentSection.js";
import { AssignmentTable } from "./AssignmentTable.js";
import { CaseHistory } from "./CaseHistory.js";
import { CaseStateBadges } from "./CaseStateBadges.js";
import { CloseCaseForm } from "./CloseCaseForm.js";
import { ClosedSection } from "./ClosedSection.js";
import { type CaseReport, CaseReportContext } from "./case-report.js";
import { MatchingPanel } from "./MatchingPanel.js";
import { OfferSection } from "./OfferSection.js";
import { RequestFacts } from "./RequestFacts.js";

const route = getRouteApi("/_app/anfragen/$requestId");

/**
 * One help request as a case: what was asked, the step it is at (suggestions and
 * forwarding, the waiting offer, the volunteer who took it, the outcome), the appointment,
 * closing, everyone asked, and the history.
 */
export function CaseView() {
  const { requestId } = route.useParams();
  // A new case is a new page: nothing of the last one's messages carries over.
  return <CasePage key={requestId} caseId={requestId} />;
}

function CasePage({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const detail = useQuery(caseQuery(caseId));
  const title = detail.data
    ? t("helpRequest.titleFor", { category: categoryLabel(detail.data.category, locale) })
    : t("helpRequest.title");
  const [problem, setProblem] = useState<string | null>(null);
  const [mailProblem, setMailProblem] = useState<string | null>(null);
  const report = useMemo<CaseReport>(
    () => ({ problem, mailProblem, setProblem, setMailProblem }),
    [problem, mailProblem],
  );
  const state = detail.data?.state;
  // A failed e-mail belongs to the waiting offer; once there is none it is moot.
  useEffect(() => {
    if (state !== undefined && state !== "offered") setMailProblem(null);
  }, [state]);

  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        <Link to="/anfragen" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{" "}
          {t("helpRequest.back")}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {detail.isPending ? <Loading /> : null}
      {detail.isError ? (
        <ErrorState error={detail.error} retry={() => void detail.refetch()} />
      ) : null}
      {detail.data ? (
        <CaseReportContext value={report}>
          <CaseStatus detail={detail.data} />
          <RequestFacts detail={detail.data} />
          <CurrentStep detail={detail.data} />
          <AppointmentSection detail={detail.data} />
          {detail.data.state === "closed" ? null : <CloseCaseForm detail={detail.data} />}
          <AssignmentTable detail={detail.data} />
          <CaseHistory detail={detail.data} />
        </CaseReportContext>
      ) : null}
    </div>
  );
}

/** The state in words under the heading, with who is asked or has it. */
function CaseStatus({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const name = detail.volunteer?.displayName;
  let line: string | null = null;
  if (detail.state === "offered" && name) {
    line = detail.offerExpiresAt
      ? t("case.offeredTo", { name, date: formatInstant(detail.offerExpiresAt, locale) })
      : t("case.offeredToNoDate", { name });
  } else if (detail.state === "accepted" && name) {
    line = t("case.takenBy", { name });
  } else if (detail.state === "closed") {
    line = t("cases.outcome", { outcome: t(`caseOutcome.${detail.outcome ?? "unrecorded"}`) });
  }
  return (
    <div className="kern-stack-sm">
      <p className="kern-body case-status">
        <span>{t("case.state")}</span>{" "}
        <CaseStateBadges state={detail.state} urgent={detail.urgent} returned={detail.returned} />
      </p>
      {line ? <p className="kern-body">{line}</p> : null}
    </div>
  );
}

function CurrentStep({ detail }: { detail: CaseDetail }) {
  switch (detail.state) {
    case "open":
      return <MatchingPanel detail={detail} />;
    case "offered":
      return <OfferSection detail={detail} />;
    case "accepted":
      return <AcceptedSection detail={detail} />;
    case "closed":
      return <ClosedSection detail={detail} />;
  }
}
