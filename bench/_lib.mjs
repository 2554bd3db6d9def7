// Helpers shared by the benchmark scripts (the runner skips files starting with `_`).
import { createServer } from "node:net";
import os from "node:os";
import { performance } from "node:perf_hooks";

/** mulberry32: a small seeded generator, so every run sees the same data. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const collectGarbage = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

/**
 * Times `run`: one cold call (compiling, filling caches), `warmUp - 1` further warm-up
 * calls, then `runs` measured calls, each after a garbage collection when the process
 * runs with --expose-gc.
 */
export function measure(run, { runs = 5, warmUp = 1 } = {}) {
  collectGarbage();
  const coldStart = performance.now();
  run();
  const cold = performance.now() - coldStart;
  for (let i = 1; i < warmUp; i++) run();
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    result = undefined;
    collectGarbage();
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { cold, median: median(times), min: Math.min(...times), max: Math.max(...times), result };
}

/** One line saying what the figures were measured on. */
export function machineLine() {
  const cpus = os.cpus();
  return `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${os.platform()} ${os.arch()}, Node ${process.version}`;
}

/** One line saying how the figures were taken. */
export function runsLine({ runs = 5, warmUp = 1 } = {}) {
  const warm = warmUp === 1 ? "one warm-up" : `${warmUp} warm-up runs`;
  const gc =
    typeof globalThis.gc === "function"
      ? ", gc() before each"
      : " (run with --expose-gc for steadier figures)";
  return `runs:    median of ${runs} after ${warm}${gc}`;
}

/** A Markdown table of measurements: label, median, min, max. */
export function timingTable(rows) {
  const ms = (value) => `${value.toFixed(1)} ms`.padStart(10);
  return [
    `| ${"step".padEnd(44)} | ${"median".padStart(10)} | ${"min".padStart(10)} | ${"max".padStart(10)} |`,
    `|${"-".repeat(46)}|${"-".repeat(12)}|${"-".repeat(12)}|${"-".repeat(12)}|`,
    ...rows.map(
      ([label, m]) => `| ${label.padEnd(44)} | ${ms(m.median)} | ${ms(m.min)} | ${ms(m.max)} |`,
    ),
  ].join("\n");
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port on 127.0.0.1 (for a `wrangler dev` of a benchmark). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Stops a child started with `detached: true` and everything it started (wrangler's
 * workerd, esbuild): SIGTERM to its process group, SIGKILL after 5 s.
 */
export async function stopProcessGroup(child) {
  if (!child || child.exitCode !== null) return;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      child.kill(name); // no group (already gone, or not detached)
    }
  };
  signal("SIGTERM");
  await Promise.race([new Promise((resolve) => child.once("exit", resolve)), sleep(5000)]);
  if (child.exitCode === null) signal("SIGKILL");
}
