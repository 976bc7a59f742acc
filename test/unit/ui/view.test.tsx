import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import { languages } from '../../../src/i18n/languages';
import { en, enFirstLayer } from '../../../src/i18n/strings/en';
import { readChoice } from '../../../src/storage/cookie';
import { createRecords } from '../../../src/storage/records';
import type { ConsentryConfig } from '../../../src/types';
import { mountViewWith } from '../../../src/ui/first-layer';
import { mountPreferencesWith } from '../../../src/ui/mount-preferences';
import {
  cleanPage,
  makeChoices,
  makeReceipt,
  quietHappyDOM,
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

/** The widget's shadow root, once the engine has mounted the view. */
async function widgetRoot(): Promise<ShadowRoot> {
  return vi.waitFor(() => {
    const root = document.querySelector('#consentry')?.shadowRoot;
    if (!root?.querySelector('[data-part]')) throw new Error('the view is not mounted yet');
    return root;
  });
}

/** Queries inside the widget, as a person reads it. */
const widget = async () => within((await widgetRoot()) as unknown as HTMLElement);

const allGranted = () => makeChoices({ preferences: true, analytics: true, advertising: true, social: true });

let closeChannels: () => void;

describe('the view', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    closeChannels();
    await cleanPage();
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

    it('links to the privacy and cookie policies when configured', async () => {
      start({ policyUrl: '/privacy', cookiePolicyUrl: '/cookies' });
      const view = await widget();
      expect(view.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
      expect(view.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/cookies');
    });

    it('links to the Limit the Use page when limitUseUrl is set', async () => {
      start({ limitUseUrl: '/limit-use' });
      const view = await widget();
      const link = view.getByRole('link', { name: 'Limit the Use of My Sensitive Personal Information' });
      expect(link.getAttribute('href')).toBe('/limit-use');
    });

    it('does not show when a valid choice is stored', async () => {
      storeCookie(makeReceipt());
      start();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(
        document.querySelector('#consentry')?.shadowRoot?.querySelector('[data-part="banner"]') ?? null,
      ).toBeNull();
    });

    it('grants everything on Accept all, records it as a banner choice and goes away', async () => {
      const consent = start();
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Accept all' }));
      expect(consent.get()).toEqual(allGranted());
      const [receipt] = await consent.history();
      expect(receipt.method).toBe('banner');
      await vi.waitFor(() => expect(view.queryByRole('region', { name: 'Cookie consent' })).toBeNull());
    });

    it('keeps only necessary on Reject all', async () => {
      const consent = start();
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Reject all' }));
      expect(consent.get()).toEqual(makeChoices());
      expect(readChoice().receipt).toMatchObject({ method: 'banner', choices: makeChoices() });
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
      await vi.waitFor(() =>
        expect(error).toHaveBeenCalledWith(expect.stringContaining('the preferences could not be shown')),
      );
      expect(view.queryByRole('dialog')).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      fireEvent.click(view.getByRole('button', { name: 'Reject all' }));
      expect(readChoice().receipt).toMatchObject({ method: 'banner', choices: makeChoices() });
    });
  });

  describe('preferences', () => {
    /** Starts Consentry and opens the preferences from the banner. */
    async function openPreferences(config: ConsentryConfig = {}) {
      const consent = start(config);
      const view = await widget();
      fireEvent.click(view.getByRole('button', { name: 'Customize' }));
      // The preferences are a chunk of their own: the dialog opens once it has loaded.
      const dialog = await view.findByRole('dialog', { name: 'Cookie preferences' });
      return { consent, view, dialog, inDialog: within(dialog) };
    }

    it('opens as a modal dialog labelled Cookie preferences', async () => {
      const { dialog } = await openPreferences();
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      expect(dialog.getAttribute('data-part')).toBe('preferences');
    });

    it('shows necessary switched on and locked', async () => {
      const { inDialog } = await openPreferences();
      const necessary = inDialog.getByRole('switch', { name: /Necessary/ }) as HTMLInputElement;
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

    it('moves focus into the dialog', async () => {
      const { dialog } = await openPreferences();
      const root = (await widgetRoot()) as ShadowRoot;
      expect(dialog.contains(root.activeElement)).toBe(true);
    });

    it('closes on Escape without granting anything', async () => {
      const { consent, view, dialog } = await openPreferences();
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(view.queryByRole('dialog')).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      expect(await consent.history()).toEqual([]);
      expect(readChoice().receipt).toBeNull();
      expect(view.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
    });

    it('closes with the close button without granting anything', async () => {
      const { consent, view, inDialog } = await openPreferences();
      const close = inDialog.getByRole('button', { name: 'Close' });
      expect(close.getAttribute('data-action')).toBe('close');
      fireEvent.click(close);
      expect(view.queryByRole('dialog')).toBeNull();
      expect(consent.get()).toEqual(makeChoices());
      expect(readChoice().receipt).toBeNull();
    });

    it('does not keep toggled switches that were not saved', async () => {
      const { view, inDialog, consent } = await openPreferences();
      fireEvent.click(inDialog.getByRole('switch', { name: /Analytics/ }));
      fireEvent.keyDown(view.getByRole('dialog'), { key: 'Escape' });
      expect(consent.has('analytics')).toBe(false);
      fireEvent.click(view.getByRole('button', { name: 'Customize' }));
      expect(((await view.findByRole('switch', { name: /Analytics/ })) as HTMLInputElement).checked).toBe(false);
    });

    it('records what was toggled on Save choices', async () => {
      const { consent, view, inDialog } = await openPreferences();
      fireEvent.click(inDialog.getByRole('switch', { name: /Analytics/ }));
      fireEvent.click(inDialog.getByRole('switch', { name: /Social media/ }));
      const save = inDialog.getByRole('button', { name: 'Save choices' });
      expect(save.getAttribute('data-action')).toBe('save');
      fireEvent.click(save);
      expect(consent.get()).toEqual(makeChoices({ analytics: true, social: true }));
      const receipt = (await consent.history()).at(-1);
      expect(receipt).toMatchObject({ method: 'preferences', choices: makeChoices({ analytics: true, social: true }) });
      await vi.waitFor(() => expect(view.queryByRole('dialog')).toBeNull());
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
      // The dialog's file loads after the first layer: wait for it, not for the first part to show.
      const social = (await view.findByRole('switch', { name: /Social media/ })) as HTMLInputElement;
      expect(social.checked).toBe(true);
      expect((view.getByRole('switch', { name: /Analytics/ }) as HTMLInputElement).checked).toBe(false);
    });

    it('shows the Spanish strings under <html lang="es">', async () => {
      document.documentElement.lang = 'es';
      const consent = start();
      consent.showPreferences();
      const view = await widget();
      const dialog = await view.findByRole('dialog', { name: 'Preferencias de cookies' });
      expect(within(dialog).getByRole('button', { name: 'Guardar opciones' })).toBeTruthy();
      expect(within(dialog).getByRole('switch', { name: /Necesarias/ })).toBeTruthy();
    });

    it('shows config text as text, never as markup', async () => {
      const consent = start({ categories: { social: { label: '<img src=x onerror=alert(1)>Social' } } });
      consent.showPreferences();
      const root = await widgetRoot();
      expect(await within(root as unknown as HTMLElement).findByRole('switch', { name: /<img src=x/ })).toBeTruthy();
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
      const reopen = await view.findByRole('button', { name: 'Cookie settings' });
      fireEvent.click(reopen);
      expect(await view.findByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    });

    it('is not drawn when floatingButton is false', async () => {
      storeCookie(makeReceipt());
      start({ floatingButton: false });
      await new Promise((resolve) => setTimeout(resolve, 10));
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
      const box = await vi.waitFor(() => {
        const el = document.querySelector('[data-consentry-placeholder]');
        if (!el?.shadowRoot) throw new Error('no placeholder yet');
        return el;
      });
      const placeholder = within(box.shadowRoot as unknown as HTMLElement);
      expect(placeholder.getByText(/Launch video is held until you allow Social media/)).toBeTruthy();
      const allow = placeholder.getByRole('button', { name: 'Allow Social media and load' });
      expect(allow.getAttribute('data-action')).toBe('allow-embed');
      const iframe = document.querySelector('iframe') as HTMLIFrameElement;
      expect(iframe.hasAttribute('src')).toBe(false);
      fireEvent.click(allow);
      expect(consent.has('social')).toBe(true);
      expect(consent.has('analytics')).toBe(false);
      expect(iframe.getAttribute('src')).toBe('https://video.example.com/embed/1');
      await vi.waitFor(() => expect(document.querySelector('[data-consentry-placeholder]')).toBeNull());
    });
  });
});
