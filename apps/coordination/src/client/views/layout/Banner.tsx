import type { ReactNode } from "react";
import { workspaceDistrict } from "../../../shared/district.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { LanguageSwitch } from "./LanguageSwitch.js";

const { district } = workspaceDistrict();

/** The page header: programme and district, the language switch, and what `children` adds. */
export function Banner({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="banner">
      <div className="banner__inner">
        <p className="banner__brand">
          <span className="banner__programme">{t("app.programme")}</span>
          <span className="banner__district">
            {district.name} · {t("app.title")}
          </span>
        </p>
        <div className="banner__tools">
          {children}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
