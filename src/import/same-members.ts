/** Whether two lists hold the same values, in any order: stored links are compared with a page's lists this way. */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
