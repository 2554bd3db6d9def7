import type { AstroIntegration } from "astro";

/**
 * React's fast-refresh preamble, as Vite's "Backend Integration" guide gives it for pages
 * that Vite's own HTML handling does not serve.
 */
const PREAMBLE = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

/**
 * React's fast-refresh preamble on every page of the dev server.
 *
 * Astro loads the preamble only before its own `<astro-island>`s hydrate. Our forms hydrate
 * through their own external scripts instead (the CSP allows no inline script, which
 * `client:*` islands need), so under `astro dev` every transformed `.tsx` module threw
 * "@vitejs/plugin-react can't detect preamble" and the forms stayed plain HTML. A "page"
 * script is an external module placed before the pages' own scripts. Production builds
 * are untouched.
 */
export function devReactPreamble(): AstroIntegration {
  return {
    name: "integrationspaten:dev-react-preamble",
    hooks: {
      "astro:config:setup": ({ command, injectScript }) => {
        if (command === "dev") injectScript("page", PREAMBLE);
      },
    },
  };
}
