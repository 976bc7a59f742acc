/**
 * The service catalog for the script tag (`dist/consentry-services.js`): every catalog
 * service's id, name, provider, category, purpose, policy link and cookies
 * (src/config/catalog.ts), written in by the build from catalog/. The script tag loads it
 * beside the engine only for a config that names services by id (SPEC §2), so the engine
 * can check the ids and fill the categories synchronously.
 */
import { catalogServices } from '../config/services-data.js';
import { registerChunk } from './register.js';

registerChunk('services', catalogServices);
