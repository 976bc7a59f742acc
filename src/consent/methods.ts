/**
 * How a decision can be made: the first layer's buttons (`banner`), the preferences
 * dialog, the page's `window.Consentry` calls (`api`), or a browser signal such as Global
 * Privacy Control (`signal`). A receipt names one of them.
 */
export const methods = ['banner', 'preferences', 'api', 'signal'] as const;

/** How a decision was made. */
export type Method = (typeof methods)[number];
