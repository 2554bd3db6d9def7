import {
  listSubmissions,
  type PageCursor,
  type Submission,
} from "@integrationspaten/database/submissions";
import { Hono } from "hono";
import { z } from "zod";
import { type AppEnv, scopeOf } from "../http/context.js";
import { csvStream } from "../http/csv.js";
import { WorkspaceError } from "../http/errors.js";
import { auditStatement } from "../storage/audit-log.js";

/*
 * The spreadsheet export of submissions (the one the forms worker's admin API had),
 * streamed page by page, for the signed-in person's coordination points. Each export is
 * an audit entry.
 */

const PAGE = 500;
/** Upper bound of one export; a district has far fewer submissions. */
const MAX_EXPORT = 50_000;

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : "";
}

function joined(value: unknown, format: (item: unknown) => string = text): string {
  return Array.isArray(value) ? value.map(format).join(", ") : "";
}

function languageText(item: unknown): string {
  if (typeof item === "string") return item;
  if (item && typeof item === "object") {
    const { language, level } = item as { language?: unknown; level?: unknown };
    return level ? `${text(language)} (${text(level)})` : text(language);
  }
  return "";
}

const CSV_HEADER = [
  "id",
  "kind",
  "status",
  "coordination_point",
  "locale",
  "created_at",
  "updated_at",
  "closed_at",
  "notified_at",
  "name",
  "email",
  "phone",
  "requester_role",
  "organisation",
  "municipality",
  "category",
  "categories",
  "languages",
  "preferred_date",
  "weekdays",
  "times_of_day",
  "availability_note",
  "motivation",
  "description",
  "consent",
] as const;

function csvRow(s: Submission): string[] {
  const p = s.payload;
  return [
    s.id,
    s.kind,
    s.status,
    s.coordinationPoint,
    s.locale ?? "",
    s.createdAt,
    s.updatedAt,
    s.closedAt ?? "",
    s.notifiedAt ?? "",
    text(p.name ?? p.contactName),
    text(p.email ?? p.contactEmail),
    text(p.phone ?? p.contactPhone),
    text(p.requesterRole),
    text(p.organisation),
    text(p.municipality),
    text(p.category),
    joined(p.categories),
    joined(p.languages, languageText),
    text(p.preferredDate),
    joined(p.weekdays),
    joined(p.timesOfDay),
    text(p.availabilityNote),
    text(p.motivation),
    text(p.description),
    text(p.consent),
  ];
}

const querySchema = z.object({ kind: z.enum(["volunteer_signup", "help_request"]).optional() });

export const exportRoutes = new Hono<AppEnv>().get("/submissions.csv", async (c) => {
  const query = querySchema.safeParse({ kind: c.req.query("kind") });
  if (!query.success) throw new WorkspaceError("validation_failed");
  const actor = c.get("actor");
  const filter = { kind: query.data.kind, coordinationPoints: scopeOf(actor) };
  const db = c.env.DB;
  await auditStatement(
    db,
    {
      actorId: actor.id,
      action: "export",
      recordType: "submission",
      detail: { kind: query.data.kind ?? "all", format: "csv" },
    },
    new Date(),
  ).run();
  async function* pages() {
    let cursor: PageCursor | undefined;
    let count = 0;
    for (;;) {
      const page = await listSubmissions(db, filter, PAGE, cursor);
      count += page.length;
      yield page.map(csvRow);
      const last = page.at(-1);
      if (page.length < PAGE || !last || count >= MAX_EXPORT) return;
      cursor = { createdAt: last.createdAt, id: last.id };
    }
  }
  const day = new Date().toISOString().slice(0, 10);
  return c.body(csvStream(CSV_HEADER, pages()), 200, {
    "content-type": "text/csv; charset=utf-8; header=present",
    "content-disposition": `attachment; filename="submissions-${day}.csv"`,
  });
});
