import {
  type MessageKey,
  type MessageParams,
  resolveMessage,
  translate,
} from "../i18n/messages.js";
import type { RequirementOutcome } from "./requirements.js";

/** Renders requirement outcomes as sentences in one language. */
export interface SentenceRenderer {
  /** Where the volunteer stands, e.g. "3 Fachvorträge besucht (nötig: 4)." */
  describe(outcome: RequirementOutcome): string;
  /** What is still missing, e.g. "Es fehlt noch 1 Fachvortrag." (for unmet outcomes). */
  missing(outcome: RequirementOutcome): string;
}

/** The language whose number format matches the catalogue `translate` will use. */
function numberLocale(locale: string): string {
  return resolveMessage(locale, "certification.attendanceRate.status").locale;
}

/**
 * Creates a renderer for one language; modules are named by their label in that language
 * (`modules` from the district's curriculum), or by their id when they have none. Sentences are memoised: a cohort of thousands of
 * volunteers produces only a few hundred distinct sentences, and plural rules are costly
 * to set up for each one. The cache is keyed by requirement id plus a number that encodes
 * everything else a sentence depends on, so a hit builds no string.
 *
 * Attendance rates are shown rounded *down* to a tenth of a percent, so a rate just below
 * the minimum never shows as equal to it ("74,9 %", not "75 %").
 *
 * @example
 * const sentences = createSentenceRenderer("de");
 * sentences.missing({ id: "workshops", kind: "workshops", required: 2, achieved: 0, met: false, progress: 0 })
 * //=> "Es fehlen noch 2 Workshops."
 */
export function createSentenceRenderer(
  locale: string,
  modules: readonly { id: string; label: Readonly<Record<string, string>> }[] = [],
): SentenceRenderer {
  // A module's label in the sentence's language: the locale, its base, English, the id.
  const base = locale.split("-")[0] ?? "";
  const labels = new Map(
    modules.map((m) => [m.id, m.label[locale] ?? m.label[base] ?? m.label.en ?? m.id]),
  );
  const moduleParams = (module: string) => ({ module, moduleLabel: labels.get(module) ?? module });
  const percent = new Intl.NumberFormat(numberLocale(locale), {
    style: "percent",
    maximumFractionDigits: 1,
  });
  // Rates in tenths of a percent. The small epsilon keeps exact quotients such as 29/100
  // from flooring to 28.9 %.
  const achievedTenths = (rate: number) => Math.floor(rate * 1000 + 1e-9);
  const requiredTenths = (rate: number) => Math.round(rate * 1000);
  const rateParams = (achieved: number, required: number) => ({
    achieved: percent.format(achieved / 1000),
    required: percent.format(required / 1000),
  });

  const describeCache = new Map<string, Map<number, string>>();
  const missingCache = new Map<string, Map<number, string>>();
  const memo = (
    cache: Map<string, Map<number, string>>,
    id: string,
    variant: number,
    key: MessageKey,
    params: () => MessageParams,
  ): string => {
    let byVariant = cache.get(id);
    if (byVariant === undefined) {
      byVariant = new Map();
      cache.set(id, byVariant);
    }
    let sentence = byVariant.get(variant);
    if (sentence === undefined) {
      sentence = translate(locale, key, params());
      byVariant.set(variant, sentence);
    }
    return sentence;
  };

  return {
    describe(outcome) {
      const { id, kind, required, achieved } = outcome;
      switch (kind) {
        case "expert_talks":
        case "workshops": {
          const key =
            kind === "expert_talks"
              ? "certification.expertTalks.status"
              : "certification.workshops.status";
          // `required` is at most 1000 (policy schema), so the pair fits one number.
          return memo(describeCache, id, achieved * 1001 + required, key, () => ({
            count: achieved,
            required,
          }));
        }
        case "module": {
          const key = outcome.met
            ? "certification.module.attended"
            : "certification.module.notAttended";
          return memo(describeCache, id, outcome.met ? 1 : 0, key, () =>
            moduleParams(outcome.module ?? ""),
          );
        }
        case "attendance_rate": {
          const reached = achievedTenths(achieved);
          const needed = requiredTenths(required);
          return memo(
            describeCache,
            id,
            reached * 1001 + needed,
            "certification.attendanceRate.status",
            () => rateParams(reached, needed),
          );
        }
      }
    },
    missing(outcome) {
      const { id, kind, required, achieved } = outcome;
      switch (kind) {
        case "expert_talks":
        case "workshops": {
          const key =
            kind === "expert_talks"
              ? "certification.missing.expertTalks"
              : "certification.missing.workshops";
          const count = Math.max(0, required - achieved);
          return memo(missingCache, id, count, key, () => ({ count }));
        }
        case "module":
          return memo(missingCache, id, 0, "certification.missing.module", () =>
            moduleParams(outcome.module ?? ""),
          );
        case "attendance_rate": {
          const reached = achievedTenths(achieved);
          const needed = requiredTenths(required);
          return memo(
            missingCache,
            id,
            reached * 1001 + needed,
            "certification.missing.attendanceRate",
            () => rateParams(reached, needed),
          );
        }
      }
    },
  };
}
