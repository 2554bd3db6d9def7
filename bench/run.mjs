// Runs the benchmark scripts in this folder one after another (or those named as
// arguments, e.g. `pnpm bench matching`). Benchmarks print figures; they never fail on
// time and are not part of `pnpm test`.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((file) => file.endsWith(".mjs") && file !== "run.mjs" && !file.startsWith("_"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

for (const script of scripts) {
  console.log(`\n=== bench/${script} ===`);
  execFileSync(process.execPath, ["--expose-gc", join(here, script)], { stdio: "inherit" });
}
