import type { Occurrence, ProgrammeEvent } from "./schema.js";

/* Sort orders shared by expansion and the queries (internal: not part of the public API). */

const SEASON_MONTH = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const;

/** Order of dated occurrences: start, then id. */
export function byStart(a: Occurrence, b: Occurrence): number {
  return (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0) || compareIds(a, b);
}

function compareIds(a: Occurrence, b: Occurrence): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Position of a tentative date within its year: a known month sorts before a season
 * starting that month, and a bare year after everything in that year.
 */
function periodRank(event: ProgrammeEvent): [year: number, rank: number] {
  const { when } = event;
  if (when.type !== "tentative") return [0, 0];
  if (when.month !== undefined) return [when.year, when.month * 2];
  if (when.season !== undefined) return [when.year, SEASON_MONTH[when.season] * 2 + 1];
  return [when.year, 100];
}

/** Order of tentative occurrences: year, then month or season, then id. */
export function byTentativePeriod(a: Occurrence, b: Occurrence): number {
  const [yearA, rankA] = periodRank(a.event);
  const [yearB, rankB] = periodRank(b.event);
  return yearA - yearB || rankA - rankB || compareIds(a, b);
}

/** Most recent first: start descending, then id. */
export function byStartDescending(a: Occurrence, b: Occurrence): number {
  return (b.start?.getTime() ?? 0) - (a.start?.getTime() ?? 0) || compareIds(a, b);
}
