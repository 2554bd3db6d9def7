import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { sessionListQuery } from "../../api/sessions.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { SessionTable } from "./SessionTable.js";

/** The training's expert talks and workshops, with their attendance. */
export function SessionListView() {
  const { t } = useI18n();
  const sessions = useQuery(sessionListQuery);
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("sessions.title")}>{t("sessions.title")}</PageHeading>
      <p>
        <Link to="/termine/neu" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t("sessions.new")}</span>
        </Link>
      </p>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? (
        <ErrorState
          error={sessions.error}
          retry={() => void sessions.refetch()}
          unavailable={t("sessions.unavailable")}
        />
      ) : null}
      {sessions.data ? <SessionTable sessions={sessions.data.sessions} /> : null}
    </div>
  );
}
