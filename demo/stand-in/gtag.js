/*
 * Stand-in for Google's gtag.js, served locally by the Consentry demo. It sends nothing
 * anywhere. It does what the demo needs a real analytics tag to do: records that it ran
 * and the Consent Mode state it found, sets the cookies the real tag sets (`_ga` and
 * `_ga_<id>`, path /), and shows a visible badge so you can see it is running.
 */
(() => {
  const name = 'gtag';
  const label = 'Google Analytics (stand-in) is running';
  const fallbackColor = '#0b5394';

  window.__ran = window.__ran || [];
  if (window.__ran.includes(name)) return;
  window.__ran.push(name);
  window.__consentAtRun = window.__consentAtRun || {};
  window.__consentAtRun[name] = (window.dataLayer || [])
    .filter((e) => e && e[0] === 'consent')
    .map((e) => ({ command: e[1], state: e[2] }));

  const now = Math.floor(Date.now() / 1000);
  const attributes = `; path=/; max-age=${60 * 60 * 24 * 395}; samesite=lax`;
  if (!/(?:^|;\s*)_ga=/.test(document.cookie)) {
    document.cookie = `_ga=GA1.1.${Math.floor(Math.random() * 1e9)}.${now}${attributes}`;
  }
  document.cookie = `_ga_DEMO123=GS1.1.${now}.1.0.${now}.0.0.0${attributes}`;

  function showBadge() {
    if (document.getElementById(`standin-badge-${name}`)) return;
    let box = document.getElementById('standin-badges');
    if (!box) {
      // A page without a badge area: float the badges top-left (CSSOM, allowed by a strict CSP).
      box = document.createElement('div');
      box.id = 'standin-badges';
      box.style.cssText = 'position:fixed;top:8px;left:8px;z-index:1000;display:grid;gap:4px;';
      document.body.append(box);
    }
    const badge = document.createElement('p');
    badge.id = `standin-badge-${name}`;
    badge.className = 'standin-badge standin-badge--analytics';
    badge.dataset.standIn = name;
    badge.textContent = label;
    if (!box.classList.contains('standin-badges')) {
      badge.style.cssText = `margin:0;padding:4px 10px;border-radius:999px;background:${fallbackColor};color:#fff;font:600 13px/1.4 system-ui,sans-serif;`;
    }
    box.append(badge);
    window.dispatchEvent(new CustomEvent('standin:ran', { detail: { name } }));
  }
  if (document.body) showBadge();
  else document.addEventListener('DOMContentLoaded', showBadge);
})();
