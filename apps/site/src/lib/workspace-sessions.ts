import {
  type ProgrammeEventInput,
  type ProgrammeSession,
  parseProgrammeEvents,
  parseWith,
  programmeSessionEventId,
  programmeSessionsAnswerSchema,
  submissionErrorBodySchema,
} from "@integrationspaten/domain";
import type { FileEntry, ProgrammeEntry, WorkspaceEntry } from "./programme-files.ts";

/*
 * The training sessions come from the coordinators' workspace, the one place they are
 * managed: the forms worker publishes their public fields (the domain's contract,
 * `PROGRAMME_SESSIONS`), and the site's build — daily — reads them and shows each as a
 * date of the programme. Messages are German first, then English, like the date files'.
 */

/** Who training sessions are for: the people in training and the certified companions. */
export const SESSION_AUDIENCE = ["trainees", "volunteers"] as const;

/** What a build without `SESSIONS_URL` says (a live site's build must have it). */
export const NO_SESSIONS_MESSAGE =
  "SESSIONS_URL ist nicht gesetzt: Es wurden keine Schulungstermine aus dem Arbeitsbereich geladen, die Website zeigt nur die Termindateien (richtig für CI und Offline-Builds, nicht für die öffentliche Website). / SESSIONS_URL is not set: no workspace sessions were loaded; the site shows the date files only (right for CI and offline builds, not for the live site).";

/** How hard to try before giving up on the sessions' address. */
export interface FetchPolicy {
  /** Tries in all, for an unreachable address, a timeout, a 429 or a 5xx (at least 1). */
  attempts: number;
  /** Pause between tries, in milliseconds. */
  delayMs: number;
  /** Give up on one try after this long. */
  timeoutMs: number;
}

/** A build (daily, or in CI): a short network hiccup is survived, a dead worker is not. */
export const BUILD_FETCH: FetchPolicy = { attempts: 3, delayMs: 2_000, timeoutMs: 15_000 };

/**
 * The dev server (`pnpm start`): the local forms worker may start a few seconds after the
 * site (it applies the migrations first), so keep asking for a while.
 */
export const DEV_FETCH: FetchPolicy = { attempts: 30, delayMs: 1_000, timeoutMs: 5_000 };

/** The sessions could not be loaded or are invalid; the message names the address. */
export class SessionsLoadError extends Error {
  override readonly name = "SessionsLoadError";
  constructor(
    readonly url: string,
    /** What went wrong, in German and English, without the address. */
    readonly problem: string,
    /** Whether asking again may help (unreachable, timeout, 429, 5xx). */
    readonly retryable: boolean,
  ) {
    super(
      `Die Schulungstermine konnten nicht von ${url} geladen werden / The training sessions could not be loaded from ${url}:\n  ${problem}\n` +
        "SESSIONS_URL nennt die Termine des Formular-Workers (…/api/programme/sessions); ohne SESSIONS_URL baut die Website nur mit den Termindateien. / SESSIONS_URL names the forms worker's sessions (…/api/programme/sessions); without it the site builds with the date files only.",
    );
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What went wrong with one try, as text (e.g. `ECONNREFUSED`). */
function networkProblem(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `keine Antwort innerhalb von ${timeoutMs / 1000} s / no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error).message;
  return `nicht erreichbar / unreachable (${String(detail)})`;
}

async function fetchOnce(url: URL, policy: FetchPolicy): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(policy.timeoutMs),
    });
  } catch (error) {
    throw new SessionsLoadError(url.href, networkProblem(error, policy.timeoutMs), true);
  }
  const text = await response.text();
  if (!response.ok) {
    let code = "";
    try {
      const body = submissionErrorBodySchema.safeParse(JSON.parse(text));
      if (body.success) code = ` (${body.data.error.code}: ${body.data.error.message})`;
    } catch {
      // Not the worker's error body: the status says enough.
    }
    const retryable = response.status === 429 || response.status >= 500;
    throw new SessionsLoadError(
      url.href,
      `antwortete mit HTTP ${response.status} / answered HTTP ${response.status}${code}`,
      retryable,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SessionsLoadError(
      url.href,
      `keine JSON-Antwort / not a JSON answer (${(error as Error).message})`,
      false,
    );
  }
}

/** The id of the n-th session in an answer that failed validation, if it has one. */
function sessionIdAt(answer: unknown, index: unknown): string | undefined {
  const sessions = (answer as { sessions?: unknown } | null)?.sessions;
  if (!Array.isArray(sessions) || typeof index !== "number") return undefined;
  const id = (sessions[index] as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Reads the sessions from the forms worker and validates them with the domain's contract
 * (`programmeSessionsAnswerSchema`). Unreachable addresses, timeouts, 429 and 5xx are tried
 * again as `policy` says; a 4xx, a body that is not JSON or not the contract fails at once.
 * Every failure is a {@link SessionsLoadError} naming the address and each problem:
 * `sessions.1 (id 3f2a…) › date: Bitte geben Sie ein gültiges Datum … an`.
 *
 * @example
 * await fetchProgrammeSessions(new URL("http://127.0.0.1:8787/api/programme/sessions"), BUILD_FETCH)
 * //=> [{ id: "3f2a…", kind: "expert_talk", title: "Fachvortrag: …", date: "2027-01-19", … }]
 */
export async function fetchProgrammeSessions(
  url: URL,
  policy: FetchPolicy,
  onRetry: (error: SessionsLoadError, attempt: number) => void = () => {},
): Promise<ProgrammeSession[]> {
  let answer: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      answer = await fetchOnce(url, policy);
      break;
    } catch (error) {
      if (!(error instanceof SessionsLoadError) || !error.retryable) throw error;
      if (attempt >= policy.attempts) throw error;
      onRetry(error, attempt);
      await sleep(policy.delayMs);
    }
  }
  const parsed = parseWith(programmeSessionsAnswerSchema, answer, "de");
  if (parsed.ok) return parsed.value.sessions;
  const problems = parsed.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const id = first === "sessions" ? sessionIdAt(answer, index) : undefined;
    const where =
      first === "sessions" && index !== undefined
        ? `sessions.${index}${id ? ` (id ${id})` : ""}${rest.length > 0 ? ` › ${rest.join(".")}` : ""}`
        : issue.field || "(Antwort / answer)";
    return `${where}: ${issue.message}`;
  });
  throw new SessionsLoadError(
    url.href,
    `Die Antwort entspricht nicht dem Vertrag (programmeSessionsAnswerSchema) / The answer does not match the contract:\n    ${problems.join("\n    ")}`,
    false,
  );
}

/**
 * A session as a date of the programme (the domain's `programmeEventSchema`): a single
 * date, its kind and module, the German title (pages in other languages mark it
 * `lang="de"`), for trainees and companions, its place if the workspace has one (pages say
 * in their own language that it will be announced; calendars leave LOCATION out),
 * cancelled or confirmed. The id — and so the calendar UID — follows from the session id
 * alone (`programmeSessionEventId`).
 */
export function sessionEvent(session: ProgrammeSession): ProgrammeEventInput {
  return {
    id: programmeSessionEventId(session.id),
    kind: session.kind,
    audience: [...SESSION_AUDIENCE],
    title: { de: session.title },
    ...(session.location ? { location: session.location } : {}),
    module: session.module,
    status: session.cancelled ? "cancelled" : "confirmed",
    when: { type: "single", date: session.date, start: session.start, end: session.end },
  };
}

export type EntriesResult<T> = { ok: true; entries: T[] } | { ok: false; errors: string[] };

/**
 * The sessions as entries of the `dates` collection, each with the workspace's SEQUENCE.
 * With `modules` (the district's `curriculum.modules`), a session's module must be one of
 * them, as for the date files.
 */
export function workspaceEntries(
  sessions: readonly ProgrammeSession[],
  url: string,
  modules?: readonly string[],
): EntriesResult<WorkspaceEntry> {
  const errors: string[] = [];
  const where = (index: number) => `${url} › sessions.${index} (id ${sessions[index]?.id})`;
  const parsed = parseProgrammeEvents(sessions.map(sessionEvent), "de");
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const [index, ...path] = issue.path;
      errors.push(`${where(Number(index))} › ${path.join(".")}: ${issue.message}`);
    }
    return { ok: false, errors };
  }
  sessions.forEach((session, index) => {
    if (modules !== undefined && !modules.includes(session.module)) {
      errors.push(
        `${where(index)} › module: Das Modul „${session.module}“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben; bekannt sind ${modules.map((m) => `„${m}“`).join(", ")}.`,
      );
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    entries: parsed.value.map((event, index) => ({
      source: "workspace",
      event,
      example: false,
      sequence: sessions[index]?.sequence ?? 0,
      url,
    })),
  };
}

/**
 * The whole programme: the date files and the workspace's sessions, whose ids must not
 * meet (a calendar UID belongs to one date only).
 */
export function mergeProgramme(
  files: readonly FileEntry[],
  sessions: readonly WorkspaceEntry[],
): EntriesResult<ProgrammeEntry> {
  const fileIds = new Map(files.map((entry) => [entry.event.id, entry.file]));
  const errors = sessions
    .filter((entry) => fileIds.has(entry.event.id))
    .map(
      (entry) =>
        `${fileIds.get(entry.event.id)} › id: Die Kennung „${entry.event.id}“ hat auch ein Schulungstermin aus ${entry.url}; bitte benennen Sie die Datei um. / The id is also a training session's; rename the file.`,
    );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries: [...files, ...sessions] };
}
