import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { sessionQuery } from "../../api/sessions.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { SessionForm } from "./SessionForm.js";

/** A new session (/termine/neu) or changing one (/termine/:id/bearbeiten). */
export function SessionEditView() {
  const { t } = useI18n();
  const { sessionId } = useParams({ strict: false });
  const session = useQuery({ ...sessionQuery(sessionId ?? ""), enabled: sessionId !== undefined });
  const title = sessionId ? t("sessionForm.editTitle") : t("sessionForm.newTitle");
  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        <Link to="/termine" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{" "}
          {t("sessionForm.back")}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {sessionId === undefined ? <SessionForm session={undefined} /> : null}
      {sessionId !== undefined && session.isPending ? <Loading /> : null}
      {session.isError ? (
        <ErrorState error={session.error} retry={() => void session.refetch()} />
      ) : null}
      {session.data ? <SessionForm session={session.data} /> : null}
    </div>
  );
}
