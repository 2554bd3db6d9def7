import {
  type ProgrammeEvent,
  parseProgrammeEvents,
  sessionKindSchema,
  type ValidationIssue,
} from "@integrationspaten/domain";

/**
 * Name of the `dates` collection's loader (src/content.config.ts), for the dev server's
 * `refreshContent` (src/integrations/sessions-refresh.ts).
 */
export const PROGRAMME_DATES_LOADER = "integrationspaten:programme-dates";

/** One date file as read from `src/content/dates/`. */
export interface DateFile {
  /** File name, e.g. `treffen-fruehjahr-2027.json`. */
  name: string;
  text: string;
}

/** A validated date written as a file, with the site's own marker for example content. */
export interface FileEntry {
  source: "file";
  event: ProgrammeEvent;
  /** Example content the district replaces (shown with an "Example" badge). */
  example: boolean;
  /** File it came from. */
  file: string;
}

/** A training session from the coordinators' workspace (see `workspace-sessions.ts`). */
export interface WorkspaceEntry {
  source: "workspace";
  event: ProgrammeEvent;
  /** Sessions are real dates, never examples. */
  example: false;
  /** The workspace's SEQUENCE, published as it is (not revised against the state file). */
  sequence: number;
  /** Address it was read from. */
  url: string;
}

/** One date of the programme, as the `dates` collection stores it. */
export type ProgrammeEntry = FileEntry | WorkspaceEntry;

export type DateFilesResult = { ok: true; entries: FileEntry[] } | { ok: false; errors: string[] };

/**
 * Kinds of date the coordinators' workspace is the one source of: its training sessions
 * reach the site through the forms worker, so a file of these kinds would be a second,
 * drifting copy.
 */
export const WORKSPACE_KINDS: readonly string[] = sessionKindSchema.options;

/**
 * Validates the date files with the domain's schemas (`parseProgrammeEvents`, which also
 * rejects duplicate ids). Errors name the file and the field, in German, the language the
 * district writes its content in:
 * `src/content/dates/treffen.json › when.start: Bitte geben Sie eine Uhrzeit im Format HH:MM an (z. B. 18:30).`
 *
 * The site adds two fields of its own, never shown to visitors: `example` (boolean; the
 * date is shown with an "Example" badge) and `editorNote` (a note to the editors, e.g. what
 * to check). A production build refuses to finish while either remains (unfinished.ts).
 * It asks that the file name is the id, so that a date is easy to find. With `modules` (the ids of the district's
 * `curriculum.modules`), a date's `module` must be one of them — the same modules the
 * training sessions and certificates name. Expert talks and workshops are refused: they are
 * managed in the coordinators' workspace (`WORKSPACE_KINDS`).
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
    // The site's own fields: never shown to visitors, listed by the build (unfinished.ts).
    const { example, editorNote, ...event } = data as Record<string, unknown>;
    if (example !== undefined && typeof example !== "boolean") {
      errors.push(`${where} › example: Bitte true oder false angeben.`);
      continue;
    }
    if (editorNote !== undefined && (typeof editorNote !== "string" || editorNote.trim() === "")) {
      errors.push(
        `${where} › editorNote: Bitte einen Hinweis als Text angeben oder das Feld löschen.`,
      );
      continue;
    }
    if (typeof event.kind === "string" && WORKSPACE_KINDS.includes(event.kind)) {
      errors.push(
        `${where} › kind: Fachvorträge und Workshops werden im Arbeitsbereich der Koordination gepflegt (Schulungstermine) und erscheinen von dort auf der Website; bitte löschen Sie diese Datei und legen Sie den Termin dort an. / Expert talks and workshops are managed in the coordinators' workspace and reach the site from there; delete this file and create the session there.`,
      );
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
      source: "file" as const,
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
