import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { devCoordinatorsQuery, devSignOut } from "../../api/identity.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";

/** Signing out exists only with the development sign-in; Access has its own. */
export function SignOutButton() {
  const { t } = useI18n();
  const dev = useQuery(devCoordinatorsQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!dev.data) return null;
  return (
    <Button
      variant="secondary"
      small
      icon="logout"
      onClick={async () => {
        await devSignOut().catch(() => undefined);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "dev" });
        await navigate({ to: "/anmelden" });
      }}
    >
      {t("layout.signOut")}
    </Button>
  );
}
