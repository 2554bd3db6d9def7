import { countingSessionIds, evaluateCohort } from "@integrationspaten/domain";
import {
  type CohortLine,
  type CohortMember,
  type KeptCohort,
  keepEvaluationsStatements,
  membersWithoutEvaluation,
  readKeptCohort,
} from "../storage/certification-progress.js";
import { attendanceOfSome, cohortAttendance, curriculumSessions } from "../storage/sessions.js";
import type { PointScope } from "../storage/volunteers.js";
import { curriculumRequest } from "./evaluate.js";

/*
 * The cohort view, from evaluations kept in D1 between requests. Evaluating 5,000
 * volunteers against 500 sessions took most of a cohort request (bench/coordination.mjs);
 * a kept evaluation is reused while its basis — policy, module labels, the sessions that
 * count — is unchanged and the volunteer's attendance has not changed (a trigger clears
 * it). Only the missing or stale ones are evaluated, by the domain, as before.
 */

/** Beyond this many stale volunteers, one pass over the cohort's attendance beats a list. */
const WHOLE_COHORT = 500;

/** SHA-256 (hex) of everything an evaluation depends on besides the volunteer's records. */
async function basisOf(request: ReturnType<typeof curriculumRequest>): Promise<string> {
  const counting = new Set(countingSessionIds(request));
  const sessions = request.sessions
    .filter((session) => counting.has(session.id))
    .map((session) => [session.id, session.kind, session.module]);
  const text = JSON.stringify({ policy: request.policy, modules: request.modules, sessions });
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Evaluates volunteers with the domain and keeps the results. */
async function evaluateAndKeep(
  db: D1Database,
  members: readonly CohortMember[],
  scope: PointScope,
  request: ReturnType<typeof curriculumRequest>,
  basis: string,
  locale: string,
): Promise<CohortLine[]> {
  const readAt = new Date();
  const ids = members.map((m) => m.volunteerId);
  const attendance =
    ids.length > WHOLE_COHORT ? await cohortAttendance(db, scope) : await attendanceOfSome(db, ids);
  const result = evaluateCohort({ ...request, attendance, volunteerIds: ids }, locale);
  // The input comes from our own tables, whose constraints match the schemas.
  if (!result.ok) throw new Error(`evaluation refused stored data: ${result.issues[0]?.code}`);
  const lines = members.map((member) => {
    const evaluation = result.value.get(member.volunteerId);
    return {
      ...member,
      eligible: evaluation?.eligible ?? false,
      progress: evaluation?.progress ?? 0,
      missing: evaluation?.missing ?? [],
    };
  });
  await db.batch(
    keepEvaluationsStatements(
      db,
      new Map(lines.map((line) => [line.volunteerId, line])),
      basis,
      locale,
      readAt,
    ),
  );
  return lines;
}

// One collator for every comparison: localeCompare builds one per call.
const byName = new Intl.Collator("de");
const furthestFirst = (a: CohortLine, b: CohortLine) =>
  b.progress - a.progress || byName.compare(a.displayName, b.displayName);

/** The cohort grouped: eligible and close in full, the others furthest along first. */
export interface CohortGroups {
  readonly eligible: CohortLine[];
  readonly close: CohortLine[];
  readonly others: CohortLine[];
  readonly counts: KeptCohort["counts"];
}

/** The cohort of the visible points, grouped and cut for the view. */
export async function cohortGroups(
  db: D1Database,
  scope: PointScope,
  locale: string,
  now: Date,
  options: { close: number; othersListed: number; today: string },
): Promise<CohortGroups> {
  const request = curriculumRequest(await curriculumSessions(db), now);
  const basis = await basisOf(request);
  const kept = await readKeptCohort(db, scope, basis, locale, options);
  const keptCount = kept.counts.eligible + kept.counts.close + kept.counts.others;
  // Members without a kept evaluation (new, changed, or everyone after a session passed):
  // evaluated now; the read above left them out, so they are merged below.
  const stale =
    kept.members > keptCount
      ? await membersWithoutEvaluation(db, scope, basis, locale, options.today)
      : [];
  const fresh =
    stale.length > 0 ? await evaluateAndKeep(db, stale, scope, request, basis, locale) : [];
  const lines = [...kept.lines, ...fresh];
  const counts = { ...kept.counts };
  for (const line of fresh) {
    if (line.eligible) counts.eligible++;
    else if (line.progress >= options.close) counts.close++;
    else counts.others++;
  }
  return {
    eligible: lines.filter((l) => l.eligible).sort(furthestFirst),
    close: lines.filter((l) => !l.eligible && l.progress >= options.close).sort(furthestFirst),
    others: lines
      .filter((l) => !l.eligible && l.progress < options.close)
      .sort(furthestFirst)
      .slice(0, options.othersListed),
    counts,
  };
}
