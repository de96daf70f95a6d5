/** A CSV cell: text, a number, a flag or nothing (an empty cell). */
export type CsvValue = string | number | boolean | undefined;

function cell(value: CsvValue): string {
  if (value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table as RFC 4180 CSV: a header row, comma-separated fields, fields with a comma,
 * a double quote or a line break enclosed in double quotes (quotes doubled), CRLF after every
 * record. Each row must have one value per column.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [columns.map(cell).join(',')];
  for (const [index, row] of rows.entries()) {
    if (row.length !== columns.length) throw new Error(`CSV row ${index + 1} has ${row.length} values for ${columns.length} columns`);
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Several values in one cell, e.g. theme ids: separated by semicolons. */
export function listCell(values: readonly string[]): string {
  return values.join(';');
}
