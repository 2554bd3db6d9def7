import {
  type ProgrammeEvent,
  type ProgrammeEventInput,
  programmeEventSchema,
} from "../../src/schedule/schema.js";

export const BERLIN = "Europe/Berlin";

/** A parsed programme event; `when` and anything else can be overridden. */
export function programmeEvent(
  id: string,
  when: ProgrammeEventInput["when"],
  extra: Partial<ProgrammeEventInput> = {},
): ProgrammeEvent {
  return programmeEventSchema.parse({
    id,
    kind: "expert_talk",
    title: { de: `Termin ${id}`, en: `Date ${id}` },
    when,
    ...extra,
  });
}

/** A single date. */
export function single(
  id: string,
  date: string,
  start = "18:00",
  end = "19:30",
  extra: Partial<ProgrammeEventInput> = {},
) {
  return programmeEvent(id, { type: "single", date, start, end }, extra);
}

/** Weekly on a weekday (1 = Monday), every `interval` weeks. */
export function weekly(
  id: string,
  options: {
    weekday: number;
    interval?: number;
    from: string;
    until: string;
    start?: string;
    end?: string;
  },
  extra: Partial<ProgrammeEventInput> = {},
  exceptions: NonNullable<
    Extract<ProgrammeEventInput["when"], { type: "series" }>["exceptions"]
  > = [],
) {
  return programmeEvent(
    id,
    {
      type: "series",
      recurrence: {
        frequency: "weekly",
        interval: options.interval ?? 1,
        weekday: options.weekday,
      },
      from: options.from,
      until: options.until,
      start: options.start ?? "18:00",
      end: options.end ?? "19:30",
      exceptions,
    },
    extra,
  );
}

/** Instant as an ISO string, for readable expectations. */
export const iso = (date: Date | undefined) => date?.toISOString();

/** Runs `run` with the process time zone set to `zone`, then restores it. */
export function inProcessTimeZone<T>(zone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
