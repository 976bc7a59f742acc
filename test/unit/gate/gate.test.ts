import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createGate } from '../../../src/gate/gate';
import { quietHappyDOM, resetPage, runInlineScripts, setBody } from '../support/page';

type RanWindow = Window & { ran?: string[] };

/** What the page's released inline scripts reported, in the order they ran. */
const ran = () => ((window as RanWindow).ran ??= []);

/** A held inline script that reports `name` when it runs. */
const heldScript = (categories: string, name: string, extra = '') =>
  `<script type="text/plain" data-consent="${categories}" ${extra}>window.ran.push('${name}')</script>`;

/** Starts a gate on the page with `granted` categories; `grant` adds more. Stopped when the test ends. */
function startGate(...granted: string[]) {
  const grantedIds = new Set(granted);
  const warnings: string[] = [];
  const gate = createGate(
    document,
    (ids) => ids.every((id) => grantedIds.has(id)),
    (message) => warnings.push(message),
  );
  onTestFinished(() => gate.stop());
  return {
    gate,
    warnings,
    grant(...ids: string[]) {
      for (const id of ids) grantedIds.add(id);
      gate.release();
    },
  };
}

/**
 * Lets the MutationObserver's callback (a microtask) and the script runner's promise chain
 * run to the end: the clock is fake, so this waits on no length of time.
 */
const settle = () => vi.runAllTimersAsync();

let restoreScripts: () => void;

describe('createGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    restoreScripts = runInlineScripts();
    ran();
  });
  afterEach(() => {
    restoreScripts();
    vi.restoreAllMocks();
    vi.useRealTimers();
    resetPage();
  });

  it('keeps a text/plain script inert until its category is granted', async () => {
    setBody(heldScript('analytics', 'analytics tag', 'id="tag"'));
    const { grant } = startGate();
    await settle();
    expect(ran()).toEqual([]);
    expect(document.getElementById('tag')?.getAttribute('type')).toBe('text/plain');
    grant('analytics');
    await settle();
    expect(ran()).toEqual(['analytics tag']);
  });

  it('runs a held script at once when its category is already granted', async () => {
    setBody(heldScript('analytics', 'analytics tag'));
    startGate('analytics');
    await settle();
    expect(ran()).toEqual(['analytics tag']);
  });

  it('does not release a script for another category', async () => {
    setBody(heldScript('advertising', 'ad tag'));
    startGate('analytics');
    await settle();
    expect(ran()).toEqual([]);
  });

  it('releases nothing while one category of several is missing', async () => {
    setBody(heldScript('analytics advertising', 'both'));
    const { grant, gate } = startGate();
    grant('analytics');
    await settle();
    expect(ran()).toEqual([]);
    expect(gate.marked()[0].state).toBe('held');
    grant('advertising');
    await settle();
    expect(ran()).toEqual(['both']);
  });

  it('releases a script with its attributes, and its type taken from data-type', async () => {
    setBody(
      '<script type="text/plain" data-type="module" data-consent="analytics" id="ga" src="https://cdn.example.com/tag.js"' +
        ' async defer crossorigin="anonymous" integrity="sha384-abc" referrerpolicy="no-referrer"></script>',
    );
    startGate('analytics');
    await settle();
    const script = document.getElementById('ga') as HTMLScriptElement;
    expect(script.getAttribute('type')).toBe('module');
    expect(script.getAttribute('data-type')).toBeNull();
    expect(script.getAttribute('src')).toBe('https://cdn.example.com/tag.js');
    expect(script.hasAttribute('async')).toBe(true);
    expect(script.hasAttribute('defer')).toBe(true);
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.getAttribute('integrity')).toBe('sha384-abc');
    expect(script.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(script.getAttribute('data-consent')).toBe('analytics');
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it('releases a script without data-type as a classic script', async () => {
    setBody(heldScript('analytics', 'classic', 'id="tag"'));
    startGate('analytics');
    await settle();
    expect(document.getElementById('tag')?.hasAttribute('type')).toBe(false);
  });

  it('carries the nonce over from the property, where browsers keep it once the attribute is hidden', async () => {
    setBody(heldScript('analytics', 'nonced', 'id="tag" nonce=""'));
    const held = document.getElementById('tag') as HTMLScriptElement;
    Object.defineProperty(held, 'nonce', { value: 'r4nd0m', configurable: true });
    startGate('analytics');
    await settle();
    const script = document.getElementById('tag') as HTMLScriptElement;
    expect(script).not.toBe(held);
    expect(script.nonce).toBe('r4nd0m');
  });

  it('holds an element added later until its category is granted', async () => {
    const { gate, grant } = startGate();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-consent', 'analytics');
    script.text = "window.ran.push('late tag')";
    document.body.append(script);
    await settle();
    expect(gate.marked().map((r) => r.state)).toEqual(['held']);
    expect(ran()).toEqual([]);
    grant('analytics');
    await settle();
    expect(ran()).toEqual(['late tag']);
  });

  it('releases an element added later at once when its category is already granted', async () => {
    quietHappyDOM();
    startGate('social');
    const wrapper = document.createElement('div');
    wrapper.innerHTML =
      '<iframe data-consent="social" data-src="https://video.example.com/embed/1" title="Video"></iframe>';
    document.body.append(wrapper);
    await settle();
    expect(wrapper.querySelector('iframe')?.getAttribute('src')).toBe('https://video.example.com/embed/1');
  });

  it('gives an iframe its src only on release', async () => {
    quietHappyDOM();
    setBody('<iframe data-consent="social" data-src="https://video.example.com/embed/1" title="Video"></iframe>');
    const iframe = document.querySelector('iframe') as HTMLIFrameElement;
    const { grant } = startGate();
    await settle();
    expect(iframe.hasAttribute('src')).toBe(false);
    grant('social');
    expect(iframe.getAttribute('src')).toBe('https://video.example.com/embed/1');
  });

  it('gives an image its src and srcset only on release', () => {
    setBody(
      '<img data-consent="advertising" data-src="https://ads.example.com/p.gif" data-srcset="https://ads.example.com/p2.gif 2x" alt="">',
    );
    const img = document.querySelector('img') as HTMLImageElement;
    const { grant } = startGate();
    expect(img.hasAttribute('src')).toBe(false);
    grant('advertising');
    expect(img.getAttribute('src')).toBe('https://ads.example.com/p.gif');
    expect(img.getAttribute('srcset')).toBe('https://ads.example.com/p2.gif 2x');
  });

  it('warns about a data-consent script that is not text/plain and records it as unheld', () => {
    setBody('<script data-consent="analytics" id="slip">window.ran.push("slip")</script>');
    const { gate, warnings } = startGate();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('<script#slip data-consent="analytics"> is not held');
    expect(warnings[0]).toContain('type="text/plain"');
    expect(gate.marked()).toEqual([
      { el: document.getElementById('slip'), categories: ['analytics'], state: 'unheld' },
    ]);
  });

  it('warns about an iframe that has src instead of data-src', () => {
    quietHappyDOM();
    setBody('<iframe data-consent="social" src="about:blank" title="Video"></iframe>');
    const { gate, warnings } = startGate();
    expect(warnings[0]).toContain('<iframe data-consent="social"> is not held');
    expect(gate.marked()[0].state).toBe('unheld');
  });

  it('records each held element and marks it loaded on release', async () => {
    setBody(heldScript('analytics', 'a') + heldScript('advertising', 'b'));
    const { gate, grant } = startGate();
    expect(gate.marked().map((r) => [r.categories, r.state])).toEqual([
      [['analytics'], 'held'],
      [['advertising'], 'held'],
    ]);
    grant('analytics');
    await settle();
    expect(gate.marked().map((r) => r.state)).toEqual(['loaded', 'held']);
  });

  it('never considers the scripts it inserts itself', async () => {
    setBody(heldScript('analytics', 'once'));
    const { gate, grant, warnings } = startGate();
    grant('analytics');
    await settle();
    gate.release();
    await settle();
    expect(ran()).toEqual(['once']);
    expect(gate.marked()).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('runs released scripts in document order, even those found later', async () => {
    setBody(heldScript('analytics', 'second'));
    const { grant } = startGate();
    const first = document.createElement('div');
    first.innerHTML = heldScript('analytics', 'first');
    document.body.prepend(first);
    await settle();
    grant('analytics');
    await settle();
    expect(ran()).toEqual(['first', 'second']);
  });

  it('does not run a held script that the page removed before consent, and still reports it held', async () => {
    setBody(heldScript('analytics', 'removed', 'id="tag"'));
    const { gate, grant } = startGate();
    document.getElementById('tag')?.remove();
    grant('analytics');
    await settle();
    expect(ran()).toEqual([]);
    expect(gate.marked().map((r) => r.state)).toEqual(['held']);
  });

  it('ignores a data-consent element added after stop', async () => {
    const { gate } = startGate('analytics');
    gate.stop();
    document.body.insertAdjacentHTML('beforeend', heldScript('analytics', 'after stop'));
    await settle();
    expect(gate.marked()).toEqual([]);
    expect(ran()).toEqual([]);
  });
});
