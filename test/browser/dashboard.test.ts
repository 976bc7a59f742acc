import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Receipt } from '../../server/src/receipt.js';
import { createRecordsServer, type RecordsServer } from '../../server/src/server.js';
import type { Db } from '../../server/src/store/db.js';
import { openPglite } from '../../server/src/store/pglite.js';
import { seriousViolations } from './support/a11y';
import { launchChromium } from './support/browser';
import { settled } from './support/harness';

const token = 'dashboard-browser-token';
const hostile = '<img src=x onerror=alert(1)>';
const all = { necessary: true, preferences: true, analytics: true, advertising: true, social: true };
const none = { necessary: true, preferences: false, analytics: false, advertising: false, social: false };

/** A receipt as the widget sends it, made now, with a new id. */
const makeReceipt = (overrides: Partial<Receipt> = {}): Receipt => ({
  id: randomUUID(),
  timestamp: new Date().toISOString(),
  revision: '2026-05',
  choices: all,
  method: 'banner',
  gpc: false,
  ...overrides,
});

// 60 receipts, more than one page of 50: 44 accept all (the last one too), 10 reject all with GPC, 6 custom
// (analytics, preferences and the site's own category live-chat).
const receipts: Receipt[] = [
  ...Array.from({ length: 43 }, () => makeReceipt()),
  ...Array.from({ length: 10 }, () => makeReceipt({ choices: none, gpc: true, method: 'signal' })),
  ...Array.from({ length: 6 }, () =>
    makeReceipt({ choices: { ...none, analytics: true, preferences: true, 'live-chat': true }, method: 'preferences' }),
  ),
  makeReceipt({ revision: hostile }),
];
const hostileReceipt = receipts[receipts.length - 1];
const custom = receipts[55];

let db: Db;
let browser: Browser;
const servers: { records: RecordsServer; http: ServerType }[] = [];

/** Serves a records server over HTTP on a free port of 127.0.0.1; resolves with its origin. */
async function start(adminToken?: string): Promise<string> {
  const records = createRecordsServer({ db, adminToken });
  await records.ready;
  const http = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: (request) => records(request), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  servers.push({ records, http });
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

let origin: string;
let withoutToken: string;

beforeAll(async () => {
  db = await openPglite();
  [origin, withoutToken, browser] = await Promise.all([start(token), start(), launchChromium()]);
  for (const receipt of receipts) {
    const response = await fetch(`${origin}/consent/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(receipt),
    });
    expect(response.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  for (const { records, http } of servers) {
    await new Promise((resolve) => http.close(resolve));
    await records.close();
  }
  await db?.close();
});

/** A new tab on the dashboard; it records what the page must never do (alerts, CSP violations, errors). */
async function openDashboard(options: BrowserContextOptions = {}, at = origin) {
  const context = await browser.newContext(options);
  // Well inside the test's own timeout, so a failure names the step that waited.
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  await page.goto(`${at}/consent/admin`);
  return { page, problems, close: () => context.close() };
}

async function signIn(page: Page, value = token) {
  await page.getByLabel('Admin token').fill(value);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
}

/**
 * Posts a privacy request as if it arrived `daysAgo` days ago: through a server on the same
 * database with its clock set back, so its due date is as far behind.
 */
async function sendRequest(body: Record<string, unknown>, daysAgo = 0) {
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  const records = createRecordsServer({ db, now: () => at, requestLimit: 10_000 });
  try {
    const response = await records(
      new Request('http://127.0.0.1/consent/requests', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; due: string };
  } finally {
    await records.close();
  }
}

/** Whether an `<img>` finished loading a picture. */
const loaded = (page: Page, name: RegExp) =>
  page.getByRole('img', { name }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

describe('the dashboard at /consent/admin', () => {
  it('asks for the token, then shows the figures, both charts and their tables', async () => {
    const { page, problems, close } = await openDashboard();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Consent records');
    await signIn(page);

    const rates = page.getByRole('img', {
      name: /^Chart of each day's decisions in the last 30 days: overall 73% accept all, 10% custom, 17% reject all/,
    });
    const categories = page.getByRole('img', {
      name: 'Chart of the share of decisions granting each category: Necessary 100%, Analytics 83%, Preferences 83%, Advertising 73%, Social media 73%, live-chat 10%.',
    });
    await rates.waitFor();
    await categories.waitFor();
    expect(await rates.getAttribute('src')).toMatch(/^blob:/);
    expect(await loaded(page, /^Chart of each day/)).toBe(true);
    expect(await loaded(page, /^Chart of the share/)).toBe(true);

    const figure = (name: string) => page.locator('.figure', { hasText: name }).locator('dd span').allTextContents();
    expect(await figure('Decisions')).toEqual(['60', 'in the last 30 days']);
    expect(await figure('Accept all')).toEqual(['73%', '44 of 60']);
    expect(await figure('Reject all')).toEqual(['17%', '10 of 60']);
    expect(await figure('Global Privacy Control')).toEqual(['17%', '10 sent the signal']);

    await page.getByText('Table of daily decisions').click();
    const daily = page.getByRole('table', { name: /^Decisions per day in the last 30 days/ });
    const today = new Date().toISOString().slice(0, 10);
    const row = daily.getByRole('row', { name: new RegExp(`^${today}`) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '60',
      '73% (44)',
      '10% (6)',
      '17% (10)',
      '17% (10)',
    ]);
    expect(await daily.getByRole('rowheader').count()).toBe(30);

    await page.getByText('Table of grants per category').click();
    const grants = page.getByRole('table', { name: 'Grants per category in the last 30 days' });
    expect(
      await grants
        .getByRole('row', { name: /^Analytics/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['83%', '50 of 60']);
    // A built-in category by the catalog's name, the site's own by its id; each row keeps the id.
    expect(await grants.getByRole('rowheader').allTextContents()).toEqual([
      'Necessary',
      'Analytics',
      'Preferences',
      'Advertising',
      'Social media',
      'live-chat',
    ]);
    expect(
      await grants.locator('tr[data-category]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-category'))),
    ).toEqual(['necessary', 'analytics', 'preferences', 'advertising', 'social', 'live-chat']);
    // The chart on show says the same, its bars still marked by id.
    const svg = await page.evaluate(async (t) => {
      const response = await fetch('/consent/charts/categories.svg', { headers: { authorization: `Bearer ${t}` } });
      const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
      return {
        labels: [...doc.querySelectorAll('text[text-anchor="end"]')].map((e) => e.textContent),
        ids: [...doc.querySelectorAll('[data-category]')].map((e) => e.getAttribute('data-category')),
      };
    }, token);
    expect(svg).toEqual({
      labels: ['Necessary', 'Analytics', 'Preferences', 'Advertising', 'Social media', 'live-chat'],
      ids: ['necessary', 'analytics', 'preferences', 'advertising', 'social', 'live-chat'],
    });

    const before = await rates.getAttribute('src');
    await page.getByLabel('Period').selectOption('7');
    await page.getByRole('table', { name: /^Decisions per day in the last 7 days/ }).waitFor();
    expect(
      await page
        .getByRole('table', { name: /^Decisions per day/ })
        .getByRole('rowheader')
        .count(),
    ).toBe(7);
    const week = page.getByRole('img', { name: /^Chart of each day's decisions in the last 7 days/ });
    await expect.poll(() => week.getAttribute('src')).not.toBe(before);
    // The old chart's object URL is revoked: it no longer loads.
    const old = await page.evaluate(
      (url) =>
        new Promise((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loads');
          img.onerror = () => resolve('revoked');
          img.src = url as string;
        }),
      before,
    );
    expect(old).toBe('revoked');

    // The SVG the page was given parses as XML, as an image must.
    const parsed = await page.evaluate(async (t) => {
      const out: string[] = [];
      for (const name of ['rates', 'categories']) {
        const svg = await (
          await fetch(`/consent/charts/${name}.svg`, { headers: { authorization: `Bearer ${t}` } })
        ).text();
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        out.push(doc.querySelector('parsererror') ? 'error' : (doc.documentElement.getAttribute('role') ?? ''));
      }
      return out;
    }, token);
    expect(parsed).toEqual(['img', 'img']);

    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([
      1,
      0,
      '',
    ]);
    expect(problems).toEqual([]);
    await close();
  });

  it('says when the token is wrong, and when the server has none configured', async () => {
    const wrong = await openDashboard();
    await signIn(wrong.page, 'not-the-token');
    await expect.poll(() => wrong.page.getByRole('alert').first().textContent()).toMatch(/did not accept that token/);
    expect(await wrong.page.getByLabel('Admin token').getAttribute('aria-invalid')).toBe('true');
    expect(await wrong.page.evaluate(() => sessionStorage.length)).toBe(0);
    await wrong.close();

    const unset = await openDashboard({}, withoutToken);
    await signIn(unset.page, 'anything');
    await expect
      .poll(() => unset.page.getByRole('alert').first().textContent())
      .toMatch(/no admin token configured\. Set CONSENTRY_ADMIN_TOKEN/);
    await unset.close();
  });

  it('has no serious accessibility violations, signed out or in, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The page's CSP forbids inline scripts; bypassing it only lets the test inject axe-core.
      const { page, close } = await openDashboard({ bypassCSP: true, colorScheme });
      expect(await seriousViolations(page, 'body')).toEqual([]);
      await signIn(page);
      await page.getByRole('img', { name: /^Chart of each day/ }).waitFor();
      await page.locator('#chain[data-state="ok"]').waitFor();
      await page.getByText('Table of daily decisions').click();
      await page.getByText('Table of grants per category').click();
      await page.getByRole('searchbox', { name: 'Find a receipt by id' }).fill(custom.id);
      await page.getByRole('button', { name: 'Find', exact: true }).click();
      await page.getByRole('heading', { name: 'Receipt found' }).waitFor();
      expect(await seriousViolations(page, 'body'), colorScheme).toEqual([]);
      await close();
    }
  });

  it('fits a 360 px wide phone without scrolling sideways', async () => {
    const { page, close } = await openDashboard({ viewport: { width: 360, height: 740 } });
    await signIn(page);
    await page.getByRole('img', { name: /^Chart of each day/ }).waitFor();
    await page.locator('#receipt-rows tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The chart is drawn for the width it has, so its text is not shrunk.
    expect(
      await page.getByRole('img', { name: /^Chart of each day/ }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeLessThanOrEqual(340);
    await close();
  });

  it('can be used with the keyboard alone: sign in, then find a receipt by its id', async () => {
    const { page, problems, close } = await openDashboard();
    const active = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('token');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByRole('img', { name: /^Chart of each day/ }).waitFor();
    expect(await active()).toBe('dashboard-title');

    for (let presses = 0; presses < 20 && (await active()) !== 'lookup-id'; presses++) await page.keyboard.press('Tab');
    expect(await active()).toBe('lookup-id');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.keyboard.type(custom.id);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Receipt found' }).waitFor();
    expect(await active()).toBe('receipt-title');

    const field = (name: string) =>
      page.locator('#receipt-fields div', { has: page.getByText(name, { exact: true }) }).locator('dd');
    expect(await field('Receipt id').textContent()).toBe(custom.id);
    expect(await field('Method').textContent()).toBe('Preferences');
    expect(await field('Policy revision').textContent()).toBe('2026-05');
    expect(await field('Global Privacy Control').textContent()).toBe('Not sent');
    expect(await field('Choices').locator('li').allTextContents()).toEqual([
      'Advertising refused',
      'Analytics granted',
      'live-chat granted',
      'Necessary granted',
      'Preferences granted',
      'Social media refused',
    ]);
    const row = page.locator('#receipt-rows tr', { has: page.getByRole('button', { name: custom.id }) });
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('Analytics, live-chat, Preferences');
    expect(await field('Chain hash (SHA-256)').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('says "not found" for an id no receipt has', async () => {
    const { page, close } = await openDashboard();
    await signIn(page);
    await page.getByRole('searchbox', { name: 'Find a receipt by id' }).fill(randomUUID());
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByText(/^Not found: no receipt has the id/).waitFor();
    expect(await page.getByRole('heading', { name: 'Receipt found' }).count()).toBe(0);
    await close();
  });

  it('shows a revision written as HTML as text, in the table and in the receipt', async () => {
    const { page, problems, close } = await openDashboard();
    await signIn(page);
    const cell = page.getByRole('cell', { name: hostile, exact: true });
    await cell.waitFor();
    expect(await cell.textContent()).toBe(hostile);
    await page.getByRole('button', { name: hostileReceipt.id }).click();
    await page.getByRole('heading', { name: 'Receipt found' }).waitFor();
    expect(await page.locator('#receipt-fields').getByText(hostile, { exact: true }).count()).toBe(1);
    expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
    await settled(page);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the decisions per policy revision, newest first, each revision as text', async () => {
    const { page, problems, close } = await openDashboard();
    await signIn(page);
    const table = page.getByRole('table', { name: /^Decisions per policy revision/ });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // The hostile receipt was posted last: its revision was first received last.
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([hostile, '2026-05']);
    const time = expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await rows.nth(0).getByRole('cell').allTextContents()).toEqual([
      '1',
      '100% (1)',
      '0% (0)',
      '0% (0)',
      '0% (0)',
      time,
      time,
    ]);
    expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual([
      '59',
      '73% (43)',
      '17% (10)',
      '10% (6)',
      '17% (10)',
      time,
      time,
    ]);
    expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows 50 receipts, then the rest on "Show 50 more"', async () => {
    const { page, close } = await openDashboard();
    await signIn(page);
    const rows = page.locator('#receipt-rows tr');
    await expect.poll(() => rows.count()).toBe(50);
    expect(await rows.first().getByRole('button').textContent()).toBe(hostileReceipt.id);
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await expect.poll(() => rows.count()).toBe(60);
    expect(await rows.last().getByRole('button').textContent()).toBe(receipts[0].id);
    expect(await page.getByRole('button', { name: 'Show 50 more' }).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(receipts[9].id);
    await close();
  });

  it('downloads the CSV and JSON Lines exports with the token', async () => {
    const { page, close } = await openDashboard();
    await signIn(page);
    for (const [button, check] of [
      // Categories by id, as the export's contract says, a site's own among them.
      [
        'Download CSV',
        (text: string) =>
          text.startsWith(
            'id,timestamp,receivedAt,revision,method,gpc,advertising,analytics,live-chat,necessary,preferences,social\r\n',
          ),
      ],
      ['Download JSON Lines', (text: string) => text.trim().split('\n').length === 60],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^consentry-receipts-\d{4}-\d{2}-\d{2}\.(csv|jsonl)$/);
      const text = readFileSync((await download.path()) as string, 'utf8');
      expect(check(text), button).toBe(true);
    }
    await close();
  });

  it("shows the chain's state with the number of receipts checked", async () => {
    const { page, close } = await openDashboard();
    await signIn(page);
    await page.locator('#chain[data-state="ok"]').waitFor();
    expect(await page.locator('#chain').textContent()).toBe('Intact. All 60 receipts link up.');
    await close();
  });

  it('lists open privacy requests, overdue first, with the time left in words and their history', async () => {
    const late = await sendRequest(
      { kind: 'delete', email: 'late@example.com', message: 'Please delete my account.' },
      40,
    );
    const fresh = await sendRequest({ kind: 'limit-use', email: 'fresh@example.com' });
    // The page's CSP forbids inline scripts; bypassing it only lets the test inject axe-core.
    const { page, problems, close } = await openDashboard({ bypassCSP: true });
    await signIn(page);
    const list = page.getByRole('list', { name: 'Privacy requests' });
    const item = (email: string) => list.getByRole('listitem').filter({ hasText: email });
    await item('late@example.com').waitFor();

    expect(await item('late@example.com').getByRole('heading', { level: 3 }).textContent()).toBe('Delete their data');
    expect(await item('late@example.com').locator('.due').textContent()).toBe(`Overdue by 10 days (due ${late.due})`);
    expect(await item('late@example.com').getAttribute('data-overdue')).toBe('true');
    expect(await item('fresh@example.com').getByRole('heading', { level: 3 }).textContent()).toBe(
      'Limit the use of sensitive data',
    );
    expect(await item('fresh@example.com').locator('.due').textContent()).toBe(`30 days left (due ${fresh.due})`);
    expect(await item('fresh@example.com').locator('.message-text').textContent()).toBe('No message.');
    const order = await list
      .locator(':scope > li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-request')));
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(fresh.id));
    expect(await page.locator('#requests-summary').textContent()).toMatch(/open requests?, \d+ overdue\.$/);

    await item('late@example.com')
      .getByText(/^History/)
      .click();
    const history = item('late@example.com').locator('.history li');
    expect(await history.count()).toBe(1);
    expect(await history.first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} Received$/);
    const form = page.getByRole('group', { name: 'Close the request from late@example.com' });
    expect(await form.getByLabel('Outcome').inputValue()).toBe('done');
    expect(await form.getByLabel('Note').getAttribute('aria-describedby')).toMatch(/hint .*error$/);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows a message and an e-mail written as markup or a formula as text, never as HTML', async () => {
    const markup = "<img src=x onerror=alert(1)><script>alert(2)</script>\n=cmd|' /C calc'!A0";
    const email = "=cmd|'/Ccalc'!A0@example.com";
    await sendRequest({ kind: 'other', email, message: markup });
    const { page, problems, close } = await openDashboard();
    await signIn(page);
    const item = page.getByRole('listitem').filter({ hasText: email });
    await item.waitFor();
    expect(await item.locator('.message-text').textContent()).toBe(markup);
    expect(await item.getByRole('group').locator('legend').textContent()).toBe(`Close the request from ${email}`);
    expect(await page.locator('img[src="x"], [onerror], #request-list script').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('closes a request with a note, by keyboard, and keeps the note in its history', async () => {
    const { id } = await sendRequest({ kind: 'access', email: 'close-me@example.com', message: 'What do you hold?' });
    const { page, problems, close } = await openDashboard();
    await signIn(page);
    const form = page.getByRole('group', { name: 'Close the request from close-me@example.com' });
    await form.waitFor();
    const active = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.id);

    // Without a note it is refused, said so, and the note has the focus.
    await form.getByRole('button', { name: 'Close request' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Write a note/);
    expect(await form.getByLabel('Note').getAttribute('aria-invalid')).toBe('true');
    expect(await active()).toBe('note');

    await page.keyboard.press('Shift+Tab');
    expect(await active()).toBe('status');
    await form.getByLabel('Outcome').selectOption('refused');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Could not verify who asked; wrote back for proof.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => form.count()).toBe(0);
    expect(await active()).toBe('requests-title');
    await expect.poll(() => page.locator('#announce').textContent()).toBe('Request closed as refused.');

    const stored = await page.evaluate(
      async ([t, requestId]) => {
        const response = await fetch('/consent/requests?status=closed', { headers: { authorization: `Bearer ${t}` } });
        const { requests } = (await response.json()) as {
          requests: { id: string; status: string; history: { status: string; note: string }[] }[];
        };
        return requests.find((r) => r.id === requestId);
      },
      [token, id] as const,
    );
    expect(stored?.status).toBe('refused');
    expect(stored?.history.map((entry) => [entry.status, entry.note])).toEqual([
      ['open', ''],
      ['refused', 'Could not verify who asked; wrote back for proof.'],
    ]);
    expect(problems).toEqual([]);
    await close();
  });

  it('downloads the privacy requests as CSV with the token, formulas escaped', async () => {
    await sendRequest({ kind: 'opt-out', email: 'csv@example.com', message: '=1+1' });
    const { page, close } = await openDashboard();
    await signIn(page);
    await page.getByRole('listitem').filter({ hasText: 'csv@example.com' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export requests (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^consentry-requests-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('id,kind,email,message,consentId,receivedAt,due,status,history\r\n')).toBe(true);
    expect(text).toMatch(/,opt-out,csv@example\.com,'=1\+1,/);
    await close();
  });

  it('keeps the token for the tab only, and forgets it on sign out', async () => {
    const { page, close } = await openDashboard();
    await signIn(page);
    await page.getByRole('img', { name: /^Chart of each day/ }).waitFor();
    await page.reload();
    await page.getByRole('img', { name: /^Chart of each day/ }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.getByLabel('Admin token').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('#receipt-rows tr').count()).toBe(0);
    await close();
  });
});
