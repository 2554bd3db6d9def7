import * as z from "zod";
import { closedObject } from "../schemas/closed-object.js";
import { idSchema, localizedTextSchema } from "../schemas/common.js";

/** A kind of help the programme offers, as shown on the request form. */
export const requestCategorySchema = closedObject({
  /** Stable id, used in forms, URLs and matching. */
  id: idSchema,
  /** Short name ("Arztbesuche"). */
  label: localizedTextSchema,
  /** One or two sentences on what volunteers do here. */
  description: localizedTextSchema,
  /** A volunteer must speak one of the person's languages (no bridge language). */
  requiresSharedLanguage: z.boolean(),
  /** Only certified volunteers may take it; otherwise volunteers in training may too. */
  certifiedOnly: z.boolean(),
  /**
   * Volunteers need a clear extended certificate of good conduct seen in the last five
   * years (schools usually ask for it when volunteers work with minors).
   */
  requiresGoodConduct: z.boolean().default(false),
  /** A note shown with the category, e.g. why Kindergeld requests are urgent. */
  hint: localizedTextSchema.optional(),
});
export type RequestCategory = z.output<typeof requestCategorySchema>;
export type RequestCategoryInput = z.input<typeof requestCategorySchema>;

/**
 * A change to an existing category: exactly the fields it names, nothing else. No field
 * has a default here — a default would silently reset what the change does not mention
 * (changing only the label of `schule` once turned off its good-conduct requirement).
 */
export const requestCategoryPatchSchema = closedObject({
  /** New short name. */
  label: localizedTextSchema.optional(),
  /** New description. */
  description: localizedTextSchema.optional(),
  /** Whether a volunteer must speak one of the person's languages. */
  requiresSharedLanguage: z.boolean().optional(),
  /** Whether only certified volunteers may take it. */
  certifiedOnly: z.boolean().optional(),
  /** Whether a clear extended certificate of good conduct is needed. */
  requiresGoodConduct: z.boolean().optional(),
  /** New note shown with the category; `null` removes the category's note. */
  hint: localizedTextSchema.nullable().optional(),
});
export type RequestCategoryPatch = z.output<typeof requestCategoryPatchSchema>;

/** How a district changes the default catalogue without forking it. */
export const catalogueChangesSchema = closedObject({
  /** New categories. Their ids must not exist yet. */
  add: z.array(requestCategorySchema).default([]),
  /** New labels, descriptions or rules for existing categories, by id. */
  modify: z.record(idSchema, requestCategoryPatchSchema).default({}),
  /** Ids of categories the district does not offer. */
  disable: z.array(idSchema).default([]),
});
export type CatalogueChanges = z.output<typeof catalogueChangesSchema>;
export type CatalogueChangesInput = z.input<typeof catalogueChangesSchema>;
