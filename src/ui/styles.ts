// Colours: every text pair is at least 4.5:1 (WCAG 1.4.3), borders of controls 3:1 (1.4.11).
const light = `--bg:var(--consentry-bg,#fff);--fg:var(--consentry-fg,#1a1a1a);--muted:var(--consentry-muted,#4a4a4a);
--accent:var(--consentry-accent,#1f4e8c);--accent-fg:var(--consentry-accent-fg,#fff);--border:var(--consentry-border,#767676);
--surface:var(--consentry-surface,#f3f4f6);`;
const dark = `--bg:var(--consentry-bg,#1d1f23);--fg:var(--consentry-fg,#f2f2f2);--muted:var(--consentry-muted,#c8c8c8);
--accent:var(--consentry-accent,#9cc3ff);--accent-fg:var(--consentry-accent-fg,#0b1a2e);--border:var(--consentry-border,#8d8d8d);
--surface:var(--consentry-surface,#2a2d33);`;

/** The view's styles, adopted into the shadow root; themable through `--consentry-*` properties. */
export const styles = `
* { box-sizing: border-box; }
.root { ${light}
  font: var(--consentry-font, 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--fg); letter-spacing: normal; text-transform: none; }
.root[data-theme="dark"] { ${dark} }
@media (prefers-color-scheme: dark) { .root[data-theme="auto"] { ${dark} } }
.banner {
  position: fixed; z-index: 2147483646; inset: auto 0 0 0; max-height: 50vh; overflow: auto;
  background: var(--bg); color: var(--fg); border-top: 1px solid var(--border); padding: 16px;
  box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2);
}
.inner { max-width: 960px; margin: 0 auto; }
h2 { font-size: 1.1em; line-height: 1.3; margin: 0 0 4px; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
/* Links stand alone in this view (none sits inside a sentence): 24px targets, WCAG 2.5.8. */
a { color: var(--accent); text-underline-offset: 2px; display: inline-block; min-height: 24px; padding: 2px 0; }
.links { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-bottom: 12px; }
.notice { border-inline-start: 4px solid var(--accent); background: var(--surface); padding: 8px 12px; margin: 0 0 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
button {
  font: inherit; font-weight: 600; min-height: 44px; min-width: 44px; padding: 8px 12px; cursor: pointer;
  border-radius: var(--consentry-radius, 8px); border: 2px solid var(--accent);
  background: var(--accent); color: var(--accent-fg); flex: 1 1 0; white-space: nowrap;
}
button:hover { filter: brightness(1.1); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button:focus-visible { outline-color: var(--fg); }
dialog {
  width: min(680px, calc(100vw - 16px)); max-height: calc(100dvh - 16px); padding: 0; overflow: hidden;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: var(--consentry-radius, 8px);
}
dialog[open] { display: flex; flex-direction: column; }
dialog::backdrop { background: rgb(0 0 0 / 0.55); }
.head { display: flex; align-items: center; gap: 8px; padding: 12px 16px; border-bottom: 1px solid var(--border); }
.head h2 { flex: 1; margin: 0; }
.head button { flex: 0 0 auto; padding: 0; width: 44px; font-size: 1.4em; line-height: 1; }
.body { padding: 12px 16px; overflow: auto; }
.category { border-bottom: 1px solid var(--border); padding: 12px 0; }
.switch { display: flex; align-items: center; gap: 12px; font-weight: 600; min-height: 44px; cursor: pointer; }
.switch input { appearance: none; margin: 0; flex: 0 0 auto; width: 48px; height: 28px; border-radius: 14px;
  border: 2px solid var(--border); background: var(--surface); position: relative; cursor: pointer; }
.switch input::after { content: ""; position: absolute; top: 2px; inset-inline-start: 2px; width: 20px; height: 20px;
  border-radius: 50%; background: var(--muted); }
.switch input:checked { background: var(--accent); border-color: var(--accent); }
.switch input:checked::after { inset-inline-start: 22px; background: var(--accent-fg); }
.switch input:disabled { opacity: 0.7; cursor: not-allowed; }
.state { font-weight: 400; color: var(--muted); margin-inline-start: auto; }
details { margin-top: 4px; }
summary { cursor: pointer; min-height: 24px; color: var(--accent); }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin-top: 8px; }
caption { text-align: start; font-weight: 600; }
th, td { text-align: start; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--border); vertical-align: top; }
.contact { margin-top: 12px; }
.contact dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0; }
.contact dt { font-weight: 600; }
.contact dd { margin: 0; }
.foot { padding: 12px 16px; border-top: 1px solid var(--border); }
@media (max-width: 480px) {
  .banner { padding: 12px; }
  .banner p { font-size: 0.93em; }
  .actions button { flex-basis: calc(50% - 4px); }
}
@media (prefers-reduced-motion: no-preference) {
  .banner { animation: consentry-rise 0.2s ease-out; }
  @keyframes consentry-rise { from { transform: translateY(100%); } }
}
@media (forced-colors: active) {
  .switch input:checked::after { background: CanvasText; }
  button { border-color: ButtonText; }
}
`;

/** Styles of an embed placeholder, in the placeholder's own shadow root. */
export const placeholderStyles = `
* { box-sizing: border-box; }
.root { ${light} width: 100%; height: 100%; }
.root[data-theme="dark"] { ${dark} }
@media (prefers-color-scheme: dark) { .root[data-theme="auto"] { ${dark} } }
.placeholder { width: 100%; height: 100%; min-height: 150px; display: flex; flex-direction: column; justify-content: center;
  gap: 8px; padding: 16px; background: var(--surface); color: var(--fg); border: 1px solid var(--border);
  font: var(--consentry-font, 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif); text-align: center; }
p { margin: 0; }
.title { font-weight: 600; }
button { align-self: center; font: inherit; font-weight: 600; min-height: 44px; padding: 8px 16px; cursor: pointer;
  border-radius: var(--consentry-radius, 8px); border: 2px solid var(--accent); background: var(--accent); color: var(--accent-fg); }
button:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
`;
