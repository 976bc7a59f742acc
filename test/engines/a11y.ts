import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Driver } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules, as test/browser/support/a11y.ts does in
 * Chromium) in any engine, open shadow roots included, and returns the serious and
 * critical violations inside `include`, each as `rule: target`.
 */
export async function seriousViolations(d: Driver, include = '#consentry'): Promise<string[]> {
  await d.evaluate((source: string) => {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }, axeSource);
  return d.evaluate(async (selector: string) => {
    type Results = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Results> } }).axe;
    const values = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const { violations } = await axe.run({ include: [selector] }, { runOnly: { type: 'tag', values } });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, include);
}
