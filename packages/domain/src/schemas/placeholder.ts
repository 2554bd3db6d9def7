import * as z from "zod";

/**
 * Marker for a value a district has not filled in yet (street address, phone number,
 * responsible person …). We never invent such data: the default configuration carries a
 * visible placeholder instead, and `findPlaceholders()` lists every one still unfilled so
 * that a build can print them.
 */
export const PLACEHOLDER_PREFIX = "⟦PLATZHALTER: ";
const PLACEHOLDER_SUFFIX = "⟧";

/**
 * Creates a placeholder string describing what is missing.
 *
 * @example
 * placeholder("Telefonnummer der Kreisverwaltung")
 * //=> "⟦PLATZHALTER: Telefonnummer der Kreisverwaltung⟧"
 */
export function placeholder(whatIsMissing: string): string {
  return `${PLACEHOLDER_PREFIX}${whatIsMissing}${PLACEHOLDER_SUFFIX}`;
}

/** Whether a value is a placeholder created by {@link placeholder}. */
export function isPlaceholder(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.startsWith(PLACEHOLDER_PREFIX) &&
    value.endsWith(PLACEHOLDER_SUFFIX)
  );
}

export const placeholderSchema = z.string().refine(isPlaceholder, { error: "placeholder.invalid" });

/** Accepts either a real value matching `schema` or a placeholder. */
export function orPlaceholder<T extends z.ZodType<string>>(schema: T) {
  return z.union([placeholderSchema, schema]);
}

export interface PlaceholderLocation {
  /** Dotted path inside the object, e.g. `coordinationPoints.0.contact.phone`. */
  path: string;
  /** What is missing, as written in the placeholder. */
  description: string;
}

/**
 * Lists every placeholder inside a (configuration) object, depth first, in a stable order.
 *
 * @example
 * findPlaceholders({ contact: { phone: placeholder("Telefon") } })
 * //=> [{ path: "contact.phone", description: "Telefon" }]
 */
export function findPlaceholders(value: unknown, path: string[] = []): PlaceholderLocation[] {
  if (isPlaceholder(value)) {
    return [
      {
        path: path.join("."),
        description: value.slice(PLACEHOLDER_PREFIX.length, -PLACEHOLDER_SUFFIX.length),
      },
    ];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findPlaceholders(item, [...path, String(index)]));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, [...path, key]));
  }
  return [];
}
