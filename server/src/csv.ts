/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a value it would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading ' (OWASP, CSV
 * injection), and a value with a comma, a quote or a line break is quoted.
 * @example csvCell('=cmd()') // "'=cmd()"
 */
export const csvCell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** A CSV line of cells, ended by CRLF. */
export const csvLine = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;
