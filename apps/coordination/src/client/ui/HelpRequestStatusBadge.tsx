import type { SubmissionStatus } from "../../shared/api.js";
import { useI18n } from "../i18n/use-i18n.js";
import { Badge, type BadgeKind } from "./Badge.js";

const KIND: Record<SubmissionStatus, BadgeKind> = {
  new: "info",
  in_progress: "warning",
  forwarded: "info",
  closed: "success",
};

/** A help request's status as a badge. */
export function HelpRequestStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useI18n();
  return <Badge kind={KIND[status]} label={t(`helpRequestStatus.${status}`)} />;
}
