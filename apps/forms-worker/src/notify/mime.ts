/**
 * A small RFC 5322 message builder for plain-text notifications, so the worker needs no
 * MIME library: header text in RFC 2047 encoded words, the body in UTF-8
 * quoted-printable (RFC 2045), CRLF line ends throughout. Control characters can never
 * reach a header, so embedded values cannot inject headers.
 */

const encoder = new TextEncoder();

export interface MailAddress {
  readonly address: string;
  readonly name?: string;
}

export interface MailMessage {
  readonly from: MailAddress;
  readonly to: string;
  readonly subject: string;
  /** Plain text; any line ends. */
  readonly text: string;
  /** `<unique@domain>` */
  readonly messageId: string;
  readonly date: Date;
}

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Whether an address is a plain `local@domain` safe to put into a header as is. */
export function isPlainAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address);
}

/** Removes control characters and collapses whitespace: text fit for one header line. */
export function singleLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Encodes header text as RFC 2047 encoded words when it is not plain ASCII, in chunks of
 * whole characters so that no word exceeds 75 characters, folded onto continuation lines.
 *
 * @example
 * encodeHeaderText("Neue Anfrage") //=> "Neue Anfrage"
 * encodeHeaderText("Wörrstadt") //=> "=?UTF-8?B?V8O2cnJzdGFkdA==?="
 */
export function encodeHeaderText(text: string): string {
  const clean = singleLine(text);
  if (/^[\x20-\x7e]*$/.test(clean) && !clean.includes("=?")) return clean;
  const words: string[] = [];
  let chunk = "";
  for (const char of clean) {
    // 45 bytes become 60 base64 characters; with "=?UTF-8?B?" and "?=" that is 72.
    if (encoder.encode(chunk + char).byteLength > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(encoder.encode(word))}?=`).join("\r\n ");
}

function hex(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * Quoted-printable encoding of UTF-8 text: lines of at most 76 characters (soft breaks
 * with `=`), `=` and non-ASCII as `=XX`, trailing spaces encoded, CRLF line ends.
 *
 * @example
 * encodeQuotedPrintable("Grüße\n") //=> "Gr=C3=BC=C3=9Fe\r\n"
 */
export function encodeQuotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      const bytes = encoder.encode(line);
      let out = "";
      let current = "";
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const literal =
          (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        const token = literal ? String.fromCharCode(byte) : hex(byte);
        if (current.length + token.length > 75) {
          out += `${current}=\r\n`;
          current = "";
        }
        current += token;
      });
      return out + current;
    })
    .join("\r\n");
}

function formatAddress({ address, name }: MailAddress): string {
  if (!isPlainAddress(address)) throw new RangeError("Not a plain e-mail address");
  return name ? `${encodeHeaderText(name)} <${address}>` : address;
}

/** RFC 5322 date, e.g. `Wed, 25 Nov 2026 03:17:00 +0000`. */
function formatDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

/**
 * The raw message (headers, blank line, quoted-printable body).
 *
 * @example
 * buildMimeMessage({ from: { address: "a@example.org" }, to: "b@example.org", subject: "Hi", text: "Hallo", messageId: "<1@example.org>", date })
 * //=> "From: a@example.org\r\nTo: b@example.org\r\nSubject: Hi\r\n…\r\n\r\nHallo"
 */
export function buildMimeMessage(message: MailMessage): string {
  if (!isPlainAddress(message.to)) throw new RangeError("Not a plain e-mail address");
  if (!/^<[^\s<>]+@[^\s<>]+>$/.test(message.messageId)) throw new RangeError("Bad Message-ID");
  const headers = [
    `From: ${formatAddress(message.from)}`,
    `To: ${message.to}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Date: ${formatDate(message.date)}`,
    `Message-ID: ${message.messageId}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "Auto-Submitted: auto-generated",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${encodeQuotedPrintable(message.text)}\r\n`;
}
