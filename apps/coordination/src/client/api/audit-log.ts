import { infiniteQueryOptions } from "@tanstack/react-query";
import type { AuditEntry, AuditRecordType } from "../../shared/api.js";
import { api } from "./http.js";

interface AuditPage {
  entries: AuditEntry[];
  /** The id to pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

export const auditLogQuery = (recordType: AuditRecordType | undefined) =>
  infiniteQueryOptions({
    queryKey: ["audit-log", recordType ?? "all"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams();
      if (recordType) query.set("recordType", recordType);
      if (pageParam) query.set("before", pageParam);
      const search = query.toString();
      return api<AuditPage>(search ? `/api/audit-log?${search}` : "/api/audit-log");
    },
    getNextPageParam: (last) => last.next ?? undefined,
  });
