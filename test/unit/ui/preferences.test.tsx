import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { en } from '../../../src/i18n/strings/en';
import type { ConsentryConfig } from '../../../src/types';
import { Preferences } from '../../../src/ui/Preferences';
import { makeChoices } from '../support/page';

type Props = ComponentProps<typeof Preferences>;

/** Renders the dialog as the preferences chunk does, with spies for what it reports. */
function renderPreferences({
  config = {},
  ...props
}: Partial<Omit<Props, 'config'>> & { config?: ConsentryConfig } = {}) {
  const handlers = { onSave: vi.fn(), onAccept: vi.fn(), onReject: vi.fn(), onClose: vi.fn() };
  const view = render(
    <Preferences
      t={en}
      lang="en"
      config={parseConfig(config).config}
      gpc={false}
      initial={makeChoices()}
      {...handlers}
      {...props}
    />,
  );
  const dialog = view.getByRole('dialog', { name: 'Cookie preferences' });
  return { ...view, ...handlers, dialog, inDialog: within(dialog) };
}

/** Each switch's category and whether it is on, in the order a visitor meets them. */
const switchStates = (switches: HTMLElement[]) =>
  switches.map((s) => [s.getAttribute('data-category'), (s as HTMLInputElement).checked]);

describe('Preferences', () => {
  afterEach(() => cleanup());

  it('is an open modal dialog, named by its title and described by its text', () => {
    const { getByRole } = renderPreferences();
    const dialog = getByRole('dialog', { name: 'Cookie preferences', description: /Choose which cookies we may use/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('data-part')).toBe('preferences');
  });

  it('shows necessary switched on, locked, and says it is always on', () => {
    const { inDialog } = renderPreferences();
    const necessary = inDialog.getByRole('switch', { name: 'Necessary Always on' }) as HTMLInputElement;
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    expect(necessary.getAttribute('aria-checked')).toBe('true');
  });

  it('keeps necessary on even when the initial choice says otherwise', () => {
    const { inDialog } = renderPreferences({ initial: makeChoices({ necessary: false }) });
    expect((inDialog.getByRole('switch', { name: /Necessary/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('has one switch per category, set from the initial choice', () => {
    const { inDialog } = renderPreferences({ initial: makeChoices({ analytics: true, social: true }) });
    expect(switchStates(inDialog.getAllByRole('switch'))).toEqual([
      ['necessary', true],
      ['preferences', false],
      ['analytics', true],
      ['advertising', false],
      ['social', true],
    ]);
  });

  it('describes each category under its switch', () => {
    const { inDialog } = renderPreferences();
    expect(inDialog.getByRole('switch', { name: 'Analytics', description: /Counts visits/ })).toBeTruthy();
    expect(inDialog.getByRole('switch', { name: 'Advertising', description: /selling or sharing/ })).toBeTruthy();
  });

  it("names a category with the config's own label and description", () => {
    const { inDialog } = renderPreferences({
      config: { categories: { chat: { label: 'Live chat', description: 'Lets you talk to us.' } } },
    });
    const chat = inDialog.getByRole('switch', { name: 'Live chat', description: 'Lets you talk to us.' });
    expect(chat.getAttribute('data-category')).toBe('chat');
    expect((chat as HTMLInputElement).checked).toBe(false);
  });

  it('reflects a toggle on the switch itself', () => {
    const { inDialog } = renderPreferences();
    const analytics = inDialog.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement;
    fireEvent.click(analytics);
    expect(analytics.checked).toBe(true);
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(analytics);
    expect(analytics.checked).toBe(false);
    expect(analytics.getAttribute('aria-checked')).toBe('false');
  });

  it('saves exactly the switches as they stand', () => {
    const { inDialog, onSave, onAccept, onReject, onClose } = renderPreferences({
      initial: makeChoices({ preferences: true }),
    });
    fireEvent.click(inDialog.getByRole('switch', { name: 'Preferences' }));
    fireEvent.click(inDialog.getByRole('switch', { name: 'Analytics' }));
    fireEvent.click(inDialog.getByRole('switch', { name: 'Social media' }));
    const save = inDialog.getByRole('button', { name: 'Save choices' });
    expect(save.getAttribute('data-action')).toBe('save');
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith(makeChoices({ analytics: true, social: true }));
    expect(switchStates(inDialog.getAllByRole('switch'))).toEqual(Object.entries(onSave.mock.calls[0][0]));
    expect([onAccept, onReject, onClose].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('saves the initial choice unchanged when nothing was toggled', () => {
    const initial = makeChoices({ advertising: true });
    const { inDialog, onSave } = renderPreferences({ initial });
    fireEvent.click(inDialog.getByRole('button', { name: 'Save choices' }));
    expect(onSave).toHaveBeenCalledWith(initial);
  });

  it('saves a toggle made in the same task as Save, before the dialog redraws', () => {
    const { inDialog, onSave } = renderPreferences();
    // Plain clicks, outside act(): Preact has not re-rendered between the two.
    (inDialog.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement).click();
    inDialog.getByRole('button', { name: 'Save choices' }).click();
    expect(onSave).toHaveBeenCalledWith(makeChoices({ analytics: true }));
  });

  it('offers Accept all and Reject all beside Save, in that order', () => {
    const { inDialog } = renderPreferences();
    const buttons = inDialog.getAllByRole('button').filter((b) => b.closest('.foot'));
    expect(buttons.map((b) => [b.textContent, b.getAttribute('data-action')])).toEqual([
      ['Save choices', 'save'],
      ['Accept all', 'accept-all'],
      ['Reject all', 'reject-all'],
    ]);
  });

  it('reports Accept all, and nothing else', () => {
    const { inDialog, onSave, onAccept, onReject } = renderPreferences();
    fireEvent.click(inDialog.getByRole('switch', { name: 'Analytics' }));
    fireEvent.click(inDialog.getByRole('button', { name: 'Accept all' }));
    expect(onAccept).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
    expect(onReject).not.toHaveBeenCalled();
  });

  it('reports Reject all, and nothing else, even with switches turned on', () => {
    const { inDialog, onSave, onAccept, onReject } = renderPreferences();
    fireEvent.click(inDialog.getByRole('switch', { name: 'Analytics' }));
    fireEvent.click(inDialog.getByRole('button', { name: 'Reject all' }));
    expect(onReject).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('closes on Escape without saving what was toggled', () => {
    const { dialog, inDialog, onClose, onSave, onAccept, onReject } = renderPreferences();
    fireEvent.click(inDialog.getByRole('switch', { name: 'Analytics' }));
    const notPrevented = fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(notPrevented).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect([onSave, onAccept, onReject].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it("closes through onClose when the browser cancels the modal, and keeps the dialog's own close from happening", () => {
    const { dialog, onClose, onSave } = renderPreferences();
    const notPrevented = fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(notPrevented).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('closes with the close button without saving', () => {
    const { inDialog, onClose, onSave } = renderPreferences();
    const close = inDialog.getByRole('button', { name: 'Close' });
    expect(close.getAttribute('data-action')).toBe('close');
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('moves focus to the first switch a visitor can change', () => {
    const { inDialog } = renderPreferences();
    expect(document.activeElement).toBe(inDialog.getByRole('switch', { name: 'Preferences' }));
  });

  it('wraps Tab from the last control to the first, and Shift+Tab back', () => {
    const { dialog, inDialog } = renderPreferences();
    const close = inDialog.getByRole('button', { name: 'Close' });
    const reject = inDialog.getByRole('button', { name: 'Reject all' });
    reject.focus();
    expect(fireEvent.keyDown(dialog, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(close);
    expect(fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(reject);
  });

  it('leaves Tab between two inner controls to the browser', () => {
    const { dialog, inDialog } = renderPreferences();
    const analytics = inDialog.getByRole('switch', { name: 'Analytics' });
    analytics.focus();
    expect(fireEvent.keyDown(dialog, { key: 'Tab' })).toBe(true);
    expect(document.activeElement).toBe(analytics);
  });

  it("wraps WebKitGTK's Shift+Tab, whose key is Unidentified and code Tab", () => {
    const { dialog, inDialog } = renderPreferences();
    inDialog.getByRole('button', { name: 'Close' }).focus();
    fireEvent.keyDown(dialog, { key: 'Unidentified', code: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(inDialog.getByRole('button', { name: 'Reject all' }));
  });

  it('pulls focus back in when it has left the dialog', () => {
    const { dialog, inDialog } = renderPreferences();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(inDialog.getByRole('button', { name: 'Close' }));
    outside.remove();
  });

  it("says that the browser's opt-out signal is honored when GPC is on", () => {
    const { inDialog } = renderPreferences({ gpc: true });
    expect(inDialog.getByText(en.gpcNotice)).toBeTruthy();
  });

  it('says nothing about GPC when it is off', () => {
    const { inDialog } = renderPreferences();
    expect(inDialog.queryByText(/Global Privacy Control/)).toBeNull();
  });

  it('counts the services of each category that has any, and tables them', () => {
    const { inDialog } = renderPreferences();
    const summaries = inDialog.getAllByText(/^Services \(\d+\)$/);
    expect(
      summaries.map((s) => [s.closest('.category')?.querySelector('input')?.dataset.category, s.textContent]),
    ).toEqual([
      ['analytics', 'Services (1)'],
      ['advertising', 'Services (2)'],
    ]);
    expect(inDialog.getByRole('table', { name: 'Services: Advertising' })).toBeTruthy();
  });

  it('links the policies and the Limit the Use page when configured', () => {
    const { inDialog } = renderPreferences({
      config: { policyUrl: '/privacy', cookiePolicyUrl: '/cookies', limitUseUrl: '/limit-use' },
    });
    // The site's own policies; the services' tables link their providers' too.
    const links = inDialog.getAllByRole('link').filter((a) => !a.closest('table'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Privacy policy', '/privacy'],
      ['Cookie policy', '/cookies'],
      ['Limit the Use of My Sensitive Personal Information', '/limit-use'],
    ]);
  });

  it('shows config text as text, never as markup', () => {
    const { dialog, inDialog } = renderPreferences({
      config: { categories: { social: { label: '<img src=x onerror=alert(1)>Social' } } },
    });
    expect(inDialog.getByRole('switch', { name: '<img src=x onerror=alert(1)>Social' })).toBeTruthy();
    expect(dialog.querySelector('img')).toBeNull();
  });

  describe('privacy contact', () => {
    const contact = {
      email: 'privacy@example.com',
      phone: '+1 (555) 010-0199',
      address: '1 Example Street, Springfield',
      url: 'https://example.com/contact',
    };

    it('lists every way to reach the site, each under its name', () => {
      const { inDialog } = renderPreferences({ config: { contact } });
      const block = within(inDialog.getByRole('region', { name: 'Privacy requests' }));
      expect(block.getByText(en.contactText)).toBeTruthy();
      expect(block.getAllByRole('term').map((dt) => dt.textContent)).toEqual([
        'Email',
        'Phone',
        'Address',
        'Contact page',
      ]);
      expect(block.getAllByRole('definition').map((dd) => dd.textContent)).toEqual([
        contact.email,
        contact.phone,
        contact.address,
        contact.url,
      ]);
    });

    it('links the email, the phone number (digits only) and the contact page', () => {
      const { inDialog } = renderPreferences({ config: { contact } });
      const href = (name: string) => inDialog.getByRole('link', { name }).getAttribute('href');
      expect(href(contact.email)).toBe('mailto:privacy@example.com');
      expect(href(contact.phone)).toBe('tel:+15550100199');
      expect(href(contact.url)).toBe('https://example.com/contact');
    });

    it('shows only the lines that are configured', () => {
      const { inDialog } = renderPreferences({ config: { contact: { address: contact.address } } });
      const block = within(inDialog.getByRole('region', { name: 'Privacy requests' }));
      expect(block.getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Address']);
      expect(block.queryByRole('link')).toBeNull();
    });

    it('is left out when no contact is configured', () => {
      const { inDialog } = renderPreferences();
      expect(inDialog.queryByRole('region', { name: 'Privacy requests' })).toBeNull();
      expect(inDialog.queryByText(en.contactText)).toBeNull();
    });
  });
});
