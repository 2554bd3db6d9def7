import type { VolunteerStatus } from "@integrationspaten/domain";
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  RosterEntry,
  VolunteerProfileInput,
  VolunteerRecord,
  volunteerStatusChangeSchema,
} from "../../shared/api.js";
import { api } from "./http.js";

export type StatusChange = z.input<typeof volunteerStatusChangeSchema>["status"];

export const rosterQuery = (status: VolunteerStatus | undefined) =>
  queryOptions({
    queryKey: ["volunteers", "list", status ?? "all"],
    queryFn: () =>
      api<{ volunteers: RosterEntry[] }>(
        status ? `/api/volunteers?status=${encodeURIComponent(status)}` : "/api/volunteers",
      ),
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
