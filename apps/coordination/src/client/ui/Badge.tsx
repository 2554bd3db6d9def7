export type BadgeKind = "info" | "success" | "warning" | "danger";

const ICONS: Record<BadgeKind, string> = {
  info: "info",
  success: "success",
  warning: "warning",
  danger: "danger",
};

/** A KERN badge: the text names the state; colour and icon only repeat it. */
export function Badge({ kind, label }: { kind: BadgeKind; label: string }) {
  return (
    <span className={`kern-badge kern-badge--${kind}`}>
      <span className={`kern-icon kern-icon--${ICONS[kind]}`} aria-hidden="true" />
      <span className="kern-label kern-label--small">{label}</span>
    </span>
  );
}
