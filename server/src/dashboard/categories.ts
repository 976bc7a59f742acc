import { categories } from 'consentry-catalog';

const names = new Map<string, string>(categories.map((c) => [c.id, c.name]));

/**
 * How the dashboard names a category: the catalog's name for a built-in one, the id itself
 * for one the site added (it has no other name the server knows).
 * @example [categoryLabel('analytics'), categoryLabel('live-chat')] // ['Analytics', 'live-chat']
 */
export const categoryLabel = (id: string) => names.get(id) ?? id;

/**
 * The same names for the page's script, which runs in the browser and bundles no catalog:
 * a module it imports from its own origin (/consent/admin/categories.js, typed by
 * client/categories.d.ts), so the page's CSP (`script-src 'self'`, no inline script) stays
 * as it is.
 * @example import { categoryNames } from './categories.js'; categoryNames.get('social') // 'Social media'
 */
export const categoriesModule = `export const categoryNames = new Map(${JSON.stringify([...names])});\n`;
