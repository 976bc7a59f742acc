/**
 * catalog/README.md lists every service of the catalog (written by
 * catalog/scripts/readme-table.mjs): the table docs/configuration.md links to
 * for the ids `services` takes must match the catalog.
 */
import { readFileSync } from 'node:fs';
import { catalog } from 'consentry-catalog';
import { describe, expect, it } from 'vitest';

// Vitest runs from the repository's root.
const readme = readFileSync('catalog/README.md', 'utf8');
const table = readme.slice(readme.indexOf('<!-- services:start -->'), readme.indexOf('<!-- services:end -->'));
const rows = table
  .split('\n')
  .map((line) => /^\| `([^`]+)` \| (.+?) \| (.+?) \| (\w+) \|$/.exec(line))
  .filter((m) => m !== null);

describe("catalog/README.md's table of services", () => {
  it('has one row per service, with its id, name, provider and category', () => {
    expect(rows.map((m) => m[1]).sort()).toEqual(catalog.map((s) => s.id).sort());
    for (const [, id, name, provider, category] of rows) {
      const service = catalog.find((s) => s.id === id);
      expect({ name, provider, category }, id).toEqual({
        name: service?.name.replace(/\|/g, '\\|'),
        provider: service?.provider.replace(/\|/g, '\\|'),
        category: service?.category,
      });
    }
  });
});
