import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecords } from '../../src/storage/records';
import type { ConsentryApi } from '../../src/types';
import type { Chunks, MountView } from '../../src/view';
import { cleanPage, makeChoices, trackBroadcastChannels, useEmptyIndexedDB } from './support/page';

type EntryWindow = Window & { Consentry?: ConsentryApi; consentryConfig?: unknown; consentryChunks?: Chunks };
const page = () => window as EntryWindow;

/** The embed snippet's script tag, with `attributes`. */
function embedScript(attributes: Record<string, string> = {}) {
  const script = document.createElement('script');
  // A type happy-dom does not run, so it does not try to fetch /consentry.js.
  script.setAttribute('type', 'text/x-not-run');
  script.setAttribute('src', '/consentry.js');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
}

/** A view that shows nothing, so the entry never has to load consentry-ui.js. */
const silentView: MountView = () => ({ showBanner() {}, showPreferences() {}, hide() {}, refresh() {} });
/** What consentry-ui.js and consentry-records.js would register: the silent view and the real records. */
const silentChunks = (): Chunks => ({ view: silentView, records: createRecords });

/** Runs the script-tag entry as the page would load it. */
async function runEntry() {
  vi.resetModules();
  await import('../../src/index');
}

let closeChannels: () => void;

describe('the script-tag entry', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    page().consentryChunks = silentChunks();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
  });
  afterEach(async () => {
    closeChannels();
    await cleanPage();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('exposes window.Consentry', async () => {
    embedScript();
    await runEntry();
    expect(page().Consentry?.get()).toEqual(makeChoices());
  });

  it('reads window.consentryConfig, with the data attributes of its script tag winning', async () => {
    page().consentryConfig = { revision: 2, mode: 'opt-out' };
    embedScript({ 'data-revision': '3' });
    await runEntry();
    const status = page().Consentry?.status();
    expect(status?.revision).toBe('3');
    expect(status?.mode).toBe('opt-out');
    expect(console.error).not.toHaveBeenCalled();
  });

  it('fails closed, with one error, when window.consentryConfig is not an object', async () => {
    page().consentryConfig = 'policyUrl=/privacy';
    embedScript();
    await runEntry();
    expect(console.error).toHaveBeenCalledOnce();
    expect(page().Consentry?.get()).toEqual(makeChoices());
    page().Consentry?.acceptAll();
    expect(page().Consentry?.has('analytics')).toBe(false);
  });

  it('warns and does nothing when included twice', async () => {
    const first = { version: 'first copy' } as unknown as ConsentryApi;
    page().Consentry = first;
    embedScript();
    await runEntry();
    expect(page().Consentry).toBe(first);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('included twice'));
  });
});
