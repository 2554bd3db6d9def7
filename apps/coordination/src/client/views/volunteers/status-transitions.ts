import type { VolunteerStatus } from "@integrationspaten/domain";
import { volunteerStatusChangeSchema } from "../../../shared/api.js";
import type { StatusChange } from "../../api/volunteers.js";

const CHANGES = volunteerStatusChangeSchema.shape.status.options;

/**
 * The status changes offered from a status: pause, resume (to the training or, for
 * someone certified before, to certified), start the training, end. Someone who left
 * (`retired`) is not brought back here; a new sign-up does that.
 *
 * @example
 * statusChangesFrom("paused") //=> ["in_training", "certified", "retired"]
 */
export function statusChangesFrom(status: VolunteerStatus): StatusChange[] {
  return CHANGES.filter((next) => allowed(status, next));
}

function allowed(from: VolunteerStatus, to: StatusChange): boolean {
  if (from === to || from === "retired") return false;
  if (to === "in_training") return from === "applicant" || from === "paused";
  if (to === "certified") return from === "paused";
  return to === "paused" || to === "retired";
}
