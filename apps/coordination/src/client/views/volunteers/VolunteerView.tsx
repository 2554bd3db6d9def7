import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { volunteerQuery } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { CertificationSection } from "./certification/CertificationSection.js";
import { EraseSection } from "./EraseSection.js";
import { FeedSection } from "./FeedSection.js";
import { ProfileSection } from "./ProfileSection.js";
import { StatusSection } from "./StatusSection.js";
import { VolunteerSummary } from "./VolunteerSummary.js";

const route = getRouteApi("/_app/ehrenamtliche/$volunteerId");

/** A volunteer's record: summary, status, certification, profile, calendar, erasure. */
export function VolunteerView() {
  const { t } = useI18n();
  const { volunteerId } = route.useParams();
  const volunteer = useQuery(volunteerQuery(volunteerId));
  const title = volunteer.data?.profile.displayName ?? t("volunteer.title");
  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        <Link to="/ehrenamtliche" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{" "}
          {t("volunteer.back")}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {volunteer.isPending ? <Loading /> : null}
      {volunteer.isError ? (
        <ErrorState error={volunteer.error} retry={() => void volunteer.refetch()} />
      ) : null}
      {volunteer.data ? (
        <>
          <VolunteerSummary volunteer={volunteer.data} />
          <StatusSection volunteer={volunteer.data} />
          <CertificationSection volunteerId={volunteer.data.id} />
          <ProfileSection volunteer={volunteer.data} />
          <FeedSection volunteer={volunteer.data} />
          <EraseSection volunteer={volunteer.data} />
        </>
      ) : null}
    </div>
  );
}
