/*
 * Islands hydrate when the visitor turns to them, not when the page loads. The form is
 * complete HTML that works without JavaScript (the worker validates it and answers with a
 * page), so nothing waits for the script: on a phone the page is readable and usable at once,
 * and the ~45 kB of Preact, zod and the domain's schemas are fetched and run only when
 * someone focuses, touches, hovers or types in the form. Evaluating them at load blocked the
 * main thread for 150–400 ms under Lighthouse's mobile CPU.
 *
 * Nothing typed meanwhile is lost: the fields are uncontrolled, and hydration adopts the
 * DOM as it is (values, ticks and focus included). Until the island runs, the browser's own
 * validation (`required`, `type="email"` …) guards the form.
 */

/** Events that show someone is about to use the form. */
const INTENT_EVENTS = ["focusin", "pointerdown", "pointerover", "touchstart", "keydown", "input"];

export type Hydrate = (element: HTMLElement) => unknown;

/**
 * Runs `load()` and then the hydration it returns for every element matching `selector`,
 * at the first sign of intent — or at once when `now(element)` says so (a link that asks
 * the island to act on arrival) or focus is already inside (restored by the browser).
 */
export function hydrateOnIntent(
  selector: string,
  load: () => Promise<Hydrate>,
  now: (element: HTMLElement) => boolean = () => false,
): void {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      for (const type of INTENT_EVENTS) element.removeEventListener(type, start, true);
      // If the chunk cannot be fetched (offline), the plain HTML form goes on working.
      load().then(
        (hydrate) => hydrate(element),
        () => {},
      );
    };
    if (now(element) || element.contains(document.activeElement)) {
      start();
      continue;
    }
    for (const type of INTENT_EVENTS) {
      element.addEventListener(type, start, { capture: true, passive: true });
    }
  }
}
