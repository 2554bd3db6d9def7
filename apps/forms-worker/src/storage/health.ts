/**
 * Asks D1 the cheapest possible question to prove the database answers.
 *
 * @example
 * await pingDatabase(env.DB)
 * //=> true
 */
export async function pingDatabase(db: D1Database): Promise<boolean> {
  const row = await db.prepare("SELECT 1 AS ok").first<{ ok: number }>();
  return row?.ok === 1;
}
