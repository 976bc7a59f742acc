import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGppApi } from '../../../src/signals/gpp/api';
import { layouts } from '../../../src/signals/gpp/layouts';
import type { GppInput } from '../../../src/signals/gpp/sections';
import { type GppWindow, installGppStub, supportedAPIs } from '../../../src/signals/gpp/stub';

// Each test has a window of its own: the stub's message listener cannot be removed, and
// one left on a shared window would answer the next test's messages too.
const windows: HappyWindow[] = [];
const freshWindow = () => {
  const happy = new HappyWindow({ url: 'https://spa.test/' });
  windows.push(happy);
  return happy as unknown as GppWindow;
};

afterEach(async () => {
  vi.useRealTimers();
  for (const happy of windows.splice(0)) await happy.happyDOM.close();
});

const colorado = (): GppInput => ({ region: 'US-CO', gpc: false, optOut: true, noticeShown: true, sensitiveData: [] });

/** A frame's window as the stub sees it: something to post the answer back to. */
const frame = () => ({ postMessage: vi.fn() });

const sendFromFrame = (win: GppWindow, data: unknown, source: ReturnType<typeof frame>) =>
  win.dispatchEvent(
    new (win as unknown as typeof globalThis).MessageEvent('message', { data, source: source as unknown as Window }),
  );

describe('installGppStub', () => {
  it('answers ping at once, as a stub whose signal is not ready yet', () => {
    const win = freshWindow();
    installGppStub(win);
    const callback = vi.fn();
    win.__gpp?.('ping', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(
      {
        gppVersion: '1.1',
        cmpStatus: 'stub',
        cmpDisplayStatus: 'hidden',
        signalStatus: 'not ready',
        supportedAPIs,
        cmpId: 0,
        sectionList: [],
        applicableSections: [0],
        gppString: '',
      },
      true,
    );
  });

  it('lists every section the full API writes in supportedAPIs, as section id and prefix', () => {
    expect(supportedAPIs).toEqual(Object.entries(layouts).map(([name, layout]) => `${layout.id}:${name}`));
    expect(supportedAPIs).toContain('7:usnat');
    expect(supportedAPIs).toContain('16:ustx');
  });

  it('queues every other call without answering it', () => {
    const win = freshWindow();
    const queue = installGppStub(win);
    const callback = vi.fn();
    win.__gpp?.('addEventListener', callback);
    win.__gpp?.('getField', callback, 'usnat.SaleOptOut');
    expect(callback).not.toHaveBeenCalled();
    expect(queue).toEqual([
      ['addEventListener', callback],
      ['getField', callback, 'usnat.SaleOptOut'],
    ]);
  });

  it('leaves a __gpp that the page already has alone', () => {
    const win = freshWindow();
    const theirs = vi.fn();
    win.__gpp = theirs;
    expect(installGppStub(win)).toBeUndefined();
    expect(win.__gpp).toBe(theirs);
    expect(win.document.querySelector('iframe')).toBeNull();
  });

  it('adds the hidden __gppLocator frame once, as soon as the parser inserts the body', async () => {
    const win = freshWindow();
    const body = win.document.body;
    body.remove();
    installGppStub(win);
    // Something else the parser adds first: still no body, no frame.
    win.document.documentElement.append(win.document.createComment('head done'));
    await Promise.resolve();
    expect(win.document.querySelector('iframe')).toBeNull();
    win.document.documentElement.append(body);
    // The observer's callback is a microtask: before any task (a frame's load) can run.
    await Promise.resolve();
    const frames = win.document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0].name).toBe('__gppLocator');
    expect(frames[0].style.display).toBe('none');
    win.document.documentElement.append(win.document.createComment('more'));
    await Promise.resolve();
    expect(win.document.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('answers a frame’s ping by postMessage, as an object or as JSON text like the call', () => {
    const win = freshWindow();
    installGppStub(win);
    const source = frame();
    sendFromFrame(win, { __gppCall: { command: 'ping', callId: 7, version: '1.1' } }, source);
    sendFromFrame(win, JSON.stringify({ __gppCall: { command: 'ping', callId: 'b' } }), source);
    const [[objectReply, origin], [textReply]] = source.postMessage.mock.calls;
    expect(origin).toBe('*');
    expect(objectReply).toMatchObject({
      __gppReturn: { success: true, callId: 7, returnValue: { cmpStatus: 'stub' } },
    });
    expect(JSON.parse(textReply)).toMatchObject({ __gppReturn: { success: true, callId: 'b' } });
  });

  it('ignores messages that are not GPP calls', () => {
    const win = freshWindow();
    installGppStub(win);
    const source = frame();
    for (const data of ['not json', '{"other":1}', null, 42, { __tcfapiCall: {} }]) sendFromFrame(win, data, source);
    expect(source.postMessage).not.toHaveBeenCalled();
  });

  it('queues a frame’s call until the API loads, then answers it from the API', () => {
    const win = freshWindow();
    const queue = installGppStub(win) ?? [];
    const source = frame();
    sendFromFrame(win, { __gppCall: { command: 'getField', parameter: 'usco.SaleOptOut', callId: 1 } }, source);
    expect(source.postMessage).not.toHaveBeenCalled();
    createGppApi(win, colorado, queue);
    expect(source.postMessage).toHaveBeenCalledExactlyOnceWith(
      { __gppReturn: { returnValue: 1, success: true, callId: 1 } },
      '*',
    );
    sendFromFrame(win, { __gppCall: { command: 'hasSection', parameter: 'usco', callId: 2 } }, source);
    expect(source.postMessage).toHaveBeenLastCalledWith(
      { __gppReturn: { returnValue: true, success: true, callId: 2 } },
      '*',
    );
  });
});
