/**
 * SPEC §7 and §9 in every engine: after a decision the stored `consentry` cookie is the one
 * the records server set over HTTP, with the server's lifetime, not the 180 days the
 * widget writes by script (which Safari would cut to 7).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toNodeListener } from '../../server/src/node.js';
import { createRecordsServer, type RecordsServer } from '../../server/src/server.js';
import { openPglite } from '../../server/src/store/pglite.js';
import { consentryPage } from '../browser/support/pages';
import { seriousViolations } from './a11y';
import { type Browser, type Driver, withErrorProbe } from './driver';
import { engines } from './engines';

const timeout = 10_000;
const dayS = 86_400;
// Longer than the widget's own 180 days, so the test can tell whose cookie it reads.
const serverDays = 395;
const adminToken = 'engines-test-token';

// No held tags: this site serves only the page, the widget and the records server. Its
// link opens the privacy request form (SPEC §9), sent beside logEndpoint.
const page = withErrorProbe(
  consentryPage({
    config: { policyUrl: '/privacy', logEndpoint: '/consent/receipts' },
    head: '',
    body: '<p><a href="#consentry-request=limit-use">Limit the use of my data</a></p>',
  }),
);
const dist = new URL('../../dist/', import.meta.url);

/** One origin, as a site deploys it: the page, the widget's files and the records server. */
async function startSite(records: RecordsServer) {
  const recordsListener = toNodeListener(records);
  const state = { down: false, posts: 0 };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/consent/')) {
      if (req.method === 'POST') state.posts++;
      // The endpoint down, as a deploy or a database restart leaves it.
      if (state.down) return void res.writeHead(503).end();
      return void recordsListener(req, res);
    }
    if (/^\/dist\/consentry[\w.-]*\.js$/.test(path)) {
      return void readFile(new URL(path.slice('/dist/'.length), dist)).then(
        (body) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(body),
        () => res.writeHead(404).end(),
      );
    }
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, state, close: () => new Promise((r) => server.close(r)) };
}

describe.each(engines)('$name: the records server sets the choice cookie', (engine) => {
  let browser: Browser;
  let records: RecordsServer;
  let site: Awaited<ReturnType<typeof startSite>>;
  let driver: Driver | undefined;

  beforeAll(async () => {
    records = createRecordsServer({ db: await openPglite(), adminToken, expiresDays: serverDays });
    [browser, site] = await Promise.all([engine.launch(), startSite(records)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await records?.close();
  });
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  const choiceCookie = async (d: Driver) => (await d.cookies()).find((c) => c.name === 'consentry');
  const storedStatus = async (id: string) =>
    (
      await records(
        new Request(`http://x/consent/receipts/${id}`, { headers: { authorization: `Bearer ${adminToken}` } }),
      )
    ).status;

  it.each(['accept-all', 'reject-all'])(
    "after %s, with the server's lifetime, and the receipt is stored",
    async (action) => {
      driver = await browser.newDriver();
      const d = driver;
      await d.open(`${site.origin}/`);
      await d.click(`[data-action="${action}"]`, timeout);

      // The widget's own cookie (180 days) first, then the server's answer replaces it.
      await expect
        .poll(async () => (await choiceCookie(d))?.expires ?? 0, { timeout, interval: 50 })
        .toBeGreaterThan(Date.now() / 1000 + (serverDays - 1) * dayS);
      const cookie = await choiceCookie(d);
      expect(cookie?.expires).toBeLessThanOrEqual(Date.now() / 1000 + serverDays * dayS + 60);
      const receipt = JSON.parse(decodeURIComponent(cookie?.value ?? ''));
      expect(receipt.choices.analytics).toBe(action === 'accept-all');

      const stored = await records(
        new Request(`http://x/consent/receipts/${receipt.id}`, { headers: { authorization: `Bearer ${adminToken}` } }),
      );
      expect(stored.status).toBe(200);
      expect(await stored.json()).toMatchObject({ id: receipt.id, choices: receipt.choices, method: 'banner' });

      // And the next page view reads it: no banner.
      await d.reload();
      await expect
        .poll(() => d.evaluate(() => window.Consentry?.get().analytics), { timeout })
        .toBe(action === 'accept-all');
      expect(await d.errors()).toEqual([]);
    },
  );

  it('delivers on the next page view a receipt the endpoint could not take', async () => {
    driver = await browser.newDriver();
    const d = driver;
    site.state.down = true;
    site.state.posts = 0;
    try {
      await d.open(`${site.origin}/`);
      await d.click('[data-action="reject-all"]', timeout);
      await expect.poll(() => site.state.posts, { timeout }).toBeGreaterThan(0);
    } finally {
      site.state.down = false;
    }
    const receipt = JSON.parse(decodeURIComponent((await choiceCookie(d))?.value ?? ''));
    expect(await storedStatus(receipt.id)).toBe(404);

    // The next page view finds the pending mark and sends what waits in the outbox.
    await d.reload();
    // The records file loads when idle after the reload: slow engines under load need longer.
    await expect.poll(() => storedStatus(receipt.id), { timeout: 3 * timeout, interval: 100 }).toBe(200);
  });

  it('takes a privacy request from the keyboard: the link opens the form, a wrong address is said, the answer is dated', async () => {
    driver = await browser.newDriver();
    const d = driver;
    await d.open(`${site.origin}/`);
    await d.click('[data-action="reject-all"]', timeout);
    await expect.poll(async () => (await choiceCookie(d))?.value ?? '', { timeout }).not.toBe('');
    const consentId = JSON.parse(decodeURIComponent((await choiceCookie(d))?.value ?? '')).id;

    await d.focus('a[href="#consentry-request=limit-use"]');
    await d.press('Enter');
    // The kind the link named is chosen: focus starts on the e-mail address.
    await expect.poll(() => d.activeElementDescription(), { timeout }).toMatchObject({ tag: 'input' });
    const form = () =>
      d.evaluate(() => {
        const dialog = document.getElementById('consentry')?.shadowRoot?.querySelector('[data-part="request"]');
        const active = document.getElementById('consentry')?.shadowRoot?.activeElement;
        return {
          open: !!dialog,
          kind: dialog?.querySelector('select')?.value,
          invalid: dialog?.querySelector('input[type="email"]')?.getAttribute('aria-invalid'),
          focused: active?.id ?? active?.tagName,
          text: dialog?.textContent ?? '',
        };
      });
    expect(await form()).toMatchObject({ open: true, kind: 'limit-use', focused: 'consentry-request-email' });
    expect((await form()).text).toContain(consentId);
    expect(await seriousViolations(d)).toEqual([]);

    // Enter in the empty field submits: the form says what is wrong there, and stays on it.
    await d.press('Enter');
    await expect.poll(async () => (await form()).invalid, { timeout }).toBe('true');
    expect(await form()).toMatchObject({ focused: 'consentry-request-email' });
    expect((await form()).text).toContain('Enter an email address such as name@example.com.');

    await d.type('visitor@example.com');
    await d.press('Tab');
    await d.type('Please stop using my booking notes for anything but my care.');
    await d.press('Tab');
    expect(await d.activeElementDescription()).toMatchObject({ tag: 'button', action: 'send-request' });
    await d.press('Enter');
    await expect.poll(async () => (await form()).text, { timeout }).toContain('Request received');
    await expect.poll(async () => (await form()).focused, { timeout }).toBe('consentry-request-done');

    const listed = await records(
      new Request('http://x/consent/requests?status=open', { headers: { authorization: `Bearer ${adminToken}` } }),
    );
    const [request] = (await listed.json()).requests;
    expect(request).toMatchObject({
      kind: 'limit-use',
      email: 'visitor@example.com',
      message: 'Please stop using my booking notes for anything but my care.',
      consentId,
      status: 'open',
    });
    // The reference and the day the answer is due, as the visitor reads them.
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(request.due));
    expect((await form()).text).toContain(`Your reference is ${request.id}. We will answer by ${due}.`);

    // Escape closes it; focus goes back to the link that opened it.
    await d.press('Escape');
    await expect.poll(async () => (await form()).open, { timeout }).toBe(false);
    expect(await d.activeElementDescription()).toMatchObject({ tag: 'a', text: 'Limit the use of my data' });
    expect(await d.errors()).toEqual([]);
  });
});
