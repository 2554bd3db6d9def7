import { useI18n } from "../i18n/use-i18n.js";

export interface SaveResult {
  kind: "success" | "danger";
  message: string;
}

/**
 * A live region for the result of saving: always in the page (so screen readers watch it)
 * and filled when something was saved or failed.
 */
export function StatusMessage({ result }: { result: SaveResult | null }) {
  const { t } = useI18n();
  return (
    <div className="status-message" role="status" aria-live="polite" aria-atomic="true">
      {result ? (
        <div className={`kern-alert kern-alert--${result.kind}`}>
          <div className="kern-alert__header">
            <span className={`kern-icon kern-icon--${result.kind}`} aria-hidden="true" />
            <span className="kern-title">
              {result.kind === "success" ? t("state.saved") : t("state.saveFailed")}
            </span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{result.message}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
