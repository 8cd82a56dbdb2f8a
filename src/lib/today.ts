/** Today's date in Shanghai (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
