import { getRouteApi, Outlet } from "@tanstack/react-router";
import { useI18n } from "../../i18n/use-i18n.js";
import { LiveAnnouncer } from "../../ui/LiveAnnouncer.js";
import { Banner } from "./Banner.js";
import { MainNav } from "./MainNav.js";
import { SignedInPerson } from "./SignedInPerson.js";
import { SignOutButton } from "./SignOutButton.js";
import { SkipLink } from "./SkipLink.js";

const appRoute = getRouteApi("/_app");

/** The frame of every signed-in view: skip link, header, main navigation, content. */
export function AppLayout() {
  const { t } = useI18n();
  const { me } = appRoute.useRouteContext();
  return (
    <>
      <SkipLink />
      <Banner>
        <SignedInPerson me={me} />
        <SignOutButton />
      </Banner>
      <MainNav me={me} />
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <LiveAnnouncer />
      <footer className="footer">
        <p className="kern-body kern-body--small">{t("layout.footer")}</p>
      </footer>
    </>
  );
}
