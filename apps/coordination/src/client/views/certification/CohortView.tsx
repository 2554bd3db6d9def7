import { useQuery } from "@tanstack/react-query";
import type { CohortEntry } from "../../../shared/api.js";
import { cohortQuery } from "../../api/certification.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { CohortGroup } from "./CohortGroup.js";

/** Progress counted as „close“ to the certificate. */
const CLOSE = 0.75;

type Group = "eligible" | "close" | "others";

function groupOf(entry: CohortEntry): Group {
  if (entry.eligible) return "eligible";
  return entry.progress >= CLOSE ? "close" : "others";
}

const GROUPS: readonly Group[] = ["eligible", "close", "others"];

/** The cohort: who can be certified now, who is close, everyone else. */
export function CohortView() {
  const { t } = useI18n();
  const cohort = useQuery(cohortQuery);
  const entries = cohort.data?.entries ?? [];
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
        ? GROUPS.map((group) => (
            <CohortGroup
              key={group}
              group={group}
              entries={entries.filter((e) => groupOf(e) === group)}
            />
          ))
        : null}
    </div>
  );
}
