import { act, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/strings/en';
import { es } from '../../../src/i18n/strings/es';
import { mountPreferencesWith } from '../../../src/ui/mount-preferences';
import { makeChoices, resetPage } from '../support/page';
import { type HostOptions, makeHost } from '../support/view-host';

/** Mounts the English preferences on a stand-in host; `open` and `close` run as the engine would call them. */
function mountPreferences(options: HostOptions & { strings?: typeof en } = {}) {
  const made = makeHost(options);
  const handle = mountPreferencesWith(options.strings ?? en)(made.host);
  return {
    ...made,
    handle,
    // act(): Preact draws, and runs the dialog's effects (showModal, focus), before it returns.
    open: () => act(() => handle.open()),
    close: () => act(() => handle.close()),
    dialog: () =>
      made.widget.getByRole('dialog', { name: options.strings === es ? es.preferencesTitle : en.preferencesTitle }),
  };
}

describe('mountPreferencesWith', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    resetPage();
  });

  it('draws nothing until it is opened', () => {
    const { widget } = mountPreferences();
    expect(widget.queryByRole('dialog')).toBeNull();
  });

  it("opens the dialog inside the widget's shadow root, out of the page's reach", async () => {
    const { widget, open } = mountPreferences();
    await open();
    expect(widget.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    expect(within(document.body).queryByRole('dialog')).toBeNull();
  });

  it('opens one dialog however often it is asked, and still knows what opened it', async () => {
    const { widget, open, close } = mountPreferences();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    await open();
    await open();
    expect(widget.getAllByRole('dialog')).toHaveLength(1);
    await close();
    expect(document.activeElement).toBe(opener);
  });

  it('shows necessary switched on and locked, the rest as the visitor chose', async () => {
    const { widget, open } = mountPreferences({ choices: () => makeChoices({ social: true }) });
    await open();
    const necessary = widget.getByRole('switch', { name: 'Necessary Always on' }) as HTMLInputElement;
    expect([necessary.checked, necessary.disabled]).toEqual([true, true]);
    expect((widget.getByRole('switch', { name: 'Social media' }) as HTMLInputElement).checked).toBe(true);
    expect((widget.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(false);
  });

  it('hands the switches to the engine on Save choices', async () => {
    const { host, widget, open } = mountPreferences();
    await open();
    fireEvent.click(widget.getByRole('switch', { name: 'Analytics' }));
    fireEvent.click(widget.getByRole('switch', { name: 'Social media' }));
    fireEvent.click(widget.getByRole('button', { name: 'Save choices' }));
    expect(host.save).toHaveBeenCalledWith(makeChoices({ analytics: true, social: true }));
    expect(host.acceptAll).not.toHaveBeenCalled();
  });

  it('records Accept all and Reject all as choices made in the preferences', async () => {
    const { host, widget, open } = mountPreferences();
    await open();
    fireEvent.click(widget.getByRole('button', { name: 'Accept all' }));
    expect(host.acceptAll).toHaveBeenCalledWith('preferences');
    fireEvent.click(widget.getByRole('button', { name: 'Reject all' }));
    expect(host.rejectAll).toHaveBeenCalledWith('preferences');
    expect(host.save).not.toHaveBeenCalled();
  });

  it('closes on Escape and grants nothing', async () => {
    const { host, widget, dialog, open } = mountPreferences();
    await open();
    fireEvent.click(widget.getByRole('switch', { name: 'Analytics' }));
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(widget.queryByRole('dialog')).toBeNull();
    expect(
      [host.save, host.acceptAll, host.rejectAll, host.allowEmbed].map((spy) => vi.mocked(spy).mock.calls),
    ).toEqual([[], [], [], []]);
  });

  it('closes with the close button and grants nothing', async () => {
    const { host, widget, open } = mountPreferences();
    await open();
    fireEvent.click(widget.getByRole('button', { name: 'Close' }));
    expect(widget.queryByRole('dialog')).toBeNull();
    expect(host.save).not.toHaveBeenCalled();
  });

  it('forgets switches toggled without saving, and opens again with the current choice', async () => {
    let current = makeChoices();
    const { widget, dialog, open } = mountPreferences({ choices: () => current });
    await open();
    fireEvent.click(widget.getByRole('switch', { name: 'Analytics' }));
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    current = makeChoices({ advertising: true });
    await open();
    expect((widget.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(false);
    expect((widget.getByRole('switch', { name: 'Advertising' }) as HTMLInputElement).checked).toBe(true);
  });

  it('moves focus into the dialog, and back to the page button that opened it on close', async () => {
    const { shadowRoot, widget, dialog, open } = mountPreferences();
    const opener = document.createElement('button');
    opener.textContent = 'Manage cookies';
    document.body.append(opener);
    opener.focus();
    await open();
    expect(shadowRoot.activeElement).toBe(widget.getByRole('switch', { name: 'Preferences' }));
    expect(dialog().contains(shadowRoot.activeElement)).toBe(true);
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(document.activeElement).toBe(opener);
  });

  it("gives focus back to the widget's own button that opened it, inside the shadow root", async () => {
    const { shadowRoot, open, close } = mountPreferences();
    const customize = document.createElement('button');
    customize.textContent = 'Customize';
    shadowRoot.append(customize);
    customize.focus();
    await open();
    expect(shadowRoot.activeElement).not.toBe(customize);
    await close();
    expect(shadowRoot.activeElement).toBe(customize);
  });

  it('leaves focus alone on close when what opened it is gone', async () => {
    const { open, close } = mountPreferences();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    await open();
    opener.remove();
    await close();
    expect(opener.isConnected).toBe(false);
    expect(document.activeElement).not.toBe(opener);
  });

  it('fills in what is known about the built-in services', async () => {
    const { widget, open } = mountPreferences();
    await open();
    const table = widget.getByRole('table', { name: 'Services: Analytics' });
    const ga = within(table).getByRole('cell', { name: '_ga' }).closest('tr') as HTMLElement;
    expect(
      within(ga)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '_ga',
      'Google Analytics (Google LLC) Privacy policy of Google Analytics',
      'Tells visitors apart',
      '2 years',
    ]);
  });

  it('says that GPC is honored when the engine honors it', async () => {
    const { widget, open } = mountPreferences({ gpc: true });
    await open();
    expect(widget.getByText(en.gpcNotice)).toBeTruthy();
  });

  it('shows the privacy contact when configured', async () => {
    const { widget, open } = mountPreferences({ config: { contact: { email: 'privacy@example.com' } } });
    await open();
    const contact = within(widget.getByRole('region', { name: 'Privacy requests' }));
    expect(contact.getByRole('link', { name: 'privacy@example.com' }).getAttribute('href')).toBe(
      'mailto:privacy@example.com',
    );
  });

  it("speaks the engine's language, marked on the dialog's container", async () => {
    const { widget, dialog, open } = mountPreferences({ strings: es, lang: 'es' });
    await open();
    expect(widget.getByRole('button', { name: 'Guardar opciones' })).toBeTruthy();
    expect(widget.getByRole('switch', { name: /Necesarias/ })).toBeTruthy();
    expect((dialog().closest('[lang]') as HTMLElement).lang).toBe('es');
  });

  it("uses the config's own words for its language", async () => {
    const { widget, open } = mountPreferences({ config: { translations: { en: { save: 'Keep my choices' } } } });
    await open();
    expect(widget.getByRole('button', { name: 'Keep my choices' }).getAttribute('data-action')).toBe('save');
  });

  it('lays out right to left for a right-to-left language', async () => {
    const { dialog, open } = mountPreferences({ lang: 'ar' });
    await open();
    expect((dialog().closest('[dir]') as HTMLElement).dir).toBe('rtl');
  });

  describe('cookie declarations', () => {
    it("fills each of the page's declaration elements with every category", async () => {
      const { handle } = mountPreferences();
      document.body.insertAdjacentHTML('beforeend', '<div data-consentry-declaration></div>');
      await act(() => handle.declare());
      const declaration = within(document.querySelector('[data-consentry-declaration]') as HTMLElement);
      expect(declaration.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'Necessary',
        'Preferences',
        'Analytics',
        'Advertising',
        'Social media',
      ]);
      expect(declaration.getByRole('cell', { name: '_fbp' })).toBeTruthy();
      // The engine asks for the preferences again only while an element is not marked filled.
      expect(document.querySelector('[data-consentry-declaration]:not([data-consentry-filled])')).toBeNull();
    });

    it('fills an element once, and one the page adds later on the next call', async () => {
      const { handle } = mountPreferences();
      document.body.insertAdjacentHTML('beforeend', '<div data-consentry-declaration id="first"></div>');
      await act(() => handle.declare());
      document.body.insertAdjacentHTML('beforeend', '<div data-consentry-declaration id="second"></div>');
      await act(() => handle.declare());
      for (const id of ['first', 'second']) {
        const declaration = within(document.getElementById(id) as HTMLElement);
        expect(declaration.getAllByRole('table', { name: 'Services: Analytics' })).toHaveLength(1);
      }
    });
  });
});
