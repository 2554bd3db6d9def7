import { daysBetween } from "./fairness.js";
import type { ReasonDraft } from "./match-reasons.js";
import type { Communication, Ranked } from "./ranking-order.js";

/** Reasons without parameters, shared by every candidate (see `ReasonDraft`). */
const FLEXIBLE: ReasonDraft = Object.freeze({ code: "match.availability.flexible" });
const AVAILABILITY_UNKNOWN: ReasonDraft = Object.freeze({ code: "match.availability.unknown" });
const NEVER_ASSIGNED: ReasonDraft = Object.freeze({ code: "match.fairness.neverAssigned" });
const ASSIGNED_TODAY: ReasonDraft = Object.freeze({ code: "match.fairness.lastAssignmentToday" });

/** What the reasons of every candidate share, computed once per request. */
export interface CandidateContext {
  requiresSharedLanguage: boolean;
  requiresGoodConduct: boolean;
  category: string;
  municipality: string;
  neededCount: number;
  firstNeeded: string;
  windowDays: number;
  nowMs: number;
}

/**
 * Why a candidate is at its place, most important first: language, place, time,
 * recent assignments, last assignment, then notes (in training, good conduct seen).
 *
 * @example
 * candidateReasons(ranked, context).map((draft) => draft.code)
 * //=> ["match.language.native", "match.municipality.exact", "match.availability.flexible", "match.fairness.neverAssigned"]
 */
export function candidateReasons(entry: Ranked, context: CandidateContext): ReasonDraft[] {
  const reasons: ReasonDraft[] = [languageReason(entry.communication, context)];
  const { placement, availability } = entry.eligibility;
  if (placement?.kind === "neighbour")
    reasons.push({
      code: "match.municipality.neighbour",
      params: { municipality: placement.municipality },
    });
  else
    reasons.push({
      code: "match.municipality.exact",
      params: { municipality: context.municipality },
    });

  if (availability.kind === "confirmed") {
    const { weekday, from, to } = availability;
    reasons.push(
      availability.date === undefined
        ? { code: "match.availability.weekly", params: { weekday, from, to } }
        : {
            code: "match.availability.onDate",
            params: { weekday, date: availability.date, from, to },
          },
    );
  } else {
    reasons.push(availability.kind === "flexible" ? FLEXIBLE : AVAILABILITY_UNKNOWN);
  }

  const { recent, lastAt } = entry.load;
  const days = context.windowDays;
  if (lastAt === undefined) {
    reasons.push(NEVER_ASSIGNED);
  } else {
    reasons.push(
      recent === 0
        ? { code: "match.fairness.noneRecent", params: { days } }
        : { code: "match.fairness.recent", params: { count: recent, days } },
    );
    const ago = daysBetween(lastAt, context.nowMs);
    reasons.push(
      ago < 1 ? ASSIGNED_TODAY : { code: "match.fairness.lastAssignment", params: { count: ago } },
    );
  }

  if (entry.volunteer.status === "in_training")
    reasons.push({ code: "match.status.inTraining", params: { category: context.category } });
  const goodConduct = entry.volunteer.goodConduct;
  if (context.requiresGoodConduct && goodConduct)
    reasons.push({ code: "match.goodConduct.seen", params: { date: goodConduct.seenOn } });
  return reasons;
}

function languageReason(communication: Communication, context: CandidateContext): ReasonDraft {
  if (communication.kind === "none") {
    return context.requiresSharedLanguage
      ? { code: "match.language.interpreter", params: { language: context.firstNeeded } }
      : { code: "match.language.notRequired", params: { category: context.category } };
  }
  // Named as the volunteer gave it: "Arabisch (Syrien)" says more than the request's "ar".
  const { spoken: language, level, position } = communication.match;
  if (communication.kind === "bridge") {
    return {
      code: level === "native" ? "match.language.bridgeNative" : "match.language.bridgeFluent",
      params: { language },
    };
  }
  const first = position === 0 && context.neededCount > 1;
  const code =
    level === "native"
      ? first
        ? "match.language.nativeFirst"
        : "match.language.native"
      : first
        ? "match.language.fluentFirst"
        : "match.language.fluent";
  return { code, params: { language } };
}
