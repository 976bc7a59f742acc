import { afterEach, describe, expect, it } from 'vitest';
import { type LduContext, limitMetaDataUse, needsLdu } from '../../../src/signals/meta';
import { cleanPage, runInlineScripts } from '../support/page';
import { metaSnippet } from './partners/snippets';

type Fbq = ((...args: unknown[]) => void) & { queue: IArguments[]; callMethod?: (...args: unknown[]) => void };
type MetaWindow = Window & { fbq?: Fbq; _fbq?: Fbq };
const page = () => window as MetaWindow;

/** Runs the base code as Consentry releases a held script: a new inline script in the page. */
function releasePixel() {
  const script = document.createElement('script');
  script.text = metaSnippet;
  document.body.append(script);
}

/** The pixel's queue as fbevents.js will read it: each call's method and first argument. */
const queued = () => (page().fbq?.queue ?? []).map((args) => [args[0], args[1]]);

let restoreSettings = () => {};

afterEach(async () => {
  restoreSettings();
  delete page().fbq;
  delete page()._fbq;
  await cleanPage();
});

describe('limitMetaDataUse', () => {
  it('queues Limited Data Use before the pixel’s init when the base code runs after it', () => {
    restoreSettings = runInlineScripts();
    limitMetaDataUse(window);
    releasePixel();
    expect(queued()).toEqual([
      ['dataProcessingOptions', ['LDU']],
      ['init', '000000000000000'],
      ['track', 'PageView'],
    ]);
    expect(Array.from(page().fbq?.queue[0] ?? [])).toEqual(['dataProcessingOptions', ['LDU'], 0, 0]);
  });

  it('lets the base code load fbevents.js (a stub fbq of its own would stop it)', () => {
    restoreSettings = runInlineScripts();
    limitMetaDataUse(window);
    releasePixel();
    expect(document.querySelector('script[src*="connect.facebook.net"]')).not.toBeNull();
  });

  it('sends Limited Data Use once, however often the pixel is called', () => {
    restoreSettings = runInlineScripts();
    limitMetaDataUse(window);
    releasePixel();
    page().fbq?.('track', 'Lead');
    expect(queued().filter(([method]) => method === 'dataProcessingOptions')).toHaveLength(1);
  });

  it('calls a pixel that is already loaded at once', () => {
    const calls: unknown[][] = [];
    const fbq = ((...args: unknown[]) => {
      calls.push(args);
    }) as Fbq;
    fbq.queue = [];
    page().fbq = fbq;
    limitMetaDataUse(window);
    expect(calls).toEqual([['dataProcessingOptions', ['LDU'], 0, 0]]);
  });

  it('gives the pixel’s loaded fbq (callMethod) the call first when it is assigned later', () => {
    const calls: unknown[][] = [];
    limitMetaDataUse(window);
    const fbq = ((...args: unknown[]) => fbq.callMethod?.(...args)) as Fbq;
    fbq.callMethod = (...args) => calls.push(args);
    page().fbq = fbq;
    page().fbq?.('init', '1');
    expect(calls).toEqual([
      ['dataProcessingOptions', ['LDU'], 0, 0],
      ['init', '1'],
    ]);
  });
});

describe('needsLdu', () => {
  const context = (overrides: Partial<LduContext>): LduContext => ({
    usVisitor: true,
    mode: 'opt-out',
    advertisingGranted: true,
    gpc: false,
    ...overrides,
  });

  it('is needed for a US visitor who denied advertising in opt-out mode', () => {
    expect(needsLdu(context({ advertisingGranted: false }))).toBe(true);
  });

  it('is needed for a US visitor whose GPC is honored, even with advertising granted by its own switch', () => {
    expect(needsLdu(context({ gpc: true }))).toBe(true);
    expect(needsLdu(context({ mode: 'opt-in', gpc: true }))).toBe(true);
  });

  it('is not needed when a US visitor granted advertising without GPC', () => {
    expect(needsLdu(context({}))).toBe(false);
    expect(needsLdu(context({ mode: 'opt-in' }))).toBe(false);
  });

  it('is not needed in opt-in mode without GPC: the pixel never runs while advertising is denied', () => {
    expect(needsLdu(context({ mode: 'opt-in', advertisingGranted: false }))).toBe(false);
  });

  it('is never needed outside the US', () => {
    for (const gpc of [true, false])
      for (const advertisingGranted of [true, false])
        expect(needsLdu(context({ usVisitor: false, gpc, advertisingGranted }))).toBe(false);
  });
});
