#!/usr/bin/env node
// Makes sure a Chromium for the browser tests exists: CHROME_PATH if set, else Debian's
// /usr/bin/chromium, installed with apt-get when missing (CI machines start without it;
// Playwright's own browser download cannot reach its servers here).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEFAULT_PATH = "/usr/bin/chromium";

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (process.env.CHROME_PATH) {
  if (!existsSync(process.env.CHROME_PATH)) {
    fail(
      `CHROME_PATH=${process.env.CHROME_PATH} does not exist. Point it at a Chromium binary or unset it.`,
    );
  }
  process.exit(0);
}
if (existsSync(DEFAULT_PATH)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const prefix = isRoot ? [] : ["sudo", "-n"];
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
if (!hasApt) {
  fail(
    `${DEFAULT_PATH} is missing and apt-get is not available. Install Chromium and set CHROME_PATH to its binary.`,
  );
}

function apt(...args) {
  const [command, ...rest] = [...prefix, "apt-get", ...args];
  console.log(`ensure-chromium: ${[command, ...rest].join(" ")}`);
  return spawnSync(command, rest, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  }).status;
}

// Installing first avoids a slow `apt-get update` when the package lists are fresh.
if (apt("install", "-y", "--no-install-recommends", "chromium") !== 0) {
  if (apt("update") !== 0 || apt("install", "-y", "--no-install-recommends", "chromium") !== 0) {
    fail(
      `could not install chromium with apt-get${isRoot ? "" : " (needs root or passwordless sudo)"}. Install it yourself or set CHROME_PATH.`,
    );
  }
}
if (!existsSync(DEFAULT_PATH)) fail(`apt-get finished but ${DEFAULT_PATH} is still missing.`);
console.log(`ensure-chromium: installed ${DEFAULT_PATH}`);
