import type {
  Appointment,
  Assignment,
  CaseDetail,
  CaseEvent,
  CaseListQuery,
  CaseOutcome,
  CaseState,
  CaseSummary,
  VolunteerDeclineReason,
} from "../../shared/api.js";
import type { PointScope } from "./volunteers.js";

/*
 * D1 queries on help cases (migration 0011). Every change is a batch of statements whose
 * conditions name the state they expect, so two coordinators, or a coordinator and a
 * volunteer clicking a link, cannot both win: the loser's statements change nothing and
 * the caller reads `meta.changes`. The partial unique indexes (one waiting offer, one
 * acceptance per case) stop what the conditions cannot.
 */

const scopeParam = (scope: PointScope) => (scope ? JSON.stringify(scope) : null);
const IN_SCOPE = "(?1 IS NULL OR c.coordination_point IN (SELECT value FROM json_each(?1)))";

interface CaseRow {
  id: string;
  coordination_point: string;
  state: CaseState;
  outcome: CaseOutcome | null;
  category: string;
  municipality: string;
  language: string;
  received_on: string;
  created_at: string;
  payload: string | null;
  locale: string | null;
  volunteer_id: string | null;
  volunteer_name: string | null;
  expires_at: string | null;
  assignment_state: string | null;
  appointment_date: string | null;
  appointment_start: string | null;
  appointment_end: string | null;
  appointment_place: string | null;
  asked_before: number;
}

const CASE_SELECT = `SELECT c.id, c.coordination_point, c.state, c.outcome, c.category, c.municipality,
    c.language, c.received_on, c.created_at, s.payload, s.locale,
    a.volunteer_id, v.display_name AS volunteer_name, a.expires_at, a.state AS assignment_state,
    EXISTS (SELECT 1 FROM assignments r WHERE r.case_id = c.id
            AND r.state IN ('declined', 'expired', 'withdrawn', 'released')) AS asked_before,
    c.appointment_date, c.appointment_start, c.appointment_end, c.appointment_place
  FROM help_cases c
  LEFT JOIN submissions s ON s.id = c.submission_id
  LEFT JOIN assignments a ON a.case_id = c.id AND a.state IN ('offered', 'accepted')
  LEFT JOIN volunteers v ON v.id = a.volunteer_id`;

/** Days until a preferred date within which an untaken case counts as urgent. */
const URGENT_DAYS = 7;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function toSummary(row: CaseRow, today: string): CaseSummary {
  const payload = row.payload ? (JSON.parse(row.payload) as Record<string, unknown>) : null;
  const languages = Array.isArray(payload?.languages)
    ? (payload.languages as string[])
    : [row.language].filter(Boolean);
  const preferredDate = typeof payload?.preferredDate === "string" ? payload.preferredDate : null;
  return {
    id: row.id,
    coordinationPoint: row.coordination_point,
    state: row.state,
    outcome: row.outcome,
    category: row.category,
    municipality: row.municipality,
    languages,
    locale: row.locale ?? "de",
    receivedAt: row.created_at,
    preferredDate,
    urgent:
      (row.state === "open" || row.state === "offered") &&
      preferredDate !== null &&
      preferredDate <= addDays(today, URGENT_DAYS),
    returned: row.state === "open" && row.asked_before === 1,
    volunteer:
      row.volunteer_id && row.volunteer_name
        ? { id: row.volunteer_id, displayName: row.volunteer_name }
        : null,
    offerExpiresAt: row.assignment_state === "offered" ? row.expires_at : null,
  };
}

/**
 * The inbox: cases of the visible points, urgent first, then those that came back, then
 * oldest first (closed ones: most recently received first), at most 500.
 */
export async function listCases(
  db: D1Database,
  scope: PointScope,
  query: Required<Pick<CaseListQuery, "state">> & Omit<CaseListQuery, "state">,
  today: string,
): Promise<CaseSummary[]> {
  const { results } = await db
    .prepare(
      `${CASE_SELECT}
       WHERE ${IN_SCOPE}
         AND (CASE ?2 WHEN 'active' THEN c.state <> 'closed' ELSE c.state = ?2 END)
         AND (?3 IS NULL OR c.category = ?3)
         AND (?4 IS NULL OR c.municipality = ?4)
         AND (?5 IS NULL OR c.language = ?5
              OR EXISTS (SELECT 1 FROM json_each(s.payload, '$.languages') WHERE value = ?5))
       ORDER BY c.created_at ${query.state === "closed" ? "DESC" : "ASC"}, c.id
       LIMIT 500`,
    )
    .bind(
      scopeParam(scope),
      query.state,
      query.category ?? null,
      query.municipality ?? null,
      query.language ?? null,
    )
    .all<CaseRow>();
  const cases = results.map((row) => toSummary(row, today));
  // Urgent first, then the ones that came back (someone said no or did not answer: the
  // gap to close), then the rest; within each, the order of the query stays.
  const rank = (c: CaseSummary) => (c.urgent ? 0 : c.returned ? 1 : 2);
  return cases
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** One case of the visible points, with its assignments and history. */
export async function getCase(
  db: D1Database,
  id: string,
  scope: PointScope,
  today: string,
): Promise<CaseDetail | undefined> {
  const [cases, assignments, events] = await db.batch([
    db.prepare(`${CASE_SELECT} WHERE c.id = ?2 AND ${IN_SCOPE}`).bind(scopeParam(scope), id),
    db
      .prepare(
        `SELECT a.id, a.volunteer_id, v.display_name, a.state, a.offered_at, a.expires_at,
                a.answered_at, a.decline_reason, a.follow_up
         FROM assignments a LEFT JOIN volunteers v ON v.id = a.volunteer_id
         WHERE a.case_id = ?1 ORDER BY a.offered_at, a.id`,
      )
      .bind(id),
    db
      .prepare(
        `SELECT e.id, e.at, e.actor_type, e.event, e.assignment_id, e.detail,
                CASE e.actor_type
                  WHEN 'coordinator' THEN (SELECT display_name FROM coordinators WHERE id = e.actor_id)
                  WHEN 'volunteer' THEN (SELECT v.display_name FROM assignments a
                                         JOIN volunteers v ON v.id = a.volunteer_id
                                         WHERE a.id = e.assignment_id)
                END AS actor_name
         FROM case_events e WHERE e.case_id = ?1 ORDER BY e.id`,
      )
      .bind(id),
  ]);
  const row = cases?.results[0] as CaseRow | undefined;
  if (!row) return undefined;
  const summary = toSummary(row, today);
  return {
    ...summary,
    request: row.payload ? (JSON.parse(row.payload) as Record<string, unknown>) : null,
    appointment:
      row.appointment_date && row.appointment_start && row.appointment_end
        ? {
            date: row.appointment_date,
            start: row.appointment_start,
            end: row.appointment_end,
            ...(row.appointment_place ? { place: row.appointment_place } : {}),
          }
        : null,
    assignments: (assignments?.results ?? []).map((r) => {
      const a = r as Record<string, string | null>;
      return {
        id: a.id ?? "",
        volunteer:
          a.volunteer_id && a.display_name
            ? { id: a.volunteer_id, displayName: a.display_name }
            : null,
        state: a.state as Assignment["state"],
        offeredAt: a.offered_at ?? "",
        expiresAt: a.expires_at ?? "",
        answeredAt: a.answered_at ?? null,
        declineReason: a.decline_reason as VolunteerDeclineReason | null,
        followUp: a.follow_up as Assignment["followUp"],
      };
    }),
    history: (events?.results ?? []).map((r) => {
      const e = r as Record<string, string | number | null>;
      return {
        id: Number(e.id),
        at: String(e.at),
        actorType: e.actor_type as CaseEvent["actorType"],
        actorName: (e.actor_name as string | null) ?? null,
        event: e.event as CaseEvent["event"],
        assignmentId: (e.assignment_id as string | null) ?? null,
        detail: e.detail ? (JSON.parse(String(e.detail)) as CaseEvent["detail"]) : null,
      };
    }),
  };
}

/** The submission's own status follows the case (the forms worker's retention reads it). */
export function submissionFollowsStatement(db: D1Database, caseId: string, now: Date) {
  return db
    .prepare(
      `UPDATE submissions SET
         status = CASE (SELECT state FROM help_cases WHERE id = ?1)
                    WHEN 'open' THEN 'in_progress' WHEN 'offered' THEN 'in_progress'
                    WHEN 'accepted' THEN 'forwarded' ELSE 'closed' END,
         closed_at = CASE (SELECT state FROM help_cases WHERE id = ?1)
                       WHEN 'closed' THEN coalesce(closed_at, ?2) ELSE NULL END,
         updated_at = ?2
       WHERE id = (SELECT submission_id FROM help_cases WHERE id = ?1)`,
    )
    .bind(caseId, now.toISOString());
}

/**
 * Offers a case to a volunteer: the case goes from open to offered, an assignment and its
 * answer link are written. Only from `open`; the unique index refuses a second waiting
 * offer even when two coordinators press at the same moment.
 */
export function forwardStatements(
  db: D1Database,
  offer: {
    caseId: string;
    assignmentId: string;
    volunteerId: string;
    linkId: string;
    actorId: string;
    expiresAt: Date;
  },
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    db
      .prepare(
        `INSERT INTO assignments (id, case_id, volunteer_id, state, offered_by, offered_at, expires_at)
         SELECT ?1, ?2, ?3, 'offered', ?4, ?5, ?6
         WHERE EXISTS (SELECT 1 FROM help_cases WHERE id = ?2 AND state = 'open')`,
      )
      .bind(
        offer.assignmentId,
        offer.caseId,
        offer.volunteerId,
        offer.actorId,
        at,
        offer.expiresAt.toISOString(),
      ),
    db
      .prepare(
        `UPDATE help_cases SET state = 'offered', updated_at = ?2
         WHERE id = ?1 AND state = 'open' AND EXISTS (SELECT 1 FROM assignments WHERE id = ?3)`,
      )
      .bind(offer.caseId, at, offer.assignmentId),
    db
      .prepare(
        `INSERT INTO volunteer_links (id, assignment_id, purpose, expires_at)
         SELECT ?1, ?2, 'answer', ?3 WHERE EXISTS (SELECT 1 FROM assignments WHERE id = ?2)`,
      )
      .bind(offer.linkId, offer.assignmentId, offer.expiresAt.toISOString()),
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event, assignment_id)
         SELECT ?1, ?2, 'coordinator', ?3, 'forwarded', ?4
         WHERE EXISTS (SELECT 1 FROM assignments WHERE id = ?4)`,
      )
      .bind(offer.caseId, at, offer.actorId, offer.assignmentId),
    submissionFollowsStatement(db, offer.caseId, now),
  ];
}

/** What a link row and its assignment say (for the volunteer's answer page). */
export interface LinkTarget {
  linkId: string;
  purpose: "answer" | "follow_up";
  expiresAt: string;
  usedAt: string | null;
  assignmentId: string;
  assignmentState: Assignment["state"];
  followUp: Assignment["followUp"];
  caseId: string;
  caseState: CaseState;
  volunteerId: string | null;
  anonymised: boolean;
}

export async function linkTarget(db: D1Database, linkId: string): Promise<LinkTarget | undefined> {
  const row = await db
    .prepare(
      `SELECT l.id, l.purpose, l.expires_at, l.used_at, a.id AS assignment_id, a.state AS assignment_state,
              a.follow_up, c.id AS case_id, c.state AS case_state, a.volunteer_id,
              c.anonymised_at IS NOT NULL AS anonymised
       FROM volunteer_links l JOIN assignments a ON a.id = l.assignment_id
       JOIN help_cases c ON c.id = a.case_id WHERE l.id = ?1`,
    )
    .bind(linkId)
    .first<Record<string, string | number | null>>();
  if (!row) return undefined;
  return {
    linkId: String(row.id),
    purpose: row.purpose as LinkTarget["purpose"],
    expiresAt: String(row.expires_at),
    usedAt: (row.used_at as string | null) ?? null,
    assignmentId: String(row.assignment_id),
    assignmentState: row.assignment_state as Assignment["state"],
    followUp: row.follow_up as Assignment["followUp"],
    caseId: String(row.case_id),
    caseState: row.case_state as CaseState,
    volunteerId: (row.volunteer_id as string | null) ?? null,
    anonymised: row.anonymised === 1,
  };
}

/**
 * The volunteer's answer through the link: uses the link (once, before it expires) and
 * moves the assignment and the case — accepted, or declined back to open. Every statement
 * depends on the link having been used by this very answer (`used_at = now`).
 */
export function answerStatements(
  db: D1Database,
  target: Pick<LinkTarget, "linkId" | "assignmentId" | "caseId">,
  answer: { accept: true } | { accept: false; reason: VolunteerDeclineReason },
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  // ?1 is the link, ?2 the moment: true only for the answer that used the link just now.
  const usedNow = "EXISTS (SELECT 1 FROM volunteer_links WHERE id = ?1 AND used_at = ?2)";
  const state = answer.accept ? "accepted" : "declined";
  return [
    db
      .prepare(
        `UPDATE volunteer_links SET used_at = ?2
         WHERE id = ?1 AND used_at IS NULL AND expires_at > ?2
           AND EXISTS (SELECT 1 FROM assignments WHERE id = ?3 AND state = 'offered')`,
      )
      .bind(target.linkId, at, target.assignmentId),
    db
      .prepare(
        `UPDATE assignments SET state = ?4, answered_at = ?2, decline_reason = ?5
         WHERE id = ?3 AND state = 'offered' AND ${usedNow}`,
      )
      .bind(target.linkId, at, target.assignmentId, state, answer.accept ? null : answer.reason),
    db
      .prepare(
        `UPDATE help_cases SET state = ?4, updated_at = ?2
         WHERE id = ?3 AND state = 'offered' AND ${usedNow}`,
      )
      .bind(target.linkId, at, target.caseId, answer.accept ? "accepted" : "open"),
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event, assignment_id, detail)
         SELECT ?3, ?2, 'volunteer', NULL, ?4, ?5, ?6 WHERE ${usedNow}`,
      )
      .bind(
        target.linkId,
        at,
        target.caseId,
        state,
        target.assignmentId,
        answer.accept ? null : JSON.stringify({ reason: answer.reason }),
      ),
    submissionFollowsStatement(db, target.caseId, now),
  ];
}

/**
 * Offers that waited too long: each goes to `expired`, its case back to `open`, with a
 * step in the history. Returns the cases that came back (the caller may tell someone).
 */
export async function expireOffers(db: D1Database, now: Date): Promise<string[]> {
  const at = now.toISOString();
  const { results } = await db
    .prepare(
      "SELECT id, case_id FROM assignments WHERE state = 'offered' AND expires_at <= ?1 LIMIT 500",
    )
    .bind(at)
    .all<{ id: string; case_id: string }>();
  if (results.length === 0) return [];
  const statements = results.flatMap(({ id, case_id }) => [
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, event, assignment_id)
         SELECT ?1, ?2, 'system', 'expired', ?3
         WHERE EXISTS (SELECT 1 FROM assignments WHERE id = ?3 AND state = 'offered')`,
      )
      .bind(case_id, at, id),
    db
      .prepare(
        "UPDATE assignments SET state = 'expired', answered_at = ?2 WHERE id = ?1 AND state = 'offered'",
      )
      .bind(id, at),
    db
      .prepare(
        `UPDATE help_cases SET state = 'open', updated_at = ?2
         WHERE id = ?1 AND state = 'offered'
           AND NOT EXISTS (SELECT 1 FROM assignments WHERE case_id = ?1 AND state = 'offered')`,
      )
      .bind(case_id, at),
    submissionFollowsStatement(db, case_id, now),
  ]);
  await db.batch(statements);
  return results.map((r) => r.case_id);
}

/** The waiting offer withdrawn by a coordinator, with its step in the history first. */
function withdrawOfferStatements(
  db: D1Database,
  caseId: string,
  actorId: string,
  at: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event, assignment_id)
         SELECT ?1, ?2, 'coordinator', ?3, 'withdrawn', id FROM assignments
         WHERE case_id = ?1 AND state = 'offered'`,
      )
      .bind(caseId, at, actorId),
    db
      .prepare(
        "UPDATE assignments SET state = 'withdrawn', answered_at = ?2 WHERE case_id = ?1 AND state = 'offered'",
      )
      .bind(caseId, at),
  ];
}

/** The coordinator takes back the waiting offer; the case is open again. */
export function withdrawStatements(
  db: D1Database,
  caseId: string,
  actorId: string,
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    ...withdrawOfferStatements(db, caseId, actorId, at),
    db
      .prepare(
        "UPDATE help_cases SET state = 'open', updated_at = ?2 WHERE id = ?1 AND state = 'offered'",
      )
      .bind(caseId, at),
    submissionFollowsStatement(db, caseId, now),
  ];
}

/** Closes a case with an outcome; a waiting offer is withdrawn with it. */
export function closeStatements(
  db: D1Database,
  caseId: string,
  outcome: CaseOutcome,
  actorId: string,
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    // A waiting offer is withdrawn with the close, and the history says so first.
    ...withdrawOfferStatements(db, caseId, actorId, at),
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event, detail)
         SELECT ?1, ?2, 'coordinator', ?3, 'closed', json_object('outcome', ?4)
         WHERE EXISTS (SELECT 1 FROM help_cases WHERE id = ?1 AND state <> 'closed')`,
      )
      .bind(caseId, at, actorId, outcome),
    db
      .prepare(
        `UPDATE help_cases SET state = 'closed', outcome = ?3, closed_at = ?2, updated_at = ?2
         WHERE id = ?1 AND state <> 'closed'`,
      )
      .bind(caseId, at, outcome),
    submissionFollowsStatement(db, caseId, now),
  ];
}

/** Opens a closed case again: accepted if a volunteer still has it, open otherwise. */
export function reopenStatements(
  db: D1Database,
  caseId: string,
  actorId: string,
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event)
         SELECT ?1, ?2, 'coordinator', ?3, 'reopened'
         WHERE EXISTS (SELECT 1 FROM help_cases WHERE id = ?1 AND state = 'closed')`,
      )
      .bind(caseId, at, actorId),
    db
      .prepare(
        `UPDATE help_cases SET outcome = NULL, closed_at = NULL, updated_at = ?2,
           state = CASE WHEN EXISTS (SELECT 1 FROM assignments WHERE case_id = ?1 AND state = 'accepted')
                        THEN 'accepted' ELSE 'open' END
         WHERE id = ?1 AND state = 'closed'`,
      )
      .bind(caseId, at),
    submissionFollowsStatement(db, caseId, now),
  ];
}

/** Records the agreed appointment (or changes it). */
export function appointmentStatements(
  db: D1Database,
  caseId: string,
  appointment: Appointment,
  actorId: string,
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    db
      .prepare(
        `UPDATE help_cases SET appointment_date = ?2, appointment_start = ?3, appointment_end = ?4,
           appointment_place = ?5, updated_at = ?6 WHERE id = ?1`,
      )
      .bind(
        caseId,
        appointment.date,
        appointment.start,
        appointment.end,
        appointment.place ?? null,
        at,
      ),
    // A new appointment is asked about again after it took place.
    db
      .prepare(
        `UPDATE assignments SET follow_up_sent_at = NULL, follow_up = NULL, follow_up_at = NULL
         WHERE case_id = ?1 AND state = 'accepted'`,
      )
      .bind(caseId),
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event, detail)
         VALUES (?1, ?2, 'coordinator', ?3, 'appointment', json_object('date', ?4))`,
      )
      .bind(caseId, at, actorId, appointment.date),
  ];
}

/**
 * Before a volunteer is erased: a waiting offer is withdrawn and a case they had taken
 * goes back to open, each with a step in its history — no case is left with nobody.
 */
export function releaseVolunteerStatements(
  db: D1Database,
  volunteerId: string,
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, event, assignment_id, detail)
         SELECT case_id, ?2, 'system', CASE state WHEN 'offered' THEN 'withdrawn' ELSE 'released' END,
                id, json_object('reason', 'erased')
         FROM assignments WHERE volunteer_id = ?1 AND state IN ('offered', 'accepted')`,
      )
      .bind(volunteerId, at),
    db
      .prepare(
        `UPDATE help_cases SET state = 'open', updated_at = ?2
         WHERE state IN ('offered', 'accepted')
           AND id IN (SELECT case_id FROM assignments WHERE volunteer_id = ?1 AND state IN ('offered', 'accepted'))`,
      )
      .bind(volunteerId, at),
    db
      .prepare(
        `UPDATE submissions SET status = 'in_progress', updated_at = ?2
         WHERE id IN (SELECT c.submission_id FROM help_cases c JOIN assignments a ON a.case_id = c.id
                      WHERE a.volunteer_id = ?1 AND a.state IN ('offered', 'accepted')
                        AND c.state = 'open')`,
      )
      .bind(volunteerId, at),
    db
      .prepare(
        `UPDATE assignments SET state = CASE state WHEN 'offered' THEN 'withdrawn' ELSE 'released' END,
           answered_at = coalesce(answered_at, ?2)
         WHERE volunteer_id = ?1 AND state IN ('offered', 'accepted')`,
      )
      .bind(volunteerId, at),
  ];
}

/** Records in the case's history that an e-mail of an assignment could not be sent. */
export async function recordMailFailed(
  db: D1Database,
  caseId: string,
  assignmentId: string,
  now: Date,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO case_events (case_id, at, actor_type, event, assignment_id)
       VALUES (?1, ?2, 'system', 'mail_failed', ?3)`,
    )
    .bind(caseId, now.toISOString(), assignmentId)
    .run();
}
