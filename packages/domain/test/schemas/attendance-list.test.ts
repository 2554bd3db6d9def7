import { describe, expect, it } from "vitest";
import { parseWith } from "../../src/i18n/issues.js";
import { attendanceListSchema } from "../../src/schemas/attendance.js";

describe("attendance lists", () => {
  it("returns fresh records without unknown keys, like zod would", () => {
    const input = [{ volunteerId: "ana", sessionId: "t1", status: "present", note: "drop me" }];
    const result = parseWith(attendanceListSchema, input);
    expect(result).toEqual({
      ok: true,
      value: [{ volunteerId: "ana", sessionId: "t1", status: "present" }],
    });
    expect(result.ok && result.value[0]).not.toBe(input[0]);
  });

  it("reports every bad record with its path and message, even after a fast-path miss", () => {
    const result = parseWith(
      attendanceListSchema,
      [
        { volunteerId: "ana", sessionId: "t1", status: "present" },
        { volunteerId: "Ana Müller", sessionId: "t1", status: "present" },
        { volunteerId: "ana", sessionId: "t2", status: "late" },
        null,
      ],
      "de",
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "1.volunteerId: Bitte verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestrich und Unterstrich (z. B. „cafe-asyl“).",
      "2.status: Bitte wählen Sie anwesend, entschuldigt oder abwesend.",
      "3: Hier wird ein Objekt mit einzelnen Angaben erwartet.",
    ]);
  });

  it("rejects what is not a list", () => {
    expect(parseWith(attendanceListSchema, "present", "en")).toMatchObject({ ok: false });
  });

  it("rejects an id longer than 80 characters, as the record schema does", () => {
    const result = parseWith(attendanceListSchema, [
      { volunteerId: "a".repeat(81), sessionId: "t1", status: "absent" },
    ]);
    expect(result.ok).toBe(false);
  });
});
