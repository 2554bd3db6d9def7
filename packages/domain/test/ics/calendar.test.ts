import { describe, expect, it } from "vitest";
import { calendarFileName, feedToIcs, occurrenceToIcs } from "../../src/ics/index.js";
import { expandOccurrences } from "../../src/schedule/expand.js";
import { type PublishedCalendarState, reviseSequences } from "../../src/schedule/revisions.js";
import type { Occurrence, ProgrammeEvent, ProgrammeEventInput } from "../../src/schedule/schema.js";
import { BERLIN, inProcessTimeZone, programmeEvent, single, weekly } from "../schedule/fixtures.js";
import { DOMAIN, expectedEvent, GENERATED_AT } from "./expected.js";
import { checkCalendar, parseWithIcalJs } from "./structure.js";

const programme = [
  weekly(
    "stammtisch",
    { weekday: 2, interval: 2, from: "2026-03-03", until: "2026-11-03" },
    {
      kind: "meeting",
      title: {
        de: "Stammtisch der Integrationspatinnen und -paten",
        en: "Get-together of all volunteers",
      },
      description: { de: "Austausch, Fragen, Neuigkeiten.\nBitte anmelden; Gäste willkommen." },
      location: "Café Asyl, Hauptstraße 1; 55232 Alzey",
      audience: ["volunteers"],
    },
    [
      { date: "2026-03-17", status: "cancelled" },
      {
        date: "2026-03-31",
        status: "moved",
        start: "19:00",
        end: "20:30",
        location: "Rathaus, Sitzungssaal",
      },
    ],
  ),
  single("vortrag-jobcenter", "2026-03-28", "10:00", "12:00", {
    title: { de: "Fachvortrag: Jobcenter – Rechte & Pflichten", en: "Expert talk: the Jobcenter" },
    url: "https://www.kreis-alzey-worms.example/termine/vortrag-jobcenter",
    revision: 1,
  }),
  single("workshop-kindergeld", "2026-10-24", "18:00", "20:00", {
    kind: "workshop",
    status: "cancelled",
    revision: 2,
  }),
  programmeEvent(
    "zertifikate",
    { type: "tentative", year: 2027, season: "spring" },
    { kind: "ceremony" },
  ),
];
const occurrences = expandOccurrences(programme, { timeZone: BERLIN });
const dated = occurrences.filter((o) => o.start);
const feedOptions = {
  domain: DOMAIN,
  generatedAt: GENERATED_AT,
  name: "Integrationspaten Alzey-Worms – Termine",
};
const feed = feedToIcs(occurrences, feedOptions);
const byId = (id: string) => {
  const o = occurrences.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

describe("feedToIcs", () => {
  it("writes a well-formed feed (our own structural checks)", () => {
    const { events } = checkCalendar(feed, "feed");
    expect(events).toHaveLength(dated.length);
  });

  it("reads back in ical.js exactly as the occurrences were", () => {
    const parsed = parseWithIcalJs(feed);
    expect(parsed.name).toBe(feedOptions.name);
    expect(parsed.events).toEqual(dated.map((o) => expectedEvent(o)));
  });

  it("leaves out dates that have no time yet", () => {
    expect(feed).not.toContain("zertifikate");
  });

  it("keeps cancelled dates, with STATUS:CANCELLED and a higher SEQUENCE", () => {
    const events = parseWithIcalJs(feed).events;
    expect(events.find((e) => e.uid === `stammtisch-20260317@${DOMAIN}`)).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
    });
    expect(events.find((e) => e.uid === `workshop-kindergeld@${DOMAIN}`)).toMatchObject({
      status: "CANCELLED",
      sequence: 3, // revision 2, plus one for the cancellation
    });
  });

  it("says „Abgesagt“ in the SUMMARY of a cancelled date, for clients that ignore STATUS", () => {
    const events = parseWithIcalJs(feed).events;
    expect(events.find((e) => e.uid === `stammtisch-20260317@${DOMAIN}`)?.summary).toBe(
      "Abgesagt: Stammtisch der Integrationspatinnen und -paten",
    );
    expect(events.find((e) => e.uid === `workshop-kindergeld@${DOMAIN}`)?.summary).toBe(
      "Abgesagt: Termin workshop-kindergeld",
    );
    expect(events.find((e) => e.uid === `stammtisch-20260303@${DOMAIN}`)?.summary).toBe(
      "Stammtisch der Integrationspatinnen und -paten",
    );
  });

  it("keeps the UID of a moved date and raises its SEQUENCE", () => {
    const moved = parseWithIcalJs(feed).events.find(
      (e) => e.uid === `stammtisch-20260331@${DOMAIN}`,
    );
    expect(moved).toMatchObject({
      start: "2026-03-31T17:00:00.000Z",
      end: "2026-03-31T18:30:00.000Z",
      location: "Rathaus, Sitzungssaal",
      sequence: 1,
    });
  });

  it("derives UIDs from the occurrence id and the district's domain, and DTSTAMP from generatedAt", () => {
    expect(feed).toContain(`UID:stammtisch-20260303@${DOMAIN}\r\n`);
    expect(feed).toContain(`UID:vortrag-jobcenter@${DOMAIN}\r\n`);
    const stamps = feed.split("\r\n").filter((l) => l.startsWith("DTSTAMP:"));
    expect(stamps).toHaveLength(dated.length);
    expect(new Set(stamps)).toEqual(new Set(["DTSTAMP:20260301T090000Z"]));
  });

  it("names the calendar and asks clients to refresh every 12 hours by default", () => {
    expect(feed).toContain("\r\nX-WR-CALNAME:Integrationspaten Alzey-Worms – Termine\r\n");
    expect(feed).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n");
    expect(feed).toContain("\r\nX-PUBLISHED-TTL:PT12H\r\n");
    expect(feed).not.toContain("PT1H");
    const daily = feedToIcs(occurrences, { ...feedOptions, refreshHours: 24 });
    expect(daily).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT24H\r\n");
    expect(daily).toContain("\r\nX-PUBLISHED-TTL:PT24H\r\n");
  });

  it("escapes the calendar name", () => {
    const text = feedToIcs(occurrences, {
      ...feedOptions,
      name: "Termine; Alzey, Worms \\ Kreis\nneu",
    });
    checkCalendar(text, "feed");
    expect(text).toContain("\r\nX-WR-CALNAME:Termine\\; Alzey\\, Worms \\\\ Kreis\\nneu\r\n");
    const parsed = parseWithIcalJs(text);
    expect(parsed.name).toBe("Termine; Alzey, Worms \\ Kreis\nneu");
    expect(parsed.rfc7986Name).toBe(parsed.name);
  });

  it("writes categories as German words", () => {
    expect(feed).toContain("\r\nCATEGORIES:Treffen\r\n");
    expect(feed).toContain("\r\nCATEGORIES:Fachvortrag\r\n");
    expect(feed).toContain("\r\nCATEGORIES:Workshop\r\n");
  });

  it("writes titles and descriptions in the language asked for, falling back to German", () => {
    const english = feedToIcs(occurrences, { ...feedOptions, locale: "en" });
    checkCalendar(english, "feed");
    expect(parseWithIcalJs(english).events).toEqual(dated.map((o) => expectedEvent(o, "en")));
    expect(english).toContain("SUMMARY:Get-together of all volunteers\r\n");
    expect(english).toContain(
      "DESCRIPTION:Austausch\\, Fragen\\, Neuigkeiten.\\nBitte anmelden\\; Gäste",
    );
    const arabic = feedToIcs(occurrences, { ...feedOptions, locale: "ar" });
    expect(parseWithIcalJs(arabic).events).toEqual(dated.map((o) => expectedEvent(o, "ar")));
  });

  it("takes the page of each date from the url option, else from the event", () => {
    const text = feedToIcs(occurrences, {
      ...feedOptions,
      url: (o) =>
        o.event.kind === "meeting"
          ? `https://Integration.Musterland.example/Termine/${o.id}`
          : undefined,
    });
    checkCalendar(text, "feed");
    const events = parseWithIcalJs(text).events;
    expect(events.find((e) => e.uid.startsWith("stammtisch-20260303"))?.url).toBe(
      "https://integration.musterland.example/Termine/stammtisch-20260303",
    );
    expect(events.find((e) => e.uid.startsWith("vortrag-jobcenter"))?.url).toBeNull();
    expect(
      parseWithIcalJs(feed).events.find((e) => e.uid.startsWith("vortrag-jobcenter"))?.url,
    ).toBe("https://www.kreis-alzey-worms.example/termine/vortrag-jobcenter");
  });

  it("gives the same bytes for the same input, whatever the process time zone", () => {
    expect(feedToIcs(occurrences, feedOptions)).toBe(feed);
    expect(
      inProcessTimeZone("America/Los_Angeles", () => feedToIcs(occurrences, feedOptions)),
    ).toBe(feed);
    expect(
      inProcessTimeZone("Asia/Tokyo", () =>
        feedToIcs(expandOccurrences(programme, { timeZone: BERLIN }), feedOptions),
      ),
    ).toBe(feed);
  });

  it("writes an empty feed when there is nothing dated yet", () => {
    const text = feedToIcs(
      occurrences.filter((o) => !o.start),
      feedOptions,
    );
    expect(checkCalendar(text, "feed").events).toEqual([]);
    expect(parseWithIcalJs(text).events).toEqual([]);
  });

  it("refuses impossible options", () => {
    expect(() => feedToIcs(occurrences, { ...feedOptions, refreshHours: 0 })).toThrow(RangeError);
    expect(() => feedToIcs(occurrences, { ...feedOptions, refreshHours: 1.5 })).toThrow(RangeError);
    expect(() => feedToIcs(occurrences, { ...feedOptions, name: "  " })).toThrow(RangeError);
    expect(() => feedToIcs(occurrences, { ...feedOptions, domain: "not a domain" })).toThrow(
      RangeError,
    );
    expect(() =>
      feedToIcs(occurrences, { ...feedOptions, generatedAt: new Date(Number.NaN) }),
    ).toThrow(RangeError);
  });
});

describe("changes that subscribed calendars must not miss", () => {
  const talk = (extra: Partial<ProgrammeEventInput> = {}, start = "18:00", end = "19:30") =>
    single("vortrag-schule", "2026-09-15", start, end, {
      title: { de: "Fachvortrag: Schule", en: "Expert talk: school" },
      location: "Kreishaus, Raum 1",
      ...extra,
    });
  const publish = (event: ProgrammeEvent, published: PublishedCalendarState) => {
    const revised = reviseSequences(expandOccurrences([event], { timeZone: BERLIN }), published);
    const text = feedToIcs(revised.occurrences, feedOptions);
    checkCalendar(text, "feed");
    const [read] = parseWithIcalJs(text).events;
    if (!read) throw new Error("one event");
    return { read, text, state: revised.state };
  };

  it("cancelling a single date raises SEQUENCE and prefixes the SUMMARY, without touching revision", () => {
    const [occurrence] = expandOccurrences([talk({ status: "cancelled" })], { timeZone: BERLIN });
    if (!occurrence) throw new Error("one occurrence");
    const text = occurrenceToIcs(occurrence, { domain: DOMAIN, generatedAt: GENERATED_AT });
    checkCalendar(text, "single");
    const [read] = parseWithIcalJs(text).events;
    expect(read?.status).toBe("CANCELLED");
    expect(read?.sequence).toBeGreaterThanOrEqual(1);
    expect(read?.summary.startsWith("Abgesagt: ")).toBe(true);
    expect(read?.summary).toBe("Abgesagt: Fachvortrag: Schule");
    expect(parseWithIcalJs(feedToIcs([occurrence], feedOptions)).events[0]?.sequence).toBe(
      read?.sequence,
    );
  });

  it("prefixes cancelled dates in the language of their title", () => {
    const occurrences = expandOccurrences([talk({ status: "cancelled" })], { timeZone: BERLIN });
    const summary = (locale: string) =>
      parseWithIcalJs(feedToIcs(occurrences, { ...feedOptions, locale })).events[0]?.summary;
    expect(summary("en")).toBe("Cancelled: Expert talk: school");
    expect(summary("en-GB")).toBe("Cancelled: Expert talk: school");
    expect(summary("de-AT")).toBe("Abgesagt: Fachvortrag: Schule");
    // No Arabic title: it falls back to German, and so does its prefix.
    expect(summary("ar")).toBe("Abgesagt: Fachvortrag: Schule");
  });

  it("raises SEQUENCE when a date is moved or relocated in place, given the published state", () => {
    const first = publish(talk(), {});
    expect(first.read.sequence).toBe(0);
    const later = publish(talk({}, "19:00", "20:30"), first.state);
    expect(later.read).toMatchObject({ start: "2026-09-15T17:00:00.000Z", sequence: 1 });
    const elsewhere = publish(talk({ location: "Rathaus Alzey" }, "19:00", "20:30"), later.state);
    expect(elsewhere.read).toMatchObject({ location: "Rathaus Alzey", sequence: 2 });
    const cancelled = publish(
      talk({ location: "Rathaus Alzey", status: "cancelled" }, "19:00", "20:30"),
      elsewhere.state,
    );
    expect(cancelled.read).toMatchObject({ status: "CANCELLED", sequence: 3 });
  });

  it("keeps SEQUENCE and the bytes when nothing changed since the last publication", () => {
    const first = publish(talk({}, "19:00", "20:30"), {});
    const moved = publish(talk(), first.state);
    const again = publish(talk(), moved.state);
    expect(again.read.sequence).toBe(1);
    expect(again.state).toEqual(moved.state);
    expect(again.text).toBe(moved.text);
  });
});

describe("daylight saving time in the calendar file", () => {
  const events = [
    single("sa-maerz", "2026-03-28", "18:00", "19:30"),
    single("so-maerz", "2026-03-29", "18:00", "19:30"),
    single("nacht-maerz", "2026-03-29", "02:30", "04:00"),
    single("sa-oktober", "2026-10-24", "18:00", "19:30"),
    single("so-oktober", "2026-10-25", "18:00", "19:30"),
    single("nacht-oktober", "2026-10-25", "02:30", "03:30"),
    weekly("dienstag", { weekday: 2, from: "2026-03-24", until: "2026-03-31" }),
    weekly("herbst", { weekday: 2, from: "2026-10-20", until: "2026-10-27" }),
  ];
  const list = expandOccurrences(events, { timeZone: BERLIN });
  const text = feedToIcs(list, feedOptions);
  const starts = Object.fromEntries(
    parseWithIcalJs(text).events.map((e) => [e.uid.split("@")[0], [e.start, e.end]]),
  );

  it("is well-formed", () => {
    checkCalendar(text, "feed");
  });

  it("writes Berlin 18:00 as 17:00Z before and 16:00Z after the March switch", () => {
    expect(text).toContain("DTSTART:20260328T170000Z\r\n");
    expect(text).toContain("DTSTART:20260329T160000Z\r\n");
    expect(starts["sa-maerz"]).toEqual(["2026-03-28T17:00:00.000Z", "2026-03-28T18:30:00.000Z"]);
    expect(starts["so-maerz"]).toEqual(["2026-03-29T16:00:00.000Z", "2026-03-29T17:30:00.000Z"]);
    expect(starts["dienstag-20260324"]?.[0]).toBe("2026-03-24T17:00:00.000Z");
    expect(starts["dienstag-20260331"]?.[0]).toBe("2026-03-31T16:00:00.000Z");
  });

  it("writes Berlin 18:00 as 16:00Z before and 17:00Z after the October switch", () => {
    expect(starts["sa-oktober"]).toEqual(["2026-10-24T16:00:00.000Z", "2026-10-24T17:30:00.000Z"]);
    expect(starts["so-oktober"]).toEqual(["2026-10-25T17:00:00.000Z", "2026-10-25T18:30:00.000Z"]);
    expect(starts["herbst-20261020"]?.[0]).toBe("2026-10-20T16:00:00.000Z");
    expect(starts["herbst-20261027"]?.[0]).toBe("2026-10-27T17:00:00.000Z");
  });

  it("writes the skipped 02:30 of 29 March as 03:30 CEST and the repeated 02:30 of 25 October as the first", () => {
    expect(starts["nacht-maerz"]).toEqual(["2026-03-29T01:30:00.000Z", "2026-03-29T02:00:00.000Z"]);
    expect(starts["nacht-oktober"]).toEqual([
      "2026-10-25T00:30:00.000Z",
      "2026-10-25T02:30:00.000Z",
    ]);
  });
});

describe("occurrenceToIcs", () => {
  const occurrence = byId("stammtisch-20260331");
  const text = occurrenceToIcs(occurrence, { domain: DOMAIN, generatedAt: GENERATED_AT });

  it("writes one well-formed event with the same UID and SEQUENCE as the feed", () => {
    checkCalendar(text, "single");
    expect(parseWithIcalJs(text).events).toEqual([expectedEvent(occurrence)]);
    expect(text).not.toContain("X-WR-CALNAME");
  });

  it("keeps a cancelled date cancelled", () => {
    const cancelled = occurrenceToIcs(byId("stammtisch-20260317"), {
      domain: DOMAIN,
      generatedAt: GENERATED_AT,
    });
    checkCalendar(cancelled, "single");
    expect(parseWithIcalJs(cancelled).events[0]).toMatchObject({
      status: "CANCELLED",
      summary: "Abgesagt: Stammtisch der Integrationspatinnen und -paten",
      sequence: 1,
    });
  });

  it("refuses a date that has no time yet", () => {
    expect(() =>
      occurrenceToIcs(byId("zertifikate"), { domain: DOMAIN, generatedAt: GENERATED_AT }),
    ).toThrow(/no time yet/);
  });

  it("names the file after the occurrence", () => {
    expect(calendarFileName(occurrence)).toBe("stammtisch-20260331.ics");
  });
});

describe("text the ics package would let through", () => {
  const withText = (title: string, description?: string): Occurrence => {
    const [o] = expandOccurrences(
      [
        single("text", "2026-05-05", "18:00", "19:00", {
          title: { de: title },
          ...(description ? { description: { de: description } } : {}),
        }),
      ],
      { timeZone: BERLIN },
    );
    if (!o) throw new Error("fixture");
    return o;
  };

  it("turns CRLF and a lone CR into a newline instead of a raw line break", () => {
    const text = feedToIcs([withText("Eins\rZwei", "Drei\r\nVier\rFünf\nSechs")], feedOptions);
    checkCalendar(text, "feed");
    expect(parseWithIcalJs(text).events[0]).toMatchObject({
      summary: "Eins\nZwei",
      description: "Drei\nVier\nFünf\nSechs",
    });
  });

  it("drops control characters, which TEXT does not allow", () => {
    const text = feedToIcs(
      [withText("Glocke\u0007 und\u0000 Escape\u001b", "Tab\tbleibt")],
      feedOptions,
    );
    checkCalendar(text, "feed");
    expect(parseWithIcalJs(text).events[0]).toMatchObject({
      summary: "Glocke und Escape",
      description: "Tab\tbleibt",
    });
  });

  it("writes a lone UTF-16 surrogate, which has no UTF-8 form, as U+FFFD", () => {
    const text = feedToIcs([withText("Kaputt \uD83D Ende")], feedOptions);
    checkCalendar(text, "feed");
    expect(parseWithIcalJs(text).events[0]?.summary).toBe("Kaputt \uFFFD Ende");
  });

  it("folds long lines of multi-octet text at 75 octets, not 75 characters", () => {
    const title =
      "Ärztliche Begleitung – Übersetzung ins Arabische: مرافقة إلى الطبيب والترجمة الفورية 🩺".repeat(
        3,
      );
    const text = feedToIcs([withText(title)], feedOptions);
    checkCalendar(text, "feed");
    expect(parseWithIcalJs(text).events[0]?.summary).toBe(title);
  });
});
