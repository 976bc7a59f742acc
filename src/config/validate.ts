/**
 * Small checkers for config values. Each returns an error message (the fix included)
 * or undefined when the value is usable.
 */
export type Check = (value: unknown, key: string) => string | undefined;

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const text: Check = (v, key) =>
  typeof v === 'string' ? undefined : `${key} must be a string, not ${typeName(v)}.`;

export const bool: Check = (v, key) =>
  typeof v === 'boolean' ? undefined : `${key} must be true or false, not ${typeName(v)}.`;

/** Only http(s) and relative URLs: a `javascript:` or `data:` link would run code or spoof. */
export const url: Check = (v, key) => {
  if (typeof v !== 'string' || !v.trim()) return `${key} must be a URL string such as '/privacy'.`;
  let parsed: URL;
  try {
    parsed = new URL(v, 'https://relative.invalid/');
  } catch {
    return `${key} is not a valid URL: use an https:// address or a path such as '/privacy'.`;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:'
    ? undefined
    : `${key} uses the '${parsed.protocol}' scheme: only https://, http:// and relative URLs are allowed.`;
};

export const oneOf =
  (options: readonly unknown[]): Check =>
  (v, key) =>
    options.includes(v)
      ? undefined
      : `${key} must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}, not ${JSON.stringify(v)}.`;

export const pattern =
  (re: RegExp, example: string): Check =>
  (v, key) =>
    typeof v === 'string' && re.test(v) ? undefined : `${key} must look like '${example}', not ${JSON.stringify(v)}.`;

export const intRange =
  (min: number, max: number): Check =>
  (v, key) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : `${key} must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}.`;

export const arrayOf =
  (item: Check): Check =>
  (v, key) => {
    if (!Array.isArray(v)) return `${key} must be an array, not ${typeName(v)}.`;
    for (let i = 0; i < v.length; i++) {
      const error = item(v[i], `${key}[${i}]`);
      if (error) return error;
    }
  };

/** An object with known keys only, each with its checker; `required` keys must be present. */
export const shape =
  (fields: Record<string, Check>, required: string[] = []): Check =>
  (v, key) => {
    if (!isPlainObject(v)) return `${key} must be an object, not ${typeName(v)}.`;
    for (const name of required) if (!(name in v)) return `${key}.${name} is required.`;
    for (const [name, value] of Object.entries(v)) {
      const check = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (!check) return `${key}.${name} is not a known key: use one of ${Object.keys(fields).join(', ')}.`;
      const error = check(value, `${key}.${name}`);
      if (error) return error;
    }
  };

/** An object whose keys match `keyPattern`, each value checked by `value`. */
export const record =
  (keyPattern: RegExp, keyHint: string, value: Check): Check =>
  (v, key) => {
    if (!isPlainObject(v)) return `${key} must be an object, not ${typeName(v)}.`;
    for (const [name, entry] of Object.entries(v)) {
      if (!keyPattern.test(name)) return `${key}: '${name}' is not a valid key: ${keyHint}.`;
      const error = value(entry, `${key}.${name}`);
      if (error) return error;
    }
  };
