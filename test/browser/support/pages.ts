import { randomUUID } from 'node:crypto';

/** Markup for the held tags most tests use: a stand-in for gtag.js, an inline config, an ad pixel. */
export const heldTags = (nonce = '') => {
  const n = nonce ? ` nonce="${nonce}"` : '';
  return `
  <script type="text/plain" data-consent="analytics" src="/stand-in/gtag.js"${n}></script>
  <script type="text/plain" data-consent="analytics"${n}>(window.__ran = window.__ran || []).push('inline-analytics');</script>
  <script type="text/plain" data-consent="advertising" src="/stand-in/pixel.js"${n}></script>`;
};

interface PageOptions {
  config?: Record<string, unknown>;
  /** Extra attributes on the consentry script tag. */
  attrs?: string;
  head?: string;
  body?: string;
  nonce?: string;
  htmlAttrs?: string;
}

/**
 * A page that embeds Consentry the way SPEC §1 tells a webmaster to: the config, then
 * the script, early in <head>, before the tags it holds.
 */
export function consentryPage({
  config,
  attrs = '',
  head = heldTags(),
  body = '',
  nonce,
  htmlAttrs = 'lang="en"',
}: PageOptions = {}) {
  const n = nonce ? ` nonce="${nonce}"` : '';
  const configScript = config ? `<script${n}>window.consentryConfig = ${JSON.stringify(config)};</script>` : '';
  return `<!doctype html>
<html ${htmlAttrs}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Test page</title>
  ${configScript}
  <script src="/dist/consentry.js"${n} ${attrs}></script>
  ${head}
</head>
<body>
  <main><h1>Test page</h1><p>Content.</p></main>
  ${body}
</body>
</html>`;
}

/** A stored choice as the `consentry` cookie holds it: URI-encoded JSON. */
export function storedChoice({
  choices,
  revision = '1',
  timestamp = new Date().toISOString(),
}: {
  choices: Record<string, boolean>;
  revision?: string;
  timestamp?: string;
}) {
  const receipt = { id: randomUUID(), timestamp, revision, choices, method: 'banner', gpc: false };
  return encodeURIComponent(JSON.stringify(receipt));
}

export const allGranted = { necessary: true, preferences: true, analytics: true, advertising: true, social: true };
