import type { Chunks } from '../chunks.js';

/**
 * Registers one of the script tag's extra files on `window.consentryChunks`, where the
 * script tag picks it up once the file has loaded.
 * @example registerChunk('records', createRecords)
 */
export function registerChunk<K extends keyof Chunks>(key: K, value: Chunks[K]): void {
  const win = window as Window & { consentryChunks?: Chunks };
  win.consentryChunks ??= {};
  win.consentryChunks[key] = value;
}
