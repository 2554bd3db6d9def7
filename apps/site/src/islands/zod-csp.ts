/*
 * Imported first by the island entry points, before zod builds any schema. zod probes
 * `new Function("")` to decide whether it may compile fast parsers; our CSP has no
 * 'unsafe-eval', so the probe is reported as a policy violation even though zod catches
 * it. `jitless` skips the probe (zod reads this global config object when it loads).
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig ??= {};
scope.__zod_globalConfig.jitless = true;

export {};
