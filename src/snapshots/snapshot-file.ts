import type { ThemeName } from '@/charts/theme';
import type { Locale } from '@/i18n/locale';
import type { YearFilter } from '@/state/filter-state';

/**
 * The build renders each year's view of the article's charts as SVG (every language, theme and
 * layout), so a year click shows its charts at once, even before ECharts has loaded. One file
 * per language, theme and layout holds every year: a reader needs only one.
 */
export type SnapshotLayout = 'desktop' | 'compact';

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

/** year ('all' or a year) → chart id → its snapshot (no entry: an empty chart). */
export type SnapshotViews = Record<string, Record<string, ChartSnapshot>>;

export interface SnapshotFile {
  views: SnapshotViews;
}

/** The page names the folder of this build's snapshots in `<meta name="view-snapshots">`. */
export const SNAPSHOT_META_NAME = 'view-snapshots';

export function snapshotFileName({ locale, theme, layout }: SnapshotSet): string {
  return `${locale}-${theme}-${layout}.json`;
}

export function snapshotViewKey(year: YearFilter): string {
  return String(year);
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
