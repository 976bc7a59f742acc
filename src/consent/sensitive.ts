/** Whether a path matches a `sensitivePaths` entry: a prefix, or a pattern where `*` is any text. */
export function matchesPath(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return path.startsWith(pattern);
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * A sensitive page never releases advertising or sale-or-share categories: one whose
 * path matches `sensitivePaths`, or whose `<html>` carries `data-consentry-sensitive`.
 * @example isSensitivePage(document, ['/booking', '/treatments/*'])
 */
export const isSensitivePage = (doc: Document, patterns: readonly string[]): boolean =>
  doc.documentElement.hasAttribute('data-consentry-sensitive') ||
  patterns.some((p) => matchesPath(p, doc.location.pathname));
