import type fc from 'fast-check';

/**
 * How many cases a property runs: CONSENTRY_PROPERTY_RUNS (else 2,000) times `scale`, as in
 * the widget's property tests (test/unit/properties/runs.ts). A failure prints fast-check's
 * seed and path; replay it with CONSENTRY_PROPERTY_SEED (and CONSENTRY_PROPERTY_PATH).
 */
export const runs = (scale = 1): fc.Parameters<unknown> => {
  const seed = process.env.CONSENTRY_PROPERTY_SEED;
  return {
    numRuns: Math.max(1, Math.round(Number(process.env.CONSENTRY_PROPERTY_RUNS ?? 2000) * scale)),
    ...(seed ? { seed: Number(seed), path: process.env.CONSENTRY_PROPERTY_PATH } : {}),
  };
};
