#!/usr/bin/env node
/**
 * Builds every file in dist/ afresh: one Vite build per mode (see vite.config.ts); the
 * `view` and `preferences` builds write one file per built-in language each.
 */
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

for (const mode of ['tag', 'engine', 'view', 'preferences', 'records', 'gpp', 'services', 'module'])
  await build({ mode, logLevel: 'warn' });
