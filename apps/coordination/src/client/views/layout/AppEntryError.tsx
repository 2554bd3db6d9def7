import type { ErrorComponentProps } from "@tanstack/react-router";
import { isApiError } from "../../api/http.js";
import { ExpiredView } from "./ExpiredView.js";
import { RouteError } from "./RouteError.js";
import { StandalonePage } from "./StandalonePage.js";

/**
 * When the signed-in frame itself cannot be entered: the Access sign-in expired (401
 * where there is no development sign-in), no account (403), or the API is not reachable.
 */
export function AppEntryError(props: ErrorComponentProps) {
  if (isApiError(props.error) && props.error.status === 401) return <ExpiredView />;
  return (
    <StandalonePage>
      <RouteError {...props} />
    </StandalonePage>
  );
}
