import { queryOptions } from "@tanstack/react-query";
import type { Report } from "../../shared/api.js";
import { api } from "./http.js";

/*
 * The district's figures for a year (GET /api/reports/cases). Aggregates only; the Worker
 * writes an audit entry for each reading, so a year once loaded is kept for a while.
 */
export const reportQuery = (year: number) =>
  queryOptions({
    queryKey: ["reports", "cases", year],
    queryFn: () => api<Report>(`/api/reports/cases?year=${year}`),
    staleTime: 5 * 60_000,
  });

/** Where the same figures are downloaded as CSV (same origin, with the session cookie). */
export const reportCsvPath = (year: number) => `/api/reports/cases.csv?year=${year}`;
