import { describe, expect, it } from "vitest";
import { rankVolunteers } from "../../src/requests/matching.js";
import {
  codes,
  district,
  excludedIds,
  ids,
  messages,
  NOW,
  rank,
  request,
  volunteer,
} from "./fixtures.js";

const daysBeforeNow = (days: number) =>
  new Date(Date.parse(NOW) - days * 86_400_000 - 3_600_000).toISOString();

describe("rankVolunteers — eligibility", () => {
  it("suggests a certified volunteer who meets every rule", () => {
    const matching = rank({ volunteers: [volunteer("v-amira")] });
    expect(matching.step).toBe("shared_language");
    expect(matching.candidates).toEqual([
      expect.objectContaining({ rank: 1, volunteerId: "v-amira" }),
    ]);
    expect(matching.excluded).toEqual([]);
  });

  it("excludes paused and retired volunteers and applicants, naming their status", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-paused", { status: "paused" }),
        volunteer("v-retired", { status: "retired" }),
        volunteer("v-applicant", { status: "applicant" }),
      ],
    });
    expect(matching.candidates).toEqual([]);
    expect(messages(matching, "v-paused")).toEqual(["Pausiert zurzeit."]);
    expect(messages(matching, "v-retired")).toEqual(["Ist aus dem Programm ausgeschieden."]);
    expect(messages(matching, "v-applicant")).toEqual([
      "Hat sich beworben, aber die Ausbildung noch nicht begonnen.",
    ]);
  });

  it("allows volunteers in training only for categories that are not certifiedOnly", () => {
    const trainee = volunteer("v-trainee", { status: "in_training" });
    delete trainee.certificateValidUntil;

    const everyday = rank({ request: request({ category: "alltag" }), volunteers: [trainee] });
    expect(ids(everyday)).toEqual(["v-trainee"]);
    expect(messages(everyday, "v-trainee")).toContain(
      "Ist noch in Ausbildung; für „Kulturvermittlung und Orientierung im Alltag“ ist das möglich.",
    );

    const office = rank({ request: request({ category: "behoerden" }), volunteers: [trainee] });
    expect(ids(office)).toEqual([]);
    expect(messages(office, "v-trainee")).toEqual([
      "Ist noch in Ausbildung; „Begleitung zu Behörden“ übernehmen nur zertifizierte Ehrenamtliche.",
    ]);
  });

  it("excludes a certified volunteer whose certificate has expired", () => {
    const matching = rank({
      volunteers: [volunteer("v-expired", { certificateValidUntil: "2026-03-16" })],
    });
    expect(matching.step).toBe("none");
    expect(messages(matching, "v-expired")).toEqual([
      "Das Zertifikat war nur bis zum 16. März 2026 gültig.",
    ]);
  });

  it("counts the last day of validity as valid", () => {
    const matching = rank({
      volunteers: [volunteer("v-last-day", { certificateValidUntil: "2026-03-17" })],
    });
    expect(ids(matching)).toEqual(["v-last-day"]);
  });

  it("decides whether a certificate expired by the date in Berlin, not in UTC", () => {
    // 22:30 UTC on 31 March is already 1 April in Berlin (summer time).
    const now = "2026-03-31T22:30:00Z";
    const volunteers = [volunteer("v-march", { certificateValidUntil: "2026-03-31" })];
    expect(codes(rank({ now, volunteers }), "v-march")).toEqual([
      "match.excluded.certificateExpired",
    ]);
    const london = { ...district, timeZone: "Europe/London" };
    expect(ids(rank({ now, volunteers, district: london }))).toEqual(["v-march"]);
  });

  it("treats a certificate without an end date as valid", () => {
    const unlimited = volunteer("v-unlimited");
    delete unlimited.certificateValidUntil;
    expect(ids(rank({ volunteers: [unlimited] }))).toEqual(["v-unlimited"]);
  });

  it("excludes volunteers who do not cover the category", () => {
    const matching = rank({ volunteers: [volunteer("v-doctor", { categories: ["arzt"] })] });
    expect(messages(matching, "v-doctor")).toEqual([
      "Übernimmt keine Anfragen der Art „Begleitung zu Behörden“.",
    ]);
  });

  it("excludes volunteers who serve neither the municipality nor a neighbour", () => {
    // Eich borders only on Wonnegau, not on the town of Alzey.
    const matching = rank({ volunteers: [volunteer("v-eich", { municipalities: ["eich"] })] });
    expect(messages(matching, "v-eich")).toEqual([
      "Hilft weder in Stadt Alzey noch in einer Nachbargemeinde.",
    ]);
  });

  it("ranks a volunteer in the municipality itself above one in a neighbouring municipality", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-a-neighbour", { municipalities: ["alzey-land"] }),
        volunteer("v-z-exact", { municipalities: ["alzey"] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-z-exact", "v-a-neighbour"]);
    expect(messages(matching, "v-a-neighbour")).toContain(
      "Hilft in der Nachbargemeinde Verbandsgemeinde Alzey-Land.",
    );
    expect(messages(matching, "v-z-exact")).toContain(
      "Hilft in Stadt Alzey, wo die Hilfe gebraucht wird.",
    );
  });

  it("lists every reason that excludes a volunteer, not just the first", () => {
    const matching = rank({
      request: request({
        category: "schule",
        preferredTimes: [{ weekday: 2, from: "08:00", to: "12:00" }],
      }),
      volunteers: [
        volunteer("v-everything", {
          status: "paused",
          languages: [{ language: "ar", level: "basic" }],
          categories: ["alltag"],
          municipalities: ["eich"],
          availability: [{ weekday: 6, from: "10:00", to: "12:00" }],
          goodConduct: { seenOn: "2019-05-02", clear: false },
        }),
        volunteer("v-ok", { municipalities: ["alzey"] }),
      ],
    });
    expect(codes(matching, "v-everything")).toEqual([
      "match.excluded.paused",
      "match.excluded.category",
      "match.excluded.municipality",
      "match.excluded.availability",
      "match.excluded.goodConductNotClear",
      "match.excluded.goodConductOutdated",
      "match.excluded.basicOnly",
    ]);
  });
});

describe("rankVolunteers — availability", () => {
  const tuesdayEvening = request({ preferredTimes: [{ weekday: 2, from: "17:00", to: "20:00" }] });

  it("excludes a volunteer whose stated availability misses every preferred time", () => {
    const matching = rank({
      request: tuesdayEvening,
      volunteers: [
        // Touching is not overlapping: 20:00–22:00 begins when the window ends.
        volunteer("v-late", { availability: [{ weekday: 2, from: "20:00", to: "22:00" }] }),
        volunteer("v-wednesday", { availability: [{ weekday: 3, from: "17:00", to: "20:00" }] }),
      ],
    });
    expect(ids(matching)).toEqual([]);
    expect(messages(matching, "v-late")).toEqual(["Hat zu keiner der gewünschten Zeiten Zeit."]);
    expect(codes(matching, "v-wednesday")).toEqual(["match.excluded.availability"]);
  });

  it("never lets a volunteer with no stated hours outrank one whose hours fit", () => {
    const matching = rank({
      request: tuesdayEvening,
      volunteers: [
        // Native speaker in the very municipality, but no hours on record …
        volunteer("v-a-unknown", { availability: [] }),
        // … against a fluent speaker from next door whose Tuesday evening fits.
        volunteer("v-b-fits", {
          languages: [{ language: "ar", level: "fluent" }],
          municipalities: ["alzey-land"],
          availability: [{ weekday: 2, from: "18:00", to: "21:00" }],
        }),
      ],
    });
    expect(ids(matching)).toEqual(["v-b-fits", "v-a-unknown"]);
  });

  it("suggests volunteers without stated availability below those with a confirmed overlap", () => {
    const matching = rank({
      request: tuesdayEvening,
      volunteers: [
        volunteer("v-a-unknown", { availability: [] }),
        volunteer("v-b-confirmed", { availability: [{ weekday: 2, from: "18:00", to: "21:00" }] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-b-confirmed", "v-a-unknown"]);
    expect(messages(matching, "v-b-confirmed")).toContain(
      "Ist zu einer gewünschten Zeit verfügbar: Dienstag, 18:00–20:00 Uhr.",
    );
    expect(messages(matching, "v-a-unknown")).toContain(
      "Zeiten unbekannt: Es sind keine Zeiten hinterlegt. Deshalb steht die Person hinter allen, deren Zeiten passen.",
    );
  });

  it("compares a preferred concrete date with the slots of its weekday", () => {
    const matching = rank({
      request: request({ preferredTimes: [{ date: "2026-03-19", from: "09:00", to: "12:00" }] }),
      volunteers: [
        volunteer("v-thursday", { availability: [{ weekday: 4, from: "10:00", to: "14:00" }] }),
        volunteer("v-friday", { availability: [{ weekday: 5, from: "09:00", to: "12:00" }] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-thursday"]);
    expect(messages(matching, "v-thursday")).toContain(
      "Ist zu einer gewünschten Zeit verfügbar: Donnerstag, 19. März 2026, 10:00–12:00 Uhr.",
    );
  });

  it("treats a request without preferred times as flexible", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-a-unknown"),
        volunteer("v-b-sunday", { availability: [{ weekday: 7, from: "10:00", to: "12:00" }] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-a-unknown", "v-b-sunday"]);
    expect(messages(matching, "v-b-sunday")).toContain(
      "Die hilfesuchende Person hat keine Zeiten genannt; der Termin wird abgesprochen.",
    );
  });
});

describe("rankVolunteers — certificate of good conduct", () => {
  const school = request({ category: "schule" });

  it("requires a clear extended certificate of good conduct for school visits", () => {
    const without = volunteer("v-without");
    delete without.goodConduct;
    const matching = rank({
      request: school,
      volunteers: [
        without,
        volunteer("v-entries", { goodConduct: { seenOn: "2025-06-01", clear: false } }),
        volunteer("v-clear", { goodConduct: { seenOn: "2025-06-01", clear: true } }),
      ],
    });
    expect(ids(matching)).toEqual(["v-clear"]);
    expect(messages(matching, "v-without")).toEqual([
      "Für „Schulbesuche und Schulgespräche“ ist ein erweitertes Führungszeugnis nötig; es wurde keines gesehen.",
    ]);
    expect(messages(matching, "v-entries")).toEqual([
      "Das erweiterte Führungszeugnis enthielt relevante Einträge.",
    ]);
    expect(messages(matching, "v-clear")).toContain(
      "Erweitertes Führungszeugnis ohne relevante Einträge, gesehen am 1. Juni 2025.",
    );
  });

  it("rejects a certificate of good conduct seen more than five years ago", () => {
    const matching = rank({
      request: school,
      volunteers: [
        volunteer("v-five-years", { goodConduct: { seenOn: "2021-03-17", clear: true } }),
        volunteer("v-older", { goodConduct: { seenOn: "2021-03-16", clear: true } }),
      ],
    });
    expect(ids(matching)).toEqual(["v-five-years"]);
    expect(messages(matching, "v-older")).toEqual([
      "Das erweiterte Führungszeugnis wurde am 16. März 2021 gesehen, vor mehr als fünf Jahren.",
    ]);
  });

  it("does not ask for good conduct where the category does not need it", () => {
    const without = volunteer("v-without");
    delete without.goodConduct;
    expect(ids(rank({ volunteers: [without] }))).toEqual(["v-without"]);
  });
});

describe("rankVolunteers — languages", () => {
  it("does not match Dari and Farsi with each other", () => {
    const volunteers = [
      volunteer("v-dari", { languages: [{ language: "prs", level: "native" }] }),
      volunteer("v-farsi", { languages: [{ language: "fa", level: "native" }] }),
    ];
    const dari = rank({ request: request({ languages: ["prs"] }), volunteers });
    expect(ids(dari)).toEqual(["v-dari"]);
    expect(messages(dari, "v-dari")[0]).toBe("Spricht Dari als Muttersprache.");
    expect(messages(dari, "v-farsi")).toEqual([
      "Spricht keine Sprache der hilfesuchenden Person (Dari) fließend.",
    ]);

    const farsi = rank({ request: request({ languages: ["fa"] }), volunteers });
    expect(ids(farsi)).toEqual(["v-farsi"]);
    expect(messages(farsi, "v-farsi")[0]).toBe("Spricht Persisch als Muttersprache.");
  });

  it("does not match Kurmanji and Sorani with each other", () => {
    const volunteers = [
      volunteer("v-kurmanji", { languages: [{ language: "kmr", level: "native" }] }),
      volunteer("v-sorani", { languages: [{ language: "ckb", level: "fluent" }] }),
    ];
    const kurmanji = rank({ request: request({ languages: ["kmr"] }), volunteers });
    expect(ids(kurmanji)).toEqual(["v-kurmanji"]);
    expect(messages(kurmanji, "v-kurmanji")[0]).toBe("Spricht Kurmandschi als Muttersprache.");
    const sorani = rank({ request: request({ languages: ["ckb"] }), volunteers });
    expect(ids(sorani)).toEqual(["v-sorani"]);
    expect(messages(sorani, "v-sorani")[0]).toBe("Spricht Sorani fließend.");
  });

  it("does not count basic knowledge of a language", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-basic", { languages: [{ language: "ar", level: "basic" }] }),
        volunteer("v-native"),
      ],
    });
    expect(ids(matching)).toEqual(["v-native"]);
    expect(messages(matching, "v-basic")).toEqual([
      "Spricht Arabisch nur mit Grundkenntnissen; zum Begleiten ist mindestens fließend nötig.",
    ]);
  });

  it("ranks native in the first language, native in another, fluent in the first, fluent in another", () => {
    const matching = rank({
      request: request({ languages: ["ar", "fa"] }),
      volunteers: [
        volunteer("v-a", { languages: [{ language: "fa", level: "fluent" }] }),
        volunteer("v-b", { languages: [{ language: "ar", level: "fluent" }] }),
        volunteer("v-c", { languages: [{ language: "fa", level: "native" }] }),
        volunteer("v-d", { languages: [{ language: "ar", level: "native" }] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-d", "v-c", "v-b", "v-a"]);
    expect(messages(matching, "v-d")[0]).toBe(
      "Spricht Arabisch als Muttersprache – die Sprache, die die Person zuerst genannt hat.",
    );
    expect(messages(matching, "v-c")[0]).toBe("Spricht Persisch als Muttersprache.");
    expect(messages(matching, "v-b")[0]).toBe(
      "Spricht Arabisch fließend – die Sprache, die die Person zuerst genannt hat.",
    );
  });

  it("puts language before place: a native speaker next door outranks a fluent one in town", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-fluent-here", { languages: [{ language: "ar", level: "fluent" }] }),
        volunteer("v-native-next-door", { municipalities: ["alzey-land"] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-native-next-door", "v-fluent-here"]);
  });

  it("matches a regional tag with its language (Syrian Arabic is Arabic)", () => {
    const matching = rank({
      request: request({ languages: ["ar-SY"] }),
      volunteers: [volunteer("v-arabic")],
    });
    expect(matching.step).toBe("shared_language");
    expect(ids(matching)).toEqual(["v-arabic"]);
  });
});

describe("rankVolunteers — graceful degradation", () => {
  const germanOnly = (id: string) =>
    volunteer(id, { languages: [{ language: "de", level: "native" }] });

  it("takes the shared-language step when someone speaks the person's language", () => {
    const matching = rank({ volunteers: [volunteer("v-arabic"), germanOnly("v-german")] });
    expect(matching.step).toBe("shared_language");
    expect(matching.summary.message).toBe(
      "Es gibt Ehrenamtliche, die eine Sprache der hilfesuchenden Person sprechen.",
    );
    expect(ids(matching)).toEqual(["v-arabic"]);
    expect(messages(matching, "v-german")).toEqual([
      "Spricht keine Sprache der hilfesuchenden Person (Arabisch) fließend.",
    ]);
  });

  it("falls back to a bridge language the person listed when nobody speaks their language", () => {
    const matching = rank({
      request: request({ languages: ["ti", "en"] }),
      volunteers: [
        volunteer("v-english", {
          languages: [
            { language: "de", level: "native" },
            { language: "en", level: "fluent" },
          ],
        }),
        volunteer("v-french", { languages: [{ language: "fr", level: "native" }] }),
        germanOnly("v-german"),
      ],
    });
    expect(matching.step).toBe("bridge_language");
    expect(matching.summary.message).toBe(
      "Niemand spricht eine Sprache der hilfesuchenden Person (Tigrinya). Vorgeschlagen werden Ehrenamtliche, die sich mit ihr in einer Brückensprache (Englisch) verständigen können.",
    );
    expect(ids(matching)).toEqual(["v-english"]);
    expect(messages(matching, "v-english")[0]).toBe(
      "Spricht die Brückensprache Englisch fließend, aber keine eigene Sprache der hilfesuchenden Person.",
    );
    // French is a bridge language only when the person speaks it too.
    expect(messages(matching, "v-french")).toEqual([
      "Spricht weder eine Sprache der hilfesuchenden Person (Tigrinya) noch eine gemeinsame Brückensprache (Englisch) fließend.",
    ]);
    expect(excludedIds(matching)).toEqual(["v-french", "v-german"]);
  });

  it("falls back to generalists with a telephone interpreter when nobody shares any language", () => {
    const matching = rank({
      request: request({ languages: ["ti"] }),
      volunteers: [
        germanOnly("v-german"),
        volunteer("v-english", { languages: [{ language: "en", level: "native" }] }),
        // Speaks Tigrinya but is paused: does not count for the step.
        volunteer("v-tigrinya", {
          status: "paused",
          languages: [{ language: "ti", level: "native" }],
        }),
      ],
    });
    expect(matching.step).toBe("interpreter");
    expect(matching.summary.message).toBe(
      "1 ehrenamtliche Person spricht Tigrinya, kommt aber aus anderen Gründen nicht infrage – „Pausiert zurzeit.“ (1). Eine gemeinsame Brückensprache spricht niemand. Bitte ziehen Sie einen Telefondolmetscher hinzu.",
    );
    expect(matching.speakersExcluded).toEqual(["v-tigrinya"]);
    expect(ids(matching)).toEqual(["v-english", "v-german"]);
    for (const id of ids(matching)) {
      expect(messages(matching, id)[0]).toBe(
        "Spricht keine Sprache der hilfesuchenden Person; bitte ziehen Sie einen Telefondolmetscher für Tigrinya hinzu.",
      );
    }
    expect(messages(matching, "v-tigrinya")).toEqual(["Pausiert zurzeit."]);
  });

  it("says why the speakers of the person's language are ruled out instead of claiming there are none", () => {
    const matching = rank({
      request: request({
        languages: ["ar"],
        preferredTimes: [{ weekday: 2, from: "09:00", to: "12:00" }],
      }),
      volunteers: [
        volunteer("v-arabic-evenings", {
          availability: [{ weekday: 2, from: "18:00", to: "21:00" }],
        }),
        germanOnly("v-german"),
      ],
    });
    expect(matching.step).toBe("interpreter");
    expect(matching.summary.message).toBe(
      "1 ehrenamtliche Person spricht Arabisch, kommt aber aus anderen Gründen nicht infrage – „Hat zu keiner der gewünschten Zeiten Zeit.“ (1). Eine gemeinsame Brückensprache spricht niemand. Bitte ziehen Sie einen Telefondolmetscher hinzu.",
    );
    expect(matching.speakersExcluded).toEqual(["v-arabic-evenings"]);
  });

  it("counts each reason of several ruled-out speakers once, and names no bridge language that is not there", () => {
    const matching = rank({
      request: request({
        languages: ["ar"],
        preferredTimes: [{ weekday: 2, from: "09:00", to: "12:00" }],
      }),
      volunteers: [
        volunteer("v-a", { availability: [{ weekday: 2, from: "18:00", to: "21:00" }] }),
        volunteer("v-b", { availability: [{ weekday: 4, from: "09:00", to: "12:00" }] }),
        volunteer("v-c", { status: "paused" }),
        germanOnly("v-german"),
      ],
    });
    expect(matching.summary.message).toBe(
      "3 Ehrenamtliche sprechen Arabisch, kommen aber aus anderen Gründen nicht infrage – „Hat zu keiner der gewünschten Zeiten Zeit.“ (2), „Pausiert zurzeit.“ (1). Eine gemeinsame Brückensprache spricht niemand. Bitte ziehen Sie einen Telefondolmetscher hinzu.",
    );
    expect(matching.summary.params.bridgeLanguageNames).toBe("");
  });

  it("names the volunteer's regional variant even when the request gives only the language", () => {
    const matching = rank({
      request: request({ languages: ["ar"] }),
      volunteers: [volunteer("v-syria", { languages: [{ language: "ar-SY", level: "native" }] })],
    });
    expect(messages(matching, "v-syria")[0]).toBe("Spricht Arabisch (Syrien) als Muttersprache.");
  });

  it("names a regional variant naturally", () => {
    const matching = rank({
      request: request({ languages: ["ar-SY"] }),
      volunteers: [volunteer("v-syria", { languages: [{ language: "ar-SY", level: "native" }] })],
    });
    expect(messages(matching, "v-syria")[0]).toBe("Spricht Arabisch (Syrien) als Muttersprache.");
  });

  it("reports the step none when nobody meets the other rules", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-paused", { status: "paused" }),
        volunteer("v-retired", {
          status: "retired",
          languages: [{ language: "de", level: "native" }],
        }),
      ],
    });
    expect(matching.step).toBe("none");
    expect(matching.candidates).toEqual([]);
    expect(matching.summary.message).toBe(
      "Niemand erfüllt die Voraussetzungen für diese Anfrage. Die Gründe stehen bei den einzelnen Ehrenamtlichen.",
    );
    // Language rules out nobody here: an interpreter would have bridged it.
    expect(messages(matching, "v-retired")).toEqual(["Ist aus dem Programm ausgeschieden."]);
  });

  it("treats a person's only language as their own even when it is a bridge language", () => {
    const matching = rank({
      request: request({ languages: ["fr"] }),
      volunteers: [volunteer("v-french", { languages: [{ language: "fr", level: "fluent" }] })],
    });
    expect(matching.step).toBe("shared_language");
    expect(messages(matching, "v-french")[0]).toBe("Spricht Französisch fließend.");
  });

  it("uses a shared language only as a bonus where the category does not require one", () => {
    const matching = rank({
      request: request({ category: "alltag" }),
      volunteers: [
        germanOnly("v-german-in-town"),
        volunteer("v-arabic-next-door", { municipalities: ["alzey-land"] }),
      ],
    });
    expect(matching.step).toBe("shared_language");
    expect(ids(matching)).toEqual(["v-arabic-next-door", "v-german-in-town"]);
    expect(messages(matching, "v-german-in-town")[0]).toBe(
      "Spricht keine Sprache der hilfesuchenden Person; für „Kulturvermittlung und Orientierung im Alltag“ ist das keine Voraussetzung.",
    );
  });
});

describe("rankVolunteers — fairness", () => {
  it("ranks volunteers with fewer assignments in the last 90 days first", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-a-busy", {
          assignments: [
            { requestId: "r-a", at: daysBeforeNow(10) },
            { requestId: "r-b", at: daysBeforeNow(40) },
          ],
        }),
        volunteer("v-b-once", { assignments: [{ requestId: "r-c", at: daysBeforeNow(5) }] }),
        volunteer("v-c-long-ago", { assignments: [{ requestId: "r-d", at: daysBeforeNow(200) }] }),
        volunteer("v-d-never"),
      ],
    });
    expect(ids(matching)).toEqual(["v-d-never", "v-c-long-ago", "v-b-once", "v-a-busy"]);
    expect(messages(matching, "v-a-busy")).toEqual(
      expect.arrayContaining([
        "2 Einsätze in den letzten 90 Tagen.",
        "Letzter Einsatz vor 10 Tagen.",
      ]),
    );
    expect(messages(matching, "v-b-once")).toContain("1 Einsatz in den letzten 90 Tagen.");
    expect(messages(matching, "v-c-long-ago")).toEqual(
      expect.arrayContaining([
        "Kein Einsatz in den letzten 90 Tagen.",
        "Letzter Einsatz vor 200 Tagen.",
      ]),
    );
    expect(messages(matching, "v-d-never")).toContain("Bisher noch kein Einsatz.");
  });

  it("prefers the volunteer whose last assignment lies further back when counts are equal", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-a-recent", { assignments: [{ requestId: "r-a", at: daysBeforeNow(3) }] }),
        volunteer("v-b-earlier", { assignments: [{ requestId: "r-b", at: daysBeforeNow(30) }] }),
      ],
    });
    expect(ids(matching)).toEqual(["v-b-earlier", "v-a-recent"]);
  });

  it("counts only assignments inside a custom fairness window", () => {
    const volunteers = [
      volunteer("v-a-forty-days", { assignments: [{ requestId: "r-a", at: daysBeforeNow(40) }] }),
      volunteer("v-b-twenty-days-ago-twice", {
        assignments: [
          { requestId: "r-b", at: daysBeforeNow(50) },
          { requestId: "r-c", at: daysBeforeNow(20) },
        ],
      }),
    ];
    expect(ids(rank({ volunteers }))).toEqual(["v-a-forty-days", "v-b-twenty-days-ago-twice"]);
    const matching = rank({ volunteers, fairnessWindowDays: 30 });
    expect(messages(matching, "v-a-forty-days")).toContain("Kein Einsatz in den letzten 30 Tagen.");
    expect(ids(matching)).toEqual(["v-a-forty-days", "v-b-twenty-days-ago-twice"]);
  });

  it("ignores assignments made after now", () => {
    const matching = rank({
      volunteers: [
        volunteer("v-a-future", {
          assignments: [{ requestId: "r-a", at: "2026-03-18T10:00:00Z" }],
        }),
        volunteer("v-b-never"),
      ],
    });
    expect(ids(matching)).toEqual(["v-a-future", "v-b-never"]);
    expect(messages(matching, "v-a-future")).toContain("Bisher noch kein Einsatz.");
  });

  it("breaks remaining ties by id", () => {
    const matching = rank({ volunteers: [volunteer("v-b"), volunteer("v-c"), volunteer("v-a")] });
    expect(matching.candidates.map((c) => [c.rank, c.volunteerId])).toEqual([
      [1, "v-a"],
      [2, "v-b"],
      [3, "v-c"],
    ]);
  });
});

describe("rankVolunteers — reasons in German and English", () => {
  const input = {
    request: request({ preferredTimes: [{ weekday: 2, from: "17:00", to: "20:00" }] }),
    volunteers: [
      volunteer("v-amira", {
        municipalities: ["alzey-land"],
        availability: [{ weekday: 2, from: "18:00", to: "21:00" }],
        assignments: [
          { requestId: "r-a", at: "2026-03-01T10:00:00+01:00" },
          { requestId: "r-b", at: "2026-01-20T10:00:00+01:00" },
        ],
      }),
      volunteer("v-paused", { status: "paused", categories: ["alltag"] }),
    ],
  };

  it("explains a candidate's place in German", () => {
    const matching = rank(input, "de");
    expect(messages(matching, "v-amira")).toEqual([
      "Spricht Arabisch als Muttersprache.",
      "Hilft in der Nachbargemeinde Verbandsgemeinde Alzey-Land.",
      "Ist zu einer gewünschten Zeit verfügbar: Dienstag, 18:00–20:00 Uhr.",
      "2 Einsätze in den letzten 90 Tagen.",
      "Letzter Einsatz vor 15 Tagen.",
    ]);
    expect(messages(matching, "v-paused")).toEqual([
      "Pausiert zurzeit.",
      "Übernimmt keine Anfragen der Art „Begleitung zu Behörden“.",
    ]);
  });

  it("explains the same in English", () => {
    const matching = rank(input, "en");
    expect(messages(matching, "v-amira")).toEqual([
      "Speaks Arabic as a native language.",
      "Helps in the neighbouring municipality Verbandsgemeinde Alzey-Land.",
      "Available at a preferred time: Tuesday, 18:00–20:00.",
      "2 assignments in the last 90 days.",
      "Last assignment 15 days ago.",
    ]);
    expect(messages(matching, "v-paused")).toEqual([
      "Is taking a break at the moment.",
      "Does not take requests for “Accompaniment to public offices”.",
    ]);
    expect(matching.summary.message).toBe(
      "There are volunteers who speak one of the person's languages.",
    );
  });

  it("keeps machine-readable codes and parameters next to the message", () => {
    const reason = rank(input).candidates[0]?.reasons[1];
    expect(reason).toEqual({
      code: "match.municipality.neighbour",
      params: { municipality: "alzey-land", municipalityName: "Verbandsgemeinde Alzey-Land" },
      message: "Hilft in der Nachbargemeinde Verbandsgemeinde Alzey-Land.",
    });
  });

  it("falls back to English, names included, for a language without a catalogue", () => {
    const matching = rank(input, "tr");
    expect(messages(matching, "v-amira")[0]).toBe("Speaks Arabic as a native language.");
  });
});

describe("rankVolunteers — invalid input", () => {
  it("returns issues with German messages instead of throwing", () => {
    const result = rankVolunteers({
      request: request(),
      volunteers: [
        { ...volunteer("v-1"), status: "busy" as "paused" },
        volunteer("v-2", { languages: [] }),
      ],
      district,
      now: "2026-03-17 09:00",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.message])).toEqual([
      ["volunteers.0.status", "Unbekannter Status."],
      ["volunteers.1.languages", "Bitte geben Sie mindestens eine Sprache an."],
      [
        "now",
        "Bitte geben Sie Datum und Uhrzeit mit Zeitzone an (z. B. 2026-03-17T18:00:00+01:00).",
      ],
    ]);
  });

  it("reports a request for a municipality or category the district does not have", () => {
    const result = rankVolunteers({
      request: request({ municipality: "mainz", category: "zoo" }),
      volunteers: [volunteer("v-1")],
      district,
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          field: "request.category",
          message: "Diese Art der Hilfe wird hier nicht angeboten.",
        }),
        expect.objectContaining({
          field: "request.municipality",
          message: "Bitte wählen Sie einen Ort aus der Liste.",
        }),
      ],
    });
  });

  it("reports a volunteer listed twice, in German and in English", () => {
    const input = {
      request: request(),
      volunteers: [volunteer("v-1"), volunteer("v-1")],
      district,
      now: NOW,
    };
    const german = rankVolunteers(input, "de");
    const english = rankVolunteers(input, "en");
    expect(german.ok ? [] : german.issues.map((i) => [i.field, i.message])).toEqual([
      ["volunteers.1.id", "Die ehrenamtliche Person „v-1“ ist mehrfach aufgeführt."],
    ]);
    expect(english.ok ? [] : english.issues.map((i) => i.message)).toEqual([
      "The volunteer “v-1” is listed more than once.",
    ]);
  });
});
