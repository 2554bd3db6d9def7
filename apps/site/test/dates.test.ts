import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  expandOccurrences,
  isDated,
  nextOccurrence,
  PROGRAMME_SESSIONS,
} from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import { district, siteEnvironment } from "../src/config.ts";
import { calendarPublication } from "../src/integrations/calendar-publish.ts";
import { headersFor, parseHeadersFile } from "../src/integrations/security-headers.ts";
import {
  CALENDAR_PUBLISH_COMMAND,
  PUBLISHED_CALENDAR_FILE,
  programmeSequences,
  readPublishedCalendar,
  staleCalendarMessage,
} from "../src/lib/calendar-sequences.ts";
import { validateDateFiles, WORKSPACE_KINDS } from "../src/lib/programme-files.ts";
import { DIST, read, requireBuild } from "./support/dist.ts";

const DATES_DIR = new URL("../src/content/dates/", import.meta.url);
const files = readdirSync(DATES_DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({ name, text: readFileSync(new URL(name, DATES_DIR), "utf8") }));

describe("the date files (src/content/dates/*.json)", () => {
  it("are valid for the domain's schemas", () => {
    const result = validateDateFiles(files);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("hold the ceremony and the spring meeting (tentative), and no training session: the workspace is their one source", () => {
    const result = validateDateFiles(files);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const kinds = new Set(result.entries.map((e) => e.event.kind));
    expect([...kinds].sort()).toEqual(["ceremony", "meeting"]);
    expect(result.entries.filter((e) => WORKSPACE_KINDS.includes(e.event.kind))).toEqual([]);
    const meeting = result.entries.find((e) => e.event.kind === "meeting");
    expect(meeting?.event.when).toEqual({ type: "tentative", year: 2027, season: "spring" });
    const ceremony = result.entries.find((e) => e.event.kind === "ceremony");
    expect(ceremony?.example).toBe(true);
    // What the editors have to do is an editorNote, which no page shows (unfinished.ts).
    expect(ceremony?.event.description?.de).not.toMatch(/Bitte|Beispiel/);
  });

  it("name the file and the field when a date is wrong", () => {
    const bad = [
      {
        name: "vortrag.json",
        text: JSON.stringify({
          id: "vortrag",
          kind: "meeting",
          title: { de: "Vortrag" },
          when: { type: "single", date: "2027-02-30", start: "18:00", end: "25:00" },
        }),
      },
    ];
    const result = validateDateFiles(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      "src/content/dates/vortrag.json › when.date: Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).",
      "src/content/dates/vortrag.json › when.end: Bitte geben Sie eine Uhrzeit im Format HH:MM an (z. B. 18:30).",
    ]);
  });

  it("refuse an expert talk or a workshop, which the coordinators' workspace manages", () => {
    const result = validateDateFiles(
      ["expert_talk", "workshop"].map((kind) => ({
        name: `${kind}.json`,
        text: JSON.stringify({
          id: kind,
          kind,
          title: { de: "Schulung" },
          when: { type: "single", date: "2027-03-02", start: "18:00", end: "19:30" },
        }),
      })),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.split(": ")[0])).toEqual([
      "src/content/dates/expert_talk.json › kind",
      "src/content/dates/workshop.json › kind",
    ]);
    expect(result.ok ? "" : result.errors[0]).toContain(
      "Fachvorträge und Workshops werden im Arbeitsbereich der Koordination gepflegt",
    );
  });

  it("reject a module the district's curriculum does not describe", () => {
    const result = validateDateFiles(
      [
        {
          name: "vortrag.json",
          text: JSON.stringify({
            id: "vortrag",
            kind: "other",
            module: "steuern",
            title: { de: "Steuern" },
            when: { type: "single", date: "2027-03-02", start: "18:00", end: "19:30" },
          }),
        },
      ],
      "src/content/dates",
      ["behoerden", "schule"],
    );
    expect(result.ok ? [] : result.errors).toEqual([
      "src/content/dates/vortrag.json › module: Das Modul „steuern“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben; bekannt sind „behoerden“, „schule“.",
    ]);
  });

  it("reject broken JSON, a wrong example flag, an id that is not the file name and duplicate ids", () => {
    const result = validateDateFiles([
      { name: "a.json", text: "{ nope" },
      { name: "b.json", text: JSON.stringify({ id: "b", example: "yes" }) },
      { name: "c.json", text: JSON.stringify({ id: "other" }) },
    ]);
    expect(result.ok ? [] : result.errors.map((e) => e.split(":")[0])).toEqual([
      "src/content/dates/a.json",
      "src/content/dates/b.json › example",
      "src/content/dates/c.json › id",
    ]);
  });
});

describe("the published calendar state (src/content/calendar-published.json)", () => {
  const SITE_ROOT = new URL("../", import.meta.url);
  const committed = () =>
    readPublishedCalendar(readFileSync(new URL(PUBLISHED_CALENDAR_FILE, SITE_ROOT), "utf8"));

  it("is up to date with the date files (run the command in the message, then commit the file)", async () => {
    const publication = await calendarPublication(SITE_ROOT);
    expect(publication.stale, staleCalendarMessage(publication.changed)).toBe(false);
  });

  it("becomes stale when a date moves in place, and the move raises that date's SEQUENCE", () => {
    const moved = files.map((file) =>
      file.name === "feierstunde-zertifikate.json"
        ? { ...file, text: file.text.replace('"start": "17:00"', '"start": "17:30"') }
        : file,
    );
    const result = validateDateFiles(moved);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const state = committed();
    const revised = programmeSequences(
      result.entries.map((e) => e.event),
      state,
    );
    expect(revised.changed).toEqual(["feierstunde-zertifikate"]);
    expect(revised.state["feierstunde-zertifikate"]?.sequence).toBe(
      (state["feierstunde-zertifikate"]?.sequence ?? Number.NaN) + 1,
    );
  });

  it("says, in German first and then in English, which command updates it", () => {
    const [german, english, ...rest] = staleCalendarMessage(["vortrag"]).split("\n");
    expect(rest).toEqual([]);
    expect(CALENDAR_PUBLISH_COMMAND).toBe("pnpm --filter @integrationspaten/site calendar:publish");
    expect(german).toMatch(/^src\/content\/calendar-published\.json ist veraltet: .*\(vortrag\)/);
    expect(german).toContain(`Führen Sie \`${CALENDAR_PUBLISH_COMMAND}\` aus`);
    expect(english).toMatch(/^src\/content\/calendar-published\.json is stale: .*\(vortrag\)/);
    expect(english).toContain(`Run \`${CALENDAR_PUBLISH_COMMAND}\``);
    const pkg = JSON.parse(readFileSync(new URL("package.json", SITE_ROOT), "utf8"));
    expect(pkg.scripts["calendar:publish"]).toBeDefined();
  });

  it("refuses a state file that was edited into something else, naming the file and the command", () => {
    expect(() => readPublishedCalendar('{ "vortrag": { "sequence": -1 } }')).toThrow(
      /calendar-published\.json ist ungültig[\s\S]*calendar:publish/,
    );
    expect(() => readPublishedCalendar("{ nope")).toThrow(/kein gültiges JSON/);
    expect(readPublishedCalendar(undefined)).toEqual({});
  });
});

describe("the built dates", () => {
  requireBuild();
  const result = validateDateFiles(files);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  const occurrences = expandOccurrences(
    result.entries.map((e) => e.event),
    { timeZone: district.timeZone },
  );
  const dated = occurrences.filter(isDated);
  const rules = parseHeadersFile(read(join(DIST, "_headers")));
  /*
   * dist/ is built as CI builds it, without SESSIONS_URL; should a developer's build have
   * read sessions, their entries are left to workspace-sessions-build.test.ts.
   */
  const SESSION_UID = `UID:${PROGRAMME_SESSIONS.eventIdPrefix}`;
  const fileEvents = (text: string) =>
    text
      .split("BEGIN:VEVENT")
      .slice(1)
      .filter((v) => !v.includes(`\r\n${SESSION_UID}`));

  it("write the subscription feed /termine.ics with every dated occurrence and stable UIDs", () => {
    const feed = read(join(DIST, "termine.ics"));
    expect(feed.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const occurrence of dated) {
      expect(feed).toContain(`UID:${occurrence.id}@${district.domain}`);
    }
    expect(fileEvents(feed)).toHaveLength(dated.length);
    // Tentative dates stay out of calendar files until they have a time.
    expect(feed).not.toContain("treffen-fruehjahr-2027");
  });

  it("write one calendar file per dated occurrence at /termine/<id>.ics", () => {
    for (const occurrence of dated) {
      const file = join(DIST, "termine", `${occurrence.id}.ics`);
      expect(existsSync(file), file).toBe(true);
      const text = read(file);
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(text).toContain(`UID:${occurrence.id}@${district.domain}`);
      expect(text).toContain(
        occurrence.status === "cancelled" ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
      );
    }
    expect(existsSync(join(DIST, "termine", "treffen-fruehjahr-2027.ics"))).toBe(false);
  });

  it("carry in every calendar file and feed the SEQUENCE the published state records", () => {
    const state = readPublishedCalendar(read(join(DIST, "..", PUBLISHED_CALENDAR_FILE)));
    const icsFiles = readdirSync(DIST, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".ics"));
    let checked = 0;
    for (const file of icsFiles) {
      const text = read(join(DIST, file)).replace(/\r\n /g, "");
      for (const vevent of fileEvents(text)) {
        const uid = /\r\nUID:([^@\r]+)@/.exec(vevent)?.[1] ?? "";
        const sequence = /\r\nSEQUENCE:(\d+)\r\n/.exec(vevent)?.[1];
        expect(state[uid], `${file}: ${uid} is in ${PUBLISHED_CALENDAR_FILE}`).toBeDefined();
        expect(Number(sequence), `${file}: SEQUENCE of ${uid}`).toBe(state[uid]?.sequence);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(dated.length);
  });

  it("say that a cancelled date is cancelled in its title, in German and in English", () => {
    const summaries = (file: string) =>
      new Map(
        fileEvents(read(join(DIST, file)).replace(/\r\n /g, "")).map((v) => [
          /\r\nUID:([^@\r]+)@/.exec(v)?.[1],
          /\r\nSUMMARY:([^\r]*)/.exec(v)?.[1]?.replace(/\\([\\;,])/g, "$1"),
        ]),
      );
    const german = summaries("termine.ics");
    const english = summaries("en/dates.ics");
    for (const occurrence of dated.filter((o) => o.status === "cancelled")) {
      expect(german.get(occurrence.id)).toBe(`Abgesagt: ${occurrence.event.title.de}`);
      expect(english.get(occurrence.id)).toBe(
        `Cancelled: ${occurrence.event.title.en ?? occurrence.event.title.de}`,
      );
      expect(summaries(`termine/${occurrence.id}.ics`).get(occurrence.id)).toBe(
        `Abgesagt: ${occurrence.event.title.de}`,
      );
    }
    for (const occurrence of dated.filter((o) => o.status !== "cancelled")) {
      expect(german.get(occurrence.id)).toBe(occurrence.event.title.de);
      expect(english.get(occurrence.id)).toBe(
        occurrence.event.title.en ?? occurrence.event.title.de,
      );
    }
    // Cancelled sessions from the workspace: workspace-sessions-build.test.ts.
  });

  it("serve every calendar file as text/calendar in UTF-8 (the _headers file)", () => {
    const icsFiles = readdirSync(DIST, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".ics"))
      .map((f) => `/${f.split("\\").join("/")}`);
    expect(icsFiles.length).toBeGreaterThan(dated.length);
    for (const path of icsFiles) {
      expect(headersFor(rules, path).get("content-type"), path).toBe(
        "text/calendar; charset=utf-8",
      );
    }
  });

  it("offer per-audience feeds with only that audience's dates", () => {
    const volunteers = read(join(DIST, "termine/zielgruppe/patinnen-und-paten.ics"));
    const trainees = read(join(DIST, "termine/zielgruppe/teilnehmende.ics"));
    const everyone = read(join(DIST, "termine/zielgruppe/oeffentlich.ics"));
    expect(volunteers).toContain("UID:feierstunde-zertifikate@");
    expect(everyone).toContain("UID:feierstunde-zertifikate@");
    expect(trainees).not.toContain("UID:feierstunde-zertifikate@");
    // The trainees' feed is fed by the workspace's sessions: workspace-sessions-build.test.ts.
    expect(trainees.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  });

  it("show upcoming dates by month with the next one highlighted, a subscribe block and past dates", () => {
    for (const path of ["termine/index.html", "en/dates/index.html"]) {
      const html = read(join(DIST, path));
      const highlighted = [
        ...html.matchAll(/<article class="event event--next[^"]*" id="([^"]+)"/g),
      ];
      const builtAt = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(read(join(DIST, "termine.ics")))?.[1] ?? "";
      const buildTime = new Date(
        builtAt.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, "$1-$2-$3T$4:$5:$6Z"),
      );
      const next = nextOccurrence(occurrences, buildTime);
      const highlightedIds = highlighted.map((m) => m[1]);
      // A session read by a developer's build may come first (see above).
      if (!highlightedIds[0]?.startsWith(PROGRAMME_SESSIONS.eventIdPrefix)) {
        expect(highlightedIds).toEqual(next ? [next.id] : []);
      }
      const host = siteEnvironment.siteUrl.host;
      expect(html).toContain(`href="webcal://${host}/`);
      expect(html).toContain(`${siteEnvironment.siteUrl.origin}/`);
      expect(html).toMatch(/Google/);
      expect(html).toMatch(/Outlook/);
      expect(html).toMatch(/Apple/);
      for (const occurrence of dated) {
        expect(html).toContain(`href="/termine/${occurrence.id}.ics"`);
      }
      expect(html).toContain('id="past-heading"');
    }
  });
});
