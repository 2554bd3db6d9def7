import type { Submission } from "@integrationspaten/database/submissions";
import { type CoordinationPoint, type District, workspacePath } from "@integrationspaten/domain";
import { singleLine } from "./mime.js";

/**
 * The notification a coordination point gets about a new submission. It carries the
 * minimum: kind, category, municipality, languages, coordination point, time and a link to
 * the record in the coordinators' workspace (behind Cloudflare Access) — no name, e-mail
 * address, phone number or free text, so an e-mail that is forwarded or lands in a shared
 * inbox discloses nothing personal, and the link opens nothing without a sign-in.
 * Every value comes from the district's own lists where possible and is flattened to one
 * line of plain text (the e-mail has no HTML part, so there is no markup to inject).
 */
export interface NotificationText {
  readonly subject: string;
  readonly text: string;
}

const LEVELS: Record<string, string> = {
  native: "Muttersprache",
  fluent: "fließend",
  basic: "Grundkenntnisse",
};

/** At most `max` characters of one line of text. */
function clip(text: string, max = 120): string {
  const line = singleLine(text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(["de"], { type: "language", fallback: "none" }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

function languages(submission: Submission): string {
  const value = submission.payload.languages;
  if (!Array.isArray(value)) return "–";
  const names = value.map((item: unknown) => {
    if (typeof item === "string") return languageName(item);
    if (item && typeof item === "object") {
      const { language, level } = item as { language?: unknown; level?: unknown };
      const name = typeof language === "string" ? languageName(language) : "?";
      const levelText = typeof level === "string" ? (LEVELS[level] ?? level) : "";
      return levelText ? `${name}, ${levelText}` : name;
    }
    return "?";
  });
  return names.length > 0 ? names.join("; ") : "–";
}

function categoryLabel(district: District, id: unknown): string {
  if (typeof id !== "string") return "–";
  return district.categories.find((c) => c.id === id)?.label.de ?? id;
}

function municipalityName(district: District, id: unknown): string {
  if (typeof id !== "string") return "–";
  return district.municipalities.find((m) => m.id === id)?.name ?? id;
}

function localTime(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("de-DE", {
      timeZone,
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/**
 * Renders subject and text of the notification (German: the coordinators' language).
 *
 * @example
 * renderNotification(submission, district, point, "https://koordination.example").subject
 * //=> "Neue Hilfeanfrage: Arztbesuche in Stadt Alzey"
 * // and the text links to https://koordination.example/anfragen/<id>
 */
export function renderNotification(
  submission: Submission,
  district: District,
  point: CoordinationPoint,
  /** Origin of the coordinators' workspace, without a trailing slash. */
  workspaceUrl: string,
): NotificationText {
  const p = submission.payload;
  const municipality = clip(municipalityName(district, p.municipality));
  const isHelp = submission.kind === "help_request";
  const what = isHelp
    ? clip(categoryLabel(district, p.category))
    : clip(
        Array.isArray(p.categories)
          ? p.categories.map((id) => categoryLabel(district, id)).join(", ")
          : "–",
        300,
      );
  const subject = isHelp
    ? `Neue Hilfeanfrage: ${what} in ${municipality}`
    : `Neue Anmeldung als Integrationspatin oder -pate: ${municipality}`;
  const link = `${workspaceUrl}${workspacePath(submission.kind, submission.id)}`;
  const rows: [string, string][] = [
    ["Art", isHelp ? "Hilfeanfrage" : "Anmeldung als Integrationspatin oder -pate"],
    [isHelp ? "Kategorie" : "Interesse an", what],
    ["Gemeinde", municipality],
    [isHelp ? "Sprache(n)" : "Spricht", clip(languages(submission), 300)],
    ["Koordinierungsstelle", clip(point.name)],
    ["Eingegangen", localTime(submission.createdAt, district.timeZone)],
    ["Vorgang", submission.id],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const table = rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join("\n");
  const text = [
    "Guten Tag,",
    "",
    isHelp
      ? "über die Website ist eine neue Hilfeanfrage eingegangen."
      : "über die Website hat sich eine neue Integrationspatin oder ein neuer Integrationspate angemeldet.",
    "",
    table,
    "",
    "Name, Kontaktdaten und alle weiteren Angaben stehen im Arbeitsbereich der Koordination.",
    `Dieser Link öffnet ${isHelp ? "die Anfrage" : "die Anmeldung"} dort; Sie müssen sich dafür anmelden:`,
    link,
    "",
    "Diese Nachricht enthält absichtlich keine persönlichen Daten.",
    "Sie wurde automatisch erzeugt; bitte antworten Sie nicht darauf.",
  ].join("\n");
  return { subject, text };
}
