import type { ThemeName } from '@/charts/theme';
import type { Locale } from '@/i18n/locale';
import type { ViewFilter } from '@/state/filter-state';

/**
 * The build renders views of the article's charts as SVG (every language, theme and layout),
 * so a filter click shows its charts at once, even before ECharts has loaded: each year's
 * view, and the views of one agency or one category (all years). Per language, theme and
 * layout (a reader needs one set), two files: the years, asked for with the page (a year
 * click right after load), and the filters, asked for when a reader first wants one.
 */
export type SnapshotLayout = 'desktop' | 'compact';

/**
 * Chart widths in the prerendered layouts, as the page lays them out (inside a card's padding
 * and border): a half-width card at 1280 px and wider, a phone 412 px wide. A browser test
 * checks them against the page.
 */
export const STATIC_WIDTHS: Record<SnapshotLayout, number> = { desktop: 574, compact: 346 };

export interface SnapshotSet {
  locale: Locale;
  theme: ThemeName;
  layout: SnapshotLayout;
}

/** Where a figure's bar is drawn, in the SVG's pixels: x, y, width, height, and its id. */
export type FigureMark = [number, number, number, number, string];

/** A chart as ECharts draws it for one view, shown as an image until the live chart takes over. */
export interface ChartSnapshot {
  /** A standalone SVG document. */
  svg: string;
  width: number;
  height: number;
  title: string;
  marks: FigureMark[];
}

/** view key (see snapshotViewOf) → chart id → its snapshot (no entry: an empty chart). */
export type SnapshotViews = Record<string, Record<string, ChartSnapshot>>;

export interface SnapshotFile {
  views: SnapshotViews;
}

/** The page names the folder of this build's snapshots in `<meta name="view-snapshots">`. */
export const SNAPSHOT_META_NAME = 'view-snapshots';

export type SnapshotPart = 'years' | 'filters';

export function snapshotFileName(
  { locale, theme, layout }: SnapshotSet,
  part: SnapshotPart = 'years',
): string {
  return `${locale}-${theme}-${layout}${part === 'filters' ? '-filters' : ''}.json`;
}

export interface SnapshotView {
  part: SnapshotPart;
  key: string;
}

/**
 * Where the build drew a view: by year alone ('all' or a year), or one agency or one category
 * over all years; null for any other view (ECharts draws those).
 */
export function snapshotViewOf({ year, agencies, categories }: ViewFilter): SnapshotView | null {
  if (agencies.length === 0 && categories.length === 0) return { part: 'years', key: String(year) };
  if (year !== 'all' || agencies.length + categories.length !== 1) return null;
  return agencies[0] !== undefined
    ? { part: 'filters', key: `agency:${agencies[0]}` }
    : { part: 'filters', key: `category:${categories[0] ?? ''}` };
}

/**
 * Whether a link may name a view of the filters' file (one agency or one category, all years),
 * read from its query string before the app has started (boot.ts), so that its file is asked
 * for with the page. Any agency or category counts, unless a year is named: which names the
 * app accepts (and so which view it shows) is for the app to say, and a file asked for in vain
 * costs little.
 */
export function linkMayNameFilterView(search: string): boolean {
  const params = new URLSearchParams(search);
  const year = params.get('year');
  const aYear = year !== null && /^\d{4}$/.test(year);
  return !aYear && (params.has('agency') || params.has('category'));
}

// Checked by hand, not with zod: the snapshot store runs from the boot script, which ships no
// zod (see README, Performance); the file is the build's own output, its shape small.
function isRecordOf<T>(value: unknown, item: (v: unknown) => v is T): value is Record<string, T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(item)
  );
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isMark(v: unknown): v is FigureMark {
  return (
    Array.isArray(v) && v.length === 5 && v.slice(0, 4).every(isNumber) && typeof v[4] === 'string'
  );
}

function isChartSnapshot(v: unknown): v is ChartSnapshot {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<Record<keyof ChartSnapshot, unknown>>;
  return (
    typeof s.svg === 'string' &&
    s.svg.startsWith('<svg') &&
    isNumber(s.width) &&
    s.width > 0 &&
    isNumber(s.height) &&
    s.height > 0 &&
    typeof s.title === 'string' &&
    Array.isArray(s.marks) &&
    s.marks.every(isMark)
  );
}

const isCharts = (v: unknown): v is Record<string, ChartSnapshot> => isRecordOf(v, isChartSnapshot);

/** A file of the wrong shape (a broken deploy, a proxy's error page) is no snapshot at all. */
export function parseSnapshotFile(json: unknown): SnapshotFile | null {
  if (typeof json !== 'object' || json === null) return null;
  const { views } = json as { views?: unknown };
  return isRecordOf(views, isCharts) ? { views } : null;
}
