import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, linkOptions } from "@tanstack/react-router";
import { attendanceQuery } from "../../api/sessions.js";
import { formatDay, todayInDistrict } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { FilterLinks } from "../../ui/FilterLinks.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { AttendanceEditor } from "./AttendanceEditor.js";
import { FutureSessionNotice } from "./FutureSessionNotice.js";

const route = getRouteApi("/_app/termine/$sessionId/anwesenheit");

/** Taking attendance of one session: one row per volunteer, saved as one request. */
export function AttendanceView() {
  const { t, locale } = useI18n();
  const { sessionId } = route.useParams();
  const everyone = route.useSearch().everyone === true;
  const attendance = useQuery(attendanceQuery(sessionId, everyone));
  const session = attendance.data?.session;
  // Attendance is taken from the session's day on; before, the Worker answers 409.
  const upcoming = session !== undefined && session.date > todayInDistrict();
  const title = session
    ? t("attendance.titleFor", { title: session.title, date: formatDay(session.date, locale) })
    : t("attendance.title");
  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        <Link to="/termine" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{" "}
          {t("sessionForm.back")}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {attendance.isPending ? <Loading /> : null}
      {attendance.isError ? (
        <ErrorState
          error={attendance.error}
          retry={() => void attendance.refetch()}
          unavailable={t("attendance.unavailable")}
        />
      ) : null}
      {session && upcoming ? <FutureSessionNotice session={session} /> : null}
      <FilterLinks
        label={t("attendance.who")}
        links={[
          {
            key: "training",
            label: t("attendance.whoTraining"),
            options: linkOptions({ to: "/termine/$sessionId/anwesenheit", params: { sessionId } }),
            current: !everyone,
          },
          {
            key: "everyone",
            label: t("attendance.whoEveryone"),
            options: linkOptions({
              to: "/termine/$sessionId/anwesenheit",
              params: { sessionId },
              search: { everyone: true },
            }),
            current: everyone,
          },
        ]}
      />
      {attendance.data && !upcoming ? (
        <AttendanceEditor
          key={`${attendance.data.session.updatedAt}-${everyone}`}
          session={attendance.data.session}
          entries={attendance.data.entries}
          everyone={everyone}
        />
      ) : null}
    </div>
  );
}
