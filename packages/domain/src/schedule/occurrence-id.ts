/**
 * `YYYYMMDD` of an ISO date, as used in occurrence ids.
 *
 * @example
 * compactDate("2026-03-17") //=> "20260317"
 */
export function compactDate(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}
