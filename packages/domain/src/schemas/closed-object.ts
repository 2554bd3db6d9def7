import * as z from "zod";

/**
 * An object schema that rejects keys it does not know — one issue per unknown key, at the
 * key's own path, with the known keys as a parameter so that the message can name the key
 * that was probably meant (see `formatIssues`).
 *
 * Why not `z.strictObject`: zod reports all unknown keys of an object as one issue without
 * the known ones, so "did you mean …?" is impossible. A typo such as `minExpertTalk: 5` in a
 * district configuration written in plain JavaScript would otherwise pass silently (and
 * there make everyone eligible). The catch-all runs together with the other fields, so
 * every problem is reported in one round.
 *
 * @example
 * parseWith(closedObject({ minExpertTalks: z.number() }), { minExpertTalk: 5 }).issues
 * //=> [{ field: "minExpertTalks", code: "field.required", … },
 * //    { field: "minExpertTalk", code: "field.unknownKeySuggestion", params: { key: "minExpertTalk", suggestion: "minExpertTalks" }, … }]
 */
export function closedObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodObject<Shape, z.core.$strict> {
  const known = Object.keys(shape).join(",");
  const unknownKey = z.unknown().check((ctx) => {
    ctx.issues.push({
      code: "custom",
      message: "field.unknownKey",
      params: { known },
      input: ctx.value,
    });
  });
  // The catch-all never lets a value through, so the output has exactly the shape's keys:
  // typing it as zod's strict object is true to what it returns.
  return z.object(shape).catchall(unknownKey) as unknown as z.ZodObject<Shape, z.core.$strict>;
}
