/** The widget's styles, adopted into its shadow root; themable through `--consentry-*` properties. */
export const styles = `
:host { all: initial; }
* { box-sizing: border-box; }
.root {
  --bg: var(--consentry-bg, #ffffff);
  --fg: var(--consentry-fg, #1a1a1a);
  --muted: var(--consentry-muted, #4a4a4a);
  --accent: var(--consentry-accent, #1f4e8c);
  --accent-fg: var(--consentry-accent-fg, #ffffff);
  --border: var(--consentry-border, #8a8a8a);
  --radius: var(--consentry-radius, 8px);
  font: var(--consentry-font, 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .root {
    --bg: var(--consentry-bg, #1d1f23);
    --fg: var(--consentry-fg, #f2f2f2);
    --muted: var(--consentry-muted, #c8c8c8);
    --accent: var(--consentry-accent, #9cc3ff);
    --accent-fg: var(--consentry-accent-fg, #0b1a2e);
    --border: var(--consentry-border, #8d8d8d);
  }
}
.banner {
  position: fixed; z-index: 2147483646; inset: auto 0 0 0; max-height: 50vh; overflow: auto;
  background: var(--bg); border-top: 1px solid var(--border); padding: 16px;
  box-shadow: 0 -4px 16px rgb(0 0 0 / 0.15);
}
.inner { max-width: 960px; margin: 0 auto; }
h2 { font-size: 1.1em; margin: 0 0 4px; }
p { margin: 0 0 8px; color: var(--muted); }
a { color: var(--accent); }
.links { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-bottom: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
button {
  font: inherit; min-height: 44px; min-width: 44px; padding: 8px 16px; cursor: pointer;
  border-radius: var(--radius); border: 2px solid var(--accent);
  background: var(--accent); color: var(--accent-fg); flex: 1 1 auto;
}
button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
dialog {
  width: min(640px, calc(100vw - 16px)); max-height: calc(100vh - 16px); padding: 0;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: var(--radius);
}
dialog::backdrop { background: rgb(0 0 0 / 0.5); }
.head { display: flex; align-items: start; gap: 8px; padding: 16px 16px 0; }
.head h2 { flex: 1; }
.head button { flex: 0 0 auto; padding: 8px; }
.body { padding: 0 16px; }
.category { border-top: 1px solid var(--border); padding: 12px 0; }
.category label { display: flex; align-items: center; gap: 12px; font-weight: 600; min-height: 44px; }
.category input { width: 24px; height: 24px; accent-color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin-top: 8px; }
th, td { text-align: start; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--border); vertical-align: top; }
.foot { padding: 12px 16px 16px; border-top: 1px solid var(--border); }
@media (prefers-reduced-motion: no-preference) {
  .banner { animation: rise 0.2s ease-out; }
  @keyframes rise { from { transform: translateY(100%); } }
}
`;
