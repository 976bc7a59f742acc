// Kept apart so the gate can draw the reopen button without the view's strings. Plain
// constants, not read from an object, so the first layer's bundle drops them.
export const reopenEn = 'Cookie settings';
export const reopenEs = 'Configuración de cookies';

/** The reopen button's label per built-in language. */
export const reopenLabels: Record<string, string> = { en: reopenEn, es: reopenEs };
