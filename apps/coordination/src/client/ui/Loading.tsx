import { useI18n } from "../i18n/use-i18n.js";

/** A KERN loader with its meaning in words for screen readers. */
export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-sr-only">{t("state.loading")}</span>
    </div>
  );
}
