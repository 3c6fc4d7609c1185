import type { Agency } from './schema';

/** One entry of a CSV `agencies` cell: `id`, or `id=中文名|English name` to define it. */
export interface AgencyEntry {
  id: string;
  name?: { zh: string; en: string };
}

export function parseAgencyCell(cell: string): AgencyEntry[] {
  return cell
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const eq = entry.indexOf('=');
      if (eq < 0) return { id: entry };
      const [zh = '', en = ''] = entry.slice(eq + 1).split('|');
      return { id: entry.slice(0, eq).trim(), name: { zh: zh.trim(), en: en.trim() } };
    });
}

export function formatAgencyCell(entries: readonly AgencyEntry[]): string {
  return entries.map(({ id, name }) => (name ? `${id}=${name.zh}|${name.en}` : id)).join('; ');
}

/** The agencies a CSV uses: its own definitions first, then the defaults (the article's). */
export interface CollectedAgencies {
  agencies: Agency[];
  /** The data row (0-based) that defined each agency taken from the file. */
  definedAt: Map<string, number>;
  /** Conflicting definitions, as "line N, agencies: …" messages. */
  errors: string[];
}

export function collectAgencies(
  cells: readonly AgencyEntry[][],
  defaults: readonly Agency[],
  lineOf: (dataRow: number) => number,
): CollectedAgencies {
  const defined = new Map<string, Agency>();
  const definedAt = new Map<string, number>();
  const errors: string[] = [];
  cells.forEach((entries, dataRow) => {
    for (const { id, name } of entries) {
      if (!name) continue;
      const earlier = defined.get(id);
      if (!earlier) {
        defined.set(id, { id, name });
        definedAt.set(id, dataRow);
      } else if (earlier.name.zh !== name.zh || earlier.name.en !== name.en) {
        const first = lineOf(definedAt.get(id) ?? 0);
        errors.push(
          `line ${lineOf(dataRow)}, agencies: "${id}" is named differently on line ${first}; define an agency once, then write its id alone`,
        );
      }
    }
  });
  const used = new Set(cells.flatMap((entries) => entries.map((e) => e.id)));
  const fromDefaults = defaults.filter((a) => used.has(a.id) && !defined.has(a.id));
  return { agencies: [...defined.values(), ...fromDefaults], definedAt, errors };
}
