import { useQuery } from "@tanstack/react-query";
import { COHORT_GROUPS } from "../../../shared/api.js";
import { cohortQuery } from "../../api/certification.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { CohortGroup } from "./CohortGroup.js";

/** The cohort: who can be certified now, who is close, everyone else. */
export function CohortView() {
  const { t } = useI18n();
  const cohort = useQuery(cohortQuery);
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("cohort.title")}>{t("cohort.title")}</PageHeading>
      <p className="kern-body">{t("cohort.intro")}</p>
      {cohort.isPending ? <Loading /> : null}
      {cohort.isError ? (
        <ErrorState
          error={cohort.error}
          retry={() => void cohort.refetch()}
          unavailable={t("cohort.unavailable")}
        />
      ) : null}
      {cohort.data
        ? COHORT_GROUPS.map((group) => (
            <CohortGroup
              key={group}
              group={group}
              entries={cohort.data.groups[group]}
              count={cohort.data.counts[group]}
            />
          ))
        : null}
    </div>
  );
}
