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

export const attendanceQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["sessions", "attendance", sessionId],
    queryFn: () =>
      api<{ session: SessionRecord; entries: AttendanceEntry[] }>(
        `/api/sessions/${encodeURIComponent(sessionId)}/attendance`,
      ),
    retry: false,
  });

export const createSession = (input: SessionInput) =>
  api<SessionRecord>("/api/sessions", "POST", input);

export const updateSession = (id: string, input: SessionInput) =>
  api<SessionRecord>(`/api/sessions/${encodeURIComponent(id)}`, "PUT", input);

export const cancelSession = (id: string) =>
  api<SessionRecord>(`/api/sessions/${encodeURIComponent(id)}/cancel`, "POST", {});

export const saveAttendance = (id: string, update: AttendanceUpdate) =>
  api<{ session: SessionRecord; entries: AttendanceEntry[] }>(
    `/api/sessions/${encodeURIComponent(id)}/attendance`,
    "PUT",
    update,
  );

export const attendanceSheetPath = (id: string) =>
  `/api/sessions/${encodeURIComponent(id)}/attendance-sheet.pdf`;
