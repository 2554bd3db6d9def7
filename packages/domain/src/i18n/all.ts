// Every message catalogue of the package, for servers and build steps that answer in any
// language: `registerMessages(...allMessages)`. Browsers import only the ones they need.
import { ar } from "./ar.js";
import type { MessageCatalogue } from "./catalogue.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { fa } from "./fa.js";
import { ru } from "./ru.js";
import { tr } from "./tr.js";
import { uk } from "./uk.js";

export { ar, de, en, fa, ru, tr, uk };

/** All catalogues: German and English in full; the others with the public forms' and the dates' messages. */
export const allMessages: readonly MessageCatalogue[] = [de, en, ar, fa, ru, tr, uk];
