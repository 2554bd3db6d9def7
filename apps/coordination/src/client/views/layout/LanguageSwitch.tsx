import { useQueryClient } from "@tanstack/react-query";
import { LOCALES, setLocale } from "../../i18n/locale.js";
import { useI18n } from "../../i18n/use-i18n.js";

/**
 * Switches the UI between German and English. Each option is named in its own language
 * (with `lang`), so a screen reader reads „English“ in English. Answers of the API carry
 * messages in the language asked for, so they are fetched again.
 */
export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  return (
    <nav className="language-switch" aria-label={t("layout.language")}>
      <ul className="language-switch__list">
        {LOCALES.map((option) => (
          <li key={option}>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              lang={option}
              aria-pressed={option === locale}
              onClick={async () => {
                await setLocale(option);
                await queryClient.invalidateQueries();
              }}
            >
              <span className="kern-label">{t(`language.${option}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
