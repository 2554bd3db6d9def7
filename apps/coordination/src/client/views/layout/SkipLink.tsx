import { useI18n } from "../../i18n/use-i18n.js";

/** The first thing in the page for keyboard users: straight to the content. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link kern-link" href="#main">
      {t("layout.skipToContent")}
    </a>
  );
}
