import type { PageReport, ScanReport } from '../types.js';
import type { VisitResult } from '../visit.js';
import { caughtElements } from './caught.js';
import { buildInventory } from './inventory.js';

interface BuildInput {
  url: string;
  startedAt: number;
  pages: PageReport[];
  visits: VisitResult[];
  notes: string[];
  version: string;
  /** The screenshot's file name in the output folder, if one was taken. */
  screenshot: string | null;
}

/** Assembles report.json (SPEC §10) from the analysed pages, with the inventory and a summary. */
export function buildReport({ url, startedAt, pages, visits, notes, version, screenshot }: BuildInput): ScanReport {
  const inventory = buildInventory(pages);
  const leaks = pages.flatMap((p) => p.leaks);
  const caught = caughtElements(pages);
  const withConsentry = visits.find((v) => v.hasConsentry);
  const cookieNames = new Set(pages.flatMap((p) => p.cookies.map((c) => `${c.name}|${c.domain}`)));
  const allNotes = [...notes];
  if (!withConsentry)
    allNotes.push(
      'No Consentry banner was found: each page had its first visit only, and every tracker it loaded is a leak.',
    );
  else if (pages.some((p) => p.visits.length === 1 && !p.error))
    allNotes.push('Some pages have no Consentry script: they had their first visit only.');
  const failed = pages.filter((p) => p.error).length;
  if (failed) allNotes.push(`${failed} page${failed === 1 ? '' : 's'} could not be scanned; see the pages list.`);

  return {
    url,
    scannedAt: new Date(startedAt).toISOString(),
    leakCount: leaks.length,
    tool: { name: 'consentry-scan', version },
    durationMs: Date.now() - startedAt,
    consentry: { found: Boolean(withConsentry), version: withConsentry?.consentryVersion ?? null },
    summary: {
      pages: pages.filter((p) => p.visits.length > 0).length,
      visits: visits.length,
      leaks: {
        first: leaks.filter((l) => l.visit === 'first').length,
        reject: leaks.filter((l) => l.visit === 'reject').length,
      },
      caught: { elements: caught.length, requested: caught.filter((c) => c.requested).length },
      cookies: cookieNames.size,
      services: inventory.categories.reduce((n, c) => n + c.services.length, 0),
      unknown: inventory.unknown.cookies.length + inventory.unknown.requests.length,
    },
    pages,
    inventory,
    declaredConfig: visits.map((v) => v.declaredConfig).find(Boolean) ?? null,
    screenshot,
    notes: allNotes,
  };
}
