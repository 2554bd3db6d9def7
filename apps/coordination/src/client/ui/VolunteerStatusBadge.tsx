import type { VolunteerStatus } from "@integrationspaten/domain";
import { useI18n } from "../i18n/use-i18n.js";
import { Badge, type BadgeKind } from "./Badge.js";

const KIND: Record<VolunteerStatus, BadgeKind> = {
  applicant: "info",
  in_training: "info",
  certified: "success",
  paused: "warning",
  retired: "warning",
};

/** A volunteer's status as a badge (words first, colour and icon repeat them). */
export function VolunteerStatusBadge({ status }: { status: VolunteerStatus }) {
  const { t } = useI18n();
  return <Badge kind={KIND[status]} label={t(`volunteerStatus.${status}`)} />;
}
