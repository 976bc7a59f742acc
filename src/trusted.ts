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

type PolicyFactory = {
  createPolicy(
    name: string,
    rules: { createScript(s: string): string; createScriptURL(s: string): string },
  ): Trusted & {
    createScript(s: string): string;
    createScriptURL(s: string): string;
  };
};

let cached: Trusted | undefined;

/** The `consentry` policy, made once per page; plain strings when Trusted Types are absent or refuse it. */
export function trusted(win: Window): Trusted {
  if (cached) return cached;
  const factory = (win as Window & { trustedTypes?: PolicyFactory }).trustedTypes;
  let policy: ReturnType<PolicyFactory['createPolicy']> | undefined;
  try {
    policy = factory?.createPolicy('consentry', { createScript: (s) => s, createScriptURL: (s) => s });
  } catch {
    console.error(
      "[Consentry] this page enforces Trusted Types but does not allow the 'consentry' policy, so held scripts stay held. Add 'consentry' to the CSP's trusted-types directive.",
    );
  }
  cached = policy
    ? { script: (s) => policy.createScript(s), url: (s) => policy.createScriptURL(s) }
    : { script: (s) => s, url: (s) => s };
  return cached;
}
