import * as z from "zod";
import {
  idSchema,
  isoDateSchema,
  keyed,
  localTimeSchema,
  weekdaySchema,
} from "../schemas/common.js";
import { seriesDates } from "./recurrence.js";

/** Title or description of a date: German required, English optional (falls back to German). */
export const eventTextSchema = z
  .object({
    de: z.string().trim().min(1),
    en: z.string().trim().min(1).optional(),
  })
  .catchall(z.string().trim().min(1));
export type EventText = z.output<typeof eventTextSchema>;

/**
 * What kind of date it is: the two training formats, the meeting of all volunteers, the
 * ceremony where certificates are handed over, or anything else.
 */
export const eventKindSchema = z.enum(["expert_talk", "workshop", "meeting", "ceremony", "other"], {
  error: keyed("field.invalidChoice"),
});
export type EventKind = z.output<typeof eventKindSchema>;

/** Who a date is for; feeds can be filtered by it. */
export const audienceSchema = z.enum(["trainees", "volunteers", "public"], {
  error: keyed("field.invalidChoice"),
});
export type Audience = z.output<typeof audienceSchema>;

/** A time window on one local day. */
const timeWindow = {
  /** Local start time `HH:MM`. */
  start: localTimeSchema,
  /** Local end time `HH:MM`, after the start (same day). */
  end: localTimeSchema,
};
const endAfterStart: [
  (w: { start: string; end: string }) => boolean,
  { error: string; path: string[] },
] = [(w) => w.start < w.end, { error: "time.range", path: ["end"] }];

/** A single dated appointment. */
export const singleWhenSchema = z
  .object({
    type: z.literal("single"),
    /** Local calendar day. */
    date: isoDateSchema,
    ...timeWindow,
  })
  .refine(...endAfterStart);

/**
 * A date known only roughly — "Frühjahr 2027, Termin folgt". Shown on the site, left out of
 * calendar files until it has a time.
 */
export const tentativeWhenSchema = z
  .object({
    type: z.literal("tentative"),
    /** Year it is planned for. */
    year: z.number().int().min(2000).max(2100),
    /** Season, when only the season is known. */
    season: z.enum(["spring", "summer", "autumn", "winter"]).optional(),
    /** Month (1–12), when the month is known. Give either a season or a month, not both. */
    month: z.number().int().min(1).max(12).optional(),
  })
  .refine((t) => t.season === undefined || t.month === undefined, {
    error: "schedule.seasonOrMonth",
    path: ["month"],
  });

/** How a series repeats. */
export const recurrenceSchema = z.discriminatedUnion("frequency", [
  z.object({
    /** Every `interval` weeks on `weekday` (e.g. every second Tuesday). */
    frequency: z.literal("weekly"),
    interval: z.number().int().min(1).max(52).default(1),
    weekday: weekdaySchema,
  }),
  z.object({
    /** Monthly on the n-th `weekday` (1–4, or -1 for the last), e.g. first Thursday. */
    frequency: z.literal("monthly"),
    weekday: weekdaySchema,
    ordinal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
]);
export type Recurrence = z.output<typeof recurrenceSchema>;

/**
 * A change to one occurrence of a series, addressed by its original date. The occurrence
 * keeps its identity (calendar UID); its `revision` grows so calendars replace it.
 */
export const seriesExceptionSchema = z.object({
  /** Original local date of the occurrence. */
  date: isoDateSchema,
  /** `cancelled` keeps the occurrence visible as cancelled; `moved` gives it a new time. */
  status: z.enum(["cancelled", "moved"]),
  /** New day, for `moved` (defaults to the original day). */
  newDate: isoDateSchema.optional(),
  /** New start time, for `moved`. */
  start: localTimeSchema.optional(),
  /** New end time, for `moved`. */
  end: localTimeSchema.optional(),
  /** New place, for `moved`. */
  location: z.string().trim().min(1).max(200).optional(),
  /** How often this occurrence was changed; at least 1. */
  revision: z.number().int().min(1).default(1),
});
export type SeriesException = z.output<typeof seriesExceptionSchema>;

/** A repeating date: every occurrence from `from` up to `until` (inclusive). */
export const seriesWhenSchema = z
  .object({
    type: z.literal("series"),
    recurrence: recurrenceSchema,
    /** First local day the series may start on. */
    from: isoDateSchema,
    /** Last local day (inclusive). */
    until: isoDateSchema,
    ...timeWindow,
    /** Cancelled or moved occurrences. */
    exceptions: z.array(seriesExceptionSchema).default([]),
  })
  .refine(...endAfterStart)
  .refine((s) => s.from <= s.until, { error: "time.range", path: ["until"] })
  .superRefine(checkExceptions);

const isIsoDate = (value: string) => isoDateSchema.safeParse(value).success;
const isLocalTime = (value: string | undefined) =>
  value === undefined || localTimeSchema.safeParse(value).success;

/**
 * Every exception must address a real occurrence of the series, at most once, and a move
 * must change something and still end after it starts. Runs only on otherwise sane input,
 * so one typo is not reported three times.
 */
function checkExceptions(
  series: {
    recurrence: Recurrence;
    from: string;
    until: string;
    start: string;
    end: string;
    exceptions: SeriesException[];
  },
  ctx: z.RefinementCtx,
): void {
  if (!isIsoDate(series.from) || !isIsoDate(series.until) || series.from > series.until) return;
  const dates = new Set(seriesDates(series));
  const seen = new Set<string>();
  series.exceptions.forEach((exception, index) => {
    if (!isIsoDate(exception.date)) return;
    const at = (field: string) => ["exceptions", index, field];
    if (!dates.has(exception.date)) {
      ctx.addIssue({
        code: "custom",
        message: "schedule.exceptionNotInSeries",
        params: { date: exception.date },
        path: at("date"),
        input: exception.date,
      });
    } else if (seen.has(exception.date)) {
      ctx.addIssue({
        code: "custom",
        message: "schedule.exceptionDuplicate",
        params: { date: exception.date },
        path: at("date"),
        input: exception.date,
      });
    }
    seen.add(exception.date);
    if (exception.status !== "moved") return;
    const { newDate, start, end, location } = exception;
    if (
      newDate === undefined &&
      start === undefined &&
      end === undefined &&
      location === undefined
    ) {
      ctx.addIssue({ code: "custom", message: "schedule.exceptionNoChange", path: at("status") });
      return;
    }
    if (!isLocalTime(start) || !isLocalTime(end)) return;
    if ((start ?? series.start) >= (end ?? series.end)) {
      ctx.addIssue({
        code: "custom",
        message: "time.range",
        path: at(end === undefined ? "start" : "end"),
      });
    }
  });
}

export const whenSchema = z.discriminatedUnion("type", [
  singleWhenSchema,
  tentativeWhenSchema,
  seriesWhenSchema,
]);
export type When = z.output<typeof whenSchema>;

/**
 * One date or series of the programme, as the district writes it in the site's content.
 * `id` is its identity: the calendar UID is derived from it and never changes, so updates
 * and cancellations replace the entry in people's calendars instead of duplicating it.
 */
export const programmeEventSchema = z.object({
  /** Stable id; never reuse or rename once published. */
  id: idSchema,
  /** Expert talk, workshop, meeting, ceremony or other. */
  kind: eventKindSchema,
  /** Who it is for. */
  audience: z.array(audienceSchema).min(1).default(["public"]),
  /** Title. */
  title: eventTextSchema,
  /** Longer text (optional). */
  description: eventTextSchema.optional(),
  /** Where it takes place. */
  location: z.string().trim().min(1).max(200).optional(),
  /** Page with more information. */
  url: z.url().optional(),
  /** Curriculum module, for training sessions. */
  module: idSchema.optional(),
  /**
   * `cancelled` stays visible (and in feeds, with STATUS:CANCELLED and „Abgesagt: …“ in the
   * SUMMARY); cancelling raises the SEQUENCE by one by itself.
   */
  status: z.enum(["confirmed", "cancelled"]).default("confirmed"),
  /**
   * Optional manual bump of the calendar SEQUENCE. Not needed for cancellations (they add
   * one) nor for a new time or place (`reviseSequences` notices those against the state last
   * published); raise it only to push another change, e.g. a corrected title, to calendars.
   */
  revision: z.number().int().min(0).default(0),
  /** When it happens. */
  when: whenSchema,
});
export type ProgrammeEvent = z.output<typeof programmeEventSchema>;
export type ProgrammeEventInput = z.input<typeof programmeEventSchema>;

/**
 * One concrete occurrence, with instants computed in the district's time zone. Tentative
 * dates (and cancelled tentative ones) have no day and no instants: check with `isDated`.
 */
export interface Occurrence {
  /**
   * Identity of the occurrence: the event id, plus `-YYYYMMDD` of the *original* date in a
   * series. A moved or cancelled occurrence keeps it, so calendars replace the entry.
   */
  id: string;
  /** The event it belongs to. */
  event: ProgrammeEvent;
  /** Local day it happens on (after a move), or undefined when tentative. */
  date?: string;
  /** Local day the series scheduled it on, before any move (series only). */
  originalDate?: string;
  /** Start instant, or undefined when tentative. */
  start?: Date;
  /** End instant, or undefined when tentative. */
  end?: Date;
  /** Location after any move. */
  location?: string;
  /**
   * Confirmed, cancelled (the event, or this occurrence of a series), or tentative (no time
   * yet). Cancellation wins: a cancelled event that never got a time is `cancelled` too.
   */
  status: "confirmed" | "cancelled" | "tentative";
  /** True when a series exception moved this occurrence (new day, time or place). */
  moved?: boolean;
  /**
   * The calendar SEQUENCE as derived from the content: event revision, plus one for a
   * cancelled event, plus a series exception's revision. `reviseSequences` raises it further
   * for changes made in place since the last publication.
   */
  sequence: number;
}

/** An occurrence with a day and a time: everything that can go into a calendar file. */
export type DatedOccurrence = Occurrence & { date: string; start: Date; end: Date };
