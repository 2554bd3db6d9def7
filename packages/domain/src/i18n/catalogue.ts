import type { MessageKey } from "./de.js";

export type { MessageKey };

/** A message: plain text, or a pair chosen by the plural category of `count`. */
export type Message = string | { readonly one: string; readonly other: string };

/** A full set of messages: the same keys as the German reference. */
export type Messages = { readonly [K in MessageKey]: Message };

/**
 * The messages of one language. A partial catalogue names a `fallback` for the keys it
 * lacks (English, for the languages of the help request form).
 *
 * Catalogues are separate modules (`@integrationspaten/domain/messages/en`, `…/ar` …) so
 * that a bundle carries only the languages it registers: a form validating in German needs
 * none, since German is built in.
 */
export interface MessageCatalogue {
  /** BCP 47 tag of the language, e.g. `ar`. */
  readonly locale: string;
  /** The messages, by key. */
  readonly messages: Partial<Messages>;
  /** The catalogue for keys this one lacks. */
  readonly fallback?: MessageCatalogue;
}

/** A catalogue with every key. */
export interface FullCatalogue extends MessageCatalogue {
  readonly messages: Messages;
}
