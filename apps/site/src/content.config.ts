import { defineCollection } from "astro:content";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { isPlaceholder } from "@integrationspaten/domain";
import type { Loader } from "astro/loaders";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { district, siteEnvironment } from "./config";
import {
  PROGRAMME_DATES_LOADER,
  validateDateFiles,
  type WorkspaceEntry,
} from "./lib/programme-files";
import {
  BUILD_FETCH,
  DEV_FETCH,
  fetchProgrammeSessions,
  mergeProgramme,
  NO_SESSIONS_MESSAGE,
  SessionsLoadError,
  workspaceEntries,
} from "./lib/workspace-sessions";

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
 * Dates of the programme, from two sources that never overlap:
 * - one JSON file per date or series in `src/content/dates/` (meetings, the ceremony …),
 *   validated by the domain's schemas; a bad file fails the build with its name and field;
 * - the training sessions (expert talks, workshops) from the coordinators' workspace, read
 *   from the forms worker at `SESSIONS_URL` and validated with the domain's contract; an
 *   unreachable address or an invalid answer fails the build, naming the address. Without
 *   `SESSIONS_URL` the build says that it loaded no sessions, and goes on (CI, offline).
 *
 * Entries are replaced only when their content changed, so a refresh that finds nothing
 * new (the dev server asks the worker every few seconds) reloads no page.
 */
function programmeDates(): Loader {
  return {
    name: PROGRAMME_DATES_LOADER,
    load: async ({ store, logger, config, watcher, generateDigest }) => {
      const modules = district.curriculum.modules.map((m) => m.id);
      const directory = new URL("./src/content/dates/", config.root);
      const names = (await readdir(directory)).filter((name) => name.endsWith(".json"));
      const files = await Promise.all(
        names.map(async (name) => ({
          name,
          text: await readFile(new URL(name, directory), "utf8"),
        })),
      );
      const result = validateDateFiles(files, "src/content/dates", modules);
      if (!result.ok) {
        throw new Error(
          `Die Termine in src/content/dates/ sind ungültig / The date files are invalid:\n  ${result.errors.join("\n  ")}`,
        );
      }
      watcher?.add(fileURLToPath(directory));

      const url = siteEnvironment.sessionsUrl;
      let sessions: WorkspaceEntry[] = [];
      if (url === undefined) {
        logger.warn(NO_SESSIONS_MESSAGE);
      } else {
        // The dev server has a watcher; it waits for a worker that starts after it.
        const dev = watcher !== undefined;
        try {
          const policy = dev ? DEV_FETCH : BUILD_FETCH;
          const loaded = await fetchProgrammeSessions(url, policy, (error, attempt) => {
            if (attempt === 1)
              logger.info(
                `${url.href}: ${error.problem}; trying again for up to ${Math.round((policy.attempts * policy.delayMs) / 1000)} s.`,
              );
          });
          const converted = workspaceEntries(loaded, url.href, modules);
          if (!converted.ok) {
            throw new Error(
              `Die Schulungstermine von ${url.href} sind ungültig / The training sessions from ${url.href} are invalid:\n  ${converted.errors.join("\n  ")}`,
            );
          }
          sessions = converted.entries;
          logger.info(`${sessions.length} training sessions loaded from ${url.href}.`);
        } catch (error) {
          // Under `astro dev` an unreachable worker is reported and retried by the
          // sessions-refresh integration; an invalid answer stops the dev server's sync too.
          if (!(dev && error instanceof SessionsLoadError && error.retryable)) throw error;
          logger.error(
            `${error.message}\nThe dev server keeps asking and shows them once it answers.`,
          );
        }
      }

      const merged = mergeProgramme(result.entries, sessions);
      if (!merged.ok) {
        throw new Error(
          `Die Termine sind ungültig / The dates are invalid:\n  ${merged.errors.join("\n  ")}`,
        );
      }
      const ids = new Set(merged.entries.map((entry) => entry.event.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const entry of merged.entries) {
        const data = { ...entry };
        store.set({
          id: entry.event.id,
          data,
          digest: generateDigest(data),
          ...(entry.source === "file" ? { filePath: entry.file } : {}),
        });
      }
      logger.info(
        `${merged.entries.length} dates loaded (${result.entries.length} from files, ${sessions.length} from the workspace).`,
      );
    },
  };
}

const dates = defineCollection({ loader: programmeDates() });

export const collections = { news, dates };
