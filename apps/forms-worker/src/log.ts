/**
 * Structured logs without personal data. Every line is one JSON object on stdout (Workers
 * Logs and `wrangler tail` index it). The accepted fields are a fixed list of ids, kinds,
 * statuses, counts and reasons: the type system refuses a name, an e-mail address, a phone
 * number, an IP address or free text, so a log call cannot leak them by accident.
 */
export interface LogFields {
  /** Submission id (a random UUID, not personal by itself). */
  readonly id?: string;
  readonly kind?: string;
  readonly status?: string;
  /** Id of a coordination point from the district configuration. */
  readonly coordinationPoint?: string;
  readonly count?: number;
  /** Several named counts, e.g. of a retention run. */
  readonly counts?: Readonly<Record<string, number>>;
  /** Machine-readable reason, e.g. `honeypot`, `too_fast`, `placeholder_address`. */
  readonly reason?: string;
  /** Error catalogue code of a refused request. */
  readonly code?: string;
  readonly httpStatus?: number;
  readonly method?: string;
  /** The route pattern (`/api/health`), never the full URL with a query. */
  readonly route?: string;
  readonly attempts?: number;
  readonly outcome?: string;
  /** Error class name and a redacted message (see {@link redactErrorMessage}). */
  readonly error?: string;
  readonly durationMs?: number;
}

type Level = "info" | "warn" | "error";

function write(level: Level, event: string, fields: LogFields): void {
  const line = JSON.stringify({ level, event, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/**
 * @example
 * log.info("submission.stored", { id, kind: "help_request", coordinationPoint: "cafe-asyl" })
 * // stdout: {"level":"info","event":"submission.stored","id":"…","kind":"help_request",…}
 */
export const log = {
  info: (event: string, fields: LogFields = {}) => write("info", event, fields),
  warn: (event: string, fields: LogFields = {}) => write("warn", event, fields),
  error: (event: string, fields: LogFields = {}) => write("error", event, fields),
};

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+/g;
const LONG_NUMBER = /\+?\d[\d ()/-]{4,}\d/g;

/**
 * An error as loggable text: its class name and message with anything that looks like an
 * e-mail address or a phone number removed, cut to 200 characters. Runtime errors rarely
 * carry such data, but a send_email refusal names the address it refused.
 *
 * @example
 * redactErrorMessage(new Error("email to ana@example.org not allowed"))
 * //=> "Error: email to [address] not allowed"
 */
export function redactErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  const redacted = message.replace(EMAIL, "[address]").replace(LONG_NUMBER, "[number]");
  return `${name}: ${redacted}`.slice(0, 200);
}
