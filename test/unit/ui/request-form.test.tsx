import { act, fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/strings/en';
import type { ConsentryConfig } from '../../../src/types';
import { mountPreferencesWith } from '../../../src/ui/mount-preferences';
import { resetPage } from '../support/page';
import { makeHost } from '../support/view-host';

const consentId = '0b7f6f4e-7c1e-4d8a-9f3a-2b1c0d9e8f7a';

/** The preferences chunk on a stand-in engine whose choice has `consentId`, with the form's endpoint. */
function mount(config: ConsentryConfig = { logEndpoint: '/consent/receipts' }) {
  const { host, shadowRoot, widget } = makeHost({ config, consentId });
  return { handle: mountPreferencesWith(en)(host), view: widget, shadowRoot };
}

/** Answers the form's POST with `status` and `body`, and records what was sent. */
function answer(status: number, body: unknown = {}) {
  const sent: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const form = (view: ReturnType<typeof mount>['view']) => view.getByRole('dialog', { name: 'Privacy request' });

describe('the privacy request form', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    resetPage();
  });

  it("opens with the link's kind chosen, focus on the e-mail address, and says the consent id goes with it", async () => {
    const { handle, view, shadowRoot } = mount();
    await act(() => handle.request('limit-use'));
    const dialog = form(view);
    expect(dialog.getAttribute('data-part')).toBe('request');
    expect((within(dialog).getByLabelText('What would you like us to do?') as HTMLSelectElement).value).toBe(
      'limit-use',
    );
    expect(shadowRoot.activeElement).toBe(within(dialog).getByLabelText('Your email address'));
    expect(dialog.textContent).toContain(`Your consent ID ${consentId} is sent with the request`);
  });

  it('starts on the kind when the link names none, or one it does not know', async () => {
    const { handle, view, shadowRoot } = mount();
    await act(() => handle.request('everything'));
    const kind = within(form(view)).getByLabelText('What would you like us to do?') as HTMLSelectElement;
    expect(kind.value).toBe('access');
    expect(shadowRoot.activeElement).toBe(kind);
  });

  it('says beside the field that an address is wrong, focuses it, and sends nothing', async () => {
    const sent = answer(201, { id: 'x', due: '2027-01-06' });
    const { handle, view, shadowRoot } = mount();
    await act(() => handle.request());
    const email = within(form(view)).getByLabelText('Your email address') as HTMLInputElement;
    fireEvent.input(email, { target: { value: 'not an address' } });
    await act(() => void fireEvent.click(view.getByRole('button', { name: 'Send request' })));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const described = (email.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => shadowRoot.getElementById(id)?.textContent);
    expect(described[0]).toBe('Enter an email address such as name@example.com.');
    expect(shadowRoot.activeElement).toBe(email);
    expect(sent).toEqual([]);
  });

  it('sends the request as JSON beside logEndpoint, then shows its reference and the day the answer is due', async () => {
    const sent = answer(201, { id: 'b1f4c1de-0f5a-4c39-9d2e-6a7b8c9d0e1f', due: '2027-01-06' });
    const { handle, view, shadowRoot } = mount();
    await act(() => handle.request('delete'));
    const dialog = within(form(view));
    fireEvent.input(dialog.getByLabelText('Your email address'), { target: { value: ' visitor@example.com ' } });
    fireEvent.input(dialog.getByLabelText('Message (optional)'), { target: { value: '<b>=1+1</b>' } });
    await act(() => void fireEvent.click(view.getByRole('button', { name: 'Send request' })));
    await waitFor(() => expect(view.getByRole('status').textContent).toContain('Request received'));
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/consent/requests');
    expect(sent[0].init).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(String(sent[0].init.body))).toEqual({
      kind: 'delete',
      email: 'visitor@example.com',
      message: '<b>=1+1</b>',
      consentId,
    });
    expect(view.getByRole('status').textContent).toContain(
      'Your reference is b1f4c1de-0f5a-4c39-9d2e-6a7b8c9d0e1f. We will answer by January 6, 2027.',
    );
    expect(shadowRoot.activeElement?.textContent).toBe('Request received');
  });

  it.each([
    [429, 'Too many requests came from your network in the past hour. Please try again later.'],
    [400, 'The request was not accepted. Check your entries and send it again.'],
    [503, 'The request could not be sent. Please try again later.'],
  ])('announces a %i answer, and keeps what was written', async (status, said) => {
    answer(status, { error: 'email must be an e-mail address' });
    const { handle, view } = mount();
    await act(() => handle.request());
    const dialog = within(form(view));
    fireEvent.input(dialog.getByLabelText('Your email address'), { target: { value: 'visitor@example.com' } });
    await act(() => void fireEvent.click(view.getByRole('button', { name: 'Send request' })));
    await waitFor(() => expect(dialog.getByRole('alert').textContent).toBe(said));
    expect((dialog.getByLabelText('Your email address') as HTMLInputElement).value).toBe('visitor@example.com');
  });

  it('announces a failure when the network does not answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { handle, view } = mount();
    await act(() => handle.request());
    const dialog = within(form(view));
    fireEvent.input(dialog.getByLabelText('Your email address'), { target: { value: 'visitor@example.com' } });
    await act(() => void fireEvent.click(view.getByRole('button', { name: 'Send request' })));
    await waitFor(() =>
      expect(dialog.getByRole('alert').textContent).toBe('The request could not be sent. Please try again later.'),
    );
  });

  it('is offered in the preferences with a requestEndpoint, in place of them, and not without one', async () => {
    const withForm = mount({ requestEndpoint: '/privacy-requests' });
    await act(() => withForm.handle.open());
    await act(() => void fireEvent.click(withForm.view.getByRole('button', { name: 'Make a privacy request' })));
    expect(withForm.view.queryByRole('dialog', { name: 'Cookie preferences' })).toBeNull();
    expect(form(withForm.view)).toBeTruthy();
    resetPage();
    const without = mount({ contact: { email: 'privacy@example.com' } });
    await act(() => without.handle.open());
    expect(without.view.queryByRole('button', { name: 'Make a privacy request' })).toBeNull();
  });

  it('closes with Escape, sending nothing', async () => {
    const sent = answer(201, {});
    const { handle, view } = mount();
    await act(() => handle.request());
    await act(() => void fireEvent.keyDown(form(view), { key: 'Escape' }));
    expect(view.queryByRole('dialog')).toBeNull();
    expect(sent).toEqual([]);
  });
});
