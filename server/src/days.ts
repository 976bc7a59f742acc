/**
 * A day in milliseconds. Every day the server counts (due dates, stats, retention, the
 * dashboard's "days left") is a UTC day, which always lasts this long.
 */
export const dayMs = 86_400_000;

/**
 * When the UTC day that `date` falls in began, in milliseconds since the epoch.
 * @example new Date(startOfDay(new Date('2026-11-30T23:00:00Z'))).toISOString() // '2026-11-30T00:00:00.000Z'
 */
export const startOfDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
