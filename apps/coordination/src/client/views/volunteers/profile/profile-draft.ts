import type { LanguageLevel, VolunteerSignup } from "@integrationspaten/domain";
import type { VolunteerProfile, VolunteerProfileInput } from "../../../../shared/api.js";

/*
 * What the profile form edits: the profile as the inputs hold it (text, including half-
 * typed times), turned into the contract's `VolunteerProfileInput` on submit. Repeated
 * rows carry a key of their own so React keeps their inputs apart when one is removed.
 */

let nextKey = 0;
const key = () => `row-${++nextKey}`;

export type GoodConductChoice = "none" | "clear" | "not_clear";

export interface LanguageRow {
  key: string;
  language: string;
  level: LanguageLevel | "";
}

export interface SlotRow {
  key: string;
  weekday: string;
  from: string;
  to: string;
}

export interface ProfileDraft {
  displayName: string;
  languages: LanguageRow[];
  municipalities: string[];
  categories: string[];
  availability: SlotRow[];
  goodConduct: GoodConductChoice;
  goodConductSeenOn: string;
  email: string;
  phone: string;
}

export const emptyLanguageRow = (): LanguageRow => ({ key: key(), language: "", level: "" });
export const emptySlotRow = (): SlotRow => ({ key: key(), weekday: "", from: "", to: "" });

/** The draft of a stored profile. */
export function draftFromProfile(profile: VolunteerProfile): ProfileDraft {
  return {
    displayName: profile.displayName,
    languages: profile.languages.map((l) => ({ key: key(), language: l.language, level: l.level })),
    municipalities: [...profile.municipalities],
    categories: [...profile.categories],
    availability: profile.availability.map((s) => ({
      key: key(),
      weekday: String(s.weekday),
      from: s.from,
      to: s.to,
    })),
    goodConduct: profile.goodConduct ? (profile.goodConduct.clear ? "clear" : "not_clear") : "none",
    goodConductSeenOn: profile.goodConduct?.seenOn ?? "",
    email: profile.contact.email,
    phone: profile.contact.phone ?? "",
  };
}

/**
 * The draft of a new volunteer from their sign-up: the coordinator completes it (the
 * sign-up has a free-text availability note, not weekly slots, and one municipality).
 */
export function draftFromSignup(signup: Partial<VolunteerSignup>): ProfileDraft {
  return {
    displayName: signup.name ?? "",
    languages: (signup.languages ?? []).map((l) => ({
      key: key(),
      language: l.language,
      level: l.level,
    })),
    municipalities: signup.municipality ? [signup.municipality] : [],
    categories: [...(signup.categories ?? [])],
    availability: [],
    goodConduct: "none",
    goodConductSeenOn: "",
    email: signup.email ?? "",
    phone: signup.phone ?? "",
  };
}

/** The profile the API gets; empty optional inputs are left out, not sent as "". */
export function profileFromDraft(draft: ProfileDraft): VolunteerProfileInput {
  const phone = draft.phone.trim();
  return {
    displayName: draft.displayName,
    languages: draft.languages.map((row) => ({
      language: row.language,
      level: row.level as LanguageLevel,
    })),
    municipalities: draft.municipalities,
    categories: draft.categories,
    availability: draft.availability.map((row) => ({
      weekday: Number(row.weekday),
      from: row.from,
      to: row.to,
    })),
    ...(draft.goodConduct === "none"
      ? {}
      : {
          // An empty date is left out, so the check says "please fill in", not "invalid".
          goodConduct: {
            ...(draft.goodConductSeenOn ? { seenOn: draft.goodConductSeenOn } : {}),
            clear: draft.goodConduct === "clear",
          } as { seenOn: string; clear: boolean },
        }),
    contact: { email: draft.email.trim(), ...(phone ? { phone } : {}) },
  };
}
