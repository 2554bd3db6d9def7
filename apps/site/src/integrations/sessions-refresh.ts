import type { AstroIntegration } from "astro";
// Explicit `.ts`: astro.config.mjs loads this module in plain Node (type stripping).
import { PROGRAMME_DATES_LOADER } from "../lib/programme-files.ts";

/** How often the dev server asks the forms worker whether the sessions changed. */
export const DEV_REFRESH_INTERVAL_MS = 5_000;

/**
 * Under `astro dev` with `SESSIONS_URL` set, keeps the training sessions current without a
 * restart: every few seconds it reads the worker's answer and, when the bytes differ from
 * the last ones seen (or the worker has just come up), asks Astro to run the dates loader
 * again (`refreshContent`), which replaces only the entries that changed — so a page
 * reloads only after a coordinator changed something. An unreachable worker is asked again
 * next time; the loader reports problems. Builds are untouched: they read the sessions once.
 */
export function sessionsRefresh(sessionsUrl: URL | undefined): AstroIntegration {
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    name: "integrationspaten:sessions-refresh",
    hooks: {
      "astro:server:setup": ({ refreshContent, logger }) => {
        if (!sessionsUrl || !refreshContent) return;
        let last: string | undefined;
        let busy = false;
        const poll = async () => {
          if (busy) return;
          busy = true;
          try {
            let text: string;
            try {
              const response = await fetch(sessionsUrl, { signal: AbortSignal.timeout(4_000) });
              text = `${response.status} ${await response.text()}`;
            } catch {
              // The worker is not up (yet, or any more); ask again next time.
              last = undefined;
              return;
            }
            // The first answer too: the loader may have run before the worker was up. A
            // refresh that finds the same sessions changes no entry and reloads no page.
            if (text === last) return;
            if (last !== undefined)
              logger.info(`${sessionsUrl.href} changed; reloading the dates.`);
            last = text;
            await refreshContent({ loaders: [PROGRAMME_DATES_LOADER] }).catch((error: unknown) => {
              logger.error((error as Error).message);
            });
          } finally {
            busy = false;
          }
        };
        timer = setInterval(poll, DEV_REFRESH_INTERVAL_MS);
        timer.unref?.();
      },
      "astro:server:done": () => {
        if (timer) clearInterval(timer);
      },
    },
  };
}
