import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gtagUrl, loadGoogleAnalytics } from '../../../src/signals/ga';
import { gtagCommands, resetPage, runInlineScripts } from '../support/page';

let restoreScripts: () => void;

describe('loadGoogleAnalytics', () => {
  beforeEach(() => {
    restoreScripts = runInlineScripts();
  });
  afterEach(() => {
    restoreScripts();
    resetPage();
  });

  it('builds the gtag.js address for the measurement id', () => {
    expect(gtagUrl('G-ABC123')).toBe('https://www.googletagmanager.com/gtag/js?id=G-ABC123');
  });

  it('queues js and config, then adds gtag.js as an async script', () => {
    const script = loadGoogleAnalytics(document, 'G-ABC123', 'n0nce');
    expect(gtagCommands().map((c) => c.slice(0, 2))).toEqual([
      ['js', expect.any(Date)],
      ['config', 'G-ABC123'],
    ]);
    expect(script.parentNode).toBe(document.head);
    expect(script.src).toBe('https://www.googletagmanager.com/gtag/js?id=G-ABC123');
    expect(script.async).toBe(true);
    expect(script.nonce).toBe('n0nce');
    expect(script.getAttribute('data-consentry-ga')).toBe('G-ABC123');
  });
});
