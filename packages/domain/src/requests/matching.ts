import type { z } from "zod";
import { yearsBefore } from "../calendar/calendar-date.js";
import { zonedDate as localDate } from "../calendar/zoned.js";
import { formatIssues, parseWith, type Result } from "../i18n/issues.js";
import { translate } from "../i18n/messages.js";
import type { Volunteer } from "../schemas/volunteer.js";
import { preferredWindows } from "./availability.js";
import { type CandidateContext, candidateReasons } from "./candidate-reasons.js";
import { type EligibilityContext, eligibilityChecker } from "./eligibility.js";
import {
  basicOnlyLanguage,
  bestLanguageMatch,
  languageNeeds,
  sameLanguage,
} from "./language-match.js";
import { type MatchReason, type ReasonDraft, reasonRenderer } from "./match-reasons.js";
import {
  type MatchingInput,
  matchingInputSchemaFor,
  type ParsedMatchingInput,
} from "./matching-input.js";
import {
  type Assessment,
  type Communication,
  compareRanked,
  NO_COMMUNICATION,
  rankedOf,
} from "./ranking-order.js";

/**
 * Which step of graceful degradation the suggestion took (see {@link rankVolunteers}):
 * - `shared_language`: suggested volunteers speak one of the person's own languages;
 * - `bridge_language`: nobody does, but some share a bridge language (English, French)
 *   that the person listed;
 * - `interpreter`: neither; suggested volunteers need a telephone interpreter;
 * - `none`: nobody meets the other rules (status, category, place, time, certificates).
 */
export type MatchingStep = "shared_language" | "bridge_language" | "interpreter" | "none";

/** A suggested volunteer. */
export interface RankedVolunteer {
  /** Place in the suggestion, starting at 1. */
  rank: number;
  volunteerId: string;
  /** Why the volunteer is suggested at this place, most important first. */
  reasons: MatchReason[];
}

/** A volunteer who is not suggested. */
export interface ExcludedVolunteer {
  volunteerId: string;
  /** Every reason that rules the volunteer out for this request (at least one). */
  reasons: MatchReason[];
}

/** The suggestion for one help request. */
export interface Matching {
  /** Which step of graceful degradation was taken. */
  step: MatchingStep;
  /** One sentence for coordinators that says which step was taken and why. */
  summary: MatchReason;
  /** Suggested volunteers, best first. */
  candidates: RankedVolunteer[];
  /** Everybody else, ordered by id. */
  excluded: ExcludedVolunteer[];
  /**
   * Volunteers who speak one of the person's own languages but are excluded for other
   * reasons (time, place, status …), by id — the gap a coordinator may want to close
   * before calling an interpreter. Empty when the step is `shared_language`.
   */
  speakersExcluded: string[];
}

const STEP_SUMMARY = {
  shared_language: "match.step.sharedLanguage",
  bridge_language: "match.step.bridgeLanguage",
  interpreter: "match.step.interpreter",
  none: "match.step.none",
} as const;

/** The summary when speakers of the person's languages exist but are ruled out. */
const SPEAKERS_EXCLUDED_SUMMARY = {
  bridge_language: "match.step.bridgeLanguage.speakersExcluded",
  interpreter: "match.step.interpreter.speakersExcluded",
} as const;

/**
 * Suggests volunteers for a help request, best first, and says for everybody why they
 * are (or are not) suggested — in German, English, or English for other locales.
 *
 * Hard rules: status `certified` (or `in_training` when the category is not
 * `certifiedOnly`); a certified volunteer's certificate not expired; the category
 * covered; the request's municipality or a neighbouring one served; a weekly slot that
 * overlaps a preferred time (no stated availability is allowed but ranked lower); a clear
 * extended certificate of good conduct seen within five years when the category needs
 * one. "Today" is the date of `now` in the district's time zone.
 *
 * Languages degrade gracefully, and `step` says which step was taken:
 * 1. `shared_language` — a volunteer speaks one of the person's own languages (native or
 *    fluent; `basic` never counts);
 * 2. `bridge_language` — nobody eligible does, but some speak a bridge language (English
 *    or French by default, `bridgeLanguages`) that the person listed too. A bridge
 *    language is one the person *and* the volunteer speak, so it counts only when the
 *    request lists it; a person who lists only bridge languages has them as their own
 *    (step 1). Other languages the request lists after the first are the person's own:
 *    they match in step 1, ranked below the first;
 * 3. `interpreter` — nobody eligible shares any language: every otherwise eligible
 *    volunteer is suggested, each with the reason that a telephone interpreter is needed;
 * 4. `none` — nobody meets the other rules.
 * When the category requires a shared language only the volunteers of the step taken are
 * suggested; otherwise all eligible volunteers are, a shared language ranking them higher.
 *
 * Order: confirmed (or, for a flexible request, any) availability before unknown — a
 * volunteer with no hours on record never outranks one whose hours fit —, then language
 * (native in the person's first language, native in another, fluent in the first, fluent
 * in another; then bridge language; then none), exact municipality before neighbour,
 * fewer assignments in the fairness window, earlier last assignment (never assigned
 * first), then id — so the same input gives the same output whatever the order of the
 * volunteers.
 *
 * The request and every volunteer are checked against the district first (see
 * `schemasFor`): a municipality, category or language the district does not have is an
 * error, reported with every other problem, never a silent exclusion. When nobody who
 * speaks the person's language is eligible, the summary says how many such speakers
 * there are and why they are ruled out, and `speakersExcluded` lists them.
 *
 * @example
 * const result = rankVolunteers({ request, volunteers, district: alzeyWorms(), now: "2026-03-17T09:00:00+01:00" });
 * if (result.ok) result.value.candidates[0]
 * //=> { rank: 1, volunteerId: "v-amira", reasons: [{ message: "Spricht Arabisch als Muttersprache.", … }, …] }
 */
export function rankVolunteers(input: MatchingInput, locale = "de"): Result<Matching> {
  const parsed = parseWith(matchingInputSchemaFor(input), input, locale);
  if (!parsed.ok) return parsed;
  return rankParsedVolunteers(parsed.value, locale);
}

/**
 * The ranking core of {@link rankVolunteers} for input that has already passed
 * `matchingInputSchema` (for example records loaded through `schemasFor(district)`). It
 * still checks the references between the parts — the request's category and
 * municipality, each volunteer's municipalities, categories and languages exist in the
 * district, volunteer ids are unique — but skips validating every field, which is most of
 * the cost for thousands of volunteers.
 *
 * @example
 * rankParsedVolunteers(matchingInputSchema.parse(input), "en")
 * //=> { ok: true, value: { step: "shared_language", candidates: [...], excluded: [...] } }
 */
export function rankParsedVolunteers(input: ParsedMatchingInput, locale = "de"): Result<Matching> {
  const { request, district } = input;
  // Everything below works in id order: the result cannot depend on the input's order,
  // the excluded come out listed by id without a second sort, and duplicate ids meet.
  const volunteers = [...input.volunteers].sort((a, b) => compareIds(a.id, b.id));
  const issues = referenceIssues(input, volunteers);
  const category = district.categories.find((c) => c.id === request.category);
  if (issues.length > 0 || !category) return { ok: false, issues: formatIssues(issues, locale) };

  const today = localDate(input.now, district.timeZone);
  const context: EligibilityContext = {
    category,
    municipality: request.municipality,
    neighbours: neighboursOf(request.municipality, district.municipalities),
    windows: preferredWindows(request.preferredTimes),
    today,
    goodConductSince: yearsBefore(today, 5),
  };
  const needs = languageNeeds(request.languages, input.bridgeLanguages);
  const checkEligibility = eligibilityChecker(context);

  const assessments: Assessment[] = volunteers.map((volunteer, position) => {
    const shared = bestLanguageMatch(volunteer.languages, needs.needed);
    const bridge = shared ? undefined : bestLanguageMatch(volunteer.languages, needs.bridge);
    const communication: Communication = shared
      ? { kind: "shared", match: shared }
      : bridge
        ? { kind: "bridge", match: bridge }
        : NO_COMMUNICATION;
    return { volunteer, position, eligibility: checkEligibility(volunteer), communication };
  });

  const eligible = assessments.filter((a) => a.eligibility.exclusions.length === 0);
  const step = stepOf(eligible);
  // When the category requires a shared language, only the best communication level
  // reached is suggested; otherwise a shared language only lifts a volunteer in the order.
  const level = kindOf(step);
  const isSuggested = (a: Assessment) =>
    a.eligibility.exclusions.length === 0 &&
    (!category.requiresSharedLanguage || level === undefined || a.communication.kind === level);
  const suggested = eligible.filter(isSuggested);

  const nowMs = Date.parse(input.now);
  const ranked = suggested
    .map((assessment) => rankedOf(assessment, nowMs, input.fairnessWindowDays))
    .sort(compareRanked);

  const render = reasonRenderer(locale, district);
  const languageTags = tagList(needs.needed);
  // Who speaks the person's language but is ruled out: "nobody speaks Arabic" would be
  // wrong when an Arabic speaker exists and only the time does not fit.
  const speakers =
    step === "bridge_language" || step === "interpreter"
      ? assessments.filter((a) => a.communication.kind === "shared")
      : [];
  const summary =
    speakers.length > 0 && (step === "bridge_language" || step === "interpreter")
      ? render({
          code: SPEAKERS_EXCLUDED_SUMMARY[step],
          params: {
            languages: languageTags,
            bridgeLanguages: tagList(needs.bridge),
            count: speakers.length,
            speakerReasons: reasonTally(
              speakers.flatMap((a) => a.eligibility.exclusions.map(render)),
              locale,
            ),
          },
        })
      : render({
          code: STEP_SUMMARY[step],
          params:
            step === "bridge_language"
              ? { languages: languageTags, bridgeLanguages: tagList(needs.bridge) }
              : step === "interpreter"
                ? { languages: languageTags }
                : {},
        });

  const candidateContext: CandidateContext = {
    requiresSharedLanguage: category.requiresSharedLanguage,
    requiresGoodConduct: category.requiresGoodConduct,
    category: category.id,
    municipality: request.municipality,
    neededCount: needs.needed.length,
    firstNeeded: needs.needed[0] ?? "",
    windowDays: input.fairnessWindowDays,
    nowMs,
  };
  const candidates = ranked.map((entry, index) => ({
    rank: index + 1,
    volunteerId: entry.volunteer.id,
    reasons: candidateReasons(entry, candidateContext).map(render),
  }));

  const exclusionContext: ExclusionContext = {
    step,
    requiresSharedLanguage: category.requiresSharedLanguage,
    needed: needs.needed,
    noSharedLanguage: Object.freeze({
      code: "match.excluded.noSharedLanguage",
      params: Object.freeze({ languages: languageTags }),
    }),
    noBridgeLanguage: Object.freeze({
      code: "match.excluded.noBridgeLanguage",
      params: Object.freeze({ languages: languageTags, bridgeLanguages: tagList(needs.bridge) }),
    }),
  };
  const excluded: ExcludedVolunteer[] = [];
  for (const assessment of assessments) {
    if (isSuggested(assessment)) continue;
    const reasons = assessment.eligibility.exclusions.map(render);
    const language = languageExclusion(assessment, exclusionContext);
    if (language) reasons.push(render(language));
    excluded.push({ volunteerId: assessment.volunteer.id, reasons });
  }

  return {
    ok: true,
    value: {
      step,
      summary,
      candidates,
      excluded,
      speakersExcluded: speakers.map((a) => a.volunteer.id),
    },
  };
}

/** Checks references between the parts; `sorted` are the volunteers in id order. */
function referenceIssues(
  input: ParsedMatchingInput,
  sorted: readonly Volunteer[],
): z.core.$ZodIssue[] {
  const { request, district } = input;
  const issues: z.core.$ZodIssue[] = [];
  if (!district.categories.some((c) => c.id === request.category))
    issues.push({
      code: "custom",
      message: "category.unknown",
      path: ["request", "category"],
      input: request.category,
    });
  if (!district.municipalities.some((m) => m.id === request.municipality))
    issues.push({
      code: "custom",
      message: "municipality.unknown",
      path: ["request", "municipality"],
      input: request.municipality,
    });
  issues.push(...volunteerReferenceIssues(input));
  const duplicates = new Set<string>();
  for (let i = 1; i < sorted.length; i += 1) {
    const id = sorted[i]?.id;
    if (id !== undefined && id === sorted[i - 1]?.id) duplicates.add(id);
  }
  // Rare, so the report may look through the input again: every repetition after the
  // first, at its place in the input.
  const seen = new Set<string>();
  input.volunteers.forEach((volunteer, index) => {
    if (!duplicates.has(volunteer.id)) return;
    if (seen.has(volunteer.id))
      issues.push({
        code: "custom",
        message: "match.duplicateVolunteer",
        path: ["volunteers", index, "id"],
        params: { id: volunteer.id },
        input: volunteer.id,
      });
    seen.add(volunteer.id);
  });
  return issues;
}

/**
 * Volunteers' references the district does not have — the same rules as
 * `schemasFor(district).volunteer`, for input that skipped it. Set look-ups only, so it
 * costs little next to the ranking.
 */
function volunteerReferenceIssues(input: ParsedMatchingInput): z.core.$ZodIssue[] {
  const { district } = input;
  const municipalities = new Set(district.municipalities.map((m) => m.id));
  const categories = new Set(district.categories.map((c) => c.id));
  const offered = new Map<string, boolean>();
  const isOffered = (tag: string) => {
    let known = offered.get(tag);
    if (known === undefined) {
      known = district.languagesOffered.some((o) => sameLanguage(o, tag));
      offered.set(tag, known);
    }
    return known;
  };
  const issues: z.core.$ZodIssue[] = [];
  const add = (message: string, path: (string | number)[], id: string) =>
    issues.push({ code: "custom", message, path, params: { id, tag: id }, input: id });
  input.volunteers.forEach((volunteer, index) => {
    volunteer.municipalities.forEach((id, j) => {
      if (!municipalities.has(id))
        add("municipality.unknown", ["volunteers", index, "municipalities", j], id);
    });
    volunteer.categories.forEach((id, j) => {
      if (!categories.has(id)) add("category.unknown", ["volunteers", index, "categories", j], id);
    });
    volunteer.languages.forEach((skill, j) => {
      if (!isOffered(skill.language))
        add(
          "language.notOfferedByDistrict",
          ["volunteers", index, "languages", j, "language"],
          skill.language,
        );
    });
  });
  return issues;
}

/**
 * Neighbours of a municipality in the district's order. Neighbourhood is read both ways,
 * so a one-sided entry in the configuration is enough.
 */
function neighboursOf(
  id: string,
  municipalities: readonly { id: string; neighbours: readonly string[] }[],
): string[] {
  const listed = municipalities.find((m) => m.id === id)?.neighbours ?? [];
  const listing = municipalities.filter((m) => m.neighbours.includes(id)).map((m) => m.id);
  return [...new Set([...listed, ...listing])].filter((n) => n !== id);
}

function stepOf(eligible: readonly Assessment[]): MatchingStep {
  if (eligible.some((a) => a.communication.kind === "shared")) return "shared_language";
  if (eligible.some((a) => a.communication.kind === "bridge")) return "bridge_language";
  return eligible.length > 0 ? "interpreter" : "none";
}

function kindOf(step: MatchingStep): Communication["kind"] | undefined {
  if (step === "shared_language") return "shared";
  if (step === "bridge_language") return "bridge";
  return undefined;
}

/**
 * The distinct reasons, in first-seen order, each quoted with how many it concerns:
 * „Pausiert zurzeit.“ (1), „Hat zu keiner der gewünschten Zeiten Zeit.“ (2).
 */
function reasonTally(reasons: readonly MatchReason[], locale: string): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason.message, (counts.get(reason.message) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => translate(locale, "match.speakerReason", { reason, count }))
    .join(", ");
}

/** Joins tags for a `languages`/`bridgeLanguages` reason parameter. */
function tagList(tags: readonly string[]): string {
  return tags.join(", ");
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface ExclusionContext {
  step: MatchingStep;
  requiresSharedLanguage: boolean;
  needed: readonly string[];
  /** Shared drafts for the language rule at the step taken. */
  noSharedLanguage: ReasonDraft;
  noBridgeLanguage: ReasonDraft;
}

/**
 * The language rule's reason, if it excludes the volunteer at the step taken: at
 * `interpreter` nobody is left out for language, and at `none` the other rules already
 * rule everybody out.
 */
function languageExclusion(
  assessment: Assessment,
  context: ExclusionContext,
): ReasonDraft | undefined {
  if (!context.requiresSharedLanguage) return undefined;
  const kind = assessment.communication.kind;
  if (context.step === "shared_language" && kind !== "shared") {
    const basic = basicOnlyLanguage(assessment.volunteer.languages, context.needed);
    return basic === undefined
      ? context.noSharedLanguage
      : { code: "match.excluded.basicOnly", params: { language: basic } };
  }
  if (context.step === "bridge_language" && kind === "none") return context.noBridgeLanguage;
  return undefined;
}
