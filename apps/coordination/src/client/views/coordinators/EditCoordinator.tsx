import { useQuery } from "@tanstack/react-query";
import { coordinatorQuery } from "../../api/coordinators.js";
import { isApiError } from "../../api/http.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { BackToCoordinators } from "./BackToCoordinators.js";
import { CoordinatorForm } from "./CoordinatorForm.js";

/** Changing one coordinator, as GET /api/coordinators/:id returns them. */
export function EditCoordinator({ coordinatorId }: { coordinatorId: string }) {
  const { t } = useI18n();
  const coordinator = useQuery(coordinatorQuery(coordinatorId));
  const notFound = isApiError(coordinator.error) && coordinator.error.status === 404;
  const title = coordinator.data
    ? t("coordinatorForm.editTitle", { name: coordinator.data.displayName })
    : t("coordinatorForm.editTitleUnknown");
  return (
    <div className="kern-stack-lg">
      <BackToCoordinators />
      <PageHeading title={title}>{title}</PageHeading>
      {coordinator.isPending ? <Loading /> : null}
      {notFound ? <Alert kind="warning" title={t("coordinatorForm.notFound")} /> : null}
      {coordinator.isError && !notFound ? (
        <ErrorState error={coordinator.error} retry={() => void coordinator.refetch()} />
      ) : null}
      {coordinator.data ? (
        <CoordinatorForm key={coordinator.data.id} coordinator={coordinator.data} />
      ) : null}
    </div>
  );
}
