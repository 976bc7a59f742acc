/*
 * Stand-in for an ad partner's pixel (the Meta Pixel), served locally by the Consentry
 * demo. It sends nothing anywhere. It records that it ran and the Consent Mode state it
 * found, sets the `_fbp` cookie the real pixel sets (path /), and shows a visible badge.
 */
(() => {
  const name = 'pixel';
  const label = 'Meta Pixel (stand-in) is running';
  const fallbackColor = '#7a2e4d';

  window.__ran = window.__ran || [];
  if (window.__ran.includes(name)) return;
  window.__ran.push(name);
  window.__consentAtRun = window.__consentAtRun || {};
  window.__consentAtRun[name] = (window.dataLayer || [])
    .filter((e) => e && e[0] === 'consent')
    .map((e) => ({ command: e[1], state: e[2] }));

  if (!/(?:^|;\s*)_fbp=/.test(document.cookie)) {
    const value = `fb.1.${Date.now()}.${Math.floor(Math.random() * 1e9)}`;
    document.cookie = `_fbp=${value}; path=/; max-age=${60 * 60 * 24 * 90}; samesite=lax`;
  }

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
    badge.className = 'standin-badge standin-badge--advertising';
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
