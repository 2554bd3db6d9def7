import { describe, expect, it } from "vitest";
import { helpRequestFromForm } from "../../src/requests/from-form.js";
import { type HelpRequestFormInput, helpRequestFormSchema } from "../../src/schemas/forms.js";
import { helpRequestSchema } from "../../src/schemas/help-request.js";

const meta = { id: "r-2026-0001", receivedAt: "2026-03-17T09:00:00+01:00" };

function form(overrides: Partial<HelpRequestFormInput> = {}) {
  return helpRequestFormSchema.parse({
    requesterRole: "on_behalf",
    contactName: "Jana Becker",
    contactEmail: "jana.becker@example.org",
    contactPhone: "06731 123456",
    organisation: "Grundschule Alzey",
    category: "schule",
    languages: ["prs", "en"],
    municipality: "alzey",
    consent: true,
    ...overrides,
  });
}

describe("helpRequestFromForm", () => {
  it("offers Monday to Friday, 08:00–21:00, when neither weekdays nor parts of the day are chosen", () => {
    expect(helpRequestFromForm(form(), meta).preferredTimes).toEqual(
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:00", to: "21:00" })),
    );
  });

  it("turns chosen weekdays and parts of the day into windows, in calendar order", () => {
    const request = helpRequestFromForm(
      form({ weekdays: [3, 1, 3], timesOfDay: ["evening", "morning"] }),
      meta,
    );
    expect(request.preferredTimes).toEqual([
      { weekday: 1, from: "08:00", to: "12:00" },
      { weekday: 1, from: "17:00", to: "21:00" },
      { weekday: 3, from: "08:00", to: "12:00" },
      { weekday: 3, from: "17:00", to: "21:00" },
    ]);
  });

  it("maps the afternoon to 12:00–17:00", () => {
    expect(
      helpRequestFromForm(form({ weekdays: [6], timesOfDay: ["afternoon"] }), meta).preferredTimes,
    ).toEqual([{ weekday: 6, from: "12:00", to: "17:00" }]);
  });

  it("puts the windows on the concrete date when one is given, ignoring weekdays", () => {
    const request = helpRequestFromForm(
      form({ preferredDate: "2026-04-02", weekdays: [1], timesOfDay: ["afternoon"] }),
      meta,
    );
    expect(request.preferredTimes).toEqual([{ date: "2026-04-02", from: "12:00", to: "17:00" }]);
    expect(helpRequestFromForm(form({ preferredDate: "2026-04-02" }), meta).preferredTimes).toEqual(
      [{ date: "2026-04-02", from: "08:00", to: "21:00" }],
    );
  });

  it("drops contact data, the requester's role and organisation", () => {
    const request = helpRequestFromForm(form({ description: "Elterngespräch in Klasse 3" }), meta);
    expect(request).toEqual({
      id: "r-2026-0001",
      category: "schule",
      languages: ["prs", "en"],
      municipality: "alzey",
      preferredTimes: expect.any(Array),
      description: "Elterngespräch in Klasse 3",
      receivedAt: "2026-03-17T09:00:00+01:00",
    });
    expect(JSON.stringify(request)).not.toMatch(/Jana|example\.org|06731|Grundschule/);
  });

  it("sets the coordination point only when given, and produces a valid help request", () => {
    const routed = helpRequestFromForm(form(), { ...meta, coordinationPoint: "cafe-asyl" });
    expect(routed.coordinationPoint).toBe("cafe-asyl");
    expect("coordinationPoint" in helpRequestFromForm(form(), meta)).toBe(false);
    expect(helpRequestSchema.parse(routed)).toEqual({ ...routed, description: "" });
  });
});
