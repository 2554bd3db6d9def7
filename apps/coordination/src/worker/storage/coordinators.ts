import type { Coordinator, CoordinatorInput } from "../../shared/api.js";

/*
 * D1 queries on coordinators and their coordination points. Every value is bound.
 */

interface CoordinatorRow {
  id: string;
  email: string;
  display_name: string;
  role: Coordinator["role"];
  active: number;
  points: string | null;
}

const SELECT = `SELECT c.id, c.email, c.display_name, c.role, c.active,
    (SELECT json_group_array(coordination_point) FROM coordinator_points p
     WHERE p.coordinator_id = c.id) AS points
  FROM coordinators c`;

function toCoordinator(row: CoordinatorRow): Coordinator {
  const points = row.points ? (JSON.parse(row.points) as string[]) : [];
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    points: points.sort(),
    active: row.active === 1,
  };
}

/** The coordinator an e-mail address belongs to (case-insensitive), active or not. */
export async function findCoordinatorByEmail(
  db: D1Database,
  email: string,
): Promise<Coordinator | undefined> {
  const row = await db
    .prepare(`${SELECT} WHERE c.email = ?1 COLLATE NOCASE`)
    .bind(email)
    .first<CoordinatorRow>();
  return row ? toCoordinator(row) : undefined;
}

export async function getCoordinator(db: D1Database, id: string): Promise<Coordinator | undefined> {
  const row = await db.prepare(`${SELECT} WHERE c.id = ?1`).bind(id).first<CoordinatorRow>();
  return row ? toCoordinator(row) : undefined;
}

export async function listCoordinators(db: D1Database): Promise<Coordinator[]> {
  const { results } = await db
    .prepare(`${SELECT} ORDER BY c.active DESC, c.display_name, c.id`)
    .all<CoordinatorRow>();
  return results.map(toCoordinator);
}

/**
 * Statements that create or replace a coordinator and their points (batch them, with the
 * audit entry, so all land together).
 */
export function saveCoordinatorStatements(
  db: D1Database,
  id: string,
  input: Required<CoordinatorInput>,
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  return [
    db
      .prepare(
        `INSERT INTO coordinators (id, email, display_name, role, active, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT (id) DO UPDATE SET email = ?2, display_name = ?3, role = ?4, active = ?5,
           updated_at = ?6`,
      )
      .bind(
        id,
        input.email.trim().toLowerCase(),
        input.displayName,
        input.role,
        input.active ? 1 : 0,
        at,
      ),
    db.prepare("DELETE FROM coordinator_points WHERE coordinator_id = ?1").bind(id),
    ...[...new Set(input.points)].map((point) =>
      db
        .prepare(
          "INSERT INTO coordinator_points (coordinator_id, coordination_point) VALUES (?1, ?2)",
        )
        .bind(id, point),
    ),
  ];
}
