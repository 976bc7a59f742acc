/**
 * A small business's page as a new user builds it: Consentry pasted first in `<head>` as
 * the README says, then the vendors' loader snippets exactly as their install guides print
 * them (ids replaced), nothing marked, on the vendors' real URLs; one tag written straight
 * into the HTML; a video a page builder adds after the load event; one properly marked tag.
 */
import { withErrorProbe } from './driver';

/** The services the page's config names (SPEC §2): the six trackers on the page. */
export const services = [
  'google-analytics',
  'meta-pixel',
  'microsoft-clarity',
  'microsoft-ads',
  'tiktok-pixel',
  'youtube',
];

/**
 * Google's tag (gtag.js), as Google Analytics prints it: a `<script async src>` in the
 * HTML and the inline config.
 * https://developers.google.com/tag-platform/gtagjs/install
 */
const gtag = `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST0001"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-TEST0001');
</script>`;

/**
 * Google Tag Manager's container snippet, "as high in the <head> of the page as possible".
 * https://developers.google.com/tag-platform/tag-manager/web
 */
const gtm = `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST01');</script>
<!-- End Google Tag Manager -->`;

/**
 * Meta's pixel base code: it returns at once when `fbq` exists, so Consentry's default
 * must ride on the `fbq` this code makes.
 * https://developers.facebook.com/docs/meta-pixel/get-started
 */
const meta = `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`;

/**
 * Microsoft Clarity's tracking code (Clarity > Settings > Setup > Install manually).
 * https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup
 */
const clarity = `<script type="text/javascript">
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "testclar01");
</script>`;

/**
 * Microsoft Advertising's UET tag tracking code: `new UET(o)` happens in the `onload` of
 * the very element it inserts.
 * https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_proc_uetv2addtag
 */
const uet = `<script>(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"12345678", enableAutoSpaTracking: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");</script>`;

/**
 * TikTok's pixel base code (Events Manager > Set up web events > Manually install pixel code).
 * https://ads.tiktok.com/help/article/get-started-pixel
 */
const tiktok = `<script>
!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(
var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script")
;n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)};

  ttq.load('CTEST0000000000TIKTOK');
  ttq.page();
}(window, document, 'ttq');
</script>`;

/** A tag written straight into the HTML: the net can stop it running, not a preload fetching it. */
const hotjar = '<script async src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>';

/** Held as SPEC §3 asks a webmaster to hold a tag: it must run once after consent, not twice. */
const marked = '<script type="text/plain" data-consent="analytics" src="/stand-in/marked.js"></script>';

/**
 * The site's page builder: after the load event it adds a YouTube player (its frame says
 * it ran by a message, being of another origin), then a script of its own, whose run
 * proves that everything inserted before it had its chance to be requested.
 */
const pageBuilder = `<script>
  addEventListener('message', function (e) {
    if (e.data && e.data.standIn) (window.__ran = window.__ran || []).push(e.data.standIn);
  });
  addEventListener('load', function () {
    var frame = document.createElement('iframe');
    frame.src = 'https://www.youtube.com/embed/xyz';
    frame.title = 'Our clinic tour';
    frame.width = '560';
    frame.height = '315';
    document.querySelector('main').appendChild(frame);
    var own = document.createElement('script');
    own.src = '/stand-in/after.js';
    document.body.appendChild(own);
  });
</script>`;

/**
 * The page, with `config` merged into the README's config and WebKit's error probe first.
 * @example server.page('/', vendorPage({ autoHold: false }))
 */
export function vendorPage(config: Record<string, unknown> = {}): string {
  const full = { policyUrl: '/privacy', services, ...config };
  return withErrorProbe(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Clinic</title>
  <script>window.consentryConfig = ${JSON.stringify(full)};</script>
  <script src="/dist/consentry.js"></script>
  ${gtag}
  ${gtm}
  ${meta}
  ${clarity}
  ${uet}
  ${tiktok}
  ${hotjar}
  ${marked}
</head>
<body>
  <main><h1>Clinic</h1><p>Content.</p></main>
  ${pageBuilder}
</body>
</html>`);
}
