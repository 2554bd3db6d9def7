import { monthsBeforeInstant, zonedInstant } from "../calendar/zoned.js";
import type { TrainingSession } from "../schemas/training-session.js";
import type { CertificationPolicy } from "./policy.js";

/**
 * The sessions that count for an evaluation, laid out for a fast loop over many
 * volunteers: per position in `sessions`, typed arrays say what the session is.
 */
export interface Curriculum {
  /** Sessions that count, in the order they were given. */
  readonly sessions: readonly TrainingSession[];
  /** Position of each counting session's id in `sessions`. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Per position: 1 for a workshop, 0 for an expert talk. */
  readonly isWorkshop: Uint8Array;
  /** Per position: index of the session's module in `requiredModules`, or -1. */
  readonly requiredModuleIndex: Int32Array;
  /** The policy's required modules without repetitions, in policy order. */
  readonly requiredModules: readonly string[];
  /** Earliest start that counts, in ms since the epoch (`-Infinity` without a window). */
  readonly from: number;
  /** Latest start that counts, in ms since the epoch: the evaluation instant. */
  readonly until: number;
  /** Ids of every session given, counting or not: attendance may refer to these only. */
  readonly knownSessionIds: ReadonlySet<string>;
}

/**
 * Picks the curriculum: sessions that are not cancelled and started at or before `asOf`,
 * and — when the policy has `windowMonths` — at or after the same wall-clock time that
 * many calendar months earlier (both ends inclusive, in `asOf`'s own offset). A session's
 * local day and start time are read in `timeZone`, the district's.
 *
 * @example
 * const c = selectCurriculum(sessions, policy, "2026-06-30T12:00:00+02:00", "Europe/Berlin");
 * c.sessions.map((s) => s.id)
 * //=> ["talk-1", "workshop-1"] (neither cancelled nor in the future)
 */
export function selectCurriculum(
  sessions: readonly TrainingSession[],
  policy: Pick<CertificationPolicy, "windowMonths" | "requiredModules">,
  asOf: string,
  timeZone: string,
): Curriculum {
  const until = Date.parse(asOf);
  const from =
    policy.windowMonths === undefined
      ? Number.NEGATIVE_INFINITY
      : monthsBeforeInstant(asOf, policy.windowMonths);
  const counting = sessions.filter((session) => {
    if (session.cancelled) return false;
    const start = zonedInstant(session.date, session.start, timeZone).getTime();
    return start >= from && start <= until;
  });

  const requiredModules = [...new Set(policy.requiredModules)];
  const moduleIndex = new Map(requiredModules.map((module, index) => [module, index]));
  const positionOf = new Map<string, number>();
  const isWorkshop = new Uint8Array(counting.length);
  const requiredModuleIndex = new Int32Array(counting.length);
  counting.forEach((session, position) => {
    positionOf.set(session.id, position);
    isWorkshop[position] = session.kind === "workshop" ? 1 : 0;
    requiredModuleIndex[position] = moduleIndex.get(session.module) ?? -1;
  });
  return {
    sessions: counting,
    positionOf,
    isWorkshop,
    requiredModuleIndex,
    requiredModules,
    from,
    until,
    knownSessionIds: new Set(sessions.map((session) => session.id)),
  };
}
