import { volunteerStatusSchema } from "@integrationspaten/domain";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, linkOptions } from "@tanstack/react-router";
import { rosterQuery } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { FilterLinks } from "../../ui/FilterLinks.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { RosterTable } from "./RosterTable.js";

const route = getRouteApi("/_app/ehrenamtliche");

/** The roster of the coordinator's points, filtered by status. */
export function RosterView() {
  const { t } = useI18n();
  const search = route.useSearch();
  const parsed = volunteerStatusSchema.safeParse(search.status);
  const status = parsed.success ? parsed.data : undefined;
  const roster = useQuery(rosterQuery(status));
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("volunteers.title")}>{t("volunteers.title")}</PageHeading>
      <FilterLinks
        label={t("volunteers.filter")}
        links={[
          {
            key: "all",
            label: t("volunteers.all"),
            options: linkOptions({ to: "/ehrenamtliche", search: {} }),
            current: !status,
          },
          ...volunteerStatusSchema.options.map((option) => ({
            key: option,
            label: t(`volunteerStatus.${option}`),
            options: linkOptions({ to: "/ehrenamtliche", search: { status: option } }),
            current: status === option,
          })),
        ]}
      />
      {roster.isPending ? <Loading /> : null}
      {roster.isError ? (
        <ErrorState error={roster.error} retry={() => void roster.refetch()} />
      ) : null}
      {roster.data ? (
        <RosterTable
          volunteers={roster.data.volunteers}
          caption={
            status
              ? t("volunteers.captionStatus", { status: t(`volunteerStatus.${status}`) })
              : t("volunteers.caption")
          }
        />
      ) : null}
    </div>
  );
}
