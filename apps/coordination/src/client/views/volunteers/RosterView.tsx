import { volunteerStatusSchema } from "@integrationspaten/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, linkOptions, useNavigate } from "@tanstack/react-router";
import { rosterQuery } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { FilterLinks } from "../../ui/FilterLinks.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { RosterSearch } from "./RosterSearch.js";
import { RosterTable } from "./RosterTable.js";

const route = getRouteApi("/_app/ehrenamtliche");

/** The roster of the coordinator's points, filtered by status and name, 100 at a time. */
export function RosterView() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = useNavigate();
  const parsed = volunteerStatusSchema.safeParse(search.status);
  const status = parsed.success ? parsed.data : undefined;
  const name = search.q;
  const roster = useInfiniteQuery(rosterQuery(status, name));
  const volunteers = roster.data?.pages.flatMap((page) => page.volunteers) ?? [];
  const total = roster.data?.pages[0]?.total ?? 0;
  const statusCaption = status
    ? t("volunteers.captionStatus", { status: t(`volunteerStatus.${status}`) })
    : t("volunteers.caption");
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("volunteers.title")}>{t("volunteers.title")}</PageHeading>
      <FilterLinks
        label={t("volunteers.filter")}
        links={[
          {
            key: "all",
            label: t("volunteers.all"),
            options: linkOptions({ to: "/ehrenamtliche", search: name ? { q: name } : {} }),
            current: !status,
          },
          ...volunteerStatusSchema.options.map((option) => ({
            key: option,
            label: t(`volunteerStatus.${option}`),
            options: linkOptions({
              to: "/ehrenamtliche",
              search: { status: option, ...(name ? { q: name } : {}) },
            }),
            current: status === option,
          })),
        ]}
      />
      <RosterSearch
        key={name ?? ""}
        value={name ?? ""}
        onSearch={(q) =>
          void navigate({
            to: "/ehrenamtliche",
            search: { ...(status ? { status } : {}), ...(q ? { q } : {}) },
          })
        }
      />
      {roster.isPending ? <Loading /> : null}
      {roster.isError ? (
        <ErrorState error={roster.error} retry={() => void roster.refetch()} />
      ) : null}
      {roster.data ? (
        <RosterTable
          volunteers={volunteers}
          caption={
            name ? t("volunteers.captionSearch", { caption: statusCaption, name }) : statusCaption
          }
          count={t("volunteers.shown", { shown: volunteers.length, total })}
        />
      ) : null}
      <LoadMore pages={roster} label={t("volunteers.more")} />
    </div>
  );
}
