import { type DeclaredService, declaredServices, declares } from '../classify.js';
import { sameLifetime } from '../lifetime.js';
import type { InventoryCookie, ScanReport, ServiceFinding } from '../types.js';
import { categoryOrder } from './categories.js';

/** A value of the draft, with optional comment lines written above it. */
type Commented = { comment: string[]; value: unknown };
const commented = (comment: string[], value: unknown): Commented => ({ comment, value });
const isCommented = (v: unknown): v is Commented =>
  typeof v === 'object' && v !== null && 'comment' in v && 'value' in v && Object.keys(v).length === 2;

/** A line comment that stays one line whatever the site's names contain. */
const comment = (text: string) => `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;

const quote = (s: string) =>
  `'${s
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));

/** JavaScript source for a JSON-like value, in the project's style (single quotes, trailing commas). */
function source(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  const item = (v: unknown) =>
    isCommented(v)
      ? `${v.comment.map((c) => `${inner}${comment(c)}\n`).join('')}${inner}${source(v.value, inner)}`
      : `${inner}${source(v, inner)}`;
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${item(v)},\n`).join('')}${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries
      .map(([k, v]) =>
        isCommented(v)
          ? `${v.comment.map((c) => `${inner}${comment(c)}\n`).join('')}${inner}${key(k)}: ${source(v.value, inner)},\n`
          : `${inner}${key(k)}: ${source(v, inner)},\n`,
      )
      .join('')}${indent}}`;
  }
  return 'undefined';
}

interface DraftService {
  name: string;
  provider?: string;
  purpose?: string;
  policyUrl?: string;
  cookies?: { name: string; duration?: string; purpose?: string }[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether the site's declared service is the one the scan found. */
const isSame = (declared: DeclaredService, found: ServiceFinding) =>
  (declared.id !== undefined && declared.id === found.id) ||
  sameName(declared.name, found.name) ||
  declared.cookies.some((d) => found.cookies.some((c) => c.seen.some((name) => declares(d.name, name))));

// The lifetime the site really sets, as seen; a declaration must match what the site does.
const cookieOf = (c: InventoryCookie) => ({
  name: c.name,
  duration: c.lifetime,
  ...(c.purpose ? { purpose: c.purpose } : {}),
});

/** The cookies of a catalog service the site sets for another time than the catalog documents. */
const otherLifetimes = (found: ServiceFinding) => {
  const differ = found.cookies.filter((c) => c.duration && !sameLifetime(c.duration, c.lifetime));
  return differ.length
    ? [
        `The site sets ${differ.map((c) => `${c.name} for ${c.lifetime} (the catalog: ${c.duration})`).join(', ')}; describe the service in full to declare what it sets.`,
      ]
    : [];
};

const evidence = (found: ServiceFinding, origin: string) => {
  const parts: string[] = [];
  const cookies = found.cookies.flatMap((c) => c.seen);
  if (cookies.length) parts.push(`cookie${cookies.length === 1 ? '' : 's'} ${cookies.join(', ')}`);
  const setBy = [...new Set(found.cookies.flatMap((c) => c.setBy))].filter((s) => !s.startsWith('set by'));
  if (setBy.length) parts.push(`set by ${setBy.join(', ')}`);
  if (found.hosts.length) parts.push(`requests to ${found.hosts.join(', ')}`);
  if (found.scripts.length) parts.push(`loads ${found.scripts.join(', ')}`);
  if (found.caught.length) parts.push(`${found.caught.length === 1 ? 'a tag' : 'tags'} held by Consentry's safety net`);
  const pages = found.pages.map((p) => (p.startsWith(origin) ? p.slice(origin.length) || '/' : p));
  return `Found: ${parts.join('; ')}. Pages: ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}.`;
};

const notSeen =
  'In your config, not seen in this scan: keep it if it runs on pages or after actions the scan did not reach.';

/** What the draft declares: catalog ids in `services`, and per category what it lists. */
interface Placed {
  services: Commented[];
  categories: Map<string, Commented[]>;
}

const placeIn = (placed: Placed, category: string, value: Commented) =>
  placed.categories.set(category, [...(placed.categories.get(category) ?? []), value]);

/**
 * Places one service the scan found: a catalog service by its id (in `services`, or in the
 * category the site's config gave it), anything else described in full in its category.
 */
function placeFound(
  placed: Placed,
  found: ServiceFinding,
  category: string,
  match: DeclaredService | undefined,
  origin: string,
) {
  const notes = [evidence(found, origin)];
  // The net holds what nobody marked; markup also stops a browser's preload of a tag in the HTML.
  if (found.caught.length)
    notes.push(
      "Consentry's safety net held it, unmarked; hold it by markup so the browser never fetches it:",
      ...found.caught.map((markup) => `  ${markup}`),
    );
  if (match && match.category !== category) notes.push(`Your config had it under ${match.category}.`);
  if (found.note) notes.push(found.note);
  if (found.id) {
    notes.push(...otherLifetimes(found));
    if (match && !match.byId)
      notes.push('Your config described it in full; the catalog’s entry, by its id, replaces that.');
    if (match && match.category !== category) placeIn(placed, match.category, commented(notes, found.id));
    else placed.services.push(commented(notes, found.id));
    return;
  }
  const cookies = found.cookies.map(cookieOf);
  const extra = (match?.cookies ?? []).filter((d) => !cookies.some((c) => c.name === d.name));
  const entry: DraftService = {
    name: match?.name ?? found.name,
    provider: match?.provider ?? found.provider,
    purpose: match?.purpose ?? found.purpose,
    policyUrl: match?.policyUrl ?? found.policyUrl,
    ...(cookies.length + extra.length ? { cookies: [...cookies, ...extra] } : {}),
  };
  placeIn(placed, category, commented(notes, entry));
}

/** Keeps a service the site's config declares that the scan did not see, as the config had it. */
function keepDeclared(placed: Placed, d: DeclaredService) {
  if (d.byId === 'services' && d.id) return placed.services.push(commented([notSeen], d.id));
  if (d.byId === 'category' && d.id) return placeIn(placed, d.category, commented([notSeen], d.id));
  const { category, byId: _byId, id: _id, ...entry } = d;
  placeIn(placed, category, commented([notSeen], entry));
}

/**
 * consentry.config.js: a `window.consentryConfig` draft that names every catalog service
 * the scan found by its id in `services` (SPEC §2) and describes the others in their
 * categories with the cookies found (SPEC §10), merged with the config the site already
 * declares (its other settings kept, its services matched by id, name or cookie; those not
 * seen kept with a note). What nothing classified is listed in a closing comment, never guessed.
 */
export function draftConfig(report: ScanReport): string {
  const current = report.declaredConfig;
  const currentCategories = (current?.categories ?? {}) as Record<string, Record<string, unknown>>;
  const ids = [
    ...new Set([...categoryOrder, ...report.inventory.categories.map((c) => c.id), ...Object.keys(currentCategories)]),
  ];
  const placed = placeAll(report, ids);
  const categories: Record<string, unknown> = {};
  for (const id of new Set([...ids, ...placed.categories.keys()])) {
    const services = placed.categories.get(id) ?? [];
    const { services: _services, ...settings } = currentCategories[id] ?? {};
    if (services.length || Object.keys(settings).length)
      categories[id] = { ...settings, ...(services.length ? { services } : {}) };
  }
  const { categories: _categories, services: _services, ...settings } = current ?? {};
  const config = { ...settings, services: placed.services, categories };
  return `${[...header(report), `window.consentryConfig = ${source(config, '')};`, ...footer(report)].join('\n')}\n`;
}

/**
 * Places every service the scan found, category by category, each paired with the one the
 * site's config declares (by id, name or cookie), then keeps those the scan did not see.
 */
function placeAll(report: ScanReport, ids: string[]): Placed {
  const origin = new URL(report.url).origin;
  const declared = declaredServices(report.declaredConfig);
  const used = new Set<DeclaredService>();
  const placed: Placed = { services: [], categories: new Map() };
  for (const id of ids) {
    const found = report.inventory.categories.find((c) => c.id === id)?.services ?? [];
    for (const service of found) {
      let match = declared.find((d) => !used.has(d) && isSame(d, service));
      // A page or script only the site's markup classifies (no service known), paired with
      // the one service the site declares in that category and the scan matched to nothing else.
      if (!match && service.classifiedBy === 'markup') {
        const free = declared.filter((d) => d.category === id && !used.has(d) && !found.some((f) => isSame(d, f)));
        const markupOnly = found.filter((f) => f.classifiedBy === 'markup' && !declared.some((d) => isSame(d, f)));
        if (free.length === 1 && markupOnly.length === 1) match = free[0];
      }
      if (match) used.add(match);
      placeFound(placed, service, id, match, origin);
    }
  }
  for (const d of declared.filter((s) => !used.has(s))) keepDeclared(placed, d);
  return placed;
}

/** The draft's opening comment: what made it, from what, and what to do with it. */
const header = (report: ScanReport) => [
  '/*',
  ` * Consentry configuration: a draft by consentry-scan ${report.tool.version} from a scan of`,
  ` * ${report.url.replace(/\*\//g, '*\\/')} on ${report.scannedAt.slice(0, 10)} (${report.summary.pages} pages).`,
  ' * `services` names the catalog services the scan found by id: Consentry fills in their',
  ' * cookies, purposes and policy links (the ids: catalog/README.md). Each category describes',
  ' * in full what the catalog does not know, with the cookies found. Each entry says what the scan saw.',
  ' * Check every entry, then load this file before consentry.js, as SPEC §1 shows.',
  ' */',
];

/** The draft's closing comment: what nothing classified, to find out about; none when all was. */
function footer(report: ScanReport): string[] {
  const unknown = [
    ...report.inventory.unknown.cookies.map(
      (c) => `cookie ${c.name} on ${c.domain}${c.setBy ? `, set by ${c.setBy}` : ''}`,
    ),
    ...report.inventory.unknown.requests.map((r) => `requests to ${r.name} (${r.cause})`),
  ];
  if (!unknown.length) return [];
  return [
    '',
    '// Not classified: the catalog does not know these and your config does not declare them.',
    '// Find out what each is, then declare it in its category, or remove what loads it:',
    ...unknown.map((u) => comment(`- ${u}`)),
  ];
}
