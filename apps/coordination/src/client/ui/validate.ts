import {
  parseWith,
  type Result,
  registeredLocales,
  registerMessages,
} from "@integrationspaten/domain";
import type { z } from "zod";
import type { Locale } from "../i18n/locale.js";

/**
 * Checks a form's value with the same schema the Worker uses, with the domain's messages
 * in the UI language — so most mistakes are shown before anything is sent. German is
 * built into the domain; English is loaded the first time it is needed.
 */
export async function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): Promise<Result<z.output<S>>> {
  if (locale !== "de" && !registeredLocales().includes(locale)) {
    const { en } = await import("@integrationspaten/domain/messages/en");
    registerMessages(en);
  }
  return parseWith(schema, value, locale);
}
