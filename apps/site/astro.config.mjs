// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

// Static output: the site is plain HTML on any static host. React is configured now so that
// later islands (forms) live in src/islands/ without touching this file again; pages that
// use no island ship no JavaScript.
export default defineConfig({
  output: "static",
  integrations: [react()],
});
