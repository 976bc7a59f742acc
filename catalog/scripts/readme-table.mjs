#!/usr/bin/env node
/**
 * Writes the table of services in catalog/README.md (between its `services:start` and
 * `services:end` markers) from the built catalog: `npm run build -w consentry-catalog &&
 * node catalog/scripts/readme-table.mjs`. test/unit/catalog.test.ts checks it still matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalog } from '../dist/index.js';

const order = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];
// A cell stays one cell whatever a name holds.
const cell = (text) => text.replace(/\|/g, '\\|');
const rows = [...catalog]
  .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || a.id.localeCompare(b.id))
  .map((s) => `| \`${s.id}\` | ${cell(s.name)} | ${cell(s.provider)} | ${s.category} |`);
const table = ['| id | name | provider | category |', '|---|---|---|---|', ...rows].join('\n');

const file = new URL('../README.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const next = text.replace(
  /(<!-- services:start -->\n)[\s\S]*?(<!-- services:end -->)/,
  (_, start, end) => `${start}${table}\n${end}`,
);
if (!next.includes(table)) throw new Error('catalog/README.md has no services:start/end markers');
writeFileSync(file, next);
console.log(`catalog/README.md: ${rows.length} services`);
