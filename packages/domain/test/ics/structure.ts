import ICAL from "ical.js";
import { expect } from "vitest";

/*
 * Our own checks of a calendar file. ical.js (like node-ical and python-icalendar) accepts
 * over-long lines, bare LF, a missing UID or DTSTAMP: that it parses proves little, so
 * every produced calendar goes through these checks *and* through ical.js.
 */

// ical.js knows neither X-WR-CALNAME nor RFC 7986's NAME and would hand back their raw,
// escaped value; both are TEXT, so tell it.
ICAL.design.icalendar.property["x-wr-calname"] = { defaultType: "text" };
ICAL.design.icalendar.property.name = { defaultType: "text" };

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true });

export interface CheckedCalendar {
  /** Unfolded content lines, without the line breaks. */
  lines: string[];
  /** Properties of each VEVENT by name (values unparsed, as written). */
  events: Map<string, string[]>[];
  /** Properties of the VCALENDAR itself. */
  calendar: Map<string, string[]>;
}

const NAME = (line: string) => line.slice(0, line.search(/[:;]/));
const VALUE = (line: string) => line.slice(line.indexOf(":") + 1);

/** Asserts RFC 5545 structure, line by line and octet by octet, and returns what it read. */
export function checkCalendar(text: string, kind: "feed" | "single"): CheckedCalendar {
  // Line ends: CRLF only, and the file ends with one.
  expect(text.endsWith("\r\n"), "ends with CRLF").toBe(true);
  expect(/\r(?!\n)/.test(text), "no bare CR").toBe(false);
  expect(/(?<!\r)\n/.test(text), "no bare LF").toBe(false);

  // Physical lines: ≤ 75 octets, each one valid UTF-8 on its own (no split sequence),
  // continuations start with exactly one space.
  const bytes = encoder.encode(text);
  let lineStart = 0;
  const physical: string[] = [];
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(lineStart, i);
      expect(
        line.length,
        `line ${physical.length + 1} has ${line.length} octets`,
      ).toBeLessThanOrEqual(75);
      physical.push(strictDecoder.decode(line)); // throws on a split UTF-8 sequence
      lineStart = i + 2;
      i++;
    }
  }
  expect(lineStart, "nothing after the last CRLF").toBe(bytes.length);
  for (const line of physical) {
    expect(line.startsWith("\t"), "no TAB continuation").toBe(false);
    expect(line.length > 0, "no empty line").toBe(true);
  }

  const lines = text.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
  for (const line of lines) {
    expect(line, "content line shape").toMatch(/^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:/);
    expect(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
      /[\u0000-\u0008\u000A-\u001F\u007F]/.test(line),
      `no control characters in ${NAME(line)}`,
    ).toBe(false);
  }

  // Components: exactly one VCALENDAR around everything, VEVENTs inside, nothing nested.
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  expect(lines.filter((l) => l === "BEGIN:VCALENDAR")).toHaveLength(1);
  expect(lines.filter((l) => l === "END:VCALENDAR")).toHaveLength(1);
  const calendar = new Map<string, string[]>();
  const events: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  for (const line of lines.slice(1, -1)) {
    if (line === "BEGIN:VEVENT") {
      expect(current, "VEVENTs are not nested").toBeUndefined();
      current = new Map();
      continue;
    }
    if (line === "END:VEVENT") {
      expect(current, "END:VEVENT closes a VEVENT").toBeDefined();
      if (current) events.push(current);
      current = undefined;
      continue;
    }
    expect(line.startsWith("BEGIN:") || line.startsWith("END:"), `unexpected ${line}`).toBe(false);
    const target = current ?? calendar;
    const name = NAME(line);
    target.set(name, [...(target.get(name) ?? []), line]);
  }
  expect(current, "every VEVENT is closed").toBeUndefined();

  const one = (props: Map<string, string[]>, name: string) => {
    expect(props.get(name), name).toHaveLength(1);
    return props.get(name)?.[0] ?? "";
  };
  expect(one(calendar, "VERSION")).toBe("VERSION:2.0");
  expect(one(calendar, "PRODID")).toMatch(/^PRODID:-\/\/.+\/\/.+\/\/[A-Z]{2}$/);
  expect(one(calendar, "METHOD")).toBe("METHOD:PUBLISH");
  if (kind === "feed") {
    expect(one(calendar, "X-WR-CALNAME")).toMatch(/^X-WR-CALNAME:./);
    expect(one(calendar, "REFRESH-INTERVAL")).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT\d+H$/);
    expect(one(calendar, "X-PUBLISHED-TTL")).toMatch(/^X-PUBLISHED-TTL:PT\d+H$/);
    expect(VALUE(one(calendar, "REFRESH-INTERVAL"))).toBe(VALUE(one(calendar, "X-PUBLISHED-TTL")));
  } else {
    expect(calendar.has("X-PUBLISHED-TTL"), "a single file is no subscription").toBe(false);
    expect(events).toHaveLength(1);
  }

  const uids = new Set<string>();
  for (const event of events) {
    const uid = VALUE(one(event, "UID"));
    expect(uids.has(uid), `UID ${uid} is unique`).toBe(false);
    uids.add(uid);
    for (const name of ["DTSTAMP", "DTSTART", "DTEND"]) {
      expect(one(event, name)).toMatch(new RegExp(`^${name}:\\d{8}T\\d{6}Z$`));
    }
    expect(one(event, "SEQUENCE")).toMatch(/^SEQUENCE:\d+$/);
    expect(one(event, "STATUS")).toMatch(/^STATUS:(CONFIRMED|CANCELLED)$/);
    expect(VALUE(one(event, "DTEND")) > VALUE(one(event, "DTSTART")), "DTEND after DTSTART").toBe(
      true,
    );
  }
  return { lines, events, calendar };
}

/** What a calendar client reads back from one VEVENT. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  start: string;
  end: string;
  status: string | null;
  sequence: number;
  categories: string[];
  url: string | null;
}

/** Parses a calendar with ical.js (Mozilla's parser) and reads back every VEVENT. */
export function parseWithIcalJs(text: string): {
  name: string | null;
  rfc7986Name: string | null;
  events: ParsedEvent[];
} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const value = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null || v === undefined ? null : String(v);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      description: value("description"),
      location: value("location"),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: value("status"),
      sequence: event.sequence,
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      url: value("url"),
    };
  });
  const text_ = (name: string) => {
    const value = calendar.getFirstPropertyValue(name);
    return value === null ? null : String(value);
  };
  return { name: text_("x-wr-calname"), rfc7986Name: text_("name"), events };
}
