/**
 * DuckDuckGo's autoconsent, which answers cookie banners for the people who use its
 * browsers and extension, running Consentry's rule (integrations/autoconsent/consentry.json)
 * on the demo site: its own content script (the bundle its Playwright tests use), its own
 * messaging, and no rule but Consentry's.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type AutoConsentCMPRule,
  type AutoConsentRuleStep,
  type ContentScriptMessage,
  encodeRules,
  filterCompactRules,
  type RuleBundle,
} from '@duckduckgo/autoconsent';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the demo server is plain JavaScript with JSDoc types
import { startDemoServer } from '../../demo/server.mjs';
import { launchChromium } from './support/browser';
import { settled } from './support/harness';

type Demo = { url: string; requests: { method: string; path: string }[]; close: () => Promise<void> };

const rule: AutoConsentCMPRule = JSON.parse(
  readFileSync(new URL('../../integrations/autoconsent/consentry.json', import.meta.url), 'utf8'),
);

// The package's entry is dist/autoconsent.cjs.js; the Playwright bundle sits beside it.
const dist = dirname(createRequire(import.meta.url).resolve('@duckduckgo/autoconsent'));
const contentScript = readFileSync(join(dist, 'autoconsent.playwright.js'), 'utf8');

/**
 * The rules autoconsent builds in as classes (lib/cmps/*.ts), by name: turned off, so only
 * Consentry's JSON rule can act.
 */
const builtInRules = readdirSync(join(dist, '..', 'lib', 'cmps'))
  .map((file) => readFileSync(join(dist, '..', 'lib', 'cmps', file), 'utf8').match(/^\s+name = '([^']+)';/m)?.[1])
  .filter((name): name is string => !!name);

const config = {
  enabled: true,
  autoAction: 'optOut' as 'optOut' | 'optIn',
  disabledCmps: builtInRules,
  enablePrehide: true,
  enableCosmeticRules: false,
  enableGeneratedRules: false,
  enableHeuristicDetection: false,
  heuristicMode: 'off',
  detectRetries: 20,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: true, messages: false },
};

/**
 * The two forms a rule reaches autoconsent in: the JSON rule as the package's rules.json
 * carries it, and the compact encoding DuckDuckGo's browsers download (opt-out only).
 */
const forms: { form: string; rules: (url: string) => RuleBundle }[] = [
  { form: 'the JSON rule', rules: () => ({ autoconsent: [rule] }) },
  {
    form: 'the compact encoding',
    rules: (url) => ({
      autoconsent: [],
      compact: filterCompactRules(encodeRules([structuredClone(rule)], null), { url, mainFrame: true }),
    }),
  },
];

let browser: Browser;
let demo: Demo;
let dir: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-autoconsent-'));
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
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const fetchedStandIns = () => demo.requests.filter((r) => r.path.startsWith('/stand-in/')).map((r) => r.path);

/**
 * Opens the demo's home page in a fresh context with autoconsent running as its Playwright
 * runner runs it: the content script evaluated in the page, its messages answered from
 * here (init → the config and Consentry's rule alone; after the opt-out, the self-test).
 */
async function visitWithAutoconsent(
  autoAction: 'optOut' | 'optIn',
  rules: (url: string) => RuleBundle,
): Promise<{
  page: Page;
  messages: ContentScriptMessage[];
  done: Promise<ContentScriptMessage>;
}> {
  context = await browser.newContext();
  const page = await context.newPage();
  const messages: ContentScriptMessage[] = [];
  let finish: (m: ContentScriptMessage) => void = () => {};
  const done = new Promise<ContentScriptMessage>((resolve) => {
    finish = resolve;
  });
  const send = (message: object) =>
    page.evaluate(
      (m) => (window as unknown as { autoconsentReceiveMessage: (m: object) => void }).autoconsentReceiveMessage(m),
      message,
    );
  let selfTest = false;
  await page.exposeBinding('autoconsentSendMessage', async (_source, message: ContentScriptMessage) => {
    messages.push(message);
    switch (message.type) {
      case 'init':
        await send({ type: 'initResp', config: { ...config, autoAction }, rules: rules(message.url) });
        break;
      case 'optOutResult':
      case 'optInResult':
        selfTest = message.scheduleSelfTest;
        if (!message.result) finish(message);
        break;
      case 'autoconsentDone':
        if (selfTest) await send({ type: 'selfTest' });
        else finish(message);
        break;
      case 'selfTestResult':
        finish(message);
        break;
      case 'eval':
        // Consentry's rule needs no code run in the page; a request would be a failure.
        await send({ type: 'evalResp', id: message.id, result: false });
        break;
    }
  });
  await page.goto(demo.url, { waitUntil: 'commit' });
  await page.evaluate(contentScript);
  return { page, messages, done };
}

const ofType = <T extends ContentScriptMessage['type']>(messages: ContentScriptMessage[], type: T) =>
  messages.filter((m): m is Extract<ContentScriptMessage, { type: T }> => m.type === type);

describe("Consentry's autoconsent rule", () => {
  it('uses only steps autoconsent knows, no eval (which needs a snippet upstream), and selectors into the shadow root', () => {
    const known = new Set([
      ...['exists', 'visible', 'check', 'waitFor', 'waitForVisible', 'timeout', 'click', 'all', 'waitForThenClick'],
      ...['wait', 'hide', 'method', 'cookieContains', 'negated', 'optional', 'comment', 'if', 'then', 'else', 'any'],
    ]);
    const steps = (list: AutoConsentRuleStep[] = []): AutoConsentRuleStep[] =>
      list.flatMap((s) => [s, ...steps(s.then), ...steps(s.else), ...steps(s.any)]);
    const all = steps([...rule.detectCmp, ...rule.detectPopup, ...rule.optOut, ...rule.optIn, ...(rule.test ?? [])]);
    for (const step of all) for (const key of Object.keys(step)) expect(known, `step key ${key}`).toContain(key);
    expect(all.some((s) => 'eval' in s)).toBe(false);
    expect(rule.name).toBe('consentry');
    expect(builtInRules.length).toBeGreaterThanOrEqual(10);
  });

  it.each(forms)(
    'opts out on the demo, from $form: nothing held runs, Reject all is stored, the self-test passes',
    async ({ rules }) => {
      demo.requests.length = 0;
      const { page, messages, done } = await visitWithAutoconsent('optOut', rules);
      const last = await done;

      expect(ofType(messages, 'cmpDetected').map((m) => m.cmp)).toEqual(['consentry']);
      expect(ofType(messages, 'popupFound').map((m) => m.cmp)).toEqual(['consentry']);
      expect(ofType(messages, 'optOutResult')).toMatchObject([
        { cmp: 'consentry', result: true, scheduleSelfTest: true },
      ]);
      expect(ofType(messages, 'autoconsentDone')).toMatchObject([{ cmp: 'consentry' }]);
      expect(last).toMatchObject({ type: 'selfTestResult', cmp: 'consentry', result: true });
      expect(ofType(messages, 'eval')).toEqual([]);
      expect(ofType(messages, 'autoconsentError')).toEqual([]);

      // The choice, as the page and its cookie hold it.
      expect(await page.evaluate(() => window.Consentry.get())).toEqual({
        necessary: true,
        preferences: false,
        analytics: false,
        advertising: false,
        social: false,
      });
      const cookie = (await context?.cookies())?.find((c) => c.name === 'consentry');
      const stored = JSON.parse(decodeURIComponent(cookie?.value ?? '{}'));
      expect(stored).toMatchObject({ method: 'banner' });
      expect(Object.entries(stored.choices).filter(([, granted]) => granted)).toEqual([['necessary', true]]);
      expect(await page.locator('[data-part="banner"]').count()).toBe(0);

      // Nothing held was fetched, then or after the page settled.
      await page.waitForLoadState('load');
      await settled(page);
      expect(fetchedStandIns()).toEqual([]);
      expect(await page.evaluate(() => window.__ran ?? [])).toEqual([]);
    },
  );

  it('opts in on the demo when asked to: the held stand-ins run', async () => {
    demo.requests.length = 0;
    const { page, messages, done } = await visitWithAutoconsent('optIn', forms[0].rules);
    expect(await done).toMatchObject({ type: 'autoconsentDone', cmp: 'consentry' });
    expect(ofType(messages, 'optInResult')).toMatchObject([{ cmp: 'consentry', result: true }]);
    expect(await page.evaluate(() => window.Consentry.get())).toMatchObject({ analytics: true, advertising: true });
    await expect.poll(fetchedStandIns).toEqual(expect.arrayContaining(['/stand-in/gtag.js', '/stand-in/pixel.js']));
  });
});
