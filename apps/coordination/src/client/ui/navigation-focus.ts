/*
 * Whether the person has navigated within the app since the page loaded. After such a
 * navigation the new view's heading takes focus (see PageHeading); on the first view of a
 * page load focus stays where the browser put it.
 */
let navigated = false;

export function markNavigated(): void {
  navigated = true;
}

export function hasNavigated(): boolean {
  return navigated;
}
