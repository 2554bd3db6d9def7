import type { Volunteer } from "../schemas/volunteer.js";
import { type AvailabilityMatch, matchAvailability, type PreferredWindow } from "./availability.js";
import type { RequestCategory } from "./category.js";
import type { ReasonDraft } from "./match-reasons.js";

/** What every volunteer is checked against, computed once per request. */
export interface EligibilityContext {
  /** The request's category and its rules. */
  category: RequestCategory;
  /** Municipality id where help is needed. */
  municipality: string;
  /** Its neighbours, in the district's order. */
  neighbours: readonly string[];
  /** Preferred times as weekday windows; empty when the person is flexible. */
  windows: readonly PreferredWindow[];
  /** Today in the district's time zone (`YYYY-MM-DD`). */
  today: string;
  /** The earliest day a good-conduct check may have been seen (five years before today). */
  goodConductSince: string;
}

/** Where a volunteer helps, seen from the request. */
export type Placement = { kind: "exact" } | { kind: "neighbour"; municipality: string };

/** The outcome of every rule except the language rule, which depends on the others. */
export interface Eligibility {
  /** Every reason that excludes the volunteer, in a fixed order; empty when eligible. */
  exclusions: ReasonDraft[];
  /** Where the volunteer helps relative to the request, if near enough. */
  placement: Placement | undefined;
  /** How the volunteer's availability meets the preferred times. */
  availability: AvailabilityMatch;
}

/** Reasons without parameters, shared by every volunteer (frozen: see `ReasonDraft`). */
const PAUSED: ReasonDraft = Object.freeze({ code: "match.excluded.paused" });
const STATUS_EXCLUSIONS = {
  applicant: Object.freeze({ code: "match.excluded.applicant" }),
  paused: PAUSED,
  retired: Object.freeze({ code: "match.excluded.retired" }),
} as const satisfies Record<string, ReasonDraft>;
const NOT_AVAILABLE: ReasonDraft = Object.freeze({ code: "match.excluded.availability" });
const CONDUCT_NOT_CLEAR: ReasonDraft = Object.freeze({
  code: "match.excluded.goodConductNotClear",
});
const EXACT: Placement = Object.freeze({ kind: "exact" });

/**
 * Prepares the hard rules of a request — status, certificate, category, municipality,
 * availability, good conduct — and returns a check that collects *every* reason that
 * excludes a volunteer, not just the first. Reasons that depend only on the request are
 * created once and shared.
 *
 * @example
 * eligibilityChecker(context)(pausedVolunteer).exclusions
 * //=> [{ code: "match.excluded.paused" }]
 */
export function eligibilityChecker(
  context: EligibilityContext,
): (volunteer: Volunteer) => Eligibility {
  const { category, today, goodConductSince, windows } = context;
  const inTraining: ReasonDraft = Object.freeze({
    code: "match.excluded.inTraining",
    params: Object.freeze({ category: category.id }),
  });
  const wrongCategory: ReasonDraft = Object.freeze({
    code: "match.excluded.category",
    params: Object.freeze({ category: category.id }),
  });
  const tooFar: ReasonDraft = Object.freeze({
    code: "match.excluded.municipality",
    params: Object.freeze({ municipality: context.municipality }),
  });
  const conductMissing: ReasonDraft = Object.freeze({
    code: "match.excluded.goodConductMissing",
    params: Object.freeze({ category: category.id }),
  });

  return (volunteer) => {
    const exclusions: ReasonDraft[] = [];

    if (volunteer.status === "in_training") {
      if (category.certifiedOnly) exclusions.push(inTraining);
    } else if (volunteer.status !== "certified") {
      exclusions.push(STATUS_EXCLUSIONS[volunteer.status]);
    }
    // Only a certified volunteer relies on the certificate; someone back in training after
    // it lapsed may still take what volunteers in training may take.
    const validUntil = volunteer.certificateValidUntil;
    if (volunteer.status === "certified" && validUntil !== undefined && validUntil < today)
      exclusions.push({ code: "match.excluded.certificateExpired", params: { date: validUntil } });

    if (!volunteer.categories.includes(category.id)) exclusions.push(wrongCategory);

    const placement = placementOf(volunteer.municipalities, context);
    if (!placement) exclusions.push(tooFar);

    const availability = matchAvailability(volunteer.availability, windows);
    if (availability.kind === "none") exclusions.push(NOT_AVAILABLE);

    if (category.requiresGoodConduct) {
      const check = volunteer.goodConduct;
      if (!check) exclusions.push(conductMissing);
      else {
        if (!check.clear) exclusions.push(CONDUCT_NOT_CLEAR);
        if (check.seenOn < goodConductSince)
          exclusions.push({
            code: "match.excluded.goodConductOutdated",
            params: { date: check.seenOn },
          });
      }
    }

    return { exclusions, placement, availability };
  };
}

function placementOf(
  served: readonly string[],
  context: EligibilityContext,
): Placement | undefined {
  if (served.includes(context.municipality)) return EXACT;
  const neighbour = context.neighbours.find((id) => served.includes(id));
  return neighbour === undefined ? undefined : { kind: "neighbour", municipality: neighbour };
}
