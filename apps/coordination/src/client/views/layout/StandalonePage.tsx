import { lazy, type ReactNode, Suspense } from "react";
import { useI18n } from "../../i18n/use-i18n.js";
import { SkipLink } from "./SkipLink.js";

// The banner names the district, which comes with the contract chunk: loaded lazily so
// that the pages of the first-load bundle (expired sign-in, not found) stay small.
const Banner = lazy(() => import("./Banner.js").then((m) => ({ default: m.Banner })));

/** A page outside the signed-in frame (sign-in, expired sign-in): header and content only. */
export function StandalonePage({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <SkipLink />
      <Suspense
        fallback={
          <header className="banner">
            <div className="banner__inner">
              <p className="banner__brand">
                <span className="banner__programme">{t("app.programme")}</span>
              </p>
            </div>
          </header>
        }
      >
        <Banner />
      </Suspense>
      <main id="main" className="main main--narrow" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
