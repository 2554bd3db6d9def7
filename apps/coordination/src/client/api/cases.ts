import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  Appointment,
  CaseDetail,
  CaseListQuery,
  CaseOutcome,
  CaseSummary,
  MatchingResult,
} from "../../shared/api.js";
import { api } from "./http.js";

/** The inbox's filters as the route keeps them; `state` absent means everything not closed. */
export type CaseFilters = Readonly<{
  state?: NonNullable<CaseListQuery["state"]>;
  category?: string;
  language?: string;
  municipality?: string;
}>;

/** An outcome a coordinator can choose (`unrecorded` is only for old cases). */
export type ClosingOutcome = Exclude<CaseOutcome, "unrecorded">;

const casePath = (id: string, action = "") =>
  `/api/cases/${encodeURIComponent(id)}${action ? `/${action}` : ""}`;

/** The inbox, filtered; the Worker sorts it (urgent first, then oldest; closed: newest). */
export const caseListQuery = (filters: CaseFilters) =>
  queryOptions({
    queryKey: [
      "cases",
      "list",
      filters.state ?? "active",
      filters.category ?? "",
      filters.language ?? "",
      filters.municipality ?? "",
    ],
    queryFn: () => {
      const query = new URLSearchParams();
      if (filters.state && filters.state !== "active") query.set("state", filters.state);
      if (filters.category) query.set("category", filters.category);
      if (filters.language) query.set("language", filters.language);
      if (filters.municipality) query.set("municipality", filters.municipality);
      const search = query.toString();
      return api<{ cases: CaseSummary[] }>(search ? `/api/cases?${search}` : "/api/cases");
    },
  });

/** One case with the request, the volunteers asked and its history. */
export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ["cases", "detail", id],
    queryFn: () => api<CaseDetail>(casePath(id)),
  });

/**
 * The suggestion for a case; with `excluded`, also who is not suggested and why. Always
 * asked afresh when shown: availability and other offers change elsewhere.
 */
export const caseMatchingQuery = (id: string, excluded = false) =>
  queryOptions({
    queryKey: ["cases", "matching", id, excluded ? "excluded" : "candidates"],
    queryFn: () =>
      api<MatchingResult>(
        excluded ? `${casePath(id, "matching")}?excluded=true` : casePath(id, "matching"),
      ),
    staleTime: 0,
  });

export const forwardCase = (id: string, volunteerId: string) =>
  api<CaseDetail>(casePath(id, "forward"), "POST", { volunteerId });

export const resendOffer = (id: string) => api<CaseDetail>(casePath(id, "resend"), "POST");

export const withdrawOffer = (id: string) => api<CaseDetail>(casePath(id, "withdraw"), "POST");

export const saveAppointment = (id: string, appointment: Appointment) =>
  api<CaseDetail>(casePath(id, "appointment"), "PUT", appointment);

export const closeCase = (id: string, outcome: ClosingOutcome) =>
  api<CaseDetail>(casePath(id, "close"), "POST", { outcome });

export const reopenCase = (id: string) => api<CaseDetail>(casePath(id, "reopen"), "POST");

/**
 * After a change: the answer is the case as it is now (no second request for the page);
 * the inbox, the suggestion and the overview's count are asked again when next shown.
 */
export async function caseChanged(queryClient: QueryClient, detail: CaseDetail): Promise<void> {
  queryClient.setQueryData(caseQuery(detail.id).queryKey, detail);
  await refreshAround(queryClient, detail.id);
}

/**
 * After a refused or half-done change (another coordinator was quicker, the e-mail could
 * not be sent): the case itself is asked again too, since it may have changed.
 */
export async function caseOutdated(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: caseQuery(id).queryKey }),
    refreshAround(queryClient, id),
  ]);
}

function refreshAround(queryClient: QueryClient, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["cases", "list"] }),
    queryClient.invalidateQueries({ queryKey: ["cases", "matching", id] }),
    queryClient.invalidateQueries({ queryKey: ["overview"] }),
  ]);
}

/**
 * A change to one case as a mutation: on success the page shows the returned case at
 * once and the lists around it are refreshed.
 */
export function useCaseMutation<V>(send: (value: V) => Promise<CaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => caseChanged(queryClient, detail),
  });
}
