/**
 * Small checkers for config values. Each returns an error message, `<key> must <fix>,
 * not <value>.`, or undefined when the value is usable. A checker also carries, as a
 * type only, what a usable value is: the config's types are inferred from its schema.
 */

declare const usable: unique symbol;

/**
 * Checks a value for the config key `key`; a value it passes is a `T`.
 * @example text(2, 'lang') // "lang must be a string, not 2."
 */
export interface Check<T = unknown> {
  (value: unknown, key: string): string | undefined;
  /** The type of a value that passes, for type inference only: never set. */
  readonly [usable]?: T;
}

/** The type of a value that `C` passes: `Checked<typeof text>` is `string`. */
export type Checked<C> = C extends Check<infer T> ? T : never;

/** Shows an intersection or mapped type as one object type (in hovers and errors). */
export type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The object a `shape` check passes: its `required` keys present, the others optional. */
export type ShapeOf<F extends Record<string, Check>, R extends keyof F = never> = Flat<
  { [K in keyof F as K extends R ? never : K]?: Checked<F[K]> } & { [K in R]: Checked<F[K]> }
>;

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Never throws, unlike JSON.stringify on a BigInt or a cycle; objects only by their kind.
const shown = (v: unknown) =>
  typeof v === 'string' ? `'${v}'` : Array.isArray(v) ? 'an array' : Object(v) === v ? typeof v : String(v);

/** The message for a value that fails: the key, the fix, and what was given instead. */
export const fail = (key: string, fix: string, v: unknown) => `${key} must ${fix}, not ${shown(v)}.`;

/**
 * A check from a test and the fix its message names, such as `be true or false`; `T`
 * is the type of the values the test passes.
 */
export const check =
  <T>(test: (v: unknown) => boolean, fix: string): Check<T> =>
  (v, key) =>
    test(v) ? undefined : fail(key, fix, v);

export const text = check<string>((v) => typeof v === 'string', 'be a string');

export const bool = check<boolean>((v) => typeof v === 'boolean', 'be true or false');

/** One of `options`, compared with `===`. */
export const oneOf = <const T extends readonly unknown[]>(options: T) =>
  check<T[number]>((v) => options.includes(v), `be one of ${options.map(shown).join(', ')}`);

export const pattern = (re: RegExp, example: string) =>
  check<string>((v) => typeof v === 'string' && re.test(v), `look like '${example}'`);

const scheme = (v: string) => {
  try {
    return new URL(v, 'https://relative.invalid/').protocol;
  } catch {
    return '';
  }
};

/** Only http(s) and relative URLs: a `javascript:` or `data:` link would run code or spoof. */
export const url = check<string>(
  (v) => typeof v === 'string' && v.trim() !== '' && /^https?:$/.test(scheme(v)),
  "be an https://, http:// or relative URL such as '/privacy'",
);

export const arrayOf =
  <T>(item: Check<T>): Check<T[]> =>
  (v, key) =>
    // Array.from visits holes too, as undefined.
    Array.isArray(v) ? Array.from(v, (x, i) => item(x, `${key}[${i}]`)).find(Boolean) : fail(key, 'be an array', v);

/**
 * Checks `value` as the field `name` of `fields`, by own keys only: `constructor` or
 * `__proto__` must not find Object.prototype's members.
 */
export const checkField = (fields: Record<string, Check>, name: string, value: unknown, path: string) =>
  Object.hasOwn(fields, name)
    ? fields[name](value, path)
    : `'${path}' is not a known key: use one of ${Object.keys(fields).join(', ')}.`;

/** An object with known keys only, each with its checker; `required` keys must be present. */
export const shape =
  <F extends Record<string, Check>, R extends keyof F & string = never>(
    fields: F,
    required: readonly R[] = [],
  ): Check<ShapeOf<F, R>> =>
  (v, key) =>
    isPlainObject(v)
      ? // An absent required key is checked as undefined, so its message names the fix.
        Array.from(new Set([...required, ...Object.keys(v)]), (name) =>
          checkField(fields, name, v[name], `${key}.${name}`),
        ).find(Boolean)
      : fail(key, 'be an object', v);

/** An object whose keys pass `keyCheck`, each value checked by `value`. */
export const record =
  <T>(keyCheck: Check<string>, value: Check<T>): Check<Record<string, T>> =>
  (v, key) =>
    isPlainObject(v)
      ? Object.entries(v)
          .map(([name, entry]) => keyCheck(name, `${key} key`) ?? value(entry, `${key}.${name}`))
          .find(Boolean)
      : fail(key, 'be an object', v);
