/**
 * The module the server writes from the catalog and serves beside the page's script, at
 * /consent/admin/categories.js (server/src/dashboard/categories.ts): the names of the
 * built-in categories, by id. The bundle imports it as it is, from the page's own origin.
 */
export declare const categoryNames: ReadonlyMap<string, string>;
