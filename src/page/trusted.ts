/**
 * Trusted Types: on a page that enforces `require-trusted-types-for 'script'`, a script's
 * text and src accept only trusted values. Consentry makes them through one policy named
 * `consentry`, which passes through what the webmaster's own markup held (so a page that
 * allows it with `trusted-types consentry` works as without enforcement). Where the page
 * does not allow that policy, the values stay plain strings and the browser refuses
 * them: the caller catches the error and keeps the tag held.
 */
export interface Trusted {
  script(text: string): string;
  url(url: string): string;
}

// Trusted values typed as strings: the DOM sinks they go to accept both.
type Policy = { createScript(s: string): string; createScriptURL(s: string): string };
type PolicyFactory = { createPolicy(name: string, rules: Policy): Policy };

// Kept on the window under a registered symbol: the script tag and the engine are separate
// files, each with its own copy of this module, and a page allows the policy to be made once.
const key = Symbol.for('consentry.trusted');
type TrustedWindow = Window & { [key]?: Trusted };

/** The `consentry` policy, made once per page; plain strings when Trusted Types are absent or refuse it. */
export function trusted(win: Window): Trusted {
  const cached = (win as TrustedWindow)[key];
  if (cached) return cached;
  let policy: Policy | undefined;
  try {
    policy = (win as Window & { trustedTypes?: PolicyFactory }).trustedTypes?.createPolicy('consentry', {
      createScript: (s) => s,
      createScriptURL: (s) => s,
    });
  } catch {
    console.error(
      "[Consentry] held scripts stay held: this page's CSP does not allow the 'consentry' policy. Add 'consentry' to its trusted-types directive.",
    );
  }
  const made: Trusted = { script: (s) => policy?.createScript(s) ?? s, url: (s) => policy?.createScriptURL(s) ?? s };
  (win as TrustedWindow)[key] = made;
  return made;
}
