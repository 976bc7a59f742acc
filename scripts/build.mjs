#!/usr/bin/env node
/** Builds every file in dist/ afresh: one Vite build per mode (see vite.config.ts). */
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

for (const mode of ['gate', 'view', 'view-es', 'preferences', 'preferences-es', 'records', 'module'])
  await build({ mode, logLevel: 'warn' });
