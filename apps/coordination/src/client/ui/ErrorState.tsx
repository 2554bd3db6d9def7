import { isApiError } from "../api/http.js";
import { useI18n } from "../i18n/use-i18n.js";
import { Alert } from "./Alert.js";
import { Button } from "./Button.js";

interface ErrorStateProps {
  error: unknown;
  retry?: () => void;
  /** What is shown instead when the endpoint does not exist (yet): a 404 without a record id. */
  unavailable?: string;
}

/** Why something could not be loaded, in the API's own words, with a retry. */
export function ErrorState({ error, retry, unavailable }: ErrorStateProps) {
  const { t } = useI18n();
  const message = isApiError(error) ? error.message : t("error.unexpected");
  if (unavailable && isApiError(error) && error.status === 404) {
    return (
      <Alert kind="info" title={t("state.unavailable")}>
        <p className="kern-body">{unavailable}</p>
      </Alert>
    );
  }
  return (
    <Alert kind="danger" title={t("state.loadFailed")} role="alert">
      <p className="kern-body">{message}</p>
      {retry ? (
        <Button variant="secondary" icon="autorenew" onClick={retry}>
          {t("action.retry")}
        </Button>
      ) : null}
    </Alert>
  );
}
