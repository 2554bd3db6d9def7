import type { CertificateState } from "../../shared/api.js";
import { useI18n } from "../i18n/use-i18n.js";
import { Badge, type BadgeKind } from "./Badge.js";

const KIND: Record<CertificateState, BadgeKind> = {
  valid: "success",
  renewal_due: "warning",
  expired: "danger",
  revoked: "danger",
};

/** A certificate's state as a badge. */
export function CertificateStateBadge({ state }: { state: CertificateState }) {
  const { t } = useI18n();
  return <Badge kind={KIND[state]} label={t(`certificateState.${state}`)} />;
}
