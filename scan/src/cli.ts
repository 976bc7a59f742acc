import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { caughtElements } from './report/caught.js';
import { type ReportFiles, writeReport } from './report/write.js';
import { isScanError, scanDefaults, scanSite } from './scan.js';
import type { ScanReport } from './types.js';

export const usage = `Usage: consentry-scan <url> [options]

Visits the site as a visitor would (no choice, Reject all, Accept all), reports every
tracker and cookie that comes before consent with its cause, and drafts the cookie
declaration.

  --pages N          pages to scan, same-origin, from sitemap.xml and links (default ${scanDefaults.pages})
  --out DIR          where report.html, report.json and consentry.config.js go
                     (default ${scanDefaults.out})
  --fail-on-leak     exit with 1 when there is a leak, for CI
  --json             print the summary as JSON on standard output
  --chromium PATH    the Chromium to run (default CHROMIUM_PATH, then /usr/bin/chromium)
  --wait MS          quiet time after which a page counts as settled (default ${scanDefaults.wait})
  --timeout S        the whole scan's time limit in seconds (default ${scanDefaults.timeout / 1000})
  --parallel N       visits at once (default ${scanDefaults.parallel})
  --chromium-arg A   one more Chromium switch, such as a proxy (repeatable)

Exit codes: 0 done; 1 a leak with --fail-on-leak; 2 bad usage or the site cannot be reached.
`;

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

const version = (): string => {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
};

const count = (value: string | undefined, name: string, min: number) => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new RangeError(`--${name} must be a whole number of at least ${min}, not ${value}`);
  return Number(value);
};

/**
 * The summary `--json` prints: the figures, every leak with its page, each tag Consentry's
 * safety net held (not a leak; `requested` when a preload fetched it anyway), and the files.
 */
export function summarise(report: ScanReport, files: ReportFiles) {
  return {
    url: report.url,
    scannedAt: report.scannedAt,
    pages: report.summary.pages,
    visits: report.summary.visits,
    leakCount: report.leakCount,
    leaks: report.pages.flatMap((p) =>
      p.leaks.map((l) => ({
        page: p.url,
        visit: l.visit,
        kind: l.kind,
        name: l.name,
        cause: l.cause,
        service: l.service,
        category: l.category,
      })),
    ),
    caughtCount: report.summary.caught.elements,
    caught: caughtElements(report.pages).map((c) => ({
      page: c.page,
      visits: c.visits,
      element: c.element,
      service: c.service,
      category: c.category,
      requested: c.requested,
      markup: c.markup,
    })),
    services: report.summary.services,
    unknown: report.summary.unknown,
    files,
  };
}

function printSummary(report: ScanReport, files: { html: string; config: string }, io: Io) {
  const origin = new URL(report.url).origin;
  const lines = [
    `consentry-scan ${report.url}: ${report.summary.pages} pages, ${report.summary.visits} visits in ${Math.round(report.durationMs / 1000)} s`,
  ];
  if (report.leakCount === 0) lines.push('  No leaks.');
  else {
    const { first, reject } = report.summary.leaks;
    lines.push(
      `  ${report.leakCount} leak${report.leakCount === 1 ? '' : 's'}: ${first} before any choice, ${reject} after Reject all`,
    );
    for (const page of report.pages)
      for (const leak of page.leaks)
        lines.push(
          `    ${page.url.replace(origin, '') || '/'}  ${leak.visit}  ${leak.kind} ${leak.name} (${leak.service ?? 'unknown'}, ${leak.category}): ${leak.cause}`,
        );
  }
  const caught = caughtElements(report.pages);
  if (caught.length) {
    const fetched = caught.filter((c) => c.requested).length;
    lines.push(
      `  ${caught.length} tag${caught.length === 1 ? '' : 's'} held by Consentry's safety net, not leaks${fetched ? ` (${fetched} fetched anyway by the preload scanner: a leak above)` : ''}; mark them so the browser never fetches them:`,
    );
    for (const c of caught)
      lines.push(`    ${c.page.replace(origin, '') || '/'}  ${c.service ?? 'unknown'} (${c.category}): ${c.markup}`);
  }
  const byCategory = report.inventory.categories.map((c) => `${c.id} ${c.services.length}`).join(', ');
  lines.push(
    `  Services: ${report.summary.services}${byCategory ? ` (${byCategory})` : ''}; not classified: ${report.summary.unknown}`,
  );
  for (const note of report.notes) lines.push(`  ${note}`);
  lines.push(`  Report: ${files.html}`, `  Draft:  ${files.config}`);
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `npx consentry-scan <url>` (SPEC §10): scans, writes the report and the draft, prints a
 * summary, and resolves with the exit code.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: Io = process): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv, env);
  } catch (error) {
    io.stderr.write(`consentry-scan: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(usage);
    return 0;
  }

  const bar = io.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: 'Scanning {bar} {value}/{total} visits · {page}',
          stream: io.stderr as NodeJS.WritableStream,
          hideCursor: true,
          clearOnComplete: true,
          barsize: 30,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(1, 0, { page: options.url });
  try {
    const report = await scanSite({
      ...options,
      version: version(),
      onProgress: (done, planned, page) => {
        bar?.setTotal(Math.max(planned, done));
        bar?.update(done, { page: page.replace(/^https?:\/\/[^/]+/, '') || '/' });
      },
    });
    bar?.stop();
    const files = await writeReport(report, options.out);
    if (options.json) io.stdout.write(`${JSON.stringify(summarise(report, files), null, 2)}\n`);
    else printSummary(report, files, io);
    return options.failOnLeak && report.leakCount > 0 ? 1 : 0;
  } catch (error) {
    bar?.stop();
    io.stderr.write(`consentry-scan: ${(error as Error).message}\n`);
    if (!isScanError(error)) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

function parse(argv: string[], env: NodeJS.ProcessEnv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pages: { type: 'string' },
      out: { type: 'string' },
      'fail-on-leak': { type: 'boolean' },
      json: { type: 'boolean' },
      chromium: { type: 'string' },
      'chromium-arg': { type: 'string', multiple: true },
      wait: { type: 'string' },
      timeout: { type: 'string' },
      parallel: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help' as const;
  if (positionals.length !== 1)
    throw new Error(positionals.length ? 'give one URL only' : 'give the URL of the site to scan');
  const url = positionals[0];
  if (!/^https?:\/\/[^/]/i.test(url)) throw new Error(`${url} is not an http:// or https:// address`);
  const timeout = count(values.timeout, 'timeout', 1);
  return {
    url,
    pages: count(values.pages, 'pages', 1) ?? scanDefaults.pages,
    out: values.out ?? scanDefaults.out,
    failOnLeak: values['fail-on-leak'] ?? false,
    json: values.json ?? false,
    chromium: values.chromium ?? env.CHROMIUM_PATH,
    chromiumArgs: values['chromium-arg'] ?? [],
    wait: count(values.wait, 'wait', 0),
    timeout: timeout === undefined ? undefined : timeout * 1000,
    parallel: count(values.parallel, 'parallel', 1),
  };
}
