/**
 * The script tag and services by name (SPEC §2): it fetches `consentry-services.js` beside
 * the engine, only for a config that names services by catalog id, and hands the catalog
 * to the engine; without the file, the config counts as failed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import { catalogServices } from '../../../src/config/services-data';
import { createRecords } from '../../../src/storage/records';
import type { ConsentryApi } from '../../../src/types';
import type { Chunks, MountView, StartEngine } from '../../../src/view';
import {
  cleanPage,
  makeChoices,
  makeReceipt,
  storeCookie,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from '../support/page';

type TagWindow = Window & { Consentry?: ConsentryApi; consentryConfig?: unknown; consentryChunks?: Chunks };
const page = () => window as TagWindow;

const silentView: MountView = () => ({ showBanner() {}, showPreferences() {}, hide() {}, refresh() {} });

/** The engine file: the real engine on `window`, remembered with the options the tag gave it. */
function engineFile() {
  const started: { api: ConsentryApi; catalog: unknown }[] = [];
  const engine: StartEngine = (config, options) => {
    const api = createConsentry(config as object, { ...options, window });
    started.push({ api, catalog: options.catalog });
    return api;
  };
  return { engine, started };
}

/** Holds back the files the tag inserts, as a network would; the test lets each arrive or fail. */
function holdFiles() {
  const files: HTMLScriptElement[] = [];
  const append = document.head.append.bind(document.head);
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes)
      if (node instanceof HTMLScriptElement && /consentry-/.test(node.src)) files.push(node);
      else append(node);
  });
  const find = (name: string) => {
    const file = files.find((f) => new URL(f.src).pathname === `/consentry-${name}.js`);
    if (!file) throw new Error(`no consentry-${name}.js was asked for`);
    return file;
  };
  return {
    paths: () => files.map((f) => new URL(f.src).pathname),
    arrive(name: keyof Chunks, value: unknown) {
      Object.assign(page().consentryChunks ?? {}, { [name]: value });
      find(name).dispatchEvent(new Event('load'));
    },
    fail: (name: string) => find(name).dispatchEvent(new Event('error')),
  };
}

/** Runs the script tag as the page loads it: its synchronous part, then the task after the first frame. */
async function runTag() {
  vi.resetModules();
  const script = document.createElement('script');
  script.setAttribute('type', 'text/x-not-run');
  script.setAttribute('src', '/consentry.js');
  document.head.append(script);
  await import('../../../src/tag/index');
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

let engine: ReturnType<typeof engineFile>;
let closeChannels: () => void;

describe('the script tag, for a config that names services', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    engine = engineFile();
    page().consentryChunks = { view: silentView, records: createRecords };
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
    await runTag();
    expect(files.paths()).toEqual(['/consentry-engine.js']);
    files.arrive('engine', engine.engine);
    await vi.waitFor(() => expect(engine.started).toHaveLength(1));
    expect(engine.started[0].catalog).toBeUndefined();
    expect(engine.started[0].api.status().configErrors).toEqual([]);
  });

  it('fetches the catalog beside the engine, and starts the engine with it once both are here', async () => {
    page().consentryConfig = { services: ['hotjar'] };
    const files = holdFiles();
    await runTag();
    expect(files.paths()).toEqual(['/consentry-services.js', '/consentry-engine.js']);
    files.arrive('engine', engine.engine);
    // Every promise the engine's arrival settles has run: the engine still waits for the catalog.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(engine.started).toEqual([]);
    files.arrive('services', catalogServices);
    await vi.waitFor(() => expect(engine.started).toHaveLength(1));
    const { api } = engine.started[0];
    expect(api.status().configErrors).toEqual([]);
    api.acceptAll();
    expect(api.has('analytics')).toBe(true);
  });

  it('fetches it for a catalog id among the services of a category too', async () => {
    page().consentryConfig = { categories: { necessary: { services: ['cloudflare'] } } };
    const files = holdFiles();
    await runTag();
    expect(files.paths()).toContain('/consentry-services.js');
  });

  it('fails closed, and says why, when the catalog does not load', async () => {
    page().consentryConfig = { services: ['google-analytics'] };
    const files = holdFiles();
    await runTag();
    files.fail('services');
    files.arrive('engine', engine.engine);
    await vi.waitFor(() => expect(engine.started).toHaveLength(1));
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('consentry-services.js did not load'),
      expect.any(Error),
    );
    const { api } = engine.started[0];
    expect(api.status().configErrors).toEqual([expect.stringContaining("services[0] 'google-analytics'")]);
    api.acceptAll();
    expect(api.get()).toEqual(makeChoices());
  });
});
