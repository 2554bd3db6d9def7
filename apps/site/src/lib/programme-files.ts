import {
  type ProgrammeEvent,
  parseProgrammeEvents,
  type ValidationIssue,
} from "@integrationspaten/domain";

/** One date file as read from `src/content/dates/`. */
export interface DateFile {
  /** File name, e.g. `fachvortrag-schule-2027.json`. */
  name: string;
  text: string;
}

/** A validated date with the site's own marker for example content. */
export interface ProgrammeEntry {
  event: ProgrammeEvent;
  /** Example content the district replaces (shown with an "Example" badge). */
  example: boolean;
  /** File it came from. */
  file: string;
}

export type DateFilesResult =
  | { ok: true; entries: ProgrammeEntry[] }
  | { ok: false; errors: string[] };

/**
 * Validates the date files with the domain's schemas (`parseProgrammeEvents`, which also
 * rejects duplicate ids). Errors name the file and the field, in German, the language the
 * district writes its content in:
 * `src/content/dates/treffen.json › when.start: Bitte geben Sie eine Uhrzeit im Format HH:MM an (z. B. 18:30).`
 *
 * The site adds one field of its own, `example` (boolean), and asks that the file name is
 * the id, so that a date is easy to find. With `modules` (the ids of the district's
 * `curriculum.modules`), a date's `module` must be one of them — the same modules the
 * training sessions and certificates name.
 */
export function validateDateFiles(
  files: DateFile[],
  directory = "src/content/dates",
  modules?: readonly string[],
): DateFilesResult {
  const errors: string[] = [];
  const inputs: unknown[] = [];
  const examples: boolean[] = [];
  const names: string[] = [];
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const where = `${directory}/${file.name}`;
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch (error) {
      errors.push(`${where}: kein gültiges JSON (${(error as Error).message})`);
      continue;
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      errors.push(`${where}: Die Datei muss ein JSON-Objekt enthalten.`);
      continue;
    }
    const { example, ...event } = data as Record<string, unknown>;
    if (example !== undefined && typeof example !== "boolean") {
      errors.push(`${where} › example: Bitte true oder false angeben.`);
      continue;
    }
    const expectedId = file.name.replace(/\.json$/, "");
    if (event.id !== expectedId) {
      errors.push(`${where} › id: Die Kennung muss dem Dateinamen entsprechen („${expectedId}“).`);
      continue;
    }
    inputs.push(event);
    examples.push(example === true);
    names.push(where);
  }
  const parsed = parseProgrammeEvents(inputs, "de");
  if (!parsed.ok) {
    for (const issue of parsed.issues) errors.push(describe(issue, names));
  }
  if (parsed.ok && modules !== undefined) {
    parsed.value.forEach((event, index) => {
      if (event.module !== undefined && !modules.includes(event.module))
        errors.push(
          `${names[index]} › module: Das Modul „${event.module}“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben; bekannt sind ${modules.map((m) => `„${m}“`).join(", ")}.`,
        );
    });
  }
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  return {
    ok: true,
    entries: parsed.value.map((event, index) => ({
      event,
      example: examples[index] ?? false,
      file: names[index] ?? "",
    })),
  };
}

function describe(issue: ValidationIssue, names: string[]): string {
  const [index, ...path] = issue.path;
  const file = names[Number(index)] ?? "src/content/dates";
  return `${file} › ${path.join(".") || "(Datei)"}: ${issue.message}`;
}
