import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, linkOptions, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { CASE_STATES, caseStateSchema } from "../../../shared/api.js";
import { workspaceDistrict } from "../../../shared/district.js";
import { type CaseFilters, caseListQuery } from "../../api/cases.js";
import { meQuery } from "../../api/identity.js";
import { categoryLabel, languageName, municipalityName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { FilterLinks } from "../../ui/FilterLinks.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { CaseFilterForm, type CaseSelectFilters } from "./CaseFilterForm.js";
import { CaseTable } from "./CaseTable.js";

const route = getRouteApi("/_app/anfragen");
const { district } = workspaceDistrict();

/** The route's filters checked against the contract and the district (the router has no zod). */
function filtersOf(search: ReturnType<typeof route.useSearch>): CaseFilters {
  const state = caseStateSchema.safeParse(search.state);
  const { category, language, municipality } = search;
  return {
    ...(state.success ? { state: state.data } : {}),
    ...(category && district.categories.some((c) => c.id === category) ? { category } : {}),
    ...(language && district.languagesOffered.includes(language) ? { language } : {}),
    ...(municipality && district.municipalities.some((m) => m.id === municipality)
      ? { municipality }
      : {}),
  };
}

/** The filters without the state, as the route's search takes them. */
const selectsOf = ({ category, language, municipality }: CaseFilters): CaseSelectFilters => ({
  ...(category ? { category } : {}),
  ...(language ? { language } : {}),
  ...(municipality ? { municipality } : {}),
});

/**
 * The inbox of help requests: by state (active, i.e. not closed, unless told otherwise),
 * kind of help, language and municipality; urgent ones first as the Worker sorts them.
 */
export function CaseInboxView() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const filters = filtersOf(route.useSearch());
  const selects = selectsOf(filters);
  const state = filters.state ?? "active";
  const cases = useQuery(caseListQuery(filters));
  const me = useQuery(meQuery);
  const severalPoints =
    me.data !== undefined && (me.data.role === "administrator" || me.data.points.length > 1);

  // A changed filter is announced with the number found once the list is there (the
  // first list of the page is not: the heading and the table say enough).
  const key = JSON.stringify(filters);
  const announced = useRef(key);
  const count = cases.data?.cases.length;
  useEffect(() => {
    if (count !== undefined && !cases.isFetching && announced.current !== key) {
      announced.current = key;
      announce(t("cases.found", { count }));
    }
  }, [key, count, cases.isFetching, t]);

  const filterNames = [
    filters.category ? categoryLabel(filters.category, locale) : "",
    filters.language ? languageName(filters.language, locale) : "",
    filters.municipality ? municipalityName(filters.municipality) : "",
  ].filter(Boolean);
  const stateCaption = t(`cases.caption.${state}`);
  const caption = filterNames.length
    ? t("cases.captionFiltered", { caption: stateCaption, filters: filterNames.join(", ") })
    : stateCaption;

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("helpRequests.title")}>{t("helpRequests.title")}</PageHeading>
      <FilterLinks
        label={t("cases.filterState")}
        links={(["active", ...CASE_STATES] as const).map((option) => ({
          key: option,
          label: option === "active" ? t("cases.state.active") : t(`caseState.${option}`),
          options: linkOptions({
            to: "/anfragen",
            search: { ...(option === "active" ? {} : { state: option }), ...selects },
          }),
          current: state === option,
        }))}
      />
      <CaseFilterForm
        key={key}
        value={selects}
        onApply={(next) =>
          void navigate({
            to: "/anfragen",
            search: { ...(filters.state ? { state: filters.state } : {}), ...next },
          })
        }
      />
      {filterNames.length ? (
        <p className="kern-body">
          <Link
            to="/anfragen"
            search={filters.state ? { state: filters.state } : {}}
            className="kern-link"
          >
            {t("cases.reset")}
          </Link>
        </p>
      ) : null}
      {cases.isPending ? <Loading /> : null}
      {cases.isError ? <ErrorState error={cases.error} retry={() => void cases.refetch()} /> : null}
      {cases.data ? (
        cases.data.cases.length === 0 ? (
          <p className="kern-body">
            {filterNames.length || filters.state ? t("cases.none") : t("cases.noneActive")}
          </p>
        ) : (
          <CaseTable cases={cases.data.cases} caption={caption} showPoint={severalPoints} />
        )
      ) : null}
    </div>
  );
}
