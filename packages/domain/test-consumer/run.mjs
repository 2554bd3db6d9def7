// Consumer test: packs the library as npm would publish it, installs the tarball into a
// scratch project with plain npm, imports it from ESM JavaScript and type-checks a
// TypeScript file against it. This catches what in-repo tests cannot: a missing file in
// `files`, a wrong `exports` map, types that do not resolve for a real consumer.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, "..");
const scratch = mkdtempSync(join(tmpdir(), "integrationspaten-consumer-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

// The package must run in Node, browsers and Workers: no Node built-ins, no CommonJS.
const distFiles = readdirSync(join(pkgDir, "dist"), { recursive: true }).filter((f) =>
  String(f).endsWith(".js"),
);
for (const file of distFiles) {
  const code = readFileSync(join(pkgDir, "dist", String(file)), "utf8");
  const offending = code.match(
    /from\s+["'](node:[^"']+|fs|path|os|crypto|child_process)["']|\brequire\(/,
  );
  if (offending)
    throw new Error(
      `dist/${file} uses ${offending[0]}: the package must run in browsers and Workers`,
    );
}

try {
  run("pnpm", ["pack", "--pack-destination", scratch], pkgDir);
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");

  // What the tarball holds: every file `files` names, and no source map pointing at an
  // unshipped src/.
  const packed = run("tar", ["-tzf", join(scratch, tarball)], scratch)
    .split("\n")
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ""));
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  for (const entry of manifest.files) {
    if (!packed.some((file) => file === entry || file.startsWith(`${entry}/`)))
      throw new Error(`package.json lists "${entry}" in files, but the tarball has no such file`);
  }
  const maps = packed.filter((file) => file.endsWith(".map"));
  if (maps.length > 0 && !packed.some((file) => file.startsWith("src/")))
    throw new Error(`the tarball ships source maps (${maps[0]} …) that point at an unshipped src/`);

  const typescriptVersion = JSON.parse(
    run("node", ["-p", "JSON.stringify(require('typescript/package.json').version)"], pkgDir),
  );
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  cpSync(join(here, "fixtures"), scratch, { recursive: true });
  const npmInstall = (...specs) =>
    run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], scratch);
  npmInstall(`./${tarball}`, `typescript@${typescriptVersion}`);

  // Who never imports `./ics` needs neither `ics` nor its yup tree: it is an optional peer.
  if (existsSync(join(scratch, "node_modules", "ics")))
    throw new Error("installing the package pulled in `ics`, which only ./ics needs");
  process.stdout.write(run("node", ["consumer-root.mjs"], scratch));

  // Who uses calendar files installs `ics` beside the package.
  npmInstall(`ics@${manifest.devDependencies.ics}`);
  process.stdout.write(run("node", ["consumer.mjs"], scratch));
  // The public types resolve for a TypeScript consumer (no skipLibCheck: our .d.ts too).
  run("node", [join("node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], scratch);
  console.log("consumer test: consumer.ts type-checks against the packed types");

  // The README's examples must run as printed, from the packed tarball.
  const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
  const examples = {
    "musterland.mjs": [
      "Spricht Dari als Muttersprache.",
      "Das Modul „Behörden und Ämter“ fehlt noch.",
      "municipalities.0: Bitte wählen Sie einen Ort aus der Liste.",
    ],
    "calendar.mjs": ["Dienstag, 17. März 2026, 18:00–19:30 Uhr\ntrue true"],
  };
  for (const [file, expected] of Object.entries(examples)) {
    const example = readFileSync(join(pkgDir, "examples", file), "utf8");
    if (!readme.includes(example)) throw new Error(`README.md no longer contains examples/${file}`);
    writeFileSync(join(scratch, file), example);
    const output = run("node", [file], scratch);
    if (!expected.every((line) => output.includes(line))) {
      throw new Error(`README example ${file} printed something unexpected:\n${output}`);
    }
  }
  console.log("consumer test: ESM import and type check of the packed tarball passed");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
