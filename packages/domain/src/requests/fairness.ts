import type { AssignmentRecord } from "../schemas/volunteer.js";

const DAY_MS = 86_400_000;

/** How much a volunteer was asked recently; fewer and older assignments rank first. */
export interface AssignmentLoad {
  /** Assignments in the fairness window, i.e. in the `windowDays` days up to `now`. */
  recent: number;
  /** The latest assignment up to `now`, in epoch milliseconds; absent when never assigned. */
  lastAt?: number;
}

/**
 * Counts a volunteer's recent assignments and finds the latest one. Assignments after
 * `now` are ignored: when a past day is replayed they are not history yet.
 *
 * @example
 * assignmentLoad(
 *   [{ requestId: "r1", at: "2026-03-01T10:00:00Z" }, { requestId: "r0", at: "2025-06-01T10:00:00Z" }],
 *   Date.parse("2026-03-17T12:00:00Z"),
 *   90,
 * )
 * //=> { recent: 1, lastAt: Date.parse("2026-03-01T10:00:00Z") }
 */
export function assignmentLoad(
  assignments: readonly AssignmentRecord[],
  now: number,
  windowDays: number,
): AssignmentLoad {
  const windowStart = now - windowDays * DAY_MS;
  let recent = 0;
  let lastAt: number | undefined;
  for (const assignment of assignments) {
    const at = Date.parse(assignment.at);
    if (at > now) continue;
    if (at >= windowStart) recent += 1;
    if (lastAt === undefined || at > lastAt) lastAt = at;
  }
  return lastAt === undefined ? { recent } : { recent, lastAt };
}

/**
 * Whole days between two instants (epoch milliseconds), rounded down.
 *
 * @example
 * daysBetween(Date.parse("2026-03-01T10:00:00Z"), Date.parse("2026-03-17T09:00:00Z"))
 * //=> 15
 */
export function daysBetween(earlier: number, later: number): number {
  return Math.floor((later - earlier) / DAY_MS);
}
