import { afterEach, beforeEach } from 'vitest';
import { cleanPage, runInlineScripts } from '../../support/page';
/**
 * The vendors' loader snippets exactly as their install guides print them (ids replaced),
 * run as a site runs them: an inline script in the page. happy-dom runs it when the test
 * has called runInlineScripts(), and reports each external script as loaded without
 * fetching it.
 */

/** Microsoft Advertising's UET tag tracking code (Microsoft Learn, "Add the UET tag tracking code to your website"). */
export const uetSnippet = `(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"000000000", enableAutoSpaTracking: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");`;

/** Microsoft Clarity's tracking code (Clarity > Settings > Setup > Install manually). */
export const claritySnippet = `(function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "abcdefghij");`;

/** TikTok's pixel base code (TikTok Events Manager > Set up web events > Manually install pixel code). */
export const tiktokSnippet = `!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(
var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script")
;n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)};

  ttq.load('C0000000000000000000');
  ttq.page();
}(window, document, 'ttq');`;

/** Meta's pixel base code (Meta Events Manager > Install code manually), as docs/recipes/meta-pixel.md has it. */
export const metaSnippet = `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '000000000000000');
  fbq('track', 'PageView');`;

/** Runs `text` as the page's own inline script in `<head>`, as a site that pasted it does. */
export function runScript(text: string): void {
  const script = document.createElement('script');
  script.text = text;
  document.head.append(script);
}

/** Whether the page has a `<script>` whose src contains `part`: the vendor's loader inserted its tag. */
export const loaderRan = (part: string): boolean =>
  [...document.scripts].some((script) => script.getAttribute('src')?.includes(part));

/** Every window global the partner tests touch, deleted after each test. */
export function forgetPartners(): void {
  const win = window as unknown as Record<string, unknown>;
  // Deleting `fbq` drops Consentry's accessor and the calls waiting in it.
  for (const key of ['uetq', 'UET', 'clarity', 'ttq', 'TiktokAnalyticsObject', 'fbq', '_fbq']) delete win[key];
}

/**
 * The page each vendor test runs in: inline scripts run (the snippets), and after each test
 * no partner global, page state or happy-dom setting is left behind.
 */
export function usePartnerPage(): void {
  let restoreSettings = () => {};
  beforeEach(() => {
    restoreSettings = runInlineScripts();
  });
  afterEach(async () => {
    restoreSettings();
    forgetPartners();
    await cleanPage();
  });
}
