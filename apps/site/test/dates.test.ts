import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expandOccurrences, isDated, nextOccurrence } from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import { district, siteEnvironment } from "../src/config.ts";
import { headersFor, parseHeadersFile } from "../src/integrations/security-headers.ts";
import { validateDateFiles } from "../src/lib/programme-files.ts";
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

  it("seed the example programme: expert talks, workshops, the ceremony, and the spring meeting as tentative", () => {
    const result = validateDateFiles(files);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const kinds = new Set(result.entries.map((e) => e.event.kind));
    expect([...kinds].sort()).toEqual(["ceremony", "expert_talk", "meeting", "workshop"]);
    const meeting = result.entries.find((e) => e.event.kind === "meeting");
    expect(meeting?.event.when).toEqual({ type: "tentative", year: 2027, season: "spring" });
    const ceremony = result.entries.find((e) => e.event.kind === "ceremony");
    expect(ceremony?.example).toBe(true);
    expect(ceremony?.event.description?.de).toMatch(/Beispiel/);
  });

  it("name the file and the field when a date is wrong", () => {
    const bad = [
      {
        name: "vortrag.json",
        text: JSON.stringify({
          id: "vortrag",
          kind: "expert_talk",
          title: { de: "Vortrag" },
          when: { type: "single", date: "2027-02-30", start: "18:00", end: "25:00" },
        }),
      },
    ];
    const result = validateDateFiles(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      "src/content/dates/vortrag.json › when.date: Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).",
      "src/content/dates/vortrag.json › when.end: Bitte geben Sie eine Uhrzeit im Format SS:MM an.",
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

  it("write the subscription feed /termine.ics with every dated occurrence and stable UIDs", () => {
    const feed = read(join(DIST, "termine.ics"));
    expect(feed.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const occurrence of dated) {
      expect(feed).toContain(`UID:${occurrence.id}@${district.domain}`);
    }
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(dated.length);
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
    expect(volunteers).toContain("UID:feierstunde-zertifikate@");
    expect(trainees).not.toContain("UID:feierstunde-zertifikate@");
    expect(trainees).toContain("UID:workshops-rolle-2027-20270206@");
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
      expect(highlighted.map((m) => m[1])).toEqual(next ? [next.id] : []);
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
