import { defineCollection } from "astro:content";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { isPlaceholder } from "@integrationspaten/domain";
import type { Loader } from "astro/loaders";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { district } from "./config";
import { validateDateFiles } from "./lib/programme-files";

/**
 * News posts: one Markdown file per post in `src/content/news/`; the file name is the
 * slug (`/aktuelles/<slug>/`).
 */
const news = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/news" }),
  schema: z.object({
    /** Headline. */
    title: z.string().trim().min(1).max(140),
    /** One or two sentences for lists, the feed and search engines. */
    description: z.string().trim().min(1).max(240),
    /**
     * Day of publication (`2026-05-12`). We never invent dates: until the district fills it
     * in, a placeholder (`⟦PLATZHALTER: …⟧`) is allowed and shown as such.
     */
    published: z.union([z.iso.date(), z.string().refine(isPlaceholder)]),
    /** Where the facts come from, e.g. a press release. */
    source: z.string().trim().min(1).optional(),
  }),
});

/**
 * Dates of the programme: one JSON file per date or series in `src/content/dates/`,
 * validated by the domain's schemas. A bad file fails the build with its name and field.
 */
function programmeDates(): Loader {
  return {
    name: "integrationspaten:programme-dates",
    load: async ({ store, logger, config, watcher }) => {
      const directory = new URL("./src/content/dates/", config.root);
      const names = (await readdir(directory)).filter((name) => name.endsWith(".json"));
      const files = await Promise.all(
        names.map(async (name) => ({
          name,
          text: await readFile(new URL(name, directory), "utf8"),
        })),
      );
      const result = validateDateFiles(
        files,
        "src/content/dates",
        district.curriculum.modules.map((m) => m.id),
      );
      if (!result.ok) {
        throw new Error(
          `Die Termine in src/content/dates/ sind ungültig / The date files are invalid:\n  ${result.errors.join("\n  ")}`,
        );
      }
      store.clear();
      for (const entry of result.entries) {
        store.set({ id: entry.event.id, data: { ...entry }, filePath: entry.file });
      }
      logger.info(`${result.entries.length} dates loaded.`);
      watcher?.add(fileURLToPath(directory));
    },
  };
}

const dates = defineCollection({ loader: programmeDates() });

export const collections = { news, dates };
