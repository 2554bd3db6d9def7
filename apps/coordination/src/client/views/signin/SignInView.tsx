import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { devCoordinatorsQuery } from "../../api/identity.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { StandalonePage } from "../layout/StandalonePage.js";
import { DemoCoordinatorList } from "./DemoCoordinatorList.js";

/**
 * The development sign-in: the demo coordinators as buttons. Where it does not exist (in
 * production, behind Cloudflare Access) the page says so and links into the workspace.
 */
export function SignInView() {
  const { t } = useI18n();
  const coordinators = useQuery(devCoordinatorsQuery);
  return (
    <StandalonePage>
      <div className="kern-stack-md">
        <PageHeading title={t("signIn.title")}>{t("signIn.title")}</PageHeading>
        {coordinators.isPending ? <Loading /> : null}
        {coordinators.isError ? (
          <ErrorState error={coordinators.error} retry={() => void coordinators.refetch()} />
        ) : null}
        {coordinators.data === null ? (
          <Alert kind="info" title={t("signIn.accessTitle")}>
            <p className="kern-body">{t("signIn.accessText")}</p>
            <p className="kern-body">
              <Link to="/" className="kern-link">
                {t("signIn.toWorkspace")}
              </Link>
            </p>
          </Alert>
        ) : null}
        {coordinators.data ? (
          <>
            <Alert kind="warning" title={t("signIn.devTitle")}>
              <p className="kern-body">{t("signIn.devText")}</p>
            </Alert>
            <DemoCoordinatorList coordinators={coordinators.data} />
          </>
        ) : null}
      </div>
    </StandalonePage>
  );
}
