import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import type { Coordinator } from "../../../shared/api.js";
import { isApiError } from "../../api/http.js";
import { devSignIn } from "../../api/identity.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";

const signInRoute = getRouteApi("/anmelden");

/** One button per demo coordinator; signing in returns to the page that asked for it. */
export function DemoCoordinatorList({ coordinators }: { coordinators: readonly Coordinator[] }) {
  const { t } = useI18n();
  const { redirect } = signInRoute.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState<string | undefined>();

  const signIn = async (coordinator: Coordinator) => {
    setPending(coordinator.id);
    setError(undefined);
    try {
      await devSignIn(coordinator.id);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "dev" });
      router.history.push(redirect ?? "/");
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : t("error.unexpected"));
    } finally {
      setPending(undefined);
    }
  };

  return (
    <div className="kern-stack-sm">
      {error ? (
        <Alert kind="danger" title={t("signIn.failed")} role="alert">
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
      <h2 className="kern-heading-medium">{t("signIn.choose")}</h2>
      <ul className="demo-list">
        {coordinators.map((coordinator) => (
          <li key={coordinator.id}>
            <button
              type="button"
              className="demo-list__button"
              disabled={pending !== undefined}
              onClick={() => void signIn(coordinator)}
            >
              <span className="demo-list__name">{coordinator.displayName}</span>
              <span className="demo-list__meta">
                {t(`role.${coordinator.role}`)}
                {" · "}
                {coordinator.role === "administrator"
                  ? t("coordinator.allPoints")
                  : coordinator.points.map(pointName).join(", ") || t("coordinator.noPoints")}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
