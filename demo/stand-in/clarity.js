/*
 * Stand-in for Microsoft Clarity's tag (https://www.clarity.ms/tag/<project id>), for the
 * demo's tests: test/browser/demo.test.ts answers the real URL with this file, so nothing
 * goes to Microsoft. It sends nothing anywhere. It records that it ran (`window.__ran`,
 * `window.__clarityRuns`) and the calls it found in Clarity's queue (`clarity.q`, the
 * Arguments objects the install snippet pushes, copied as arrays into
 * `window.__consentAtRun.clarity`), and shows a badge, as the other stand-ins do.
 */
(() => {
  const name = 'clarity';
  const label = 'Microsoft Clarity (stand-in) is running';

  window.__clarityRuns = (window.__clarityRuns || 0) + 1;
  window.__ran = window.__ran || [];
  if (window.__ran.includes(name)) return;
  window.__ran.push(name);
  window.__consentAtRun = window.__consentAtRun || {};
  const queue = window.clarity?.q || [];
  window.__consentAtRun[name] = Array.from(queue, (call) => Array.from(call));

  function showBadge() {
    const box = document.getElementById('standin-badges');
    if (!box || document.getElementById(`standin-badge-${name}`)) return;
    const badge = document.createElement('p');
    badge.id = `standin-badge-${name}`;
    badge.className = 'standin-badge standin-badge--analytics';
    badge.dataset.standIn = name;
    badge.textContent = label;
    box.append(badge);
    window.dispatchEvent(new CustomEvent('standin:ran', { detail: { name } }));
  }
  if (document.body) showBadge();
  else document.addEventListener('DOMContentLoaded', showBadge);
})();
