import { useParams } from "@tanstack/react-router";
import { useI18n } from "../../i18n/use-i18n.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { BackToCoordinators } from "./BackToCoordinators.js";
import { CoordinatorForm } from "./CoordinatorForm.js";
import { EditCoordinator } from "./EditCoordinator.js";

/** A new coordinator (/koordinierende/neu) or changing one (/koordinierende/:id). */
export function CoordinatorEditView() {
  const { t } = useI18n();
  const { coordinatorId } = useParams({ strict: false });
  if (coordinatorId !== undefined) return <EditCoordinator coordinatorId={coordinatorId} />;
  const title = t("coordinatorForm.newTitle");
  return (
    <div className="kern-stack-lg">
      <BackToCoordinators />
      <PageHeading title={title}>{title}</PageHeading>
      <CoordinatorForm coordinator={undefined} />
    </div>
  );
}
