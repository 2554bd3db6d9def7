import type { ReactNode } from "react";

/**
 * The scroll container of a wide table: at narrow widths the table scrolls sideways
 * inside it instead of widening the page. It can take focus (so it can be scrolled with
 * the keyboard) and is named after the table's caption.
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <section
      className="kern-table-responsive table-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled with the keyboard (WCAG 2.1.1)
      tabIndex={0}
      aria-labelledby={captionId}
    >
      {children}
    </section>
  );
}
