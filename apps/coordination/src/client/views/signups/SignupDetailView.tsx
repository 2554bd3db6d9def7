import type { VolunteerSignup } from "@integrationspaten/domain";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { signupQuery } from "../../api/signups.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { AcceptSignupForm } from "./AcceptSignupForm.js";
import { DeclineSignupForm } from "./DeclineSignupForm.js";
import { SignupDecision } from "./SignupDecision.js";
import { SignupFacts } from "./SignupFacts.js";

const route = getRouteApi("/_app/anmeldungen/$signupId");

/** One sign-up: what the person sent, and accepting or declining it. */
export function SignupDetailView() {
  const { t } = useI18n();
  const { signupId } = route.useParams();
  const signup = useQuery(signupQuery(signupId));
  const payload = (signup.data?.payload ?? {}) as Partial<VolunteerSignup>;
  const title = signup.data
    ? t("signup.titleNamed", { name: payload.name ?? "" })
    : t("signup.title");
  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        <Link to="/anmeldungen" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" /> {t("signup.back")}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {signup.isPending ? <Loading /> : null}
      {signup.isError ? (
        <ErrorState error={signup.error} retry={() => void signup.refetch()} />
      ) : null}
      {signup.data ? (
        <>
          <SignupFacts signup={signup.data} payload={payload} />
          {signup.data.decision === null ? (
            <>
              <AcceptSignupForm signupId={signup.data.id} payload={payload} />
              <DeclineSignupForm signupId={signup.data.id} />
            </>
          ) : (
            <SignupDecision signup={signup.data} />
          )}
        </>
      ) : null}
    </div>
  );
}
