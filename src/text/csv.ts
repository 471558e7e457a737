/**
 * RFC 4180 CSV, with a byte-order mark so spreadsheet software reads the French accents as UTF-8,
 * and CRLF line ends, which every spreadsheet accepts.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
