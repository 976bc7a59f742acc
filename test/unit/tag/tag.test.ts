import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildStatus } from '../../../src/status';
import { createRecords } from '../../../src/storage/records';
import type { ConsentryApi } from '../../../src/types';
import {
  cleanPage,
  gtagCommands,
  makeChoices,
  makeReceipt,
  storeCookie,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from '../support/page';
import { afterFirstFrame, embedScript, engineFile, holdFiles, page, runTag, runTagSync, silentView } from './support';

/** Lets the tag's promise chain (loading the engine file) run. */
const settle = () => vi.waitFor(() => expect(engine.started.length).toBeGreaterThan(0));

let closeChannels: () => void;
let engine: ReturnType<typeof engineFile>;

describe('the script tag', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    engine = engineFile();
    page().consentryChunks = {
      engine: engine.engine,
      firstLayer: silentView,
      records: createRecords,
      status: buildStatus,
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
  });
  afterEach(async () => {
    for (const { api } of engine.started) api.destroy();
    closeChannels();
    await cleanPage();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('pushes the Consent Mode default and defines window.Consentry before it returns; the engine starts when its file arrives', async () => {
    const files = holdFiles();
    page().consentryChunks = {};
    embedScript();
    await runTag();
    expect(gtagCommands()[0]).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied' })]);
    expect(page().Consentry?.get()).toEqual({ necessary: true });
    expect(page().Consentry?.has('necessary')).toBe(true);
    expect(engine.started).toEqual([]);
    files.arrive('engine', engine.engine);
    await settle();
    expect(page().Consentry?.get()).toEqual(makeChoices());
  });

  it('answers status() from the first call, fetching its report only once the engine runs and is asked', async () => {
    const files = holdFiles();
    page().consentryChunks = {};
    const receipt = makeReceipt();
    storeCookie(receipt);
    embedScript();
    await runTag();
    const early = page().Consentry?.status();
    files.arrive('engine', engine.engine);
    await settle();
    await vi.waitFor(() => expect(files.paths()).toEqual(['/consentry-engine.js', '/consentry-status.js']));
    files.arrive('status', buildStatus);
    await expect(early).resolves.toMatchObject({ consentId: receipt.id });
    await expect(page().Consentry?.status()).resolves.toMatchObject({ consentId: receipt.id });
    expect(files.paths()).toEqual(['/consentry-engine.js', '/consentry-status.js']);
  });

  it('hands the calls made before the engine started to it, in order, and keeps the same object', async () => {
    embedScript();
    await runTag();
    const api = page().Consentry as ConsentryApi;
    const changes: unknown[] = [];
    api.on('change', (c) => changes.push(c));
    const off = api.on('change', () => changes.push('unsubscribed listener ran'));
    off();
    api.set({ analytics: true });
    const history = api.history();
    await settle();
    expect(page().Consentry).toBe(api);
    expect(api.has('analytics')).toBe(true);
    expect(changes).toEqual([makeChoices({ analytics: true })]);
    await expect(history).resolves.toHaveLength(1);
  });

  it('reads window.consentryConfig, with the data attributes of its script tag winning', async () => {
    page().consentryConfig = { revision: 2, mode: 'opt-out' };
    embedScript({ 'data-revision': '3' });
    await runTag();
    await settle();
    const status = await page().Consentry?.status();
    expect(status?.revision).toBe('3');
    expect(status?.mode).toBe('opt-out');
    expect(console.error).not.toHaveBeenCalled();
  });

  it('fails closed, with one error, when window.consentryConfig is not an object', async () => {
    page().consentryConfig = 'policyUrl=/privacy';
    embedScript();
    await runTag();
    await settle();
    expect(console.error).toHaveBeenCalledOnce();
    page().Consentry?.acceptAll();
    expect(page().Consentry?.has('analytics')).toBe(false);
  });

  it('fails closed, and says so, when the config throws as it is read', async () => {
    page().consentryConfig = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    embedScript();
    await runTag();
    await settle();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('config'));
    page().Consentry?.acceptAll();
    expect(page().Consentry?.has('analytics')).toBe(false);
  });

  describe('whichever comes first, the first frame or DOMContentLoaded', () => {
    /** The page while the parser runs: no frame drawn until `frame()`. */
    function parsing() {
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      const frames: FrameRequestCallback[] = [];
      vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
      onTestFinished(() => void Reflect.deleteProperty(document, 'readyState'));
      return {
        domContentLoaded: () => document.dispatchEvent(new Event('DOMContentLoaded')),
        frame: () => {
          for (const fn of frames.splice(0)) fn(performance.now());
        },
      };
    }
    it('starts at DOMContentLoaded when that comes before the first frame', async () => {
      const files = holdFiles();
      page().consentryChunks = {};
      const parser = parsing();
      embedScript();
      await runTagSync();
      expect(files.paths()).toEqual([]);
      parser.domContentLoaded();
      expect(files.paths()).toEqual(['/consentry-ui.js', '/consentry-engine.js']);
      parser.frame();
      await new Promise((resolve) => setTimeout(resolve));
      expect(files.paths()).toEqual(['/consentry-ui.js', '/consentry-engine.js']);
    });

    it('starts after the first frame when that comes before DOMContentLoaded', async () => {
      const files = holdFiles();
      page().consentryChunks = {};
      const parser = parsing();
      storeCookie(makeReceipt());
      embedScript();
      await runTagSync();
      parser.frame();
      await vi.waitFor(() => expect(files.paths()).toEqual(['/consentry-engine.js']));
      parser.domContentLoaded();
      expect(files.paths()).toEqual(['/consentry-engine.js']);
    });
  });

  it('starts no download before it returns to the parser: the first fetch a page starts costs milliseconds', async () => {
    const files = holdFiles();
    page().consentryChunks = {};
    embedScript();
    await runTagSync();
    expect(files.paths()).toEqual([]);
    await afterFirstFrame();
    expect(files.paths()).toEqual(['/consentry-ui.js', '/consentry-engine.js']);
  });

  it('fetches the banner with the engine on a first visit, and not when a choice is stored', async () => {
    let files = holdFiles();
    page().consentryChunks = {};
    embedScript();
    await runTag();
    expect(files.paths()).toEqual(['/consentry-ui.js', '/consentry-engine.js']);

    vi.restoreAllMocks();
    Reflect.deleteProperty(window, 'Consentry');
    page().consentryChunks = {};
    files = holdFiles();
    storeCookie(makeReceipt());
    await runTag();
    expect(files.paths()).toEqual(['/consentry-engine.js']);
  });

  it('fetches the files of the page language', async () => {
    const files = holdFiles();
    page().consentryChunks = {};
    document.documentElement.lang = 'de-CH';
    embedScript();
    await runTag();
    expect(files.paths()).toEqual(['/consentry-ui.de.js', '/consentry-engine.de.js']);
  });

  it('keeps everything held, says why, and answers history() and status() when the engine file does not load', async () => {
    const files = holdFiles();
    page().consentryChunks = {};
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">window.ran = true</script>';
    embedScript();
    await runTag();
    const api = page().Consentry as ConsentryApi;
    api.acceptAll();
    const history = api.history();
    const status = api.status();
    files.fail('engine');
    await expect(history).resolves.toEqual([]);
    await expect(status).rejects.toThrow('Consentry did not start');
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('every held tag stays blocked'),
      expect.anything(),
    );
    expect(api.has('analytics')).toBe(false);
    expect(document.body.querySelector('script')?.type).toBe('text/plain');
  });

  it('warns and does nothing when included twice', async () => {
    const first = { version: 'first copy' } as unknown as ConsentryApi;
    page().Consentry = first;
    embedScript();
    await runTag();
    expect(page().Consentry).toBe(first);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('included twice'));
    expect(gtagCommands()).toEqual([]);
  });
});
