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

/** One coordination point and the request categories it receives. */
export interface RoutedPoint {
  readonly point: CoordinationPoint;
  /** Ids of the district's active categories this point receives, in catalogue order. */
  readonly categories: readonly string[];
}

/**
 * Which coordination point answers which kind of request, for telling visitors before
 * they send one: every point that receives at least one active category, in the order of
 * the district's coordination points. One entry means one point answers everything.
 *
 * @example
 * routingOverview(alzeyWorms()).map((entry) => entry.point.id)
 * //=> ["kreisverwaltung"]
 */
export function routingOverview(
  district: Pick<District, "routing" | "coordinationPoints" | "categories">,
): RoutedPoint[] {
  const byPoint = new Map<string, string[]>();
  for (const category of district.categories) {
    const point = routeToCoordinationPoint(district, category.id);
    byPoint.set(point.id, [...(byPoint.get(point.id) ?? []), category.id]);
  }
  return district.coordinationPoints
    .filter((point) => byPoint.has(point.id))
    .map((point) => ({ point, categories: byPoint.get(point.id) ?? [] }));
}
