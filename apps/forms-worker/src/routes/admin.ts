import { requireAdmin } from "../http/auth.js";
import { bodyFormat, parseJsonObject, readBodyText } from "../http/body.js";
import { toCsv } from "../http/csv.js";
import { HttpError } from "../http/errors.js";
import { json } from "../http/responses.js";
import type { RequestContext, Route } from "../http/router.js";
import { log } from "../log.js";
import {
  deleteSubmission,
  getSubmission,
  isSubmissionKind,
  isSubmissionStatus,
  listSubmissions,
  type PageCursor,
  SUBMISSION_STATUSES,
  type Submission,
  type SubmissionFilter,
  updateSubmissionStatus,
} from "../storage/submissions.js";

/*
 * The coordinator API. Every request needs `Authorization: Bearer <ADMIN_TOKEN>`; every
 * action is logged with ids, kinds, statuses and counts only — never payload data.
 */

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;
/** Upper bound of one CSV export; a district has far fewer open submissions. */
const MAX_EXPORT = 50_000;

function encodeCursor(cursor: PageCursor): string {
  return btoa(JSON.stringify([cursor.createdAt, cursor.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

function decodeCursor(text: string): PageCursor {
  try {
    const value: unknown = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      typeof value[1] === "string"
    ) {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new HttpError("invalid_query");
}

/** The filters of the query string; an invalid value is a 400, unknown names are ignored. */
function readFilter(url: URL): SubmissionFilter {
  const kind = url.searchParams.get("kind") ?? undefined;
  const status = url.searchParams.get("status") ?? undefined;
  const point = url.searchParams.get("coordinationPoint") ?? undefined;
  if (kind !== undefined && !isSubmissionKind(kind)) throw new HttpError("invalid_query");
  if (status !== undefined && !isSubmissionStatus(status)) throw new HttpError("invalid_query");
  if (point !== undefined && !/^[a-z0-9][a-z0-9_-]{0,79}$/.test(point)) {
    throw new HttpError("invalid_query");
  }
  return { kind, status, coordinationPoint: point };
}

/** The filters for the log: their names and values are not personal data. */
function filterFields(filter: SubmissionFilter): Record<string, string> {
  const fields: Record<string, string> = {};
  if (filter.kind) fields.kind = filter.kind;
  if (filter.status) fields.status = filter.status;
  if (filter.coordinationPoint) fields.coordinationPoint = filter.coordinationPoint;
  return fields;
}

function readLimit(url: URL): number {
  const raw = url.searchParams.get("limit");
  if (raw === null) return DEFAULT_PAGE;
  if (!/^\d{1,4}$/.test(raw)) throw new HttpError("invalid_query");
  const limit = Number(raw);
  if (limit < 1 || limit > MAX_PAGE) throw new HttpError("invalid_query");
  return limit;
}

async function list({ request, url, env, config }: RequestContext): Promise<Response> {
  await requireAdmin(request, config.adminToken);
  const filter = readFilter(url);
  const limit = readLimit(url);
  const cursorText = url.searchParams.get("cursor");
  const cursor = cursorText ? decodeCursor(cursorText) : undefined;
  const submissions = await listSubmissions(env.DB, filter, limit, cursor);
  const last = submissions.at(-1);
  const nextCursor =
    submissions.length === limit && last
      ? encodeCursor({ createdAt: last.createdAt, id: last.id })
      : null;
  log.info("admin.list", { count: submissions.length, filters: filterFields(filter) });
  return json({ submissions, nextCursor });
}

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

async function exportCsv({ request, url, env, config }: RequestContext): Promise<Response> {
  await requireAdmin(request, config.adminToken);
  const filter = readFilter(url);
  const rows: string[][] = [];
  let cursor: PageCursor | undefined;
  for (;;) {
    const page = await listSubmissions(env.DB, filter, MAX_PAGE, cursor);
    rows.push(...page.map(csvRow));
    const last = page.at(-1);
    if (page.length < MAX_PAGE || !last || rows.length >= MAX_EXPORT) break;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
  log.info("admin.export", { count: rows.length, filters: filterFields(filter) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(toCsv(CSV_HEADER, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="submissions-${day}.csv"`,
    },
  });
}

async function read({ request, env, config, params }: RequestContext): Promise<Response> {
  await requireAdmin(request, config.adminToken);
  const id = params.id ?? "";
  const submission = await getSubmission(env.DB, id);
  if (!submission) throw new HttpError("submission_not_found");
  log.info("admin.read", { id, kind: submission.kind });
  return json(submission);
}

const STATUS_MESSAGE = {
  de: `Der Status muss einer dieser Werte sein: ${SUBMISSION_STATUSES.join(", ")}.`,
  en: `The status must be one of: ${SUBMISSION_STATUSES.join(", ")}.`,
} as const;

async function patch(context: RequestContext): Promise<Response> {
  const { request, env, config, params, errors } = context;
  await requireAdmin(request, config.adminToken);
  if (bodyFormat(request.headers.get("content-type")) !== "json") {
    throw new HttpError("unsupported_media_type");
  }
  const body = parseJsonObject(await readBodyText(request, 4096));
  const status = body.status;
  if (!isSubmissionStatus(status)) {
    throw new HttpError("validation_failed", {
      issues: [{ field: "status", message: STATUS_MESSAGE[errors.locale] }],
    });
  }
  const id = params.id ?? "";
  const result = await updateSubmissionStatus(env.DB, id, status, new Date());
  if (!result) throw new HttpError("submission_not_found");
  log.info("admin.status_changed", {
    id,
    kind: result.submission.kind,
    previousStatus: result.previousStatus,
    status,
  });
  return json(result.submission);
}

async function erase({ request, env, config, params }: RequestContext): Promise<Response> {
  await requireAdmin(request, config.adminToken);
  const id = params.id ?? "";
  const deleted = await deleteSubmission(env.DB, id);
  if (!deleted) throw new HttpError("submission_not_found");
  log.info("admin.erased", { id });
  return new Response(null, { status: 204 });
}

export const adminListRoute: Route = {
  path: "/api/admin/submissions",
  methods: { GET: list },
};

export const adminExportRoute: Route = {
  path: "/api/admin/submissions.csv",
  methods: { GET: exportCsv },
};

export const adminSubmissionRoute: Route = {
  path: "/api/admin/submissions/:id",
  methods: { GET: read, PATCH: patch, DELETE: erase },
};
