#!/usr/bin/env node
/**
 * Regenerates docs/screenshots/*.png: the banner and the preferences, on a desktop and
 * a 360×640 phone, light and dark, and the notice of a policy change a returning visitor
 * sees, in headless Chromium. Run after `npm run build`.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { launchChromium } from './chromium.mjs';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Monumental Med Spa</title>
<script src="/config.js"></script><script src="/dist/consentry.js"></script>
<link rel="stylesheet" href="/page.css"></head>
<body><header><strong>Monumental Med Spa</strong></header><main><h1>Skin care, done gently</h1>
<p>Facials, microdermabrasion and peels in Colorado Springs. Book a consultation online or call us.</p>
<p>Our team has cared for clients for over fifteen years, with treatments chosen for your skin.</p></main></body></html>`;
// A change announced three weeks ahead: the notice shows to a visitor whose choice stands.
const effective = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
const config = `window.consentryConfig = { policyUrl: '/privacy', cookiePolicyUrl: '/cookies',
  services: ['google-analytics', 'meta-pixel', 'microsoft-clarity'],
  policyChange: { revision: '2', effective: '${effective}', summaryUrl: '/privacy#changes' },
  contact: { email: 'privacy@example.com', phone: '+1 (719) 555-0100' } };`;
const css = `body{font:17px/1.6 Georgia,serif;margin:0;color:#222;background:#fbf8f4}header{padding:16px 24px;background:#4b2e39;color:#fff}
main{max-width:720px;margin:0 auto;padding:24px}h1{font-weight:400}@media (prefers-color-scheme:dark){body{background:#15161a;color:#ddd}}`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path.startsWith('/dist/')) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(await readFile(new URL(`..${path}`, import.meta.url)));
  }
  const body = { '/': page, '/config.js': config, '/page.css': css }[path];
  res.writeHead(body ? 200 : 404, {
    'content-type': `${path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html'}; charset=utf-8`,
  });
  res.end(body ?? '');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Once the widget's entrance animations have run. */
const settled = (tab) =>
  tab.evaluate(() =>
    Promise.all((document.getElementById('consentry')?.shadowRoot?.getAnimations() ?? []).map((a) => a.finished)),
  );

/** A choice made yesterday under the revision in force, as the `consentry` cookie holds it. */
const choiceCookie = () => ({
  name: 'consentry',
  url: origin,
  value: encodeURIComponent(
    JSON.stringify({
      id: randomUUID(),
      timestamp: new Date(Date.now() - 86_400_000).toISOString(),
      revision: '1',
      choices: { necessary: true, preferences: true, analytics: true, advertising: false, social: false },
      method: 'banner',
      gpc: false,
    }),
  ),
});

const browser = await launchChromium();
const shots = [];
for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 640 }],
]) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.goto(origin);
    await tab.locator('[data-part="banner"]').waitFor();
    await settled(tab);
    const banner = `docs/screenshots/banner-${device}-${colorScheme}.png`;
    await tab.screenshot({ path: banner });
    await tab.locator('[data-action="customize"]').click();
    await tab.locator('[data-part="preferences"]').waitFor();
    const dialog = `docs/screenshots/preferences-${device}-${colorScheme}.png`;
    await tab.screenshot({ path: dialog });
    shots.push(banner, dialog);
    await context.close();
  }
  const context = await browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: 1 });
  await context.addCookies([choiceCookie()]);
  const tab = await context.newPage();
  await tab.goto(origin);
  await tab.locator('[data-part="notice"]').waitFor();
  await settled(tab);
  const notice = `docs/screenshots/notice-${device}-light.png`;
  await tab.screenshot({ path: notice });
  shots.push(notice);
  await context.close();
}
await browser.close();
server.close();
console.log(shots.join('\n'));
