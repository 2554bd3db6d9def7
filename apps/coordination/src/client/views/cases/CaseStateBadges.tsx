import type { CaseState } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Badge, type BadgeKind } from "../../ui/Badge.js";

const KIND: Record<CaseState, BadgeKind> = {
  open: "warning",
  offered: "info",
  accepted: "success",
  closed: "info",
};

/**
 * A case's state as a badge, and „dringend“ or „zurückgekommen“ in words next to it (not
 * by colour alone).
 */
export function CaseStateBadges({
  state,
  urgent,
  returned = false,
}: {
  state: CaseState;
  urgent: boolean;
  returned?: boolean;
}) {
  const { t } = useI18n();
  return (
    <span className="badge-group">
      <Badge kind={KIND[state]} label={t(`caseState.${state}`)} />
      {urgent ? <Badge kind="danger" label={t("cases.urgent")} /> : null}
      {returned ? <Badge kind="warning" label={t("cases.returned")} /> : null}
    </span>
  );
}
