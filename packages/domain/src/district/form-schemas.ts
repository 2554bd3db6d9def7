import type { z } from "zod";
import { helpRequestFormSchema, volunteerSignupSchema } from "../schemas/forms.js";
import type { District } from "./define.js";

/**
 * The public form schemas narrowed to one district: municipalities and categories must be
 * ones the district offers. The site validates with these on the client and the worker
 * with the same ones on the server.
 *
 * Languages are not narrowed on the help request: a person who speaks a language no
 * volunteer offers still gets help (a bridge language or an interpreter), so the request
 * must not be refused.
 */
export function formSchemasFor(district: Pick<District, "municipalities" | "categories">) {
  const municipalities = new Set(district.municipalities.map((m) => m.id));
  const categories = new Set(district.categories.map((c) => c.id));

  const checkMunicipality = (id: string, ctx: z.core.$RefinementCtx) => {
    if (!municipalities.has(id)) {
      ctx.addIssue({
        code: "custom",
        message: "municipality.unknown",
        path: ["municipality"],
        input: id,
      });
    }
  };

  const volunteerSignup = volunteerSignupSchema.superRefine((form, ctx) => {
    checkMunicipality(form.municipality, ctx);
    form.categories.forEach((id, index) => {
      if (!categories.has(id)) {
        ctx.addIssue({
          code: "custom",
          message: "category.unknown",
          path: ["categories", index],
          input: id,
        });
      }
    });
  });

  const helpRequest = helpRequestFormSchema.superRefine((form, ctx) => {
    checkMunicipality(form.municipality, ctx);
    if (!categories.has(form.category)) {
      ctx.addIssue({
        code: "custom",
        message: "category.unknown",
        path: ["category"],
        input: form.category,
      });
    }
  });

  return { volunteerSignup, helpRequest };
}
