import type { VolunteerStatus } from "@integrationspaten/domain";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  RosterPage,
  VolunteerProfileInput,
  VolunteerRecord,
  volunteerStatusChangeSchema,
} from "../../shared/api.js";
import { api } from "./http.js";

export type StatusChange = z.input<typeof volunteerStatusChangeSchema>["status"];

/** The roster, 100 lines a page, filtered by status and a part of the name. */
export const rosterQuery = (status: VolunteerStatus | undefined, name: string | undefined) =>
  infiniteQueryOptions({
    queryKey: ["volunteers", "list", status ?? "all", name ?? ""],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams();
      if (status) query.set("status", status);
      if (name) query.set("q", name);
      if (pageParam) query.set("after", pageParam);
      const search = query.toString();
      return api<RosterPage>(search ? `/api/volunteers?${search}` : "/api/volunteers");
    },
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const volunteerQuery = (id: string) =>
  queryOptions({
    queryKey: ["volunteers", "detail", id],
    queryFn: () => api<VolunteerRecord>(`/api/volunteers/${encodeURIComponent(id)}`),
  });

export const saveProfile = (id: string, profile: VolunteerProfileInput) =>
  api<VolunteerRecord>(`/api/volunteers/${encodeURIComponent(id)}/profile`, "PUT", profile);

export const changeStatus = (id: string, status: StatusChange) =>
  api<VolunteerRecord>(`/api/volunteers/${encodeURIComponent(id)}/status`, "POST", { status });

export const eraseVolunteer = (id: string) =>
  api<void>(`/api/volunteers/${encodeURIComponent(id)}`, "DELETE");

/** A volunteer's calendar feed: its secret address, or null while there is none. */
export interface VolunteerFeed {
  url: string | null;
}

export const feedQueryKey = (id: string) => ["volunteerFeed", id] as const;

/*
 * Kept out of the `["volunteers", …]` keys on purpose: those are invalidated by other
 * sections, and every reading of the feed is an entry in the audit log.
 */
export const feedQuery = (id: string) =>
  queryOptions({
    queryKey: feedQueryKey(id),
    queryFn: () => api<VolunteerFeed>(`/api/volunteers/${encodeURIComponent(id)}/feed`),
    retry: false,
  });

/** Creates the feed's address, or replaces it: the old one stops working at once. */
export const renewFeed = (id: string) =>
  api<{ url: string }>(`/api/volunteers/${encodeURIComponent(id)}/feed`, "POST");

export const disableFeed = (id: string) =>
  api<{ url: null }>(`/api/volunteers/${encodeURIComponent(id)}/feed`, "DELETE");
