import { type MessageCatalogue, registerMessages } from "@integrationspaten/domain";

/*
 * The domain's validation messages in the page's language. German is built into the
 * domain package; every other language is its own chunk, loaded only on its pages, so a
 * German page's script carries no Arabic and an Arabic page's carries no Russian.
 */
const LOADERS: Readonly<Record<string, () => Promise<MessageCatalogue>>> = {
  en: () => import("@integrationspaten/domain/messages/en").then((m) => m.en),
  ar: () => import("@integrationspaten/domain/messages/ar").then((m) => m.ar),
  fa: () => import("@integrationspaten/domain/messages/fa").then((m) => m.fa),
  ru: () => import("@integrationspaten/domain/messages/ru").then((m) => m.ru),
  tr: () => import("@integrationspaten/domain/messages/tr").then((m) => m.tr),
  uk: () => import("@integrationspaten/domain/messages/uk").then((m) => m.uk),
};

/**
 * Registers the messages of `locale` before a form validates. When the chunk cannot be
 * loaded, messages stay German (the built-in language) — the form still works, and the
 * worker answers in the page's language anyway.
 */
export async function loadMessages(locale: string): Promise<void> {
  const load = LOADERS[locale];
  if (!load) return;
  try {
    registerMessages(await load());
  } catch {
    // Keep the built-in German messages.
  }
}
