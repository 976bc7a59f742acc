/**
 * The script tag and services by name (SPEC §2): it fetches `consentry-services.js` beside
 * the engine, only for a config that names services by catalog id, and hands the catalog
 * to the engine; without the file, the config counts as failed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogServices } from '../../../src/config/services-data';
import { buildStatus } from '../../../src/status';
import { createRecords } from '../../../src/storage/records';
import {
  cleanPage,
  makeChoices,
  makeReceipt,
  storeCookie,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from '../support/page';
import { embedScript, engineFile, holdFiles, page, runTag, silentView } from './support';

/** Runs the script tag as the page loads it, from the embed snippet: its synchronous part, then the task after the first frame. */
async function runEmbedded() {
  embedScript();
  await runTag();
}

let engine: ReturnType<typeof engineFile>;
let closeChannels: () => void;

describe('the script tag, for a config that names services', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    engine = engineFile();
    page().consentryChunks = { firstLayer: silentView, records: createRecords, status: buildStatus };
    // A returning visitor: the tag fetches the engine only, so each test sees just the files it asks about.
    storeCookie(makeReceipt());
    for (const level of ['error', 'warn', 'info', 'table'] as const)
      vi.spyOn(console, level).mockImplementation(() => {});
  });
  afterEach(async () => {
    for (const { api } of engine.started) api.destroy();
    closeChannels();
    await cleanPage();
    vi.restoreAllMocks();
  });

  it('fetches no catalog when the config names none', async () => {
    page().consentryConfig = { services: [], categories: { social: { services: [{ name: 'Chat' }] } } };
    const files = holdFiles();
    await runEmbedded();
    expect(files.paths()).toEqual(['/consentry-engine.js']);
    files.arrive('engine', engine.engine);
    await vi.waitFor(() => expect(engine.started).toHaveLength(1));
    expect(engine.started[0].catalog).toBeUndefined();
    expect((await engine.started[0].api.status()).configErrors).toEqual([]);
  });

  it('fetches the catalog beside the engine, and starts the engine with it once both are here', async () => {
    page().consentryConfig = { services: ['hotjar'] };
    const files = holdFiles();
    await runEmbedded();
    expect(files.paths()).toEqual(['/consentry-services.js', '/consentry-engine.js']);
    files.arrive('engine', engine.engine);
    // Every promise the engine's arrival settles has run: the engine still waits for the catalog.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(engine.started).toEqual([]);
    files.arrive('services', catalogServices);
    await vi.waitFor(() => expect(engine.started).toHaveLength(1));
    const { api } = engine.started[0];
    expect((await api.status()).configErrors).toEqual([]);
    api.acceptAll();
    expect(api.has('analytics')).toBe(true);
  });

  it('fetches it for a catalog id among the services of a category too', async () => {
    page().consentryConfig = { categories: { necessary: { services: ['cloudflare'] } } };
    const files = holdFiles();
    await runEmbedded();
    expect(files.paths()).toContain('/consentry-services.js');
  });

  it('fails closed, and says why, when the catalog does not load', async () => {
    page().consentryConfig = { services: ['google-analytics'] };
    const files = holdFiles();
    await runEmbedded();
    files.fail('services');
    files.arrive('engine', engine.engine);
    await vi.waitFor(() => expect(engine.started).toHaveLength(1));
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('consentry-services.js did not load'),
      expect.any(Error),
    );
    const { api } = engine.started[0];
    expect((await api.status()).configErrors).toEqual([expect.stringContaining("services[0] 'google-analytics'")]);
    api.acceptAll();
    expect(api.get()).toEqual(makeChoices());
  });
});
