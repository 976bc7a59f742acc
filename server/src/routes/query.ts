import type { Context } from 'hono';
import * as v from 'valibot';
import { refuse } from '../errors.js';

/** The whole numbers a query parameter takes, and its value when absent. */
export interface Range {
  min: number;
  max: number;
  fallback: number;
}

/**
 * A query parameter that is a whole number from `min` to `max`, `fallback` when absent.
 * @example v.object({ days: whole('days', periodDays) })
 */
export const whole = (name: string, { min, max, fallback }: Range) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,9}$/, `${name} must be a whole number from ${min} to ${max}`),
      v.transform(Number),
      v.minValue(min, `${name} must be a whole number from ${min} to ${max}`),
      v.maxValue(max, `${name} must be a whole number from ${min} to ${max}`),
    ),
    String(fallback),
  );

/** Parses a query string with a schema, or refuses (400) with the first problem. */
export function parseQuery<S extends v.GenericSchema>(schema: S, c: Context): v.InferOutput<S> {
  const result = v.safeParse(schema, c.req.query());
  if (!result.success) throw refuse(400, result.issues[0].message);
  return result.output;
}
