/**
 * Every html, js, css and json snippet in README.md, docs/, server/README.md and
 * scan/README.md is run here, so no snippet can rot (Node-only code is fenced ```ts or
 * ```sh, which is not run). An html snippet becomes a page (the script path rewritten to
 * dist/); every request to another host is answered by a local stand-in and logged.
 * Before consent, nothing external may load (a fence can allow a host:
 * ```html test-allow-before=HOST); after Accept all, every held element must be released
 * and no error thrown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness, whenReady } from './support/harness';

interface Snippet {
  file: string;
  line: number;
  lang: string;
  allowBefore: string[];
  code: string;
}

const rootDir = new URL('../../', import.meta.url);
const docs = [
  'README.md',
  ...readdirSync(new URL('docs/', rootDir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(new URL('docs/recipes/', rootDir)).map((f) => `docs/recipes/${f}`),
  'server/README.md',
  'scan/README.md',
];

function snippetsOf(file: string): Snippet[] {
  const lines = readFileSync(new URL(file, rootDir), 'utf8').split('\n');
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^\s*```(\w+)(.*)$/);
    if (!open) continue;
    const indent = lines[i].indexOf('`');
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i].slice(indent));
    const allowBefore = open[2].match(/test-allow-before=([\w.,-]+)/)?.[1].split(',') ?? [];
    if (['html', 'js', 'css', 'json'].includes(open[1]))
      found.push({ file, line: start + 1, lang: open[1], allowBefore, code: body.join('\n') });
  }
  return found;
}

const snippets = docs.flatMap(snippetsOf);
const h = useBrowserHarness();

const embed = '<script src="/dist/consentry.js"></script>';
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title>${head}</head><body><main><h1>Snippet</h1>${body}</main></body></html>`;

/**
 * A vendor's script, as little of it as its loader snippet calls: UET's tag as Microsoft
 * prints it (docs/recipes/microsoft-uet.md) runs `new UET(o)` from bat.js's `onload`, which
 * the safety net keeps on the very element it releases, so its stand-in defines UET; any
 * other script is an empty stand-in.
 */
const standInScript = (url: string) =>
  new URL(url).hostname === 'bat.bing.com'
    ? 'window.UET = function UET(o) { this.push = function () {}; };'
    : '/* stand-in */';

/** Opens `html`; answers and logs every request to another host; collects page errors. */
async function openSnippetPage(html: string) {
  h.server.page('/snippet', html);
  const context = await h.context();
  const external: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const request = route.request();
      external.push(new URL(request.url()).hostname);
      const type = request.resourceType();
      if (type === 'script')
        return route.fulfill({ contentType: 'text/javascript', body: standInScript(request.url()) });
      if (type === 'image')
        return route.fulfill({ contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') });
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stand-in</title>' });
    },
  );
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && errors.push(m.text()));
  await p.goto(`${h.server.origin}/snippet`);
  await p.waitForLoadState('load');
  return { p, external, errors };
}

const held = (p: Page) => p.evaluate(() => window.Consentry.status().then((s) => s.held.map((x) => x.state)));

describe.each(snippets)('$file:$line ($lang)', (snippet) => {
  it('runs as documented', async () => {
    const { code, lang } = snippet;
    if (lang === 'json') {
      expect(() => JSON.parse(code)).not.toThrow();
      return;
    }
    if (lang === 'html') {
      const head = code.replace(/src="[^"]*consentry\.js"/g, 'src="/dist/consentry.js"');
      const { p, external, errors } = await openSnippetPage(
        page(head.includes('/dist/consentry.js') ? head : embed + head),
      );
      await whenReady(p);
      expect(external.filter((host) => !snippet.allowBefore.includes(host))).toEqual([]);
      expect(await held(p)).not.toContain('unheld');
      await p.evaluate(() => window.Consentry.acceptAll());
      await expect.poll(() => held(p)).not.toContain('held');
      expect(errors).toEqual([]);
      return;
    }
    if (lang === 'css') {
      const { p, errors } = await openSnippetPage(page(`${embed}<style>${code}</style>`));
      await p.locator('[data-part="banner"]').waitFor();
      for (const [, name, value] of code.matchAll(/(--consentry-[\w-]+):\s*([^;]+);/g)) {
        const actual = await p.evaluate(
          (n) => getComputedStyle(document.getElementById('consentry') as Element).getPropertyValue(n),
          name,
        );
        expect(actual.trim()).toBe(value.trim());
      }
      expect(errors).toEqual([]);
      return;
    }
    // js
    if (/^import .* from 'consentry'/m.test(code)) {
      const importMap = {
        imports: {
          consentry: '/dist/consentry.mjs',
          preact: '/node_modules/preact/dist/preact.mjs',
          'preact/hooks': '/node_modules/preact/hooks/dist/hooks.mjs',
          'preact/jsx-runtime': '/node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs',
          'idb-keyval': '/node_modules/idb-keyval/dist/index.js',
          'js-cookie': '/node_modules/js-cookie/dist/js.cookie.mjs',
        },
      };
      const { p, errors } = await openSnippetPage(
        page(
          `<script type="importmap">${JSON.stringify(importMap)}</script>
           <script type="module">${code}\nwindow.Consentry = consent;</script>`,
        ),
      );
      await whenReady(p);
      await p.locator('[data-part="banner"]').waitFor();
      expect(errors).toEqual([]);
      return;
    }
    if (code.startsWith('window.consentryConfig')) {
      const { p, errors } = await openSnippetPage(page(`<script>${code}</script>${embed}`));
      await whenReady(p);
      expect(await p.evaluate(() => window.Consentry.status().then((s) => s.configErrors))).toEqual([]);
      expect(errors).toEqual([]);
      return;
    }
    const { p, errors } = await openSnippetPage(page(embed));
    await whenReady(p);
    await p.addScriptTag({ content: code });
    expect(errors).toEqual([]);
  });
});
