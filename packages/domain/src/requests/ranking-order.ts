import type { Volunteer } from "../schemas/volunteer.js";
import type { Eligibility } from "./eligibility.js";
import { type AssignmentLoad, assignmentLoad } from "./fairness.js";
import type { LanguageMatch } from "./language-match.js";

/*
 * The order in which suggested volunteers are listed. Each volunteer gets numeric sort
 * keys once, so sorting thousands compares numbers, not records.
 */

/** How a volunteer can talk with the person. */
export type Communication =
  | { kind: "shared"; match: LanguageMatch }
  | { kind: "bridge"; match: LanguageMatch }
  | { kind: "none" };

export interface Assessment {
  /** The volunteer, validated. */
  volunteer: Volunteer;
  /** Place of the volunteer's id in id order; breaks ties. */
  position: number;
  eligibility: Eligibility;
  communication: Communication;
}

export interface Ranked extends Assessment {
  /** Sort keys in order of importance; all ascending. */
  keys: [availability: number, language: number, place: number, recent: number, last: number];
  load: AssignmentLoad;
}

export const NO_COMMUNICATION: Communication = Object.freeze({ kind: "none" });

/**
 * Rank of a way to communicate, lower first: native in the person's first language (0),
 * native in another of their languages (1), fluent in the first (2), fluent in another
 * (3), native in a bridge language (4), fluent in one (5), none (6).
 *
 * @example
 * communicationRank({ kind: "shared", match: { language: "ar", level: "native", position: 0 } })
 * //=> 0
 */
export function communicationRank(communication: Communication): number {
  if (communication.kind === "none") return 6;
  const { level, position } = communication.match;
  if (communication.kind === "bridge") return level === "native" ? 4 : 5;
  return (level === "native" ? 0 : 2) + (position === 0 ? 0 : 1);
}

/**
 * Adds the sort keys to an assessment: confirmed or flexible time before unknown (someone
 * whose hours are not on record never outranks someone whose hours fit — the coordinator
 * would first have to ask), then communication, exact municipality before neighbour,
 * fewer recent assignments, earlier last assignment (never assigned first).
 *
 * @example
 * // native Arabic speaker next door, slot confirmed, 2 recent assignments, last on 1 March
 * rankedOf(assessment, Date.parse("2026-03-17T09:00:00+01:00"), 90).keys
 * //=> [0, 0, 1, 2, 1772355600000]
 */
export function rankedOf(assessment: Assessment, nowMs: number, windowDays: number): Ranked {
  const load = assignmentLoad(assessment.volunteer.assignments, nowMs, windowDays);
  const { placement, availability } = assessment.eligibility;
  return {
    ...assessment,
    load,
    keys: [
      availability.kind === "unknown" ? 1 : 0,
      communicationRank(assessment.communication),
      placement?.kind === "exact" ? 0 : 1,
      load.recent,
      load.lastAt ?? Number.NEGATIVE_INFINITY,
    ],
  };
}

/**
 * Orders ranked volunteers by their keys and then by id order, so that the same
 * volunteers always come out in the same order.
 *
 * @example
 * ranked.sort(compareRanked)
 */
export function compareRanked(a: Ranked, b: Ranked): number {
  for (let i = 0; i < a.keys.length; i += 1) {
    const difference = (a.keys[i] as number) - (b.keys[i] as number);
    // Infinity - Infinity is NaN: two volunteers never assigned are equal here.
    if (difference < 0) return -1;
    if (difference > 0) return 1;
  }
  return a.position - b.position;
}
