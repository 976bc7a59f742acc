/**
 * The engine for the script tag (`dist/consentry-engine.js` in English, the base for
 * languages without built-in strings; `dist/consentry-engine.<lang>.js` in each built-in
 * language, carrying that language's reopen label): started by the tag once it loads.
 */
import { createConsentry } from '../api.js';
import type { ConsentryConfig } from '../types.js';
import { registerChunk } from './register.js';

declare const __CONSENTRY_STRINGS__: { reopen: string };

registerChunk('engine', (config, options) =>
  createConsentry(config as ConsentryConfig, { ...options, reopenLabel: () => __CONSENTRY_STRINGS__.reopen }),
);
