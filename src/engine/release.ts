import type { ResolvedConfig } from '../config/parse.js';
import { createGate, type HeldRecord } from '../gate/gate.js';
import type { Caught, Net } from '../gate/net.js';
import { releaseNet } from '../gate/net-release.js';
import { loadGoogleAnalytics } from '../signals/ga.js';
import { type PartnerSignals, sendPartnerChoices } from '../signals/partners/index.js';
import { limitDataUseWhenNeeded } from './ad-signals.js';
import type { Scope } from './scope.js';
import type { ConsentStore } from './store.js';

/** What the page may run: the held elements, the `data-ga-id` tag, and what must come before them. */
export interface Release {
  /** Releases everything the store grants now (Meta's Limited Data Use first, when needed). */
  release(): void;
  /** Every `data-consent` element found, and what became of it. */
  marked(): readonly HeldRecord[];
  /** What the safety net caught (SPEC §3), and what became of it. */
  caught(): readonly Caught[];
  /** The iframes still held, for their placeholders. */
  embeds(): HeldRecord[];
  /** The last value sent to each partner named in `services` (SPEC §5), for `status()`. */
  partners(): PartnerSignals;
  /** The measurement id, once the `data-ga-id` shortcut has loaded gtag.js. */
  gaLoaded(): string | undefined;
  /** From the DOM's readiness on, `fn` hears of each element held after start-up. */
  onHeldLater(fn: (record: HeldRecord) => void): void;
}

interface ReleaseDeps {
  doc: Document;
  config: ResolvedConfig;
  store: ConsentStore;
  /** The script tag's safety net, when it armed one. */
  net?: Net;
  /** The catalog id of one of the net's table entries. */
  serviceOf(entry: number): string | undefined;
  nonce?: string;
  scope: Scope;
  warn: (message: string) => void;
}

/**
 * Starts holding the page's `data-consent` elements (the gate's first scan releases what
 * the store grants already), takes over the script tag's safety net (what it caught is
 * released the same way, as its category is granted), and loads the `data-ga-id` tag once
 * `analytics` is granted.
 * The partners named in `services` hear the choice first (SPEC §5), then Meta's Limited
 * Data Use is queued before the first scan, on every change (a pixel that
 * already runs gets it at once, before a reload) and before every release.
 * @example createRelease({ doc, config, store, scope, warn }).release()
 */
export function createRelease({ doc, config, store, net, serviceOf, nonce, scope, warn }: ReleaseDeps): Release {
  const win = doc.defaultView ?? window;
  // The partners hear the stored choice, then every change, before anything of theirs is
  // released (this subscriber comes before the change path's release and reload).
  // Over the script tag's denied defaults: a partner whose choice is denied hears nothing
  // more (a second denial would restart Clarity's recording).
  let partners = sendPartnerChoices(win, config.services, store.granted(), {});
  store.onChange(({ before, after }) => {
    partners = sendPartnerChoices(win, config.services, after, before);
  });
  const beforeRelease = limitDataUseWhenNeeded(win, config, store);
  beforeRelease();
  // On every change too, reload or not: a pixel already running gets LDU at once.
  store.onChange(beforeRelease);
  let heldLater: ((record: HeldRecord) => void) | undefined;
  const gate = createGate(
    doc,
    (ids) => ids.every((id) => store.granted()[id] === true),
    warn,
    (record) => heldLater?.(record),
  );
  scope.onStop(() => gate.stop());
  // The category the config places a catalog service in (`categories.necessary.services: ['…']`).
  const placed = new Map(config.categories.flatMap((c) => c.services.flatMap((s) => (s.id ? [[s.id, c.id]] : []))));
  const categoryOf = (category: string, entry: number) => placed.get(serviceOf(entry) ?? '') ?? category;
  const caught = net && releaseNet(net, (category) => store.granted()[category] === true, categoryOf, warn);
  if (net) scope.onStop(() => net.disarm());
  let gaScript: HTMLScriptElement | undefined;
  const release = () => {
    beforeRelease();
    gate.release();
    caught?.release();
    if (config.gaId && store.granted().analytics && !gaScript) gaScript = loadGoogleAnalytics(doc, config.gaId, nonce);
  };
  release();
  return {
    release,
    marked: gate.marked,
    caught: () => net?.caught ?? [],
    partners: () => partners,
    embeds: () => gate.marked().filter((r) => r.state === 'held' && r.el.tagName === 'IFRAME'),
    gaLoaded: () => (gaScript ? config.gaId : undefined),
    onHeldLater(fn) {
      heldLater = fn;
    },
  };
}
