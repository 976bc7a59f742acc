/** Links to files that are not pages a visitor views. */
const notAPage =
  /\.(?:pdf|jpe?g|png|gif|svg|webp|avif|ico|zip|gz|tgz|rar|7z|mp[34]|m4a|mov|webm|wav|docx?|xlsx?|pptx?|csv|xml|json|txt|ics|css|m?js|woff2?|ttf|exe|dmg|apk)$/i;

/**
 * The pages to scan: the start page, then same-origin pages from the sitemap and from the
 * links of the pages visited, each once, at most `max`.
 * @example const crawl = createCrawl('https://example.com/', 20); crawl.add('https://example.com/about');
 */
export function createCrawl(start: string, max: number) {
  const origin = new URL(start).origin;
  const seen = new Set<string>();
  const queue: string[] = [];
  let added = 0;

  /** The URL as the crawl keys it (no fragment), or null when it is not a page of the site. */
  const normalise = (url: string): string | null => {
    let u: URL;
    try {
      u = new URL(url, origin);
    } catch {
      return null;
    }
    if (u.origin !== origin || notAPage.test(u.pathname)) return null;
    u.hash = '';
    return u.href;
  };

  return {
    origin,
    /** Queues a page unless it was seen, is elsewhere, or the budget is spent; says whether it did. */
    add(url: string): boolean {
      const page = normalise(url);
      if (!page || seen.has(page) || seen.size >= max) return false;
      seen.add(page);
      queue.push(page);
      added++;
      return true;
    },
    /** Marks a page as seen under another address too (where a redirect landed). */
    alias(url: string) {
      const page = normalise(url);
      if (page) seen.add(page);
    },
    next: (): string | undefined => queue.shift(),
    get queued() {
      return queue.length;
    },
    /** Pages queued so far, taken or not. */
    get added() {
      return added;
    },
  };
}

/** A site's crawl: the pages to visit, each once. */
export type Crawl = ReturnType<typeof createCrawl>;

const fetchText = async (url: string, timeout: number): Promise<string | null> => {
  try {
    const answer = await fetch(url, { signal: AbortSignal.timeout(timeout), redirect: 'follow' });
    return answer.ok ? await answer.text() : null;
  } catch {
    return null;
  }
};

const locs = (xml: string) =>
  [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((m) => m[1].replace(/&amp;/g, '&'));

/**
 * The page URLs a site's sitemaps list: those named in robots.txt, else /sitemap.xml; a
 * sitemap index is followed one level deep (at most 5 sitemaps). Missing files are no error.
 */
export async function sitemapUrls(origin: string, timeout = 5000): Promise<string[]> {
  const robots = (await fetchText(`${origin}/robots.txt`, timeout)) ?? '';
  const named = [...robots.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => m[1]);
  const pages: string[] = [];
  const queue = named.length ? named : [`${origin}/sitemap.xml`];
  for (let fetched = 0; queue.length && fetched < 5; fetched++) {
    const xml = await fetchText(queue.shift() as string, timeout);
    if (!xml) continue;
    const found = locs(xml);
    if (/<sitemapindex/i.test(xml)) queue.push(...found);
    else pages.push(...found);
  }
  return pages;
}
