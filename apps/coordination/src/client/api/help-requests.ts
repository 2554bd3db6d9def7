import { queryOptions } from "@tanstack/react-query";
import type { Submission, SubmissionStatus } from "../../shared/api.js";
import { api } from "./http.js";

export const helpRequestListQuery = queryOptions({
  queryKey: ["help-requests", "list"],
  queryFn: () => api<{ helpRequests: Submission[] }>("/api/help-requests"),
});

export const helpRequestQuery = (id: string) =>
  queryOptions({
    queryKey: ["help-requests", "detail", id],
    queryFn: () => api<Submission>(`/api/help-requests/${encodeURIComponent(id)}`),
  });

export const changeHelpRequestStatus = (id: string, status: SubmissionStatus) =>
  api<Submission>(`/api/help-requests/${encodeURIComponent(id)}`, "PATCH", { status });
