import { useAnnouncement } from "./announcer.js";

/** The app's polite live region (visually hidden; views show their own results too). */
export function LiveAnnouncer() {
  const message = useAnnouncement();
  return (
    <div className="kern-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
