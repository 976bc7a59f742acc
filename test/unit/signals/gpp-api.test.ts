import { GppModel } from '@iabgpp/cmpapi';
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGppApi } from '../../../src/signals/gpp/api';
import type { GppInput } from '../../../src/signals/gpp/sections';
import type { GppWindow } from '../../../src/signals/gpp/stub';

const windows: HappyWindow[] = [];
const freshWindow = () => {
  const happy = new HappyWindow({ url: 'https://spa.test/' });
  windows.push(happy);
  return happy as unknown as GppWindow;
};

afterEach(async () => {
  for (const happy of windows.splice(0)) await happy.happyDOM.close();
});

const visitor = (overrides: Partial<GppInput> = {}): GppInput => ({
  region: 'US-CO',
  gpc: false,
  optOut: false,
  noticeShown: true,
  sensitiveData: ['health'],
  ...overrides,
});

/** A page whose visitor can change: `set` changes what the API's `getInput` returns. */
function page(initial: Partial<GppInput> = {}, queued: unknown[][] = []) {
  const win = freshWindow();
  let input = visitor(initial);
  const api = createGppApi(win, () => input, queued);
  const call = (command: string, parameter?: unknown) => {
    const callback = vi.fn();
    win.__gpp?.(command, callback, parameter);
    return callback.mock.calls;
  };
  return {
    win,
    api,
    call,
    set(overrides: Partial<GppInput>) {
      input = { ...input, ...overrides };
    },
  };
}

/** Registers a listener and returns the events it heard after registering, as [eventName, data]. */
function listen(win: GppWindow) {
  const heard: [string, unknown][] = [];
  win.__gpp?.('addEventListener', (event) => {
    const { eventName, data } = event as { eventName: string; data: unknown };
    if (eventName !== 'listenerRegistered') heard.push([eventName, data]);
  });
  return heard;
}

describe('createGppApi: commands', () => {
  it('answers ping as a loaded CMP whose signal is ready, with the string and the sections', () => {
    const { call } = page();
    const [[data, success]] = call('ping');
    expect(success).toBe(true);
    expect(data).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      cmpDisplayStatus: 'hidden',
      signalStatus: 'ready',
      cmpId: 0,
      sectionList: [7, 10],
      applicableSections: [7, 10],
    });
    const { gppString, parsedSections } = data as { gppString: string; parsedSections: Record<string, unknown> };
    const decoded = new GppModel(gppString);
    expect(parsedSections).toEqual({ usnat: decoded.getSection('usnat'), usco: decoded.getSection('usco') });
  });

  it('answers hasSection, getSection and getField from the current sections', () => {
    const { call } = page({ optOut: true });
    expect(call('hasSection', 'usco')).toEqual([[true, true]]);
    expect(call('hasSection', 'usca')).toEqual([[false, true]]);
    expect(call('getField', 'usco.SaleOptOut')).toEqual([[1, true]]);
    expect(call('getField', 'usnat.SensitiveDataProcessing')[0][0]).toEqual([
      0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(call('getSection', 'usco')[0][0]).toMatchObject({ Version: 1, SaleOptOut: 1, Gpc: false });
    expect(call('getSection', 'usca')).toEqual([[null, true]]);
  });

  it('answers null for names that are not sections or fields, even Object.prototype’s', () => {
    const { call } = page();
    expect(call('getField', 'usco.constructor')).toEqual([[null, true]]);
    expect(call('getField', 'toString.length')).toEqual([[null, true]]);
    expect(call('hasSection', '__proto__')).toEqual([[false, true]]);
    expect(call('getField', 'usco')).toEqual([[null, true]]);
  });

  it('answers an unknown command with success false', () => {
    const { call } = page();
    expect(call('getTCData')).toEqual([[null, false]]);
    expect(call('hasOwnProperty')).toEqual([[null, false]]);
  });

  it('says no section applies to a visitor outside the US', () => {
    const { call } = page({ region: 'DE' });
    expect(call('ping')[0][0]).toMatchObject({ applicableSections: [-1], sectionList: [], gppString: 'DBAA' });
    expect(call('hasSection', 'usnat')).toEqual([[false, true]]);
  });

  it('replays the calls the stub queued, in their order', () => {
    const order: string[] = [];
    const queued = [
      ['addEventListener', (event: { eventName: string }) => order.push(event.eventName)],
      ['getField', (value: unknown) => order.push(`SaleOptOut ${value}`), 'usnat.SaleOptOut'],
      ['hasSection', (value: unknown) => order.push(`usco ${value}`), 'usco'],
    ];
    page({ optOut: true }, queued);
    expect(order).toEqual(['listenerRegistered', 'SaleOptOut 1', 'usco true']);
    expect(queued).toEqual([]);
  });
});

describe('createGppApi: events', () => {
  it('registers a listener with a new id and calls it back at once', () => {
    const { win } = page();
    const first = vi.fn();
    const second = vi.fn();
    win.__gpp?.('addEventListener', first);
    win.__gpp?.('addEventListener', second);
    const [[registered, success]] = first.mock.calls;
    expect(success).toBe(true);
    expect(registered).toMatchObject({
      eventName: 'listenerRegistered',
      data: true,
      pingData: { cmpStatus: 'loaded' },
    });
    expect(second.mock.calls[0][0].listenerId).not.toBe(registered.listenerId);
  });

  it('sends signalStatus not ready, then each changed section, then ready, when the choice changes', () => {
    const { win, api, set } = page();
    const heard = listen(win);
    set({ optOut: true });
    api.update();
    expect(heard).toEqual([
      ['signalStatus', 'not ready'],
      ['sectionChange', 'usnat'],
      ['sectionChange', 'usco'],
      ['signalStatus', 'ready'],
    ]);
  });

  it('gives listeners the new string once the signal is ready again', () => {
    const { win, api, set } = page();
    const pings: { signalStatus: string; gppString: string }[] = [];
    win.__gpp?.('addEventListener', (event) => pings.push((event as { pingData: (typeof pings)[0] }).pingData));
    set({ gpc: true, optOut: true });
    api.update();
    const ready = pings[pings.length - 1];
    expect(ready.signalStatus).toBe('ready');
    expect(new GppModel(ready.gppString).getFieldValue('usco', 'Gpc')).toBe(true);
  });

  it('sends nothing when an update changes nothing GPP says', () => {
    const { win, api } = page();
    const heard = listen(win);
    api.update();
    expect(heard).toEqual([]);
  });

  it('reports a section that comes or goes when the region changes', () => {
    const { win, api, set } = page({ region: 'US-CO' });
    const heard = listen(win);
    set({ region: 'US-TX' });
    api.update();
    set({ region: 'US-NY' });
    api.update();
    expect(heard).toEqual([
      ['signalStatus', 'not ready'],
      ['sectionChange', 'usco'],
      ['sectionChange', 'ustx'],
      ['signalStatus', 'ready'],
      ['signalStatus', 'not ready'],
      ['sectionChange', 'ustx'],
      ['signalStatus', 'ready'],
    ]);
  });

  it('sends cmpDisplayStatus when the banner shows and hides', () => {
    const { win, api, set, call } = page();
    const heard = listen(win);
    set({ visible: true });
    api.update();
    expect(call('ping')[0][0]).toMatchObject({ cmpDisplayStatus: 'visible' });
    set({ visible: false });
    api.update();
    expect(heard).toEqual([
      ['cmpDisplayStatus', 'visible'],
      ['cmpDisplayStatus', 'hidden'],
    ]);
  });

  it('stops calling a removed listener, and says whether there was one to remove', () => {
    const { win, api, set, call } = page();
    const listener = vi.fn();
    win.__gpp?.('addEventListener', listener);
    const { listenerId } = listener.mock.calls[0][0];
    expect(call('removeEventListener', listenerId)).toEqual([[true, true]]);
    expect(call('removeEventListener', listenerId)).toEqual([[false, true]]);
    set({ optOut: true });
    api.update();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps calling the other listeners when one throws', () => {
    const { win, api, set } = page();
    win.__gpp?.('addEventListener', (event) => {
      if ((event as { eventName: string }).eventName !== 'listenerRegistered') throw new Error('vendor bug');
    });
    const heard = listen(win);
    set({ optOut: true });
    expect(() => api.update()).not.toThrow();
    expect(heard.at(-1)).toEqual(['signalStatus', 'ready']);
  });
});
