const MAX_SHOWN = 40;

/** Cuts long text for a message, on code points so that no character is split in half. */
export function truncate(text: string, max = MAX_SHOWN): string {
  // At most two UTF-16 units per character: this head holds more than `max` characters if the text does.
  const head = text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text;
  const chars = Array.from(head);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * What a file had where the schema wanted something else, short enough for one line:
 * strings quoted and cut at 40 characters, containers by their size only (never walked, so a
 * 100 000-deep array costs nothing), numbers as JavaScript writes them (NaN, Infinity).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty text' : `"${truncate(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
