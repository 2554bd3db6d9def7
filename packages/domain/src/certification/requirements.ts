import { EXCUSED, PRESENT } from "./attendance-index.js";
import type { Curriculum } from "./curriculum.js";
import type { CertificationPolicy } from "./policy.js";

/** The four kinds of requirement a policy can set. */
export type RequirementKind = "expert_talks" | "workshops" | "module" | "attendance_rate";

/** How far one volunteer is with one requirement, as numbers (no text). */
export interface RequirementOutcome {
  /** Stable id: `expert_talks`, `workshops`, `module:<module id>` or `attendance_rate`. */
  id: string;
  /** Which kind of requirement. */
  kind: RequirementKind;
  /** The module, for requirements of kind `module`. */
  module?: string;
  /**
   * Sessions needed (talks, workshops; 1 for a module), or for the attendance rate the
   * share needed, 0…1.
   */
  required: number;
  /** Sessions attended (of that kind or module), or the attendance rate reached, 0…1. */
  achieved: number;
  /** Whether `achieved` reaches `required`. */
  met: boolean;
  /** `achieved / required`, capped at 1; always below 1 while the requirement is unmet. */
  progress: number;
}

/** What one volunteer's records say about the curriculum. */
export interface AttendanceTally {
  /** Sessions in the curriculum. */
  sessions: number;
  /** Sessions attended. */
  present: number;
  /** Sessions missed with an excuse. */
  excused: number;
  /** Sessions missed without an excuse, or without any record. */
  absent: number;
}

/** Result of {@link assessRequirements}. */
export interface Assessment {
  /** One entry per active requirement: talks, workshops, each module, the rate. */
  requirements: RequirementOutcome[];
  /** Counts behind the requirements. */
  tally: AttendanceTally;
  /** Whether every requirement is met (also when there are none). */
  eligible: boolean;
  /** Mean of the requirements' progress (1 when there are none); below 1 unless eligible. */
  progress: number;
}

/** The largest number below 1: progress of something not yet done never shows as 100 %. */
const JUST_BELOW_ONE = 1 - Number.EPSILON / 2;

function progressOf(achieved: number, required: number, met: boolean): number {
  return met ? 1 : Math.min(achieved / required, JUST_BELOW_ONE);
}

function countRequirement(
  kind: "expert_talks" | "workshops",
  required: number,
  achieved: number,
): RequirementOutcome {
  const met = achieved >= required;
  return { id: kind, kind, required, achieved, met, progress: progressOf(achieved, required, met) };
}

/**
 * The core of the certification rules: a pure function over already validated data that
 * measures one volunteer's attendance row against the policy. Both `evaluateCertification`
 * and `evaluateCohort` end here.
 *
 * A requirement is active when the policy asks for it: `minExpertTalks > 0`,
 * `minWorkshops > 0`, each required module, `minAttendanceRate > 0`. A policy without any
 * active requirement makes everyone eligible — that is what it says.
 *
 * The attendance rate is attended ÷ counted sessions, where excused absences count
 * according to `policy.excusedAbsences`. When no session counts (an empty curriculum, or
 * every session excused under `excluded`) the rate is 0: nobody has shown any attendance,
 * so a positive minimum is not met; a minimum of 0 is no requirement at all.
 *
 * @example
 * const { eligible, requirements } = assessRequirements(policy, curriculum, row);
 * requirements.map((r) => [r.id, r.achieved, r.met])
 * //=> [["expert_talks", 3, false], ["workshops", 2, true], ["attendance_rate", 0.8, true]]
 */
export function assessRequirements(
  policy: CertificationPolicy,
  curriculum: Curriculum,
  row: Uint8Array,
): Assessment {
  const { isWorkshop, requiredModuleIndex, requiredModules } = curriculum;
  const size = curriculum.sessions.length;
  // A plain array: allocating a typed array per volunteer costs more than it saves.
  const attendedPerModule: number[] = requiredModules.map(() => 0);
  let talks = 0;
  let workshops = 0;
  let excused = 0;
  for (let position = 0; position < size; position++) {
    const status = row[position];
    if (status === PRESENT) {
      if (isWorkshop[position] === 1) workshops++;
      else talks++;
      const module = requiredModuleIndex[position] ?? -1;
      if (module >= 0) attendedPerModule[module] = (attendedPerModule[module] ?? 0) + 1;
    } else if (status === EXCUSED) {
      excused++;
    }
  }
  const present = talks + workshops;
  const tally = { sessions: size, present, excused, absent: size - present - excused };

  const requirements: RequirementOutcome[] = [];
  if (policy.minExpertTalks > 0) {
    requirements.push(countRequirement("expert_talks", policy.minExpertTalks, talks));
  }
  if (policy.minWorkshops > 0) {
    requirements.push(countRequirement("workshops", policy.minWorkshops, workshops));
  }
  requiredModules.forEach((module, index) => {
    const achieved = attendedPerModule[index] ?? 0;
    const met = achieved >= 1;
    requirements.push({
      id: `module:${module}`,
      kind: "module",
      module,
      required: 1,
      achieved,
      met,
      progress: progressOf(achieved, 1, met),
    });
  });
  if (policy.minAttendanceRate > 0) {
    // An excused absence counted "as attended" helps only the rate: the volunteer did not
    // hear the talk or take part in the workshop, so it never counts as an attended talk,
    // workshop or module above.
    const attended = policy.excusedAbsences === "count_as_attended" ? present + excused : present;
    const counted = policy.excusedAbsences === "excluded" ? size - excused : size;
    const rate = counted === 0 ? 0 : attended / counted;
    const met = rate >= policy.minAttendanceRate;
    requirements.push({
      id: "attendance_rate",
      kind: "attendance_rate",
      required: policy.minAttendanceRate,
      achieved: rate,
      met,
      progress: progressOf(rate, policy.minAttendanceRate, met),
    });
  }

  let eligible = true;
  let sum = 0;
  for (const requirement of requirements) {
    eligible &&= requirement.met;
    sum += requirement.progress;
  }
  const mean = requirements.length === 0 ? 1 : sum / requirements.length;
  // Rounding could lift a mean of values just below 1 to exactly 1; keep 1 for "done".
  const progress = eligible ? 1 : Math.min(mean, JUST_BELOW_ONE);
  return { requirements, tally, eligible, progress };
}
