import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../i18n/use-i18n.js";
import { hasNavigated } from "./navigation-focus.js";

/**
 * The h1 of a view. It sets the document title, and after a navigation within the app it
 * takes focus, so screen-reader and keyboard users start reading the new view at its top
 * (the first view of a page load leaves focus where the browser put it).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – ${t("app.title")}`;
  }, [title, t]);
  return (
    <h1 ref={ref} className="kern-heading-large page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
