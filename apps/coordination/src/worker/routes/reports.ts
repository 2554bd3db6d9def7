import { languageName } from "@integrationspaten/domain";
import { Hono } from "hono";
import { type Report, reportQuerySchema } from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import { type AppContext, type AppEnv, queryParams, scopeOf } from "../http/context.js";
import { toCsv } from "../http/csv.js";
import { districtToday } from "../http/today.js";
import { categoryName, municipalityName } from "../mail/texts.js";
import { auditStatement } from "../storage/audit-log.js";
import { yearReport } from "../storage/report.js";

/*
 * The district's report: a year's requests by month, type, municipality, language and
 * outcome, the volunteers certified and in training, the training held. Aggregates only,
 * as JSON for the workspace's chart and as CSV for the annual report and funding
 * applications.
 */

const OUTCOME_LABELS: Record<string, string> = {
  took_place: "Hat stattgefunden",
  withdrawn: "Zurückgezogen",
  nobody_found: "Niemand gefunden",
  referred: "Anderswo vermittelt",
  unrecorded: "Nicht erfasst",
  open: "Noch offen",
};

async function reportFor(c: AppContext, year: number): Promise<Report> {
  const scope = scopeOf(c.get("actor"));
  const figures = await yearReport(c.env.DB, scope, year, districtToday());
  const points = scope ?? workspaceDistrict().district.coordinationPoints.map((p) => p.id);
  return { ...figures, points: [...points] };
}

function csvRows(report: Report): (string | number)[][] {
  const { requests, volunteers, training } = report;
  const rows: (string | number)[][] = [
    ["Anfragen", "eingegangen", "Eingegangene Anfragen", requests.received],
    ["Anfragen", "abgeschlossen", "Abgeschlossene Anfragen", requests.closed],
    ["Anfragen", "offen", "Offene Anfragen", requests.open],
  ];
  for (const m of requests.byMonth) {
    rows.push(["Monat", m.month, `Eingegangen im ${m.month}`, m.received]);
    rows.push([
      "Monat (stattgefunden)",
      m.month,
      `Stattgefunden, eingegangen im ${m.month}`,
      m.tookPlace,
    ]);
  }
  for (const r of requests.byCategory)
    rows.push(["Art der Hilfe", r.key, categoryName(r.key, "de"), r.count]);
  for (const r of requests.byMunicipality)
    rows.push(["Gemeinde", r.key, municipalityName(r.key), r.count]);
  for (const r of requests.byLanguage)
    rows.push(["Sprache", r.key, r.key ? languageName(r.key, "de") : "keine Angabe", r.count]);
  for (const r of requests.byOutcome)
    rows.push(["Ergebnis", r.key, OUTCOME_LABELS[r.key] ?? r.key, r.count]);
  rows.push(
    ["Ehrenamtliche", "zertifiziert", "Zertifizierte Ehrenamtliche", volunteers.certified],
    ["Ehrenamtliche", "in_ausbildung", "Ehrenamtliche in Ausbildung", volunteers.inTraining],
    ["Ehrenamtliche", "zertifikate", "Ausgestellte Zertifikate", volunteers.certificatesIssued],
    ["Schulung", "termine", "Durchgeführte Termine", training.sessions],
    ["Schulung", "stunden", "Schulungsstunden", training.hours],
    [
      "Schulung",
      "teilnahmestunden",
      "Teilnahmestunden (Anwesende × Dauer)",
      training.attendanceHours,
    ],
  );
  return rows;
}

export const reportRoutes = new Hono<AppEnv>()
  .get("/cases", queryParams(reportQuerySchema), async (c) => {
    const { year } = c.req.valid("query");
    const report = await reportFor(c, year);
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "read",
        recordType: "help_request",
        detail: { report: year },
      },
      new Date(),
    ).run();
    return c.json(report);
  })
  .get("/cases.csv", queryParams(reportQuerySchema), async (c) => {
    const { year } = c.req.valid("query");
    const report = await reportFor(c, year);
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "export",
        recordType: "help_request",
        detail: { report: year, format: "csv" },
      },
      new Date(),
    ).run();
    return c.body(toCsv(["Bereich", "Schlüssel", "Bezeichnung", "Anzahl"], csvRows(report)), 200, {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="bericht-${year}.csv"`,
    });
  });
