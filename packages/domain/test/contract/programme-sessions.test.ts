import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTRACT_LITERALS } from "../../src/contract/literals.js";
import {
  PROGRAMME_SESSIONS,
  programmeSessionEventId,
  programmeSessionSchema,
  programmeSessionsAnswerSchema,
} from "../../src/contract/programme-sessions.js";
import { parseWith } from "../../src/i18n/issues.js";
import { idSchema } from "../../src/schemas/common.js";

/** A session as the forms worker writes it from a row of `training_sessions`. */
const talk = {
  id: "3f2a9c1e-5b7d-4e21-9a0c-7d1e2f3a4b5c",
  kind: "expert_talk",
  module: "behoerden",
  title: "Fachvortrag: Ämter und Zuständigkeiten",
  date: "2027-01-19",
  start: "18:00",
  end: "19:30",
  location: "Kreishaus Alzey, Raum 101",
  cancelled: false,
  sequence: 2,
  updatedAt: "2026-11-20T09:15:00.000Z",
};

const messages = (input: unknown, locale = "de") => {
  const result = parseWith(programmeSessionsAnswerSchema, input, locale);
  return result.ok
    ? []
    : result.issues.map((issue) => `${issue.field || "(root)"}: ${issue.message}`);
};

describe("PROGRAMME_SESSIONS", () => {
  it("names the forms worker's public path under /api/", () => {
    expect(PROGRAMME_SESSIONS.endpoint).toBe("/api/programme/sessions");
  });

  it("is one of the contract's literals, so no app copies the path", () => {
    expect(CONTRACT_LITERALS).toContain(PROGRAMME_SESSIONS.endpoint);
  });
});

describe("programmeSessionsAnswerSchema", () => {
  it("accepts the sessions as the worker publishes them, a place not yet known as null", () => {
    const answer = {
      sessions: [talk, { ...talk, id: "w1", kind: "workshop", location: null, cancelled: true }],
    };

    expect(parseWith(programmeSessionsAnswerSchema, answer)).toEqual({ ok: true, value: answer });
  });

  it("accepts a programme without sessions", () => {
    expect(messages({ sessions: [] })).toEqual([]);
  });

  it("drops what it does not know, so a newer worker cannot break an older site", () => {
    const parsed = programmeSessionSchema.parse({
      ...talk,
      attendance: { present: 12, excused: 1, absent: 2 },
    });

    expect(parsed).toEqual(talk);
  });

  it("names the session and the field of every problem, in German and English", () => {
    const answer = {
      sessions: [
        talk,
        {
          ...talk,
          kind: "lecture",
          date: "2027-02-30",
          start: "19:30",
          end: "18:00",
          sequence: -1,
          cancelled: "no",
        },
        { ...talk, id: "Vortrag 1", title: " ", location: "", updatedAt: "gestern" },
        { ...talk, sequence: undefined },
      ],
    };

    expect(messages(answer, "de")).toEqual([
      "sessions.1.kind: Bitte wählen Sie „Fachvortrag“ oder „Workshop“.",
      "sessions.1.date: Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).",
      "sessions.1.cancelled: Bitte geben Sie „true“ (ja) oder „false“ (nein) an.",
      "sessions.1.sequence: Der Wert muss mindestens 0 sein.",
      "sessions.2.id: Bitte verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestrich und Unterstrich (z. B. „cafe-asyl“).",
      "sessions.2.title: Bitte füllen Sie dieses Feld aus.",
      "sessions.2.location: Bitte füllen Sie dieses Feld aus.",
      "sessions.2.updatedAt: Bitte geben Sie Datum und Uhrzeit mit Zeitzone an (z. B. 2026-03-17T18:00:00+01:00).",
      "sessions.3.sequence: Bitte füllen Sie dieses Feld aus.",
    ]);
    expect(messages(answer, "en")[0]).toBe(
      "sessions.1.kind: Please choose “expert talk” or “workshop”.",
    );
  });

  it("refuses a session that ends before it starts", () => {
    expect(messages({ sessions: [{ ...talk, start: "19:30", end: "18:00" }] })).toEqual([
      "sessions.0.end: Das Ende muss nach dem Beginn liegen.",
    ]);
  });

  it("refuses anything but an object with a list of sessions", () => {
    expect(messages([talk])).toEqual([
      "(root): Hier wird ein Objekt mit einzelnen Angaben erwartet.",
    ]);
    expect(messages({})).toEqual(["sessions: Bitte füllen Sie dieses Feld aus."]);
  });
});

describe("programmeSessionEventId", () => {
  it("puts the prefix before the session id, so the calendar UID follows from the id alone", () => {
    expect(programmeSessionEventId(talk.id)).toBe(`schulung-${talk.id}`);
  });

  it("gives every id the contract accepts an event id the programme accepts", () => {
    const idCharacter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_");
    const ids = fc
      .tuple(
        fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
        fc.array(idCharacter, { maxLength: 90 }),
      )
      .map(([first, rest]) => first + rest.join(""));
    fc.assert(
      fc.property(ids, (id) => {
        const accepted = programmeSessionSchema.safeParse({ ...talk, id }).success;
        expect(accepted).toBe(id.length <= 80 - PROGRAMME_SESSIONS.eventIdPrefix.length);
        if (accepted) expect(idSchema.safeParse(programmeSessionEventId(id)).success).toBe(true);
      }),
    );
  });
});
