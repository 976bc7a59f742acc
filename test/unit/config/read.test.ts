import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';

/** An object whose `key` throws `error` when read. */
const throwingAt = (key: string, error: unknown = new Error(`no ${key}`), rest: object = {}) =>
  Object.defineProperty({ ...rest }, key, {
    enumerable: true,
    get() {
      throw error;
    },
  });

/** A Proxy over `target` whose trap `trap` throws. */
const trapThrows = (trap: keyof ProxyHandler<object>, target: object = {}) =>
  new Proxy(target, {
    [trap]() {
      throw new TypeError(`${trap} refused`);
    },
  });

describe('parseConfig, on a config that throws when read', () => {
  it('reports a throwing getter by its key and keeps the other keys', () => {
    const { config, errors } = parseConfig(throwingAt('lang', undefined, { policyUrl: '/privacy' }));
    expect(errors).toEqual(['lang could not be read: it threw Error: no lang.']);
    expect(config.policyUrl).toBe('/privacy');
    expect(config.lang).toBeUndefined();
  });

  it('reports a Proxy whose keys cannot be listed, and resolves the defaults', () => {
    const { config, errors } = parseConfig(trapThrows('ownKeys'));
    expect(errors).toEqual(['the config could not be read: it threw TypeError: ownKeys refused.']);
    expect(config).toEqual(parseConfig({}).config);
  });

  it('reports a Proxy whose values cannot be read by the key it was reading', () => {
    const { errors } = parseConfig(trapThrows('get', { mode: 'opt-out', theme: 'dark' }));
    expect(errors).toEqual([
      'mode could not be read: it threw TypeError: get refused.',
      'theme could not be read: it threw TypeError: get refused.',
    ]);
  });

  it('reports a revoked Proxy as the config', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { errors } = parseConfig(proxy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the config could not be read: it threw TypeError: /);
  });

  it('names the path of a throwing getter inside a category', () => {
    const { config, errors } = parseConfig({ categories: { analytics: throwingAt('label') } });
    expect(errors).toEqual(['categories.analytics.label could not be read: it threw Error: no label.']);
    expect(config.categories.find((c) => c.id === 'analytics')?.label).toBeUndefined();
  });

  it('names the path of a throwing getter in a list of services', () => {
    const services = [{ name: 'Chat' }, throwingAt('policyUrl', 'offline', { name: 'Video' })];
    const { errors } = parseConfig({ categories: { social: { services } } });
    expect(errors).toEqual(['categories.social.services[1].policyUrl could not be read: it threw offline.']);
  });

  it('names the path of a throwing Proxy in the translations', () => {
    const { errors } = parseConfig({ translations: { es: trapThrows('ownKeys') } });
    expect(errors).toEqual(['translations.es could not be read: it threw TypeError: ownKeys refused.']);
  });

  it('reports an error that cannot itself be shown', () => {
    const unshowable = {
      toString() {
        throw new Error('nor this');
      },
    };
    expect(parseConfig(throwingAt('gaId', unshowable)).errors).toEqual([
      'gaId could not be read: it threw an error that cannot be shown.',
    ]);
  });

  it('reads each value once, so a getter cannot turn a checked URL into another', () => {
    let reads = 0;
    const service = {
      name: 'Widget',
      get policyUrl() {
        reads += 1;
        return reads === 1 ? 'https://widget.example/privacy' : 'javascript:alert(1)';
      },
    };
    const { config, errors } = parseConfig({ categories: { social: { services: [service] } } });
    expect(errors).toEqual([]);
    const social = config.categories.find((c) => c.id === 'social');
    expect(social?.services[0].policyUrl).toBe('https://widget.example/privacy');
    expect(social?.services[0].policyUrl).toBe('https://widget.example/privacy');
    expect(reads).toBe(1);
  });

  it('keeps a __proto__ key a key, reported as unknown, not a prototype', () => {
    const { config, errors } = parseConfig(JSON.parse('{"contact": {"__proto__": {"email": "x@y.z"}}}'));
    expect(errors).toEqual(["'contact.__proto__' is not a known key: use one of email, phone, address, url."]);
    expect(config.contact).toBeUndefined();
  });

  it('reads a reactive (Proxy) config like a plain one', () => {
    const reactive = <T extends object>(o: T): T => new Proxy(o, {});
    const input = { policyUrl: '/privacy', categories: reactive({ chat: reactive({ label: 'Chat' }) }) };
    const { config, errors } = parseConfig(reactive(input));
    expect(errors).toEqual([]);
    expect(config.policyUrl).toBe('/privacy');
    expect(config.categories.at(-1)).toEqual({ id: 'chat', label: 'Chat', services: [], saleOrShare: false });
  });
});
