const units: [string, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * A cookie's lifetime in words, from its expiry (seconds since the epoch; -1 for a session
 * cookie) and the time it was seen: `session`, `90 days`, `13 months`, `2 years`.
 * @example lifetime(-1, 0) // 'session'
 */
export function lifetime(expires: number, seenAt: number): string {
  if (expires < 0) return 'session';
  const seconds = Math.max(0, Math.round(expires - seenAt / 1000));
  if (Math.abs(seconds - 365 * 86400) <= 5 * 86400) return '1 year';
  // Whole years up to 2 read better in months (GA's "13 months", Meta's "90 days").
  for (const [name, size] of units) {
    if (name === 'year' && seconds < 2 * size - 2 * 86400) continue;
    if (name === 'month' && seconds < 100 * 86400) continue;
    if (seconds >= size * 0.98) {
      const n = Math.round(seconds / size);
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

// A week is a unit the catalog writes (`1 week`), never one `lifetime` picks.
const unitSeconds: Record<string, number> = { ...Object.fromEntries(units), week: 7 * 86400 };

/**
 * Whether two lifetimes in words name about the same time (within 5%): `180 days` and
 * `6 months` do, `13 months` and `2 years` do not. Words that are not one duration never match.
 */
export function sameLifetime(a: string, b: string): boolean {
  const seconds = (text: string) => {
    const m = text.match(/^(\d+) (\w+?)s?$/);
    return m && unitSeconds[m[2]] ? Number(m[1]) * unitSeconds[m[2]] : text === 'session' ? 0 : null;
  };
  const [x, y] = [seconds(a), seconds(b)];
  if (x === null || y === null) return a === b;
  return x === y || Math.abs(x - y) <= 0.05 * Math.max(x, y);
}
