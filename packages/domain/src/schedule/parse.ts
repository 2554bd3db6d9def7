import { parseWith, type Result, type ValidationIssue } from "../i18n/issues.js";
import { translate } from "../i18n/messages.js";
import { type ProgrammeEvent, programmeEventSchema } from "./schema.js";

/**
 * Validates the whole programme, e.g. the dates of the site's content folder. Each entry
 * is checked against `programmeEventSchema` (which also checks that series exceptions
 * address real occurrences), and ids must be unique across the programme, since calendar
 * UIDs are derived from them. Issue paths start with the index of the entry
 * (`[2, "when", "exceptions", 0, "date"]` → field `2.when.exceptions.0.date`).
 *
 * @example
 * parseProgrammeEvents([talk, { ...talk }], "en")
 * //=> { ok: false, issues: [{ field: "1.id", code: "schedule.duplicateId",
 * //     message: "The id “vortrag-jobcenter” is already used by another date; …" }] }
 */
export function parseProgrammeEvents(
  inputs: readonly unknown[],
  locale = "de",
): Result<ProgrammeEvent[]> {
  const events: ProgrammeEvent[] = [];
  const issues: ValidationIssue[] = [];
  const firstIndexOfId = new Map<string, number>();
  inputs.forEach((input, index) => {
    const result = parseWith(programmeEventSchema, input, locale);
    if (!result.ok) {
      for (const issue of result.issues) {
        const path = [index, ...issue.path];
        issues.push({ ...issue, path, field: path.join(".") });
      }
      return;
    }
    const { id } = result.value;
    if (firstIndexOfId.has(id)) {
      const params = { id };
      issues.push({
        path: [index, "id"],
        field: `${index}.id`,
        code: "schedule.duplicateId",
        params,
        message: translate(locale, "schedule.duplicateId", params),
      });
      return;
    }
    firstIndexOfId.set(id, index);
    events.push(result.value);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events };
}
