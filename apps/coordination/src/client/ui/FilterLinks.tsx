import { Link, type LinkOptions } from "@tanstack/react-router";

export interface FilterLink {
  key: string;
  label: string;
  /** Where the link goes (built with `linkOptions`, so the route's search is typed). */
  options: LinkOptions;
  current: boolean;
}

/**
 * A choice between views of one list as links (bookmarkable, work without script state);
 * the chosen one is marked with `aria-current` and a check icon, not colour alone.
 */
export function FilterLinks({ label, links }: { label: string; links: readonly FilterLink[] }) {
  return (
    <nav className="filter-links" aria-label={label}>
      <ul className="filter-links__list">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              {...link.options}
              className={`kern-btn kern-btn--x-small ${link.current ? "kern-btn--primary" : "kern-btn--secondary"}`}
              aria-current={link.current ? "page" : undefined}
            >
              {link.current ? (
                <span className="kern-icon kern-icon--check" aria-hidden="true" />
              ) : null}
              <span className="kern-label">{link.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
