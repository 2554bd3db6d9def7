import { type CollectionEntry, getCollection } from "astro:content";
import { isPlaceholder } from "@integrationspaten/domain";

export type NewsPost = CollectionEntry<"news">;

/**
 * All news posts, newest first. Posts whose date is still a placeholder come first: they
 * are the ones the district has just written.
 */
export async function allNews(): Promise<NewsPost[]> {
  const posts = await getCollection("news");
  const key = (post: NewsPost) =>
    isPlaceholder(post.data.published) ? "9999-99-99" : post.data.published;
  return posts.sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

/** Path of a post's page. */
export function newsPath(post: NewsPost): string {
  return `/aktuelles/${post.id}/`;
}

/**
 * Formats an ISO day (`2026-05-12`) in a language, without depending on the build
 * machine's time zone.
 *
 * @example
 * formatDay("2026-05-12", "de") //=> "12. Mai 2026"
 */
export function formatDay(isoDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDay}T12:00:00Z`),
  );
}
