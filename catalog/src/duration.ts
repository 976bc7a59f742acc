import type { Duration, DurationUnit } from './types.js';

const units: readonly DurationUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/**
 * A duration from the catalog's own way of writing it, `session` or a whole number and a
 * unit (`1 year`, `13 months`); anything else throws, so a slip in the data fails the build
 * and the tests instead of reaching a visitor.
 * @example parseDuration('13 months') // { value: 13, unit: 'month' }
 */
export function parseDuration(text: string): Duration {
  if (text === 'session') return 'session';
  const match = /^([1-9]\d*) ([a-z]+)$/.exec(text);
  const value = Number(match?.[1]);
  const word = match?.[2] ?? '';
  const unit = units.find((u) => word === (value === 1 ? u : `${u}s`));
  if (!unit)
    throw new Error(`consentry-catalog: cannot read the duration '${text}' (write 'session' or e.g. '2 years')`);
  return { value, unit };
}

/**
 * A duration in English words, as the catalog writes it: `session`, `1 year`, `13 months`.
 * @example durationText({ value: 24, unit: 'hour' }) // '24 hours'
 */
export const durationText = (duration: Duration): string =>
  duration === 'session' ? 'session' : `${duration.value} ${duration.unit}${duration.value === 1 ? '' : 's'}`;
