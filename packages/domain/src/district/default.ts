import { alzeyWormsConfig } from "./alzey-worms.js";
import { defineDistrict } from "./define.js";

/**
 * The validated Alzey-Worms district, used by the apps. Validated lazily so that
 * importing the package never throws and tree-shaking can drop it when unused.
 */
let cached: ReturnType<typeof defineDistrict> | undefined;
export function alzeyWorms(): ReturnType<typeof defineDistrict> {
  cached ??= defineDistrict(alzeyWormsConfig);
  return cached;
}
