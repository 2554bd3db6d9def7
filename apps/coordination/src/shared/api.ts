import { volunteerStatusSchema } from "@integrationspaten/domain";
import { z } from "zod";
import { workspaceDistrict } from "./district.js";

/*
 * The contract between the workspace's React app and its Worker: request bodies are
 * validated with these schemas on both sides, and the response types are inferred from
 * them, so the two cannot drift apart. Record fields come from the domain's schemas
 * (`schemasFor(district)`), narrowed to the district's municipalities, languages and
 * request categories.
 */

const { schemas } = workspaceDistrict();
const volunteerRecord = schemas.volunteer;

/** Roles of the workspace (see migrations/0006). */
export const coordinatorRoleSchema = z.enum(["coordinator", "administrator"]);
export type CoordinatorRole = z.output<typeof coordinatorRoleSchema>;

/** The signed-in person, as /api/me returns it. */
export const coordinatorSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: coordinatorRoleSchema,
  /** Coordination point ids; an administrator sees every point whatever is listed. */
  points: z.array(z.string()),
  active: z.boolean(),
});
export type Coordinator = z.output<typeof coordinatorSchema>;

/** A coordination point of the district; the message key comes from the domain's catalogue. */
export const pointIdSchema = z
  .string()
  .refine((id) => workspaceDistrict().district.coordinationPoints.some((p) => p.id === id), {
    error: "district.unknownCoordinationPoint",
  });

/** What an administrator sends to create or change a coordinator. */
export const coordinatorInputSchema = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(120),
  role: coordinatorRoleSchema,
  points: z.array(pointIdSchema).max(20),
  active: z.boolean().default(true),
});
export type CoordinatorInput = z.input<typeof coordinatorInputSchema>;

/** How the workspace reaches a volunteer; only coordinators of the volunteer's point see it. */
export const volunteerContactSchema = z.strictObject({
  email: z.email().max(254),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^\+?[0-9 ()/-]{5,}$/)
    .optional(),
});

/**
 * The parts of a volunteer record a coordinator edits: the domain's volunteer without what
 * the workspace manages itself (id, status, certificate, assignments), plus contact data.
 */
export const volunteerProfileSchema = volunteerRecord
  .omit({
    id: true,
    status: true,
    certificateNumber: true,
    certificateValidUntil: true,
    assignments: true,
  })
  .extend({ contact: volunteerContactSchema });
export type VolunteerProfile = z.output<typeof volunteerProfileSchema>;
export type VolunteerProfileInput = z.input<typeof volunteerProfileSchema>;

/** A volunteer as the API returns it. */
export const volunteerSchema = z.object({
  id: z.string(),
  coordinationPoint: z.string(),
  status: volunteerStatusSchema,
  profile: volunteerProfileSchema,
  signupId: z.string().nullable(),
  endedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VolunteerRecord = z.output<typeof volunteerSchema>;

/** One line of the roster: enough to find someone, no contact data. */
export const rosterEntrySchema = volunteerSchema
  .pick({
    id: true,
    coordinationPoint: true,
    status: true,
    updatedAt: true,
  })
  .extend({
    displayName: z.string(),
    municipalities: z.array(z.string()),
    languages: z.array(z.string()),
  });
export type RosterEntry = z.output<typeof rosterEntrySchema>;

/**
 * Where the next page of the roster starts: the last line's name and id (keyset paging,
 * so a page costs the same however far down the list it is). Opaque to the client.
 */
export const rosterCursorSchema = z
  .string()
  .max(400)
  .transform((value, ctx) => {
    try {
      const decoded: unknown = JSON.parse(
        new TextDecoder().decode(
          Uint8Array.from(atob(value.replaceAll("-", "+").replaceAll("_", "/")), (ch) =>
            ch.charCodeAt(0),
          ),
        ),
      );
      const cursor = z.tuple([z.string(), z.string()]).safeParse(decoded);
      if (cursor.success) return { name: cursor.data[0], id: cursor.data[1] };
    } catch {
      // falls through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "cursor.invalid" });
    return z.NEVER;
  });

/** Encodes a roster cursor (the inverse of {@link rosterCursorSchema}). */
export function rosterCursor(name: string, id: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify([name, id]));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The roster's query: filters, a name search, and the page. */
export const rosterQuerySchema = z.object({
  status: volunteerStatusSchema.optional(),
  coordinationPoint: z.string().max(80).optional(),
  q: z.string().trim().max(100).optional(),
  after: rosterCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type RosterQuery = z.output<typeof rosterQuerySchema>;

/** One page of the roster, how many match in all, and where the next page starts. */
export const rosterPageSchema = z.object({
  volunteers: z.array(rosterEntrySchema),
  total: z.number().int(),
  next: z.string().nullable(),
});
export type RosterPage = z.output<typeof rosterPageSchema>;

/** Accepting a sign-up: the volunteer record as the coordinator completed it. */
export const acceptSignupSchema = z.strictObject({
  profile: volunteerProfileSchema,
  /** Where the volunteer starts: usually the training. */
  status: z.enum(["applicant", "in_training"]).default("in_training"),
});
export type AcceptSignupInput = z.input<typeof acceptSignupSchema>;

/**
 * Reasons for declining a sign-up: a fixed list the district can report on, never free
 * text about the person.
 */
export const DECLINE_REASONS = [
  "no_capacity",
  "outside_district",
  "not_reachable",
  "withdrawn",
  "duplicate",
  "requirements_not_met",
] as const;
export const declineSignupSchema = z.strictObject({ reason: z.enum(DECLINE_REASONS) });
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Status changes of a volunteer: pause, resume, end (leave the programme). */
export const volunteerStatusChangeSchema = z.strictObject({
  status: z.enum(["applicant", "in_training", "certified", "paused", "retired"]),
});

// --- Submissions (sign-ups and help requests, as the forms worker stored them) ----------

/**
 * Lifecycle of a help request. The database package keeps the same list for its CHECK
 * constraint; test/contract.test.ts holds the two together (the browser build cannot
 * import the database package, which names D1 types).
 */
export const submissionStatusSchema = z.enum(["new", "in_progress", "forwarded", "closed"]);
export type SubmissionStatus = z.output<typeof submissionStatusSchema>;
export const submissionDecisionSchema = z.enum(["accepted", "declined"]);

/** A stored submission as GET /api/signups/:id and /api/help-requests/:id return it. */
export const submissionSchema = z.object({
  id: z.string(),
  kind: z.enum(["volunteer_signup", "help_request"]),
  status: submissionStatusSchema,
  coordinationPoint: z.string(),
  locale: z.string().nullable(),
  /** The form as the public site sent it (validated there by the domain's form schemas). */
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  decision: submissionDecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
});
export type Submission = z.output<typeof submissionSchema>;

/** One line of GET /api/signups. */
export const signupSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  coordinationPoint: z.string(),
  locale: z.string().nullable(),
  decision: submissionDecisionSchema.nullable(),
  /** When it was answered (null while open). */
  decidedAt: z.string().nullable(),
  name: z.string(),
  municipality: z.string(),
  languages: z.array(z.string()),
  categories: z.array(z.string()),
});
export type SignupSummary = z.output<typeof signupSummarySchema>;

/** GET /api/overview: counts only (no personal data, so no audit entry). */
export const overviewSchema = z.object({
  openSignups: z.number(),
  openHelpRequests: z.number(),
  volunteers: z.record(volunteerStatusSchema, z.number()),
});
export type Overview = z.output<typeof overviewSchema>;

// --- Audit log ---------------------------------------------------------------------------

/** What happened to a record. */
export const auditActionSchema = z.enum([
  "read",
  "list",
  "export",
  "create",
  "update",
  "status",
  "accept",
  "decline",
  "erase",
]);
export type AuditAction = z.output<typeof auditActionSchema>;

/** The kinds of records the workspace keeps. */
export const auditRecordTypeSchema = z.enum([
  "signup",
  "volunteer",
  "help_request",
  "submission",
  "coordinator",
  "session",
  "attendance",
  "certificate",
]);
export type AuditRecordType = z.output<typeof auditRecordTypeSchema>;

/** One entry of the audit log. */
export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  action: auditActionSchema,
  recordType: auditRecordTypeSchema,
  recordId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

/** Every error answer: `{ error: { code, message, issues? } }` in the requested language. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.output<typeof errorBodySchema>;

// --- Training: sessions and attendance -------------------------------------------------

/**
 * A session as a coordinator enters it: the domain's training session (local date and
 * times in the district's zone, module from the curriculum) without the id and the
 * cancellation, which have their own endpoints.
 */
export const sessionInputSchema = z
  .object(schemas.trainingSession.shape)
  .omit({ id: true, cancelled: true })
  // The domain's own rule (zod cannot omit keys of a refined object, so it is repeated).
  .refine((s) => s.start < s.end, { error: "session.endBeforeStart", path: ["end"] });
export type SessionInput = z.input<typeof sessionInputSchema>;

/** Attendance counts of one session. */
export const attendanceCountsSchema = z.object({
  present: z.number(),
  excused: z.number(),
  absent: z.number(),
});

/** A session as the API returns it. `sequence` rises with every change (calendar SEQUENCE). */
export const sessionSchema = z.object({
  id: z.string(),
  kind: z.enum(["expert_talk", "workshop"]),
  module: z.string(),
  title: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  location: z.string().nullable(),
  cancelled: z.boolean(),
  sequence: z.number(),
  attendance: attendanceCountsSchema,
  updatedAt: z.string(),
});
export type SessionRecord = z.output<typeof sessionSchema>;

export const attendanceStatusSchema = z.enum(["present", "excused", "absent"]);
export type AttendanceMark = z.output<typeof attendanceStatusSchema>;

/** One line of a session's attendance list: a volunteer and their mark (null: none yet). */
export const attendanceEntrySchema = z.object({
  volunteerId: z.string(),
  displayName: z.string(),
  coordinationPoint: z.string(),
  volunteerStatus: volunteerStatusSchema,
  status: attendanceStatusSchema.nullable(),
});
export type AttendanceEntry = z.output<typeof attendanceEntrySchema>;

/** The whole list of one session, saved as one request. */
export const attendanceUpdateSchema = z.strictObject({
  records: z
    .array(z.strictObject({ volunteerId: z.string().max(80), status: attendanceStatusSchema }))
    .max(1000),
});
export type AttendanceUpdate = z.input<typeof attendanceUpdateSchema>;

// --- Certification ----------------------------------------------------------------------

export const certificateStateSchema = z.enum(["valid", "renewal_due", "expired", "revoked"]);
export type CertificateState = z.output<typeof certificateStateSchema>;

/** A certificate as the workspace shows it. */
export const certificateRecordSchema = z.object({
  number: z.string(),
  volunteerId: z.string().nullable(),
  holderName: z.string().nullable(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  renewalDueOn: z.string().nullable(),
  state: certificateStateSchema,
  revokedOn: z.string().nullable(),
  revocationReason: z.string().nullable(),
  /** Labels of the modules the holder attended (German), as printed on the certificate. */
  modules: z.array(z.string()),
});
export type CertificateRecord = z.output<typeof certificateRecordSchema>;

/** One requirement of the policy with the domain's sentence („3 Fachvorträge besucht (nötig: 4).“). */
export const requirementSchema = z.object({
  kind: z.string(),
  met: z.boolean(),
  message: z.string(),
});

/** Where one volunteer stands, as GET /api/volunteers/:id/certification returns it. */
export const certificationProgressSchema = z.object({
  volunteerId: z.string(),
  eligible: z.boolean(),
  /** 0…1 */
  progress: z.number(),
  requirements: z.array(requirementSchema),
  /** One sentence per unmet requirement („Es fehlen noch 2 Workshops.“). */
  missing: z.array(z.string()),
  attended: z.array(
    z.object({
      sessionId: z.string(),
      title: z.string(),
      date: z.string(),
      status: attendanceStatusSchema,
    }),
  ),
  certificates: z.array(certificateRecordSchema),
});
export type CertificationProgress = z.output<typeof certificationProgressSchema>;

/** One line of the cohort view: who is eligible now, who is close. */
export const cohortEntrySchema = z.object({
  volunteerId: z.string(),
  displayName: z.string(),
  coordinationPoint: z.string(),
  volunteerStatus: volunteerStatusSchema,
  eligible: z.boolean(),
  progress: z.number(),
  missing: z.array(z.string()),
  certificate: z.object({ number: z.string(), state: certificateStateSchema }).nullable(),
});
export type CohortEntry = z.output<typeof cohortEntrySchema>;

/** Progress from which a volunteer counts as „close“ to the certificate. */
export const COHORT_CLOSE = 0.75;

/** The cohort's groups, in the order the view shows them. */
export const COHORT_GROUPS = ["eligible", "close", "others"] as const;
export type CohortGroupName = (typeof COHORT_GROUPS)[number];

/** At most this many of the others (furthest along first) are listed; all are counted. */
export const COHORT_OTHERS_LISTED = 100;

/**
 * The cohort view: everyone who can be certified now or is close, in full; of the rest
 * (with hundreds in training, most of the list) the furthest along and the count.
 */
export const cohortSchema = z.object({
  groups: z.object({
    eligible: z.array(cohortEntrySchema),
    close: z.array(cohortEntrySchema),
    others: z.array(cohortEntrySchema),
  }),
  counts: z.object({ eligible: z.number(), close: z.number(), others: z.number() }),
});
export type Cohort = z.output<typeof cohortSchema>;

/** Reasons for revoking a certificate: a fixed list, never free text about the person. */
export const REVOCATION_REASONS = [
  "issued_in_error",
  "misconduct",
  "left_programme",
  "replaced",
] as const;
export const revokeCertificateSchema = z.strictObject({ reason: z.enum(REVOCATION_REASONS) });

// --- Help requests as cases: inbox, matching, forwarding, follow-up --------------------

/** Where a case stands: nobody asked yet (or the last one declined), asked, taken, done. */
export const CASE_STATES = ["open", "offered", "accepted", "closed"] as const;
export const caseStateSchema = z.enum(CASE_STATES);
export type CaseState = z.output<typeof caseStateSchema>;

/** How a case ended; `unrecorded` only for cases closed before outcomes were recorded. */
export const CASE_OUTCOMES = ["took_place", "withdrawn", "nobody_found", "referred"] as const;
export const caseOutcomeSchema = z.enum([...CASE_OUTCOMES, "unrecorded"]);
export type CaseOutcome = z.output<typeof caseOutcomeSchema>;

/** One volunteer asked for a case, and what became of it. */
export const ASSIGNMENT_STATES = [
  "offered",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
  "released",
] as const;
export const assignmentStateSchema = z.enum(ASSIGNMENT_STATES);
export type AssignmentState = z.output<typeof assignmentStateSchema>;

/** Why a volunteer says no: a fixed list, never free text. */
export const VOLUNTEER_DECLINE_REASONS = ["no_time", "too_far", "not_suitable", "other"] as const;
export type VolunteerDeclineReason = (typeof VOLUNTEER_DECLINE_REASONS)[number];

/** The volunteer's answer to „Hat der Termin stattgefunden?“. */
export const FOLLOW_UP_ANSWERS = ["yes", "postponed", "no"] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];

/** Inbox filters; `active` is everything not closed. */
export const caseListQuerySchema = z.object({
  state: z.enum([...CASE_STATES, "active"]).default("active"),
  category: z.string().max(80).optional(),
  language: z.string().max(35).optional(),
  municipality: z.string().max(80).optional(),
});
export type CaseListQuery = z.input<typeof caseListQuerySchema>;

/** One line of the inbox: ids of the district's catalogue, which the app labels. */
export const caseSummarySchema = z.object({
  id: z.string(),
  coordinationPoint: z.string(),
  state: caseStateSchema,
  outcome: caseOutcomeSchema.nullable(),
  category: z.string(),
  municipality: z.string(),
  /** The requester's languages, most preferred first. */
  languages: z.array(z.string()),
  /** Language of the page the request was sent from (`ar` for the Arabic form). */
  locale: z.string(),
  receivedAt: z.string(),
  /** A concrete appointment date the requester named, if any. */
  preferredDate: z.string().nullable(),
  /** The preferred date is at most seven days away (or past) and nobody has taken it. */
  urgent: z.boolean(),
  /** Open again after someone declined, did not answer, was withdrawn or released it. */
  returned: z.boolean(),
  /** The volunteer asked or taken right now, if any. */
  volunteer: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** Until when the current offer waits for an answer. */
  offerExpiresAt: z.string().nullable(),
});
export type CaseSummary = z.output<typeof caseSummarySchema>;

/** One volunteer asked for the case. */
export const assignmentSchema = z.object({
  id: z.string(),
  /** Null once the volunteer was erased. */
  volunteer: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  state: assignmentStateSchema,
  offeredAt: z.string(),
  expiresAt: z.string(),
  answeredAt: z.string().nullable(),
  declineReason: z.enum(VOLUNTEER_DECLINE_REASONS).nullable(),
  followUp: z.enum(FOLLOW_UP_ANSWERS).nullable(),
});
export type Assignment = z.output<typeof assignmentSchema>;

/** One step of a case's history: who and when, never personal data. */
export const caseEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorType: z.enum(["coordinator", "volunteer", "system"]),
  /** The coordinator's name, or the volunteer's (while on record). */
  actorName: z.string().nullable(),
  event: z.enum([
    "opened",
    "forwarded",
    "accepted",
    "declined",
    "expired",
    "withdrawn",
    "released",
    "appointment",
    "follow_up",
    "closed",
    "reopened",
    "mail_failed",
    "anonymised",
  ]),
  assignmentId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
});
export type CaseEvent = z.output<typeof caseEventSchema>;

/** The agreed appointment: local date and times in the district, and where. */
export const appointmentSchema = z
  .strictObject({
    date: z.iso.date(),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    place: z.string().trim().max(200).optional(),
  })
  .refine((a) => a.start < a.end, { path: ["end"], message: "time.range" });
export type Appointment = z.output<typeof appointmentSchema>;

/** A case with the request (contact data included: coordinators call back), steps, history. */
export const caseDetailSchema = caseSummarySchema.extend({
  /** The stored request; null once retention anonymised the case. */
  request: z.record(z.string(), z.unknown()).nullable(),
  appointment: appointmentSchema.nullable(),
  assignments: z.array(assignmentSchema),
  history: z.array(caseEventSchema),
});
export type CaseDetail = z.output<typeof caseDetailSchema>;

/** A suggested or excluded volunteer, with the domain's reasons as sentences. */
export const matchEntrySchema = z.object({
  volunteerId: z.string(),
  displayName: z.string(),
  rank: z.number().nullable(),
  reasons: z.array(z.string()),
  /** Already asked for this case (declined, did not answer, withdrawn). */
  askedBefore: z.boolean(),
});
export type MatchEntry = z.output<typeof matchEntrySchema>;

/** The suggestion for one case: the domain's ranking over the visible volunteers. */
export const matchingSchema = z.object({
  step: z.enum(["shared_language", "bridge_language", "interpreter", "none"]),
  summary: z.string(),
  candidates: z.array(matchEntrySchema),
  /** How many volunteers are not suggested; their reasons with `?excluded=true`. */
  excludedCount: z.number(),
  excluded: z.array(matchEntrySchema).nullable(),
  /** The best candidate not asked before: the suggestion after a decline. */
  next: z.string().nullable(),
});
export type MatchingResult = z.output<typeof matchingSchema>;

export const forwardSchema = z.strictObject({ volunteerId: z.string().min(1).max(80) });
export const closeCaseSchema = z.strictObject({ outcome: z.enum(CASE_OUTCOMES) });

// --- Report for the district ------------------------------------------------------------

/** Which year (and, for a coordinator, only their points) the report covers. */
export const reportQuerySchema = z.object({
  year: z.coerce.number().int().min(2020).max(2100),
});

/** A count per key of one dimension (category id, municipality id, language tag, outcome). */
export const reportCountSchema = z.object({ key: z.string(), count: z.number() });

/**
 * The district's figures for a year, aggregated: no person, no record id. Months are
 * `YYYY-MM` of the day a request arrived.
 */
export const reportSchema = z.object({
  year: z.number(),
  /** The coordination points counted (all for an administrator). */
  points: z.array(z.string()),
  requests: z.object({
    received: z.number(),
    closed: z.number(),
    open: z.number(),
    byMonth: z.array(z.object({ month: z.string(), received: z.number(), tookPlace: z.number() })),
    byCategory: z.array(reportCountSchema),
    byMunicipality: z.array(reportCountSchema),
    byLanguage: z.array(reportCountSchema),
    byOutcome: z.array(reportCountSchema),
  }),
  volunteers: z.object({
    /** Volunteers with a certificate in force at the end of the year (or today). */
    certified: z.number(),
    inTraining: z.number(),
    certificatesIssued: z.number(),
  }),
  training: z.object({
    /** Sessions that took place (not cancelled, in the past). */
    sessions: z.number(),
    /** Their length, in hours. */
    hours: z.number(),
    /** Hours of attendance: each present mark times its session's length. */
    attendanceHours: z.number(),
  }),
});
export type Report = z.output<typeof reportSchema>;
