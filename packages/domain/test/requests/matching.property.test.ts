import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Matching, rankVolunteers } from "../../src/requests/matching.js";
import type { HelpRequestInput, TimePreference } from "../../src/schemas/help-request.js";
import {
  type Volunteer,
  type VolunteerInput,
  volunteerSchema,
} from "../../src/schemas/volunteer.js";
import { district } from "./fixtures.js";

const LANGUAGES = ["ar", "fa", "prs", "kmr", "ckb", "ti", "de", "en", "fr"];
const BRIDGE = new Set(["en", "fr"]);
const MUNICIPALITIES = district.municipalities.map((m) => m.id);
const CATEGORIES = district.categories.map((c) => c.id);
const DAY_MS = 86_400_000;

const hhmm = (halfHours: number) =>
  `${String(Math.floor(halfHours / 2)).padStart(2, "0")}:${halfHours % 2 ? "30" : "00"}`;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const window = fc
  .record({ start: fc.integer({ min: 14, max: 42 }), length: fc.integer({ min: 1, max: 8 }) })
  .map(({ start, length }) => ({ from: hhmm(start), to: hhmm(Math.min(start + length, 47)) }));
const weekday = fc.integer({ min: 1, max: 7 });
const day = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2028, 11, 31) }).map(isoDate);
const now = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

const volunteerData = fc.record(
  {
    status: fc.constantFrom("applicant", "in_training", "certified", "paused", "retired"),
    languages: fc.array(
      fc.record({
        language: fc.constantFrom(...LANGUAGES),
        level: fc.constantFrom("native", "fluent", "basic"),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    categories: fc.subarray(CATEGORIES),
    municipalities: fc.subarray(MUNICIPALITIES, { minLength: 1 }),
    availability: fc.array(
      fc.record({ weekday, window }).map(({ weekday, window }) => ({ weekday, ...window })),
      { maxLength: 3 },
    ),
    certificateValidUntil: day,
    goodConduct: fc.record({ seenOn: day, clear: fc.boolean() }),
    assignments: fc.array(
      fc.record({
        requestId: fc.constant("r-old"),
        at: fc
          .integer({ min: Date.UTC(2024, 6, 1), max: Date.UTC(2026, 11, 31) })
          .map((ms) => new Date(ms).toISOString()),
      }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ["status", "languages", "categories", "municipalities"] },
);

const volunteers = fc
  .array(volunteerData, { maxLength: 14 })
  .map((list): VolunteerInput[] =>
    list.map((data, index) => ({ id: `v-${index}`, displayName: `Person ${index}`, ...data })),
  );

const preferredTime: fc.Arbitrary<TimePreference> = fc.oneof(
  fc.record({ weekday, window }).map(({ weekday, window }) => ({ weekday, ...window })),
  fc.record({ date: day, window }).map(({ date, window }) => ({ date, ...window })),
);

const helpRequest: fc.Arbitrary<HelpRequestInput> = fc.record({
  id: fc.constant("r-1"),
  category: fc.constantFrom(...CATEGORIES),
  languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1, maxLength: 3 }),
  municipality: fc.constantFrom(...MUNICIPALITIES),
  preferredTimes: fc.array(preferredTime, { maxLength: 2 }),
  receivedAt: fc.constant("2025-01-01T00:00:00Z"),
});

const scenario = fc.record({ request: helpRequest, volunteers, now });

function rank(input: {
  request: HelpRequestInput;
  volunteers: VolunteerInput[];
  now: string;
}): Matching {
  const result = rankVolunteers({ ...input, district });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** An independent statement of the hard rules, written from the specification. */
function meetsHardRules(
  v: Volunteer,
  input: { request: HelpRequestInput; now: string },
  step: Matching["step"],
) {
  const category = district.categories.find((c) => c.id === input.request.category);
  if (!category) return false;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(
    new Date(input.now),
  );
  const status =
    v.status === "certified" || (v.status === "in_training" && !category.certifiedOnly);
  const certificate =
    v.status !== "certified" ||
    v.certificateValidUntil === undefined ||
    v.certificateValidUntil >= today;
  const neighbours = new Set(
    district.municipalities
      .filter((m) => m.neighbours.includes(input.request.municipality))
      .map((m) => m.id),
  );
  const place =
    v.municipalities.includes(input.request.municipality) ||
    v.municipalities.some((m) => neighbours.has(m));
  const windows = (input.request.preferredTimes ?? []).map((t) => ({
    weekday: "date" in t ? ((new Date(`${t.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1 : t.weekday,
    from: t.from,
    to: t.to,
  }));
  const time =
    windows.length === 0 ||
    v.availability.length === 0 ||
    windows.some((w) =>
      v.availability.some((s) => s.weekday === w.weekday && s.from < w.to && w.from < s.to),
    );
  const [y, m, d] = today.split("-");
  const fiveYearsAgo = `${Number(y) - 5}-${m}-${m === "02" && d === "29" ? "28" : d}`;
  const conduct =
    !category.requiresGoodConduct ||
    (v.goodConduct?.clear === true && v.goodConduct.seenOn >= fiveYearsAgo);
  // The generated tags are plain language subtags, so equality is the language rule here.
  const listed = input.request.languages;
  const own = listed.filter((tag) => !BRIDGE.has(tag));
  const needed = own.length > 0 ? own : listed;
  const bridge = own.length > 0 ? listed.filter((tag) => BRIDGE.has(tag)) : [];
  const speaks = (tags: readonly string[]) =>
    v.languages.some((s) => s.level !== "basic" && tags.includes(s.language));
  const language =
    !category.requiresSharedLanguage ||
    (step === "shared_language" && speaks(needed)) ||
    (step === "bridge_language" && speaks(bridge)) ||
    step === "interpreter";
  const covers = v.categories.includes(category.id);
  return status && certificate && covers && place && time && conduct && language;
}

describe("rankVolunteers — invariants", () => {
  it("gives the same result whatever the order of the volunteers", () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc
            .shuffledSubarray(s.volunteers, {
              minLength: s.volunteers.length,
              maxLength: s.volunteers.length,
            })
            .map((shuffled) => ({ ...s, shuffled })),
        ),
        ({ shuffled, ...input }) => {
          expect(rank({ ...input, volunteers: shuffled })).toEqual(rank(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("puts every volunteer exactly once either among the candidates or the excluded", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const matching = rank(input);
        const seen = [
          ...matching.candidates.map((c) => c.volunteerId),
          ...matching.excluded.map((e) => e.volunteerId),
        ].sort();
        expect(seen).toEqual(input.volunteers.map((v) => v.id).sort());
        expect(matching.candidates.map((c) => c.rank)).toEqual(
          matching.candidates.map((_, index) => index + 1),
        );
        for (const entry of matching.excluded) expect(entry.reasons.length).toBeGreaterThan(0);
        expect(matching.step === "none").toBe(matching.candidates.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it("suggests only volunteers who satisfy every hard rule, and excludes only those who do not", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const matching = rank(input);
        const byId = new Map(input.volunteers.map((v) => [v.id, volunteerSchema.parse(v)]));
        for (const { volunteerId } of matching.candidates) {
          expect(meetsHardRules(byId.get(volunteerId) as Volunteer, input, matching.step)).toBe(
            true,
          );
        }
        for (const { volunteerId } of matching.excluded) {
          expect(meetsHardRules(byId.get(volunteerId) as Volunteer, input, matching.step)).toBe(
            false,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never moves a volunteer up when they take one more assignment", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.nat(),
        fc.integer({ min: 0, max: 400 * DAY_MS }),
        (input, pick, ago) => {
          const before = rank(input);
          fc.pre(before.candidates.length > 0);
          const chosen = before.candidates[pick % before.candidates.length];
          if (!chosen) return;
          const at = new Date(Date.parse(input.now) - ago).toISOString();
          const volunteers = input.volunteers.map((v) =>
            v.id === chosen.volunteerId
              ? { ...v, assignments: [...(v.assignments ?? []), { requestId: "r-new", at }] }
              : v,
          );
          const after = rank({ ...input, volunteers });
          const rankAfter = after.candidates.find(
            (c) => c.volunteerId === chosen.volunteerId,
          )?.rank;
          expect(rankAfter).toBeGreaterThanOrEqual(chosen.rank);
          expect(after.step).toBe(before.step);
        },
      ),
      { numRuns: 300 },
    );
  });
});
