import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { helpRequestQuery } from "../../api/help-requests.js";
import { categoryLabel } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { HelpRequestFacts } from "./HelpRequestFacts.js";
import { HelpRequestStatusForm } from "./HelpRequestStatusForm.js";
import { helpRequestForm } from "./help-request-payload.js";

const route = getRouteApi("/_app/anfragen/$requestId");

/** One help request: what was asked, by whom, and its status. */
export function HelpRequestDetailView() {
  const { t, locale } = useI18n();
  const { requestId } = route.useParams();
  const request = useQuery(helpRequestQuery(requestId));
  const title = request.data
    ? t("helpRequest.titleFor", {
        category: categoryLabel(helpRequestForm(request.data).category ?? "", locale),
      })
    : t("helpRequest.title");
  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        <Link to="/anfragen" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{" "}
          {t("helpRequest.back")}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {request.isPending ? <Loading /> : null}
      {request.isError ? (
        <ErrorState error={request.error} retry={() => void request.refetch()} />
      ) : null}
      {request.data ? (
        <>
          <HelpRequestStatusForm request={request.data} />
          <HelpRequestFacts request={request.data} />
        </>
      ) : null}
    </div>
  );
}
