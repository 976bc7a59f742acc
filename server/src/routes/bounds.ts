/*
 * The ranges of the admin queries that the dashboard's script also sends: here, with no
 * import, so that script bundles them rather than copying them.
 */

/** The days a period of stats or charts spans (`days`), and the period without one. */
export const periodDays = { min: 1, max: 366, fallback: 30 } as const;

/** The widths a chart is drawn at (`width`, in CSS pixels), and the width without one. */
export const chartWidth = { min: 280, max: 1600, fallback: 720 } as const;
