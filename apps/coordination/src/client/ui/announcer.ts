import { useSyncExternalStore } from "react";

/*
 * One polite live region for the whole app (in the layout), for results that outlive the
 * part of the page that caused them: a declined sign-up whose form is replaced by the
 * decision, an erased volunteer whose page is gone.
 */
let message = "";
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // Cleared first, so the same sentence twice is announced twice.
  message = "";
  for (const listener of listeners) listener();
  window.setTimeout(() => {
    message = text;
    for (const listener of listeners) listener();
  }, 50);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnnouncement(): string {
  return useSyncExternalStore(subscribe, () => message);
}
