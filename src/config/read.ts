/**
 * Reads a raw config once into plain data. A config may be a Proxy (a framework's reactive
 * object) or hold getters: each is run here, once, and a read that throws becomes a config
 * error naming its key, so that the checks and everything after them see values that can
 * neither throw nor change when read again.
 */
import { fail, isPlainObject } from './validate.js';

/** The config's entries as plain data, and what could not be read. */
export interface ReadConfig {
  entries: [key: string, value: unknown][];
  errors: string[];
}

// An error object's own getters or toString may throw too.
const describe = (error: unknown): string => {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an error that cannot be shown';
  }
};

const unreadable = (path: string, error: unknown) => `${path} could not be read: it threw ${describe(error)}.`;

/**
 * Reads `parent[key]` as plain objects and arrays, each property once; a throw is
 * reported at the path being read. Objects met twice (shared or cyclic) get one copy.
 */
function readPlain(parent: Record<string, unknown>, key: string): { value: unknown } | { error: string } {
  const copies = new Map<object, unknown>();
  let at = key;
  const copy = (v: unknown, where: string): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (copies.has(v)) return copies.get(v);
    at = where;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (let i = 0, n = v.length; i < n; i++) {
        at = `${where}[${i}]`;
        out.push(copy(v[i], at));
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const name of Object.keys(v)) {
      at = `${where}.${name}`;
      // Defined, not assigned: a `__proto__` key stays a key (and is reported as unknown).
      Object.defineProperty(out, name, {
        value: copy((v as Record<string, unknown>)[name], at),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  try {
    return { value: copy(parent[key], key) };
  } catch (error) {
    return { error: unreadable(at, error) };
  }
}

/**
 * The entries of a raw config, each value read once into plain data. A key whose value
 * throws when read is left out and reported; a config whose keys cannot be listed, or
 * that is not an object, has no entries.
 * @example readConfig({ get lang() { throw new Error('no') } }).errors // ["lang could not be read: it threw Error: no."]
 */
export function readConfig(input: unknown): ReadConfig {
  if (input === undefined) return { entries: [], errors: [] };
  let keys: string[];
  try {
    if (!isPlainObject(input)) return { entries: [], errors: [fail('the config', 'be an object', input)] };
    keys = Object.keys(input);
  } catch (error) {
    return { entries: [], errors: [unreadable('the config', error)] };
  }
  const read: ReadConfig = { entries: [], errors: [] };
  for (const key of keys) {
    const result = readPlain(input, key);
    if ('error' in result) read.errors.push(result.error);
    else read.entries.push([key, result.value]);
  }
  return read;
}
