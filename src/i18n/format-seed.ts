/**
 * Strings the build formatted, shipped in the page so that starting the app needs no Intl.
 * The first Intl formatter a page makes starts ICU: 100–150 ms on a phone (CPU 4x here), in
 * the middle of hydration and of the first click. The build formats every string of the
 * views it prerenders (each language and year) anyway; it records them (`recordFormats`),
 * writes them into index.html (`FORMAT_SEED_ID`), and the page's formatters answer from
 * them before they ask Intl (see intl-cache.ts). The strings are Node's ICU's, the same the
 * prerendered HTML shows, so hydration always matches it.
 */

/** Formatter key ("zh|{options}") → input ("1714521600000", "441300") → formatted string. */
export type FormatSeed = Record<string, Record<string, string>>;

export const FORMAT_SEED_ID = 'format-seed';

let seed: FormatSeed | undefined;
let recording: FormatSeed | null = null;

/** Only plain string tables: anything else in the element is ignored, and Intl answers. */
function parseSeed(text: string): FormatSeed {
  const parsed: unknown = JSON.parse(text);
  const valid: FormatSeed = {};
  if (typeof parsed !== 'object' || parsed === null) return valid;
  for (const [key, table] of Object.entries(parsed)) {
    if (typeof table !== 'object' || table === null) continue;
    const strings = Object.entries(table).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    valid[key] = Object.fromEntries(strings);
  }
  return valid;
}

function readSeed(): FormatSeed {
  if (seed) return seed;
  seed = {};
  // A <template>: its text is in its content, inert.
  const element =
    typeof document === 'undefined'
      ? null
      : (document.getElementById(FORMAT_SEED_ID) as HTMLTemplateElement | null);
  const text = element?.content?.textContent;
  try {
    if (text) seed = parseSeed(text);
  } catch {
    // A damaged seed costs only time: every string comes from Intl.
  }
  return seed;
}

/** The string the build made for this formatter and input, if any. */
export function seededFormat(formatterKey: string, input: string): string | undefined {
  const table = readSeed()[formatterKey];
  return table && Object.hasOwn(table, input) ? table[input] : undefined;
}

/** Notes a string formatted while recording (the build). */
export function noteFormat(formatterKey: string, input: string, output: string): void {
  if (!recording) return;
  (recording[formatterKey] ??= {})[input] = output;
}

/** The build: from now on, every formatted string is kept for the seed. */
export function recordFormats(): void {
  recording = {};
}

/** The build: the strings formatted since `recordFormats`, and recording stops. */
export function takeRecordedFormats(): FormatSeed {
  const taken = recording ?? {};
  recording = null;
  return taken;
}

/** For tests: forget the seed read from the page, so the next format reads it again. */
export function resetFormatSeed(): void {
  seed = undefined;
}
