import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import { languages } from '../../../src/i18n/languages';
import { en, enFirstLayer } from '../../../src/i18n/strings/en';
import { createRecords } from '../../../src/storage/records';
import type { ConsentryConfig } from '../../../src/types';
import { mountViewWith } from '../../../src/ui/first-layer';
import { mountPreferencesWith } from '../../../src/ui/mount-preferences';
import {
  allGranted,
  choiceCookie,
  makeChoices,
  makeReceipt,
  quietHappyDOM,
  resetPage,
  setBody,
  storeCookie,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from '../support/page';

/** Starts Consentry on the page with the real view. */
const start = (config: ConsentryConfig = {}) =>
  createConsentry(
    { reloadOnRevoke: false, ...config },
    {
      window,
      loadView: async (lang) => mountViewWith(languages[lang] ?? enFirstLayer),
      loadPreferences: async (lang) => mountPreferencesWith(languages[lang] ?? en),
      loadRecords: async () => createRecords,
    },
  );

/**
 * Runs what the engine scheduled until nothing is left: its timers, on fake time, and
 * the promises between them (loading the view and the preferences, mounting, redrawing).
 * IndexedDB (fake-indexeddb, on the real setImmediate) resolves on its own.
 */
const settle = () => vi.runAllTimersAsync();

/** The widget's shadow root, once the engine has done what it had to. */
async function widgetRoot(): Promise<ShadowRoot> {
  await settle();
  const root = document.querySelector('#consentry')?.shadowRoot;
  if (!root) throw new Error('the widget has no shadow root');
  return root;
}

/** Queries inside the widget, as a person reads it. */
const widget = async () => within((await widgetRoot()) as unknown as HTMLElement);

/** Queries in the page's own tree under `#consentry`, as a tool that does not enter shadow roots reads it. */
const lightDom = () => within(document.getElementById('consentry') as HTMLElement);

let closeChannels: () => void;

describe('the view', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    // Timers the test left pending (the 'ready' event, a recovery) are dropped, never run on the next page.
    vi.useRealTimers();
    closeChannels();
    resetPage();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  describe('banner', () => {
    it('shows Accept all, Reject all and Customize with their data-action hooks', async () => {
      start();
      const view = await widget();
      const banner = view.getByRole('region', { name: 'Cookie consent' });
      expect(banner.getAttribute('data-part')).toBe('banner');
      const buttons = within(banner).getAllByRole('button');
      expect(buttons.map((b) => [b.textContent, b.getAttribute('data-action')])).toEqual([
        ['Accept all', 'accept-all'],
        ['Reject all', 'reject-all'],
        ['Customize', 'customize'],
      ]);
    });

    it('links to the privacy and cookie policies when configured, from the light DOM of #consentry', async () => {
      start({ policyUrl: '/privacy', cookiePolicyUrl: '/cookies' });
      await widget();
      const page = lightDom();
      expect(page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
      expect(page.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/cookies');
      // Slotted into the banner, where the visitor sees them (browsers check the rendering).
      expect(page.getByRole('link', { name: 'Privacy policy' }).slot).toBe('links');
      expect((await widgetRoot()).querySelector('[data-part="banner"] slot[name="links"]')).toBeTruthy();
    });

    it('links to the Limit the Use page when limitUseUrl is set', async () => {
      start({ limitUseUrl: '/limit-use' });
      await widget();
      const link = lightDom().getByRole('link', { name: 'Limit the Use of My Sensitive Personal Information' });
      expect(link.getAttribute('href')).toBe('/limit-use');
    });

    it("puts the banner's text in the light DOM, in the interface's language, slotted into the banner", async () => {
      document.documentElement.lang = 'en';
      start({ lang: 'de' });
      await widget();
      const host = document.getElementById('consentry') as HTMLElement;
      const text = host.querySelector(':scope > p[slot="text"]') as HTMLElement;
      expect(text.textContent).toContain('Google und Meta');
      expect([text.lang, text.dir]).toEqual(['de', 'ltr']);
      expect((await widgetRoot()).querySelector('[data-part="banner"] slot[name="text"]')).toBeTruthy();
      // Flat: text only, nothing inside that the shadow root's styles could not reach.
      expect(text.children).toHaveLength(0);
    });

    it('takes its text and links out of the light DOM when it goes', async () => {
      const consent = start({ policyUrl: '/privacy' });
      await widget();
      expect(document.querySelectorAll('#consentry > [slot]')).toHaveLength(2);
      consent.rejectAll();
      await settle();
      expect(document.querySelectorAll('#consentry > [slot]')).toHaveLength(0);
    });

    it('does not show when a valid choice is stored, only the way back to the choices', async () => {
      storeCookie(makeReceipt());
      start();
      const view = await widget();
      expect(view.getByRole('button', { name: 'Cookie settings' })).toBeTruthy();
      expect(view.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    });

    it('grants everything on Accept all, records it as a banner choice and goes away', async () => {
      const consent = start();
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Accept all' }));
      expect(consent.get()).toEqual(allGranted());
      const [receipt] = await consent.history();
      expect(receipt.method).toBe('banner');
      await settle();
      expect(view.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    });

    it('keeps only necessary on Reject all', async () => {
      const consent = start();
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Reject all' }));
      expect(consent.get()).toEqual(makeChoices());
      expect(choiceCookie()).toMatchObject({ method: 'banner', choices: makeChoices() });
    });

    it("says that the browser's opt-out signal is honored when GPC is on", async () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      onTestFinished(() => {
        delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
      });
      start();
      const view = await widget();
      expect(view.getByText(/Global Privacy Control signal/)).toBeTruthy();
    });

    it('shows the Spanish strings under <html lang="es">', async () => {
      document.documentElement.lang = 'es';
      start();
      const view = await widget();
      expect(view.getByRole('region', { name: 'Consentimiento de cookies' })).toBeTruthy();
      expect(view.getByRole('button', { name: 'Aceptar todo' }).getAttribute('data-action')).toBe('accept-all');
      expect(view.getByRole('button', { name: 'Rechazar todo' }).getAttribute('data-action')).toBe('reject-all');
      expect(view.getByRole('button', { name: 'Personalizar' }).getAttribute('data-action')).toBe('customize');
    });

    it("shows the config's own wording for a string", async () => {
      start({ translations: { en: { acceptAll: 'Allow all cookies' } } });
      const view = await widget();
      expect(view.getByRole('button', { name: 'Allow all cookies' }).getAttribute('data-action')).toBe('accept-all');
    });
  });

  describe('when the preferences cannot load', () => {
    it('keeps the banner working and says why in the console', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const consent = createConsentry(
        { reloadOnRevoke: false },
        {
          window,
          loadView: async () => mountViewWith(enFirstLayer),
          loadPreferences: () => Promise.reject(new Error('consentry-prefs.js did not load')),
          loadRecords: async () => createRecords,
        },
      );
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Customize' }));
      await settle();
      expect(error).toHaveBeenCalledWith(expect.stringContaining('the preferences could not be shown'));
      expect(view.queryByRole('dialog')).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      fireEvent.click(view.getByRole('button', { name: 'Reject all' }));
      expect(choiceCookie()).toMatchObject({ method: 'banner', choices: makeChoices() });
    });
  });

  describe('preferences', () => {
    /** Starts Consentry and opens the preferences from the banner. */
    async function openPreferences(config: ConsentryConfig = {}) {
      const consent = start(config);
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Customize' }));
      // The preferences are a chunk of their own: the dialog opens once it has loaded.
      await settle();
      const dialog = view.getByRole('dialog', { name: 'Cookie preferences' });
      return { consent, view, dialog, inDialog: within(dialog) };
    }

    it('opens as a modal dialog labelled Cookie preferences', async () => {
      const { dialog } = await openPreferences();
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      expect(dialog.getAttribute('data-part')).toBe('preferences');
    });

    it('shows necessary switched on and locked', async () => {
      const { inDialog } = await openPreferences();
      const necessary = inDialog.getByRole('switch', { name: 'Necessary Always on' }) as HTMLInputElement;
      expect(necessary.checked).toBe(true);
      expect(necessary.disabled).toBe(true);
      expect(necessary.getAttribute('data-category')).toBe('necessary');
    });

    it('has one switch per category, off before a decision', async () => {
      const { inDialog } = await openPreferences();
      const switches = inDialog.getAllByRole('switch') as HTMLInputElement[];
      expect(switches.map((s) => [s.getAttribute('data-category'), s.checked])).toEqual([
        ['necessary', true],
        ['preferences', false],
        ['analytics', false],
        ['advertising', false],
        ['social', false],
      ]);
    });

    it('lists the services and cookies of a category', async () => {
      const { inDialog } = await openPreferences();
      const table = inDialog.getByRole('table', { name: 'Services: Analytics' });
      expect(within(table).getByRole('cell', { name: '_ga' })).toBeTruthy();
      expect(within(table).getByRole('cell', { name: '_ga_*' })).toBeTruthy();
    });

    it('moves focus into the dialog, and back to Customize when it closes', async () => {
      start();
      const view = await widget();
      const customize = view.getByRole('button', { name: 'Customize' });
      // A keyboard user: the button has focus when it is pressed.
      customize.focus();
      fireEvent.click(customize);
      const root = await widgetRoot();
      const dialog = view.getByRole('dialog', { name: 'Cookie preferences' });
      expect(root.activeElement).toBe(within(dialog).getByRole('switch', { name: 'Preferences' }));
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(root.activeElement).toBe(customize);
    });

    it('closes on Escape without granting anything', async () => {
      const { consent, view, dialog } = await openPreferences();
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(view.queryByRole('dialog')).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      expect(await consent.history()).toEqual([]);
      expect(choiceCookie()).toBeNull();
      expect(view.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
    });

    it('closes with the close button without granting anything', async () => {
      const { consent, view, inDialog } = await openPreferences();
      const close = inDialog.getByRole('button', { name: 'Close' });
      expect(close.getAttribute('data-action')).toBe('close');
      fireEvent.click(close);
      expect(view.queryByRole('dialog')).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      expect(choiceCookie()).toBeNull();
    });

    it('does not keep toggled switches that were not saved', async () => {
      const { view, inDialog, consent } = await openPreferences();
      fireEvent.click(inDialog.getByRole('switch', { name: 'Analytics' }));
      fireEvent.keyDown(view.getByRole('dialog'), { key: 'Escape' });
      expect(consent.has('analytics')).toBe(false);
      fireEvent.click(view.getByRole('button', { name: 'Customize' }));
      await settle();
      expect((view.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(false);
    });

    it('records what was toggled on Save choices', async () => {
      const { consent, view, inDialog } = await openPreferences();
      fireEvent.click(inDialog.getByRole('switch', { name: 'Analytics' }));
      fireEvent.click(inDialog.getByRole('switch', { name: 'Social media' }));
      const save = inDialog.getByRole('button', { name: 'Save choices' });
      expect(save.getAttribute('data-action')).toBe('save');
      fireEvent.click(save);
      expect(consent.get()).toEqual(makeChoices({ analytics: true, social: true }));
      const receipt = (await consent.history()).at(-1);
      expect(receipt).toMatchObject({ method: 'preferences', choices: makeChoices({ analytics: true, social: true }) });
      await settle();
      expect(view.queryByRole('dialog')).toBeNull();
    });

    it('records Accept all in the dialog as a preferences choice', async () => {
      const { consent, inDialog } = await openPreferences();
      fireEvent.click(inDialog.getByRole('button', { name: 'Accept all' }));
      expect(consent.get()).toEqual(allGranted());
      expect((await consent.history()).at(-1)?.method).toBe('preferences');
    });

    it('opens with the current choice switched on', async () => {
      storeCookie(makeReceipt({ choices: makeChoices({ social: true }) }));
      const consent = start();
      consent.showPreferences();
      const view = await widget();
      expect((view.getByRole('switch', { name: 'Social media' }) as HTMLInputElement).checked).toBe(true);
      expect((view.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(false);
    });

    it('shows the Spanish strings under <html lang="es">', async () => {
      document.documentElement.lang = 'es';
      const consent = start();
      consent.showPreferences();
      const view = await widget();
      const dialog = view.getByRole('dialog', { name: 'Preferencias de cookies' });
      expect(within(dialog).getByRole('button', { name: 'Guardar opciones' })).toBeTruthy();
      expect(within(dialog).getByRole('switch', { name: /Necesarias/ })).toBeTruthy();
    });

    it('shows config text as text, never as markup', async () => {
      const consent = start({ categories: { social: { label: '<img src=x onerror=alert(1)>Social' } } });
      consent.showPreferences();
      const root = await widgetRoot();
      expect(
        within(root as unknown as HTMLElement).getByRole('switch', { name: '<img src=x onerror=alert(1)>Social' }),
      ).toBeTruthy();
      expect(root.querySelector('img')).toBeNull();
    });

    it('shows the privacy contact when configured', async () => {
      const { inDialog } = await openPreferences({ contact: { email: 'privacy@example.com' } });
      expect(inDialog.getByRole('link', { name: 'privacy@example.com' }).getAttribute('href')).toBe(
        'mailto:privacy@example.com',
      );
    });
  });

  describe('reopen button', () => {
    it('appears after a decision and opens the preferences', async () => {
      const consent = start();
      const view = await widget();
      expect(view.queryByRole('button', { name: 'Cookie settings' })).toBeNull();
      consent.rejectAll();
      await settle();
      fireEvent.click(view.getByRole('button', { name: 'Cookie settings' }));
      await settle();
      expect(view.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    });

    it('is not drawn when floatingButton is false', async () => {
      storeCookie(makeReceipt());
      start({ floatingButton: false });
      await settle();
      expect(document.querySelector('#consentry')).toBeNull();
    });
  });

  describe('embed placeholders', () => {
    it('offers to allow a held iframe, and loads it when allowed', async () => {
      quietHappyDOM();
      setBody(
        '<iframe data-consent="social" data-src="https://video.example.com/embed/1" title="Launch video"></iframe>',
      );
      const consent = start();
      await settle();
      const box = document.querySelector('[data-consentry-placeholder]');
      const placeholder = within(box?.shadowRoot as unknown as HTMLElement);
      expect(placeholder.getByText(/Launch video is held until you allow Social media/)).toBeTruthy();
      const allow = placeholder.getByRole('button', { name: 'Allow Social media and load' });
      expect(allow.getAttribute('data-action')).toBe('allow-embed');
      const iframe = document.querySelector('iframe') as HTMLIFrameElement;
      expect(iframe.hasAttribute('src')).toBe(false);
      fireEvent.click(allow);
      expect(consent.has('social')).toBe(true);
      expect(consent.has('analytics')).toBe(false);
      expect(iframe.getAttribute('src')).toBe('https://video.example.com/embed/1');
      await settle();
      expect(document.querySelector('[data-consentry-placeholder]')).toBeNull();
    });
  });

  describe('notice of a policy change', () => {
    const change = { revision: '2', effective: '2027-02-01', summaryUrl: '/policy-changes' };
    const config: ConsentryConfig = { policyUrl: '/privacy', policyChange: change };
    /** Sets the clock to `date` (UTC) and stores a choice made a day before under `revision`. */
    const visitOn = (date: string, revision = '1') => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      vi.setSystemTime(new Date(date));
      storeCookie(makeReceipt({ revision, daysAgo: 1 }));
    };
    const notice = async () => (await widgetRoot()).querySelector('[data-part="notice"]');

    it('does not show 31 days before the change', async () => {
      visitOn('2027-01-01T23:59:59Z');
      start(config);
      const view = await widget();
      expect(view.getByRole('button', { name: 'Cookie settings' })).toBeTruthy();
      expect(await notice()).toBeNull();
    });

    it('shows 30 days before, over a choice that stands: the date in words, a link to the summary, nothing granted', async () => {
      visitOn('2027-01-02T00:00:00Z');
      const consent = start(config);
      const view = await widget();
      const region = view.getByRole('region', { name: 'Privacy policy update' });
      expect(region.getAttribute('data-part')).toBe('notice');
      expect(region.textContent).toContain('Our privacy policy changes on February 1, 2027.');
      expect(within(region).getByRole('link', { name: 'What changes' }).getAttribute('href')).toBe('/policy-changes');
      expect(view.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
    });

    it('closes for good with its button: a cookie remembers it, and no receipt is made', async () => {
      visitOn('2027-01-20T12:00:00Z');
      const consent = start(config);
      const view = await widget();
      const before = choiceCookie();
      // The notice sits where the reopen button does, which comes back once it goes.
      expect(view.queryByRole('button', { name: 'Cookie settings' })).toBeNull();
      fireEvent.click(
        within(view.getByRole('region', { name: 'Privacy policy update' })).getByRole('button', { name: 'Dismiss' }),
      );
      expect(view.queryByRole('region', { name: 'Privacy policy update' })).toBeNull();
      await settle();
      expect(view.getByRole('button', { name: 'Cookie settings' })).toBeTruthy();
      expect(document.cookie).toContain('consentry_notice=2');
      expect(choiceCookie()).toEqual(before);
      expect(await consent.history()).toEqual([]);
      consent.destroy();
      document.getElementById('consentry')?.remove();
      start(config);
      await widget();
      expect(await notice()).toBeNull();
    });

    it('links to the privacy policy when the change has no summary', async () => {
      visitOn('2027-01-20T12:00:00Z');
      start({ policyUrl: '/privacy', policyChange: { revision: '2', effective: '2027-02-01' } });
      const view = await widget();
      expect(view.getByRole('link', { name: 'What changes' }).getAttribute('href')).toBe('/privacy');
    });

    it('is not shown to a visitor who has not chosen: the banner asks, and the choice is made under the revision in force', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      vi.setSystemTime(new Date('2027-01-20T12:00:00Z'));
      const consent = start(config);
      const view = await widget();
      expect(view.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
      expect(await notice()).toBeNull();
      fireEvent.click(view.getByRole('button', { name: 'Reject all' }));
      expect(choiceCookie()).toMatchObject({ revision: '1' });
      expect(consent.get()).toEqual(makeChoices());
    });

    it('from the day of the change, with no redeploy: the new revision is in force and the banner asks again', async () => {
      visitOn('2027-02-01T00:00:00Z');
      const consent = start(config);
      const view = await widget();
      expect(view.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
      expect(await notice()).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      fireEvent.click(view.getByRole('button', { name: 'Accept all' }));
      expect(choiceCookie()).toMatchObject({ revision: '2' });
      expect((await consent.history()).map((r) => r.revision)).toEqual(['2']);
    });

    it('counts a choice made under the new revision as standing, on the day and after', async () => {
      visitOn('2027-03-01T00:00:00Z', '2');
      start(config);
      const view = await widget();
      expect(view.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
      expect(await notice()).toBeNull();
    });
  });
});
