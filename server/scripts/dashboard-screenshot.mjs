#!/usr/bin/env node
/**
 * Draws docs/screenshots/dashboard.png: the dashboard over 30 days of made-up but plausible
 * receipts of a small med spa, in headless Chromium. Run after `npm run build` (the server and the scanner, whose Chromium flags it uses):
 *
 *   node server/scripts/dashboard-screenshot.mjs            # server/README.md's screenshot
 *   node server/scripts/dashboard-screenshot.mjs --all DIR  # also dark and phone, into DIR
 *
 * With `--serve`, it only starts the seeded server and prints the address and token.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { launchChromium } from '../../scripts/chromium.mjs';
import { createRecordsServer, createStore, migrate, openPglite } from '../dist/index.js';

const token = 'screenshot-token';
const dayMs = 86_400_000;
const categories = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];

// A seeded generator (mulberry32), so every run draws the same picture.
let seed = 20_260_601;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = (weights) => {
  let r = random() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of weights) {
    r -= w;
    if (r < 0) return value;
  }
  return weights[0][0];
};

/** One visitor's decision on a given day, as the widget would send it. */
function visit(day, acceptShare) {
  const receivedAt = new Date(day + Math.floor(random() * dayMs));
  const gpc = random() < 0.07;
  const kind = gpc
    ? pick([
        ['reject', 0.8],
        ['custom', 0.2],
      ])
    : pick([
        ['accept', acceptShare],
        ['reject', 0.88 - acceptShare],
        ['custom', 0.12],
      ]);
  const choices = Object.fromEntries(
    categories.map((id) => [
      id,
      id === 'necessary' ||
        kind === 'accept' ||
        (kind === 'custom' && random() < { preferences: 0.7, analytics: 0.8, advertising: 0.15, social: 0.35 }[id]),
    ]),
  );
  if (kind === 'custom' && Object.values(choices).every(Boolean)) choices.advertising = false;
  const receipt = {
    id: randomUUID(),
    timestamp: new Date(receivedAt.getTime() - 300 - Math.floor(random() * 900)).toISOString(),
    revision: day < Date.now() - 12 * dayMs ? '2026-01' : '2026-05',
    choices,
    method: gpc
      ? 'signal'
      : kind === 'custom'
        ? 'preferences'
        : pick([
            ['banner', 0.93],
            ['api', 0.07],
          ]),
    gpc,
  };
  return { receipt, receivedAt, ipPrefix: '203.0.113.0/24' };
}

async function seededServer() {
  const db = await openPglite();
  await migrate(db);
  const store = createStore(db);
  const today = Math.floor(Date.now() / dayMs) * dayMs;
  for (let d = 29; d >= 0; d--) {
    const day = today - d * dayMs;
    const weekday = new Date(day).getUTCDay();
    const visitors = Math.round((weekday === 0 || weekday === 6 ? 26 : 44) * (0.8 + random() * 0.4) + (29 - d) * 0.5);
    // A new banner wording on day 18 lifted acceptance a little.
    const acceptShare = (d > 11 ? 0.52 : 0.6) + (random() - 0.5) * 0.08;
    const batch = Array.from({ length: visitors }, () => visit(day, acceptShare)).filter(
      (v) => v.receivedAt.getTime() <= Date.now(),
    );
    batch.sort((a, b) => a.receivedAt - b.receivedAt);
    await store.append(batch);
  }
  const records = createRecordsServer({ db, adminToken: token });
  await records.ready;
  const server = await new Promise((resolve) => {
    const s = serve({ fetch: (request) => records(request), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/consent/admin`,
    async close() {
      server.close();
      await records.close();
      await db.close();
    },
  };
}

const args = process.argv.slice(2);
const site = await seededServer();
if (args[0] === '--serve') {
  console.log(`${site.url}  (token: ${token})`);
} else {
  const extra = args[0] === '--all' ? (args[1] ?? 'docs/screenshots') : null;
  const shots = [['docs/screenshots/dashboard.png', { width: 1280, height: 900 }, 'light']];
  if (extra) {
    mkdirSync(extra, { recursive: true });
    shots.push(
      [join(extra, 'dashboard-dark.png'), { width: 1280, height: 900 }, 'dark'],
      [join(extra, 'dashboard-phone.png'), { width: 360, height: 740 }, 'light'],
      [join(extra, 'dashboard-phone-dark.png'), { width: 360, height: 740 }, 'dark'],
    );
  }
  const browser = await launchChromium();
  for (const [path, viewport, colorScheme] of shots) {
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.getByLabel('Admin token').fill(token);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.locator('#rates-chart:not([hidden])').waitFor();
    await page.locator('#categories-chart:not([hidden])').waitFor();
    await page.locator('#chain[data-state="ok"]').waitFor();
    await page.locator('#receipt-rows tr').first().waitFor();
    // Only the first rows of the receipts table: the picture is of the whole page, not of every row.
    await page.evaluate(() => {
      for (const row of [...document.querySelectorAll('#receipt-rows tr')].slice(8)) row.remove();
    });
    await page.screenshot({ path, fullPage: true });
    console.log(path);
    await context.close();
  }
  await browser.close();
  await site.close();
}
