import {
  helpRequestFromForm,
  type Matching,
  rankParsedVolunteers,
  type Volunteer,
} from "@integrationspaten/domain";
import type { VolunteerProfile } from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import type { PointScope } from "../storage/volunteers.js";

/*
 * The domain's ranking applied to what D1 holds: the case's request as the domain's help
 * request, every volunteer of the visible points (not retired) with their latest
 * certificate in force and their accepted assignments (for fairness). The records were
 * validated when they were stored, so the parsed entry point is used.
 */

interface Row {
  id: string;
  status: Volunteer["status"];
  record: string;
  certificate: string | null;
  valid_until: string | null;
  assignments: string | null;
}

export async function matchingVolunteers(
  db: D1Database,
  scope: PointScope,
  today: string,
): Promise<{ volunteers: Volunteer[]; names: Map<string, string> }> {
  const { results } = await db
    .prepare(
      `SELECT v.id, v.status, v.record,
         (SELECT c.number FROM certificates c WHERE c.volunteer_id = v.id AND c.revoked_on IS NULL
            AND (c.valid_until IS NULL OR c.valid_until >= ?2) ORDER BY c.issued_on DESC LIMIT 1) AS certificate,
         (SELECT c.valid_until FROM certificates c WHERE c.volunteer_id = v.id AND c.revoked_on IS NULL
            AND (c.valid_until IS NULL OR c.valid_until >= ?2) ORDER BY c.issued_on DESC LIMIT 1) AS valid_until,
         (SELECT json_group_array(json_object('requestId', a.case_id, 'at', a.answered_at))
            FROM assignments a WHERE a.volunteer_id = v.id AND a.state = 'accepted') AS assignments
       FROM volunteers v
       WHERE v.status <> 'retired'
         AND (?1 IS NULL OR v.coordination_point IN (SELECT value FROM json_each(?1)))`,
    )
    .bind(scope ? JSON.stringify(scope) : null, today)
    .all<Row>();
  const names = new Map<string, string>();
  const volunteers = results.map((row): Volunteer => {
    const profile = JSON.parse(row.record) as VolunteerProfile;
    names.set(row.id, profile.displayName);
    return {
      id: row.id,
      displayName: profile.displayName,
      status: row.status,
      languages: profile.languages,
      categories: profile.categories,
      municipalities: profile.municipalities,
      availability: profile.availability ?? [],
      ...(row.certificate ? { certificateNumber: row.certificate } : {}),
      ...(row.valid_until ? { certificateValidUntil: row.valid_until } : {}),
      ...(profile.goodConduct ? { goodConduct: profile.goodConduct } : {}),
      assignments: row.assignments ? (JSON.parse(row.assignments) as Volunteer["assignments"]) : [],
    };
  });
  return { volunteers, names };
}

/** The domain's suggestion for one stored help request. */
export function rankForRequest(
  caseId: string,
  payload: Record<string, unknown>,
  receivedAt: string,
  volunteers: Volunteer[],
  now: Date,
  locale: string,
): Matching {
  const { district } = workspaceDistrict();
  const request = helpRequestFromForm(payload as Parameters<typeof helpRequestFromForm>[0], {
    id: caseId,
    receivedAt,
  });
  const result = rankParsedVolunteers(
    {
      request,
      volunteers,
      district,
      now: now.toISOString(),
      fairnessWindowDays: 90,
      bridgeLanguages: ["en", "fr"],
    },
    locale,
  );
  // Both sides come from our own validated records; a refusal is a bug, not bad input.
  if (!result.ok) throw new Error(`matching refused stored data: ${result.issues[0]?.code}`);
  return result.value;
}
