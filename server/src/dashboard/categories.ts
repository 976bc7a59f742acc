import { categories } from 'consentry-catalog';

const names = new Map<string, string>(categories.map((c) => [c.id, c.name]));

/**
 * How the dashboard names a category: the catalog's name for a built-in one, the id itself
 * for one the site added (it has no other name the server knows).
 * @example [categoryLabel('analytics'), categoryLabel('live-chat')] // ['Analytics', 'live-chat']
 */
export const categoryLabel = (id: string) => names.get(id) ?? id;

/**
 * The same names for app.js, which runs in the browser and has no package to import: a
 * module the page's script imports from its own origin, so the page's CSP (`script-src
 * 'self'`, no inline script) stays as it is.
 * @example import { categoryNames } from './categories.js'; categoryNames.get('social') // 'Social media'
 */
export const categoriesModule = `export const categoryNames = new Map(${JSON.stringify([...names])});\n`;
