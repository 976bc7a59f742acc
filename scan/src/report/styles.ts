import { categoryLooks } from './categories.js';

const looks = Object.entries(categoryLooks);
/** Each built-in category's colour as a custom property, `--analytics`, in one scheme. */
const categoryColours = (scheme: 'light' | 'dark') => looks.map(([id, look]) => `--${id}: ${look[scheme]};`).join(' ');

/** The report's stylesheet: one file, no fonts or images from anywhere, light and dark, printable. */
export const styles = `
:root {
  --bg: #f6f7f9; --panel: #fff; --text: #1c2430; --muted: #5b6676; --line: #e1e5eb; --soft: #eef1f5;
  --ok: #17794a; --ok-bg: #e5f5ec; --bad: #b42318; --bad-bg: #fdecea; --warn: #9a5b00; --warn-bg: #fff4dc;
  ${categoryColours('light')}
  --unknown: #9a5b00; --other: #5a4fb0;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #11151b; --panel: #1a2029; --text: #e6eaf0; --muted: #9aa5b4; --line: #2c3440; --soft: #222a35;
    --ok: #5fd39a; --ok-bg: #14301f; --bad: #ff8a80; --bad-bg: #3a1715; --warn: #f3c061; --warn-bg: #35280c;
    ${categoryColours('dark')}
    --unknown: #f3c061; --other: #a99cff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
a { color: var(--analytics); }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
header.top { background: #18212d; color: #f4f6f9; padding: 28px 0 24px; }
header.top .brand { margin: 0 0 4px; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: #a9b6c8; }
header.top h1 { margin: 0; font-size: 28px; line-height: 1.2; word-break: break-all; }
header.top .meta { margin: 6px 0 0; color: #c4cedb; font-size: 14px; }
main.wrap { padding-top: 28px; padding-bottom: 48px; }
section { margin-top: 28px; }
h2 { font-size: 20px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 0; }
.verdict { display: flex; gap: 16px; align-items: flex-start; padding: 18px 20px; border-radius: 12px; margin-top: 0;
  border: 1px solid; }
.verdict.ok { background: var(--ok-bg); border-color: var(--ok); }
.verdict.bad { background: var(--bad-bg); border-color: var(--bad); }
.verdict .mark { flex: none; width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center;
  font-size: 22px; font-weight: 700; color: #fff; }
.verdict.ok .mark { background: var(--ok); }
.verdict.bad .mark { background: var(--bad); }
.verdict h2 { margin: 2px 0 4px; }
.verdict p { margin: 0; color: var(--text); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 14px 16px; }
.card .n { font-size: 30px; font-weight: 700; line-height: 1.1; }
.card .l { color: var(--muted); font-size: 13px; }
.card.bad .n { color: var(--bad); }
.card.warn .n { color: var(--warn); }
.split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
@media (max-width: 860px) { .split { grid-template-columns: 1fr; } }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 16px 18px; }
figure { margin: 0; }
figure img { display: block; width: 100%; height: auto; border-radius: 8px; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: 13px; margin-top: 8px; }
.facts { margin: 0; padding: 0; list-style: none; }
.facts li { padding: 6px 0; border-bottom: 1px solid var(--line); }
.facts li:last-child { border-bottom: 0; }
.table-wrap { overflow-x: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 12px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 9px 12px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
tr:last-child td { border-bottom: 0; }
td.name { font-weight: 600; overflow-wrap: anywhere; }
table.leaks th:nth-child(1) { width: 150px; }
table.leaks th:nth-child(2) { width: 30%; }
table.leaks th:nth-child(3) { width: 15%; }
td .sub { display: block; color: var(--muted); font-size: 12.5px; font-weight: 400; overflow-wrap: anywhere; }
tr.group td { background: var(--soft); font-weight: 600; }
.pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600;
  border: 1px solid currentColor; white-space: nowrap; }
.pill.first { color: var(--bad); }
.pill.reject { color: var(--advertising); }
.pill.accept { color: var(--ok); }
.cat { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff;
  background: var(--other); white-space: nowrap; }
${looks.map(([id]) => `.cat.${id} { background: var(--${id}); }`).join('\n')}
.cat.unknown { background: var(--unknown); }
.kind { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.cause { font-size: 13.5px; }
.cause code { display: block; margin-top: 4px; padding: 4px 6px; background: var(--soft); border-radius: 6px;
  word-break: break-all; }
.category { margin-top: 20px; }
.category > header { display: flex; align-items: center; gap: 10px; margin-bottom: 10px; }
.category > header p { margin: 0; color: var(--muted); font-size: 14px; }
.service { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; margin-bottom: 12px;
  overflow: hidden; }
.service > header { display: flex; flex-wrap: wrap; gap: 6px 16px; justify-content: space-between; padding: 12px 16px;
  border-bottom: 1px solid var(--line); }
.service > header p { margin: 2px 0 0; color: var(--muted); font-size: 13.5px; }
.service .where { padding: 10px 16px; font-size: 13.5px; color: var(--muted); border-top: 1px solid var(--line); }
.service .where span + span::before { content: " · "; }
.service table th { background: transparent; }
.leaks-badge { color: var(--bad); font-weight: 600; font-size: 13px; white-space: nowrap; }
.note { margin: 0; padding: 10px 16px; background: var(--warn-bg); color: var(--text); font-size: 13.5px;
  border-top: 1px solid var(--line); }
.empty { color: var(--muted); margin: 0; }
.spaced { margin-top: 12px; }
.legend { color: var(--muted); font-size: 14px; margin: -4px 0 12px; max-width: 80ch; }
footer.bottom { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 16px; margin-top: 40px; }
@media print { header.top { background: none; color: var(--text); } .verdict, .card, .service, .table-wrap { break-inside: avoid; } }
`;
