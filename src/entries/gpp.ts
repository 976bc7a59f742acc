/**
 * The IAB GPP API for the script tag (`dist/consentry-gpp.js`): the encoder and the full
 * `__gpp` API, fetched by the engine only on a site with `gpp: true`. The stub that answers
 * `ping` and queues every other call until this file arrives is in the script tag.
 */
import { createGppApi } from '../signals/gpp/api.js';
import { registerChunk } from './register.js';

registerChunk('gpp', createGppApi);
