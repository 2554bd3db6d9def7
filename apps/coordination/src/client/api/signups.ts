import { queryOptions } from "@tanstack/react-query";
import type {
  AcceptSignupInput,
  DeclineReason,
  SignupSummary,
  Submission,
  VolunteerRecord,
} from "../../shared/api.js";
import { api } from "./http.js";

export type SignupListStatus = "open" | "decided";

export const signupListQuery = (status: SignupListStatus) =>
  queryOptions({
    queryKey: ["signups", "list", status],
    queryFn: () =>
      api<{ signups: SignupSummary[] }>(
        status === "decided" ? "/api/signups?status=decided" : "/api/signups",
      ),
  });

export const signupQuery = (id: string) =>
  queryOptions({
    queryKey: ["signups", "detail", id],
    queryFn: () => api<Submission>(`/api/signups/${encodeURIComponent(id)}`),
  });

/**
 * When a sign-up was answered: the day the list reports as `decidedAt`, which the Worker
 * takes from `closedAt` (a decision closes the submission); null while it is open.
 */
export const signupDecidedAt = (signup: Submission): string | null =>
  signup.decision === null ? null : signup.closedAt;

export const acceptSignup = (id: string, input: AcceptSignupInput) =>
  api<VolunteerRecord>(`/api/signups/${encodeURIComponent(id)}/accept`, "POST", input);

export const declineSignup = (id: string, reason: DeclineReason) =>
  api<{ id: string; decision: "declined"; reason: DeclineReason }>(
    `/api/signups/${encodeURIComponent(id)}/decline`,
    "POST",
    { reason },
  );
