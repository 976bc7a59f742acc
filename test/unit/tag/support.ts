/** What the script tag's tests share: the page's window, the embed snippet, the files the tag loads. */
import { vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import type { Chunks, StartEngine } from '../../../src/chunks';
import type { ConsentryApi } from '../../../src/types';
import type { MountView } from '../../../src/view';

export type TagWindow = Window & { Consentry?: ConsentryApi; consentryConfig?: unknown; consentryChunks?: Chunks };
export const page = () => window as TagWindow;

/** The embed snippet's script tag, with `attributes`. */
export function embedScript(attributes: Record<string, string> = {}) {
  const script = document.createElement('script');
  // A type happy-dom does not run, so it does not try to fetch /consentry.js.
  script.setAttribute('type', 'text/x-not-run');
  script.setAttribute('src', '/consentry.js');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
}

/** A view that shows nothing, so the tag never has to load consentry-ui.js. */
export const silentView: MountView = () => ({
  showBanner() {},
  showPreferences() {},
  showNotice() {},
  showRequest() {},
  hide() {},
  refresh() {},
});

/**
 * The engine file as the tag would find it once loaded: the real engine, started on
 * `window`, each start remembered with the catalog the tag gave it, so that the test can
 * read it and stop the engine.
 */
export function engineFile() {
  const started: { api: ConsentryApi; catalog: unknown }[] = [];
  const engine: StartEngine = (config, options) => {
    const api = createConsentry(config as object, { ...options, window });
    started.push({ api, catalog: options.catalog });
    return api;
  };
  return { engine, started };
}

/**
 * Holds back the files the tag inserts (`consentry-*.js`) as a network would: the test
 * decides when each one arrives (registering `value` as its chunk) or fails.
 */
export function holdFiles() {
  const files: HTMLScriptElement[] = [];
  const append = document.head.append.bind(document.head);
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes)
      if (node instanceof HTMLScriptElement && /consentry-/.test(node.src)) files.push(node);
      else append(node);
  });
  const find = (name: string) => {
    const file = files.find((f) => new URL(f.src).pathname.startsWith(`/consentry-${name}`));
    if (!file) throw new Error(`no consentry-${name} file was asked for`);
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

/** Runs the script tag's synchronous part, as the parser would. */
export async function runTagSync() {
  vi.resetModules();
  await import('../../../src/tag/index');
}

/** Lets the first frame go out, and the task the tag queues after it run. */
export const afterFirstFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Runs the script tag as the page would load it: its synchronous part, then what it leaves for after the first frame. */
export async function runTag() {
  await runTagSync();
  await afterFirstFrame();
}
