import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the demo server is plain JavaScript with JSDoc types
import { startDemoServer } from '../../demo/server.mjs';
import { seriousViolations } from './support/a11y';
import { launchChromium } from './support/browser';

type Demo = {
  url: string;
  adminToken: string;
  requests: { method: string; path: string }[];
  close: () => Promise<void>;
};

let browser: Browser;
let demo: Demo;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-demo-'));
  [browser, demo] = await Promise.all([
    launchChromium(),
    startDemoServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'records'), quiet: true }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fetchedStandIns = () => demo.requests.filter((r) => r.path.startsWith('/stand-in/')).map((r) => r.path);

// The demo's pages carry Microsoft Clarity's loader, unmarked (demo/layout.html). Its tag's
// host answers with the demo's stand-in, so no test needs the network or reaches Microsoft.
const clarityStandIn = readFileSync(new URL('../../demo/stand-in/clarity.js', import.meta.url), 'utf8');
const clarityTag = 'https://www.clarity.ms/tag/abcdefghij';
let clarityRequests: string[] = [];

/** A fresh context in which www.clarity.ms is the stand-in, every request to it recorded. */
async function newContext(options?: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.route('https://www.clarity.ms/**', (route) => {
    clarityRequests.push(route.request().url());
    return route.fulfill({ contentType: 'text/javascript', body: clarityStandIn });
  });
  return context;
}

/** The tag monitor's list of what the safety net caught, as text (`www.clarity.ms (analytics)auto-held`). */
const netRows = (page: Page) => page.locator('#tm-net').textContent();
const partnerRows = (page: Page) => page.locator('#tm-partners').textContent();

describe('the demo site, as a newcomer sees it', () => {
  it('holds the stand-in tags, releases them on Accept all, and keeps the receipt on the records server', async () => {
    // The demo serves a strict CSP; bypassing it only lets the test inject axe-core.
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.locator('[data-part="banner"]').waitFor();
    expect(fetchedStandIns()).toEqual([]);
    expect(await seriousViolations(page, 'body')).toEqual([]);

    await page.locator('[data-action="accept-all"]').click();
    await page.getByText('Google Analytics (stand-in) is running').waitFor();
    expect(fetchedStandIns()).toEqual(expect.arrayContaining(['/stand-in/gtag.js', '/stand-in/pixel.js']));

    const [receipt] = await page.evaluate(() => window.Consentry.history());
    const stored = async () => {
      const answer = await context.request.get(`${demo.url}consent/receipts/${receipt.id}`, {
        headers: { authorization: `Bearer ${demo.adminToken}` },
      });
      return answer.status() === 200 ? (await answer.json()).choices : null;
    };
    await expect.poll(stored).toEqual(receipt.choices);
    // The records server answered with the choice cookie, set over HTTP for 180 days.
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry');
    expect(JSON.parse(decodeURIComponent(cookie?.value ?? '')).id).toBe(receipt.id);
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 179 * 86_400);

    await page.goto(`${demo.url}consent-log`);
    await page.getByRole('cell', { name: receipt.id }).waitFor();
    await context.close();
  });

  it('announces its next policy revision to a visitor who chose: the date, what changes, and Dismiss for good', async () => {
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(demo.url);
    // The first visit asks; the banner names the demo's partners from its config.
    await page.locator('[data-part="banner"]').waitFor();
    expect(await page.locator('#consentry').textContent()).toContain('Microsoft, Google, Meta, and Vimeo.com');
    await page.locator('[data-action="reject-all"]').click();
    await page.goto(`${demo.url}treatments`);
    const notice = page.getByRole('region', { name: 'Privacy policy update' });
    await notice.waitFor();
    const effective = new Date(Date.now() + 21 * 86_400_000);
    const said = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(effective);
    expect(await notice.textContent()).toContain(`Our privacy policy changes on ${said}.`);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await notice.getByRole('link', { name: 'What changes' }).click();
    await page.waitForURL(/\/privacy#upcoming$/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.evaluate(() => new Promise((resolve) => window.Consentry.on('ready', resolve)));
    // 'ready' comes after the view was told what to show: no notice, the reopen button instead.
    await page.getByRole('button', { name: 'Cookie settings' }).waitFor();
    expect(await page.locator('[data-part="notice"]').count()).toBe(0);
    expect(await page.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: false, advertising: false });
    await context.close();
  });

  it('opens the privacy request form from the "Limit the Use" link, and the request reaches the dashboard', async () => {
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${demo.url}privacy`);
    await page.locator('[data-part="banner"]').waitFor();
    // The banner's own "Limit the Use" link (limitUseUrl is #consentry-request=limit-use).
    await page
      .locator('#consentry')
      .getByRole('link', { name: 'Limit the Use of My Sensitive Personal Information' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Privacy request' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('What would you like us to do?').inputValue()).toBe('limit-use');
    expect(await seriousViolations(page, '#consentry')).toEqual([]);
    await dialog.getByLabel('Your email address').fill('client@example.com');
    await dialog.getByLabel('Message (optional)').fill('Please keep my treatment notes out of any marketing.');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.getByRole('status').getByText('Request received').waitFor();

    const listed = await context.request.get(`${demo.url}consent/requests?status=open`, {
      headers: { authorization: `Bearer ${demo.adminToken}` },
    });
    const request = (await listed.json()).requests.find((r: { email: string }) => r.email === 'client@example.com');
    expect(request).toMatchObject({ kind: 'limit-use', status: 'open' });
    expect(await dialog.textContent()).toContain(`Your reference is ${request.id}.`);
    // Thirty days to answer, as the spa's policy promises.
    const received = Date.parse(request.receivedAt.slice(0, 10));
    expect((Date.parse(request.due) - received) / 86_400_000).toBe(30);
    await context.close();
  });

  it('keeps the ad pixel off the booking page even after Accept all', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.locator('[data-action="accept-all"]').click();
    await page.getByText('Google Analytics (stand-in) is running').waitFor();
    demo.requests.length = 0;
    await page.goto(`${demo.url}booking`);
    await page.waitForFunction(() => window.__ran?.includes('gtag'));
    expect(fetchedStandIns()).toEqual(['/stand-in/gtag.js']);
    await context.close();
  });

  it('holds the Clarity loader pasted unmarked until Accept all, and tells Clarity the choice before its tag runs', async () => {
    clarityRequests = [];
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.locator('[data-part="banner"]').waitFor();
    await page.getByRole('complementary', { name: 'Tag monitor' }).locator('summary').click();
    // Before a choice: the monitor lists Clarity's tag as caught, and nothing requested it.
    await expect.poll(() => netRows(page)).toMatch(/clarity[^()]*\(analytics\)auto-held/i);
    await expect.poll(() => partnerRows(page)).toContain('ad_Storage: denied, analytics_Storage: denied');
    expect(clarityRequests).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="clarity.ms"]').length)).toBe(0);

    await page.locator('[data-action="accept-all"]').click();
    await page.waitForFunction(() => window.__ran?.includes('clarity'));
    await expect.poll(() => netRows(page)).toMatch(/clarity[^()]*\(analytics\)loaded/i);
    await expect.poll(() => partnerRows(page)).toContain('ad_Storage: granted, analytics_Storage: granted');
    // The very element the loader made, requested once, run once.
    expect(clarityRequests).toEqual([clarityTag]);
    const { runs, queue } = await page.evaluate(() => {
      const w = window as unknown as { __clarityRuns: number; __consentAtRun: Record<string, unknown[][]> };
      return { runs: w.__clarityRuns, queue: w.__consentAtRun.clarity };
    });
    expect(runs).toBe(1);
    // Clarity's queue as its tag found it: the denied default first, the grant last.
    const consent = queue
      .filter(([call]) => call === 'consentv2')
      .map(([, v]) => {
        const { ad_Storage, analytics_Storage } = v as Record<string, string>;
        return `${ad_Storage}/${analytics_Storage}`;
      });
    expect(consent[0]).toBe('denied/denied');
    expect(consent.at(-1)).toBe('granted/granted');
    expect(consent.indexOf('granted/granted')).toBe(consent.length - 1);
    await context.close();
  });

  it('fills the cookie policy from the config and serves /.well-known/gpc.json', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${demo.url}cookies`);
    await page.locator('[data-consentry-declaration]').getByRole('cell', { name: '_fbp', exact: true }).waitFor();
    const gpc = await (await context.request.get(`${demo.url}.well-known/gpc.json`)).json();
    expect(gpc).toMatchObject({ gpc: true });
    await context.close();
  });
});
