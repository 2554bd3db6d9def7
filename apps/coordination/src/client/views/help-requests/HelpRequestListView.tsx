import { useQuery } from "@tanstack/react-query";
import { helpRequestListQuery } from "../../api/help-requests.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { HelpRequestTable } from "./HelpRequestTable.js";

/** Help requests from the public site for the coordinator's points. */
export function HelpRequestListView() {
  const { t } = useI18n();
  const requests = useQuery(helpRequestListQuery);
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("helpRequests.title")}>{t("helpRequests.title")}</PageHeading>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? (
        <ErrorState error={requests.error} retry={() => void requests.refetch()} />
      ) : null}
      {requests.data ? <HelpRequestTable requests={requests.data.helpRequests} /> : null}
    </div>
  );
}
