import { expect } from "vitest";
import { alzeyWorms } from "../../src/district/default.js";
import type { Matching } from "../../src/requests/matching.js";
import { rankVolunteers } from "../../src/requests/matching.js";
import type { MatchingInput } from "../../src/requests/matching-input.js";
import type { HelpRequestInput } from "../../src/schemas/help-request.js";
import type { VolunteerInput } from "../../src/schemas/volunteer.js";

/** Tuesday, 17 March 2026, 09:00 in Alzey. */
export const NOW = "2026-03-17T09:00:00+01:00";

export const district = alzeyWorms();

/** A certified Arabic native speaker in Alzey who covers every category. */
export function volunteer(id: string, overrides: Partial<VolunteerInput> = {}): VolunteerInput {
  return {
    id,
    displayName: id,
    status: "certified",
    languages: [
      { language: "ar", level: "native" },
      { language: "de", level: "fluent" },
    ],
    categories: ["behoerden", "jobcenter", "antraege", "schule", "arzt", "alltag"],
    municipalities: ["alzey"],
    availability: [],
    certificateValidUntil: "2028-12-31",
    goodConduct: { seenOn: "2025-01-10", clear: true },
    assignments: [],
    ...overrides,
  };
}

/** An accompaniment to a public office in Alzey for an Arabic speaker, any time. */
export function request(overrides: Partial<HelpRequestInput> = {}): HelpRequestInput {
  return {
    id: "r-1",
    category: "behoerden",
    languages: ["ar"],
    municipality: "alzey",
    preferredTimes: [],
    receivedAt: "2026-03-16T10:00:00+01:00",
    ...overrides,
  };
}

/** Ranks and fails the test when the input is rejected. */
export function rank(
  input: Partial<MatchingInput> & Pick<MatchingInput, "volunteers">,
  locale = "de",
): Matching {
  const result = rankVolunteers({ request: request(), district, now: NOW, ...input }, locale);
  if (!result.ok) expect.fail(JSON.stringify(result.issues, null, 2));
  return result.value;
}

export const ids = (matching: Matching) => matching.candidates.map((c) => c.volunteerId);

export const messages = (matching: Matching, id: string) => {
  const entry =
    matching.candidates.find((c) => c.volunteerId === id) ??
    matching.excluded.find((e) => e.volunteerId === id);
  if (!entry) return expect.fail(`${id} is neither suggested nor excluded`);
  return entry.reasons.map((r) => r.message);
};

export const codes = (matching: Matching, id: string) => {
  const entry =
    matching.candidates.find((c) => c.volunteerId === id) ??
    matching.excluded.find((e) => e.volunteerId === id);
  if (!entry) return expect.fail(`${id} is neither suggested nor excluded`);
  return entry.reasons.map((r) => r.code);
};

export const excludedIds = (matching: Matching) => matching.excluded.map((e) => e.volunteerId);
