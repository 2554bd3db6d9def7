import { formatIssues, parseWith, type Result } from "../i18n/issues.js";
import { indexAttendance } from "./attendance-index.js";
import { selectCurriculum } from "./curriculum.js";
import {
  type CohortEvaluationRequest,
  type CohortEvaluationRequestInput,
  cohortEvaluationRequestSchema,
  type EvaluationRequestInput,
  evaluationRequestSchema,
} from "./evaluation-input.js";
import {
  type AttendanceTally,
  assessRequirements,
  type RequirementOutcome,
} from "./requirements.js";
import { createSentenceRenderer } from "./sentences.js";

export type { AttendanceTally, RequirementKind, RequirementOutcome } from "./requirements.js";

/** One requirement with a sentence that says where the volunteer stands. */
export interface RequirementResult extends RequirementOutcome {
  /** E.g. "3 Fachvorträge besucht (nötig: 4)." in the requested language. */
  message: string;
}

/** Where one volunteer stands with the certification. */
export interface CertificationEvaluation {
  /** The volunteer evaluated. */
  volunteerId: string;
  /** The instant of the evaluation, as given. */
  asOf: string;
  /** Whether every requirement is met, so a certificate may be issued. */
  eligible: boolean;
  /** Mean progress over the requirements, 0…1 (1 when the policy requires nothing). */
  progress: number;
  /** One entry per active requirement, in the order talks, workshops, modules, rate. */
  requirements: RequirementResult[];
  /** One sentence per unmet requirement, e.g. "Es fehlen noch 2 Workshops." */
  missing: string[];
  /** Sessions in the curriculum and the volunteer's present/excused/absent counts. */
  tally: AttendanceTally;
}

/** Everything the evaluation of one volunteer needs besides the attendance row. */
type Shared = Pick<
  CohortEvaluationRequest,
  "policy" | "sessions" | "asOf" | "timeZone" | "modules"
>;

/**
 * Prepares what all volunteers share (curriculum, sentences) and returns the evaluation
 * of one attendance row, so both entry points run exactly the same rules.
 */
function createEvaluator({ policy, sessions, asOf, timeZone, modules }: Shared, locale: string) {
  const curriculum = selectCurriculum(sessions, policy, asOf, timeZone);
  const sentences = createSentenceRenderer(locale, modules);
  const evaluate = (volunteerId: string, row: Uint8Array): CertificationEvaluation => {
    const { requirements, tally, eligible, progress } = assessRequirements(policy, curriculum, row);
    const missing: string[] = [];
    const results: RequirementResult[] = [];
    for (const outcome of requirements) {
      if (!outcome.met) missing.push(sentences.missing(outcome));
      // The outcomes were made for this evaluation alone, so adding the sentence in place
      // is safe and spares a copy per requirement.
      results.push(Object.assign(outcome, { message: sentences.describe(outcome) }));
    }
    return { volunteerId, asOf, eligible, progress, requirements: results, missing, tally };
  };
  return { curriculum, evaluate };
}

/**
 * Sorts the records of the listed volunteers into rows and says which name an unknown
 * session; `evaluateAll` then evaluates them (callers skip it when they refuse the input).
 */
function indexRows(
  request: Shared & Pick<CohortEvaluationRequest, "attendance">,
  volunteerIds: readonly string[],
  locale: string,
) {
  const { curriculum, evaluate } = createEvaluator(request, locale);
  const { rows, unknownSessions } = indexAttendance(curriculum, request.attendance, volunteerIds);
  const evaluateAll = () => {
    const evaluations = new Map<string, CertificationEvaluation>();
    for (const [volunteerId, row] of rows) evaluations.set(volunteerId, evaluate(volunteerId, row));
    return evaluations;
  };
  return { unknownSessions, evaluateAll };
}

/** The issues for attendance records that name a session not in `sessions`. */
function unknownSessionIssues(
  attendance: CohortEvaluationRequest["attendance"],
  positions: readonly number[],
  locale: string,
): Result<never> {
  return {
    ok: false,
    issues: formatIssues(
      positions.map((index) => {
        const id = attendance[index]?.sessionId ?? "";
        return {
          code: "custom",
          message: "certification.unknownSession",
          path: ["attendance", index, "sessionId"],
          params: { id },
          input: id,
        };
      }),
      locale,
    ),
  };
}

/**
 * Evaluates every volunteer of an already validated request — the pure core behind
 * {@link evaluateCohort}, exposed for callers that validate once and evaluate often (and
 * for the benchmark). Data that did not come out of `cohortEvaluationRequestSchema` gives
 * unspecified results; records of unknown sessions are ignored here (`evaluateCohort`
 * reports them).
 *
 * @example
 * const parsed = parseWith(cohortEvaluationRequestSchema, input);
 * if (parsed.ok) evaluateParsedCohort(parsed.value, "en").get("ana")?.missing
 * //=> ["1 more expert talk is needed."]
 */
export function evaluateParsedCohort(
  request: CohortEvaluationRequest,
  locale = "de",
): Map<string, CertificationEvaluation> {
  return indexRows(request, request.volunteerIds, locale).evaluateAll();
}

/**
 * The ids of the sessions that count towards certification at `asOf` — the curriculum
 * every evaluation of that moment uses: not cancelled, started by `asOf`, inside the
 * policy's window. An evaluation kept by a caller (a cache of a cohort) stays right while
 * this list, the policy, the module labels and the volunteer's records are unchanged.
 * Like {@link evaluateParsedCohort}, it takes already validated data.
 *
 * @example
 * countingSessionIds({ policy, sessions, asOf: "2026-06-30T12:00:00+02:00", timeZone: "Europe/Berlin" })
 * //=> ["talk-1", "workshop-1"] (the cancelled and the future session are left out)
 */
export function countingSessionIds(
  request: Pick<CohortEvaluationRequest, "policy" | "sessions" | "asOf" | "timeZone">,
): string[] {
  return selectCurriculum(
    request.sessions,
    request.policy,
    request.asOf,
    request.timeZone,
  ).sessions.map((session) => session.id);
}

/**
 * Validates the input and evaluates many volunteers against the same policy and sessions:
 * validation runs once and the attendance records are sorted by volunteer in one pass.
 * The map keeps the order of `volunteerIds` (a repeated id appears once). A record of
 * one of these volunteers that names a session not in `sessions` is an error.
 *
 * @example
 * const result = evaluateCohort({ policy, sessions, attendance, volunteerIds: ["ana", "ben"], asOf, timeZone: "Europe/Berlin" });
 * result.ok && [...result.value.values()].map((e) => e.eligible)
 * //=> [true, false]
 */
export function evaluateCohort(
  input: CohortEvaluationRequestInput,
  locale = "de",
): Result<Map<string, CertificationEvaluation>> {
  const parsed = parseWith(cohortEvaluationRequestSchema, input, locale);
  if (!parsed.ok) return parsed;
  const { unknownSessions, evaluateAll } = indexRows(
    parsed.value,
    parsed.value.volunteerIds,
    locale,
  );
  if (unknownSessions.length > 0)
    return unknownSessionIssues(parsed.value.attendance, unknownSessions, locale);
  return { ok: true, value: evaluateAll() };
}

/**
 * Validates the input and evaluates one volunteer: which requirements are met, how far
 * along they are, and sentences for what is missing, in `locale` (`de` by default).
 * Invalid input gives `{ ok: false, issues }` with messages in that language.
 *
 * The curriculum is every session that is not cancelled, started at or before `asOf` and,
 * with `policy.windowMonths`, not earlier than that many months before `asOf`; sessions'
 * local days and times are read in `timeZone`. A session without an attendance record
 * counts as absent; a record of this volunteer naming a session not in `sessions` is an
 * error. Modules are named by their label from `modules`.
 *
 * @example
 * evaluateCertification({
 *   policy: { minExpertTalks: 2, minWorkshops: 1 },
 *   sessions, // two expert talks and one workshop, all in the past
 *   attendance: [{ volunteerId: "ana", sessionId: "talk-1", status: "present" }],
 *   volunteerId: "ana",
 *   asOf: "2026-06-30T12:00:00+02:00",
 *   timeZone: "Europe/Berlin",
 * })
 * //=> { ok: true, value: { eligible: false, progress: 0.25,
 * //     missing: ["Es fehlt noch 1 Fachvortrag.", "Es fehlt noch 1 Workshop."], … } }
 */
export function evaluateCertification(
  input: EvaluationRequestInput,
  locale = "de",
): Result<CertificationEvaluation> {
  const parsed = parseWith(evaluationRequestSchema, input, locale);
  if (!parsed.ok) return parsed;
  const { volunteerId } = parsed.value;
  const { unknownSessions, evaluateAll } = indexRows(parsed.value, [volunteerId], locale);
  if (unknownSessions.length > 0)
    return unknownSessionIssues(parsed.value.attendance, unknownSessions, locale);
  const evaluation = evaluateAll().get(volunteerId);
  // indexRows makes a row for every listed volunteer.
  if (evaluation === undefined) throw new Error("unreachable: no evaluation for the volunteer");
  return { ok: true, value: evaluation };
}
