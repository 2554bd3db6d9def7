import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { caseMatchingQuery } from "../../api/cases.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { ReasonList } from "./ReasonList.js";

/**
 * Who is not suggested and why, loaded only when asked for (`?excluded=true`): with
 * thousands of volunteers it is a long list, needed when the suggestion is surprising.
 */
export function ExcludedVolunteers({ caseId, count }: { caseId: string; count: number }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const excluded = useQuery({ ...caseMatchingQuery(caseId, true), enabled: shown });
  if (count === 0) return null;
  const entries = excluded.data?.excluded ?? [];
  return (
    <div className="kern-stack-sm">
      <div>
        <Button
          variant="tertiary"
          icon={shown ? "visibility-off" : "visibility"}
          aria-expanded={shown}
          aria-controls="matching-excluded"
          onClick={() => setShown((s) => !s)}
        >
          {shown ? t("matching.hideExcluded") : t("matching.showExcluded", { count })}
        </Button>
      </div>
      <div id="matching-excluded" className="kern-stack-sm">
        {shown ? (
          <>
            <h3 className="kern-heading-small">{t("matching.excludedTitle", { count })}</h3>
            {excluded.isPending ? <Loading /> : null}
            {excluded.isError ? (
              <ErrorState error={excluded.error} retry={() => void excluded.refetch()} />
            ) : null}
            {excluded.data && entries.length === 0 ? (
              <p className="kern-body">{t("matching.excludedNone")}</p>
            ) : null}
            {entries.length > 0 ? (
              <ul className="excluded-list">
                {entries.map((entry) => (
                  <li key={entry.volunteerId} className="excluded-list__item">
                    <Link
                      to="/ehrenamtliche/$volunteerId"
                      params={{ volunteerId: entry.volunteerId }}
                      className="kern-link"
                    >
                      {entry.displayName}
                    </Link>
                    <ReasonList reasons={entry.reasons} />
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
