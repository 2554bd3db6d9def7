import { useQuery } from "@tanstack/react-query";
import { getRouteApi, linkOptions } from "@tanstack/react-router";
import { signupListQuery } from "../../api/signups.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { FilterLinks } from "../../ui/FilterLinks.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { SignupTable } from "./SignupTable.js";

const route = getRouteApi("/_app/anmeldungen");

/** Sign-ups of the coordinator's points: the open ones, or those already answered. */
export function SignupListView() {
  const { t } = useI18n();
  const { status } = route.useSearch();
  const list = status === "decided" ? "decided" : "open";
  const signups = useQuery(signupListQuery(list));
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("signups.title")}>{t("signups.title")}</PageHeading>
      <FilterLinks
        label={t("signups.show")}
        links={[
          {
            key: "open",
            label: t("signups.open"),
            options: linkOptions({ to: "/anmeldungen", search: {} }),
            current: list === "open",
          },
          {
            key: "decided",
            label: t("signups.decided"),
            options: linkOptions({ to: "/anmeldungen", search: { status: "decided" } }),
            current: list === "decided",
          },
        ]}
      />
      {signups.isPending ? <Loading /> : null}
      {signups.isError ? (
        <ErrorState error={signups.error} retry={() => void signups.refetch()} />
      ) : null}
      {signups.data ? (
        <SignupTable signups={signups.data.signups} decided={list === "decided"} />
      ) : null}
    </div>
  );
}
