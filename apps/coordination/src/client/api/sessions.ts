import { queryOptions } from "@tanstack/react-query";
import type {
  AttendanceEntry,
  AttendanceUpdate,
  SessionInput,
  SessionRecord,
} from "../../shared/api.js";
import { api } from "./http.js";

export const sessionListQuery = queryOptions({
  queryKey: ["sessions", "list"],
  queryFn: () => api<{ sessions: SessionRecord[] }>("/api/sessions"),
  retry: false,
});

export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: ["sessions", "detail", id],
    queryFn: () => api<SessionRecord>(`/api/sessions/${encodeURIComponent(id)}`),
    retry: false,
  });

/** `everyone`: with certified and paused volunteers, not only those in training. */
const listQuery = (everyone: boolean) => (everyone ? "?everyone=true" : "");

export const attendanceQuery = (sessionId: string, everyone: boolean) =>
  queryOptions({
    queryKey: ["sessions", "attendance", sessionId, everyone],
    queryFn: () =>
      api<{ session: SessionRecord; entries: AttendanceEntry[] }>(
        `/api/sessions/${encodeURIComponent(sessionId)}/attendance${listQuery(everyone)}`,
      ),
    retry: false,
  });

export const createSession = (input: SessionInput) =>
  api<SessionRecord>("/api/sessions", "POST", input);

export const updateSession = (id: string, input: SessionInput) =>
  api<SessionRecord>(`/api/sessions/${encodeURIComponent(id)}`, "PUT", input);

export const cancelSession = (id: string) =>
  api<SessionRecord>(`/api/sessions/${encodeURIComponent(id)}/cancel`, "POST", {});

export const saveAttendance = (id: string, update: AttendanceUpdate, everyone: boolean) =>
  api<{ session: SessionRecord; entries: AttendanceEntry[] }>(
    `/api/sessions/${encodeURIComponent(id)}/attendance${listQuery(everyone)}`,
    "PUT",
    update,
  );

export const attendanceSheetPath = (id: string, everyone = false) =>
  `/api/sessions/${encodeURIComponent(id)}/attendance-sheet.pdf${listQuery(everyone)}`;
