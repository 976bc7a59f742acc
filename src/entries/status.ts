/**
 * `Consentry.status()`'s report for the script tag (`dist/consentry-status.js`): the
 * marketer's tables and the Consent Mode self-check, fetched the first time `status()` is
 * called (SPEC §8 lets it resolve later), so no page view pays for it otherwise.
 */
import { buildStatus } from '../status.js';
import { registerChunk } from './register.js';

registerChunk('status', buildStatus);
