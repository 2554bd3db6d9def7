import * as z from "zod";

/** One problem with one field of a submission. */
export const submissionFieldIssueSchema = z.object({
  /**
   * Dotted path of the field in the payload (`contactEmail`, `languages.0.level`); empty
   * for a problem of the whole submission.
   */
  field: z.string(),
  /** What is wrong and how to fix it, in the language of the answer. */
  message: z.string().min(1),
});

export type SubmissionFieldIssue = z.infer<typeof submissionFieldIssueSchema>;

/**
 * The JSON body of every error answer of the forms worker (4xx and 5xx): one catalogued
 * error, its message in German or English, and for `validation_failed` (422) the problem
 * of each field. Unknown properties are ignored, so the worker may add some.
 */
export const submissionErrorBodySchema = z.object({
  error: z.object({
    /**
     * Name of the error in the worker's catalogue (`validation_failed`, `rate_limited` …).
     * A name never changes once published; clients and logs key on it.
     */
    code: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** What happened, in German or English (the submission's language decides). */
    message: z.string().min(1),
    /**
     * The problems of single fields, in the order of the form; present on
     * `validation_failed`. At most the first 25 are listed, however many there are.
     */
    issues: z.array(submissionFieldIssueSchema).optional(),
    /** How many problems there are in all (more than `issues` lists when it was capped). */
    issueCount: z.number().int().nonnegative().optional(),
  }),
});

export type SubmissionErrorBody = z.infer<typeof submissionErrorBodySchema>;
