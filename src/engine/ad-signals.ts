import type { ResolvedConfig } from '../config/parse.js';
import { saleOrShareByDefault } from '../consent/choices.js';
import { hasGPC } from '../signals/gpc.js';
import type { createGppApi, GppApi } from '../signals/gpp/api.js';
import type { GppInput } from '../signals/gpp/sections.js';
import { limitMetaDataUse, needsLdu } from '../signals/meta.js';
import type { Scope } from './scope.js';
import type { ConsentStore } from './store.js';
import type { ViewDriver } from './view-driver.js';

interface AdSignalDeps {
  win: Window;
  config: ResolvedConfig;
  store: ConsentStore;
  view: ViewDriver;
  scope: Scope;
  /** The script tag's GPP stub queue, when it installed one (`gpp: true` and no other CMP's `__gpp`). */
  gppQueue?: unknown[][];
  loadGpp?: () => Promise<typeof createGppApi>;
  log: (message: string) => void;
}

const isSaleOrShareId = (config: ResolvedConfig, id: string) =>
  id === saleOrShareByDefault || config.categories.some((c) => c.id === id && c.saleOrShare);

/**
 * The IAB GPP API (SPEC §5) once its file has loaded (`gpp: true`), in place of the
 * script tag's stub, updated on every change of choice, receipt or banner.
 * @example followGpp({ win, config, store, view, scope, gppQueue, loadGpp, log })
 */
export function followGpp(deps: AdSignalDeps): void {
  const { win, config, store, view, scope } = deps;
  const { ctx } = store;

  const gppInput = (): GppInput => {
    const choices = store.choices();
    return {
      region: config.region,
      gpc: hasGPC(win.navigator),
      // A config that failed grants nothing: the partners hear an opt-out.
      optOut: ctx.failed || Object.keys(choices).some((id) => isSaleOrShareId(config, id) && !choices[id]),
      noticeShown: view.noticed() || store.receipt() !== null,
      sensitiveData: config.sensitiveData,
      limitUseLink: Boolean(config.limitUseUrl),
      visible: view.visible(),
    };
  };
  let gpp: GppApi | undefined;
  const queue = deps.gppQueue;
  if (config.gpp && queue)
    deps
      .loadGpp?.()
      .then((create) => {
        if (!scope.signal.aborted) gpp = create(win, gppInput, queue);
      })
      .catch((error) => deps.log(`the GPP API could not load (${error}); __gpp answers only ping.`));
  const updateGpp = () => gpp?.update();
  store.onChange(updateGpp);
  store.onReceipt(updateGpp);
  view.onVisibility(updateGpp);
}

/**
 * Meta's Limited Data Use (SPEC §5): returns the check to run before every release, which
 * queues `fbq('dataProcessingOptions', ['LDU'], 0, 0)` once it is needed, ahead of any
 * pixel Consentry releases.
 * @example const beforeRelease = limitDataUseWhenNeeded(window, config, store); beforeRelease();
 */
export function limitDataUseWhenNeeded(win: Window, config: ResolvedConfig, store: ConsentStore): () => void {
  let done = false;
  const usVisitor = !config.region || /^US\b/i.test(config.region);
  return () => {
    const { mode, gpc } = store.ctx;
    if (done || !needsLdu({ usVisitor, mode, advertisingGranted: store.granted().advertising === true, gpc })) return;
    done = true;
    limitMetaDataUse(win);
  };
}
