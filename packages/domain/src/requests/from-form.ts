import type { HelpRequestForm, TimeOfDay } from "../schemas/forms.js";
import type { HelpRequest, TimePreference } from "../schemas/help-request.js";

/** Local time windows of the parts of the day offered on the request form. */
export const TIME_OF_DAY_WINDOWS: Readonly<Record<TimeOfDay, { from: string; to: string }>> = {
  morning: { from: "08:00", to: "12:00" },
  afternoon: { from: "12:00", to: "17:00" },
  evening: { from: "17:00", to: "21:00" },
};

/** No part of the day chosen: any time from morning to evening. */
const WHOLE_DAY = { from: "08:00", to: "21:00" } as const;
/** No weekday chosen: any working day. */
const WORKING_DAYS = [1, 2, 3, 4, 5] as const;
const PARTS_OF_DAY: readonly TimeOfDay[] = ["morning", "afternoon", "evening"];

/**
 * Turns a validated help request form into the help request coordinators work with.
 * Parts of the day become time windows (morning 08:00–12:00, afternoon 12:00–17:00,
 * evening 17:00–21:00; none chosen: 08:00–21:00). With a concrete date the windows lie on
 * that date; otherwise on the chosen weekdays (none chosen: Monday to Friday). Contact
 * data, the requester's role and organisation stay with the stored submission: the help
 * request holds none of them.
 *
 * @example
 * helpRequestFromForm(
 *   { ...form, weekdays: [2], timesOfDay: ["evening"] },
 *   { id: "r-2026-0001", receivedAt: "2026-03-17T09:00:00+01:00" },
 * ).preferredTimes
 * //=> [{ weekday: 2, from: "17:00", to: "21:00" }]
 */
export function helpRequestFromForm(
  form: HelpRequestForm,
  meta: { id: string; receivedAt: string; coordinationPoint?: string },
): HelpRequest {
  const request: HelpRequest = {
    id: meta.id,
    category: form.category,
    languages: [...form.languages],
    municipality: form.municipality,
    preferredTimes: preferredTimesOf(form),
    description: form.description ?? "",
    receivedAt: meta.receivedAt,
  };
  if (meta.coordinationPoint !== undefined) request.coordinationPoint = meta.coordinationPoint;
  return request;
}

function preferredTimesOf(form: HelpRequestForm): TimePreference[] {
  const chosen = PARTS_OF_DAY.filter((part) => form.timesOfDay.includes(part));
  const windows = chosen.length > 0 ? chosen.map((part) => TIME_OF_DAY_WINDOWS[part]) : [WHOLE_DAY];
  if (form.preferredDate !== undefined) {
    const date = form.preferredDate;
    return windows.map((window) => ({ date, ...window }));
  }
  const weekdays =
    form.weekdays.length > 0 ? [...new Set(form.weekdays)].sort((a, b) => a - b) : WORKING_DAYS;
  return weekdays.flatMap((weekday) => windows.map((window) => ({ weekday, ...window })));
}
