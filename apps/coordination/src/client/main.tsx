import "@kern-ux/native/dist/fonts/fira-sans.css";
import "@kern-ux/native/dist/kern.min.css";
import "./styles.css";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { isApiError } from "./api/http.js";
import { currentLocale, loadLocale } from "./i18n/locale.js";
import { createWorkspaceRouter } from "./router.js";
import { markNavigated } from "./ui/navigation-focus.js";

document.documentElement.lang = currentLocale();

/**
 * A 401 in the middle of work (the sign-in expired): forget who was signed in and let the
 * router decide again — the development sign-in, or the page that says Access expired.
 * (Only when someone was signed in: the router's own check of /api/me handles the rest.)
 */
function onError(error: unknown) {
  if (isApiError(error) && error.status === 401 && queryClient.getQueryData(["me"]) !== undefined) {
    queryClient.removeQueries({ queryKey: ["me"] });
    void router.invalidate();
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // 4xx answers do not get better by asking again.
      retry: (count, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createWorkspaceRouter(queryClient);
router.history.subscribe(markNavigated);

const root = document.getElementById("app");
if (root) {
  // The remembered language's catalogue first (German is built in; English is a chunk).
  await loadLocale(currentLocale()).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
