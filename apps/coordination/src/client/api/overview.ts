import { queryOptions } from "@tanstack/react-query";
import type { Overview } from "../../shared/api.js";
import { api } from "./http.js";

/**
 * The start page's counts (GET /api/overview). Counts only, so the Worker writes no audit
 * entry and asking again is cheap: always fresh when the page is shown, since sign-ups,
 * help requests and volunteers change elsewhere without touching this cache.
 */
export const overviewQuery = queryOptions({
  queryKey: ["overview"],
  queryFn: () => api<Overview>("/api/overview"),
  staleTime: 0,
});
