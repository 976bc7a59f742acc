/**
 * The records for the script tag (`dist/consentry-records.js`): the consent history and
 * the consent log, fetched after a decision, or when a receipt is pending.
 */
import { createRecords } from '../storage/records.js';
import { registerChunk } from './register.js';

registerChunk('records', createRecords);
