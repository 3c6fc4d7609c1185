/** RFC 4180 fields; a leading =,+,-,@ is prefixed so spreadsheets never run a cell as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  const looksNumeric = /^[-+]?[\d.,]+%?$/.test(text);
  if (typeof value === 'string' && !looksNumeric && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  // The BOM makes Excel read the Chinese text as UTF-8.
  return (
    '\ufeff' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
  );
}
