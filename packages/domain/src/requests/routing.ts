import type { District } from "../district/define.js";
import type { CoordinationPoint } from "../schemas/coordination-point.js";

/**
 * The coordination point that receives requests of a category: the one the district
 * routes that category to, otherwise its default. `defineDistrict` guarantees that both
 * exist; a district that skipped it and routes to a missing point is a programming error
 * and throws a `RangeError` naming the id.
 *
 * @example
 * routeToCoordinationPoint(alzeyWorms(), "schule").id
 * //=> "kreisverwaltung"
 */
export function routeToCoordinationPoint(
  district: Pick<District, "routing" | "coordinationPoints">,
  category: string,
): CoordinationPoint {
  const id = Object.hasOwn(district.routing.byCategory, category)
    ? (district.routing.byCategory[category] ?? district.routing.default)
    : district.routing.default;
  const point = district.coordinationPoints.find((p) => p.id === id);
  if (!point)
    throw new RangeError(
      `The district routes "${category}" to the coordination point "${id}", which does not exist. Validate the district with defineDistrict().`,
    );
  return point;
}
