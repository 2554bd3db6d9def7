import { SUBMISSION_DECISIONS, SUBMISSION_STATUSES } from "@integrationspaten/database/submissions";
import { describe, expect, it } from "vitest";
import { submissionDecisionSchema, submissionStatusSchema } from "../src/shared/api.js";

// The app's contract repeats two lists of the database package, which the browser build
// cannot import (it names D1 types); this keeps them equal.
describe("the contract and the database", () => {
  it("know the same statuses and decisions of a submission", () => {
    expect(submissionStatusSchema.options).toEqual([...SUBMISSION_STATUSES]);
    expect(submissionDecisionSchema.options).toEqual([...SUBMISSION_DECISIONS]);
  });
});
