import { zonedDate } from "@integrationspaten/domain";
import { workspaceDistrict } from "../../shared/district.js";

/** Today's calendar day in the district's time zone (Workers run in UTC). */
export function districtToday(now: Date = new Date()): string {
  return zonedDate(now, workspaceDistrict().district.timeZone);
}
