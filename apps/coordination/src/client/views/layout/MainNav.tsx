import { Link } from "@tanstack/react-router";
import type { Coordinator } from "../../../shared/api.js";
import type { MessageKey } from "../../i18n/locale.js";
import { useI18n } from "../../i18n/use-i18n.js";

interface NavItem {
  to:
    | "/"
    | "/anmeldungen"
    | "/ehrenamtliche"
    | "/termine"
    | "/zertifizierung"
    | "/anfragen"
    | "/bericht"
    | "/koordinierende"
    | "/protokoll";
  label: MessageKey;
  adminOnly?: boolean;
}

const ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.overview" },
  { to: "/anmeldungen", label: "nav.signups" },
  { to: "/ehrenamtliche", label: "nav.volunteers" },
  { to: "/termine", label: "nav.sessions" },
  { to: "/zertifizierung", label: "nav.certification" },
  { to: "/anfragen", label: "nav.helpRequests" },
  { to: "/bericht", label: "nav.report" },
  { to: "/koordinierende", label: "nav.coordinators", adminOnly: true },
  { to: "/protokoll", label: "nav.auditLog", adminOnly: true },
];

/** The main navigation; the current section is marked with `aria-current`, not colour alone. */
export function MainNav({ me }: { me: Coordinator }) {
  const { t } = useI18n();
  const items = ITEMS.filter((item) => !item.adminOnly || me.role === "administrator");
  return (
    <nav className="main-nav" aria-label={t("layout.mainNav")}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className="main-nav__link"
              activeOptions={{ exact: item.to === "/", includeSearch: false }}
              activeProps={{ "aria-current": "page", className: "main-nav__link--active" }}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
