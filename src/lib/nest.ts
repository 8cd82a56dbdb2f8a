/** Builds the raw input object a calculator parses: dotted field names ("bill.total") become nested objects. */
export function nest(pairs: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, value] of pairs) {
    const parts = name.split('.');
    let cur = raw;
    for (const part of parts.slice(0, -1)) {
      cur[part] ??= {};
      cur = cur[part] as Record<string, unknown>;
    }
    cur[parts[parts.length - 1]!] = value;
  }
  return raw;
}
