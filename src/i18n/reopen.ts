/** The reopen button's label, kept apart so the gate can draw the button without the view's strings. */
export const reopenLabels: Record<string, string> = {
  en: 'Cookie settings',
  es: 'Configuración de cookies',
};
