import {
  parseSnapshotFile,
  SNAPSHOT_META_NAME,
  snapshotFileName,
  type ChartSnapshot,
  type SnapshotPart,
  type SnapshotSet,
  type SnapshotViews,
} from './snapshot-file';
import { onFirstInteraction } from '@/state/first-interaction';

/**
 * The snapshot files this page has fetched, by file name. A file that cannot be had (a page
 * built without snapshots, a network error, a broken file) is settled as missing: its views
 * are drawn by ECharts, as any other view.
 */
export type Entry =
  { status: 'loading' } | { status: 'ready'; views: SnapshotViews } | { status: 'missing' };

const files = new Map<string, Entry>();
const listeners = new Set<() => void>();

/** This build's snapshot folder, as the prerendered page names it (absent in development). */
function snapshotFolder(): string | null {
  const content = document
    .querySelector(`meta[name="${SNAPSHOT_META_NAME}"]`)
    ?.getAttribute('content');
  return content && /^\/assets\/views-[0-9a-f]+\/$/.test(content) ? content : null;
}

function settle(name: string, entry: Entry): void {
  files.set(name, entry);
  for (const listener of listeners) listener();
}

/**
 * Fetches a set's file once. The years' file comes at low priority: it serves clicks to come.
 * Its text is parsed (~0.25 MB of JSON: a task of its own on a slow phone) only when wanted:
 * at the reader's first touch, or at once for a page opened on a view of its own
 * (`whenWanted`, boot.ts). The filters' file (~0.45 MB) is asked for when a view needs it.
 */
export function loadSnapshots(
  set: SnapshotSet,
  part: SnapshotPart = 'years',
  whenWanted = onFirstInteraction,
): void {
  const name = snapshotFileName(set, part);
  if (files.has(name)) return;
  const folder = snapshotFolder();
  if (!folder) {
    settle(name, { status: 'missing' });
    return;
  }
  files.set(name, { status: 'loading' });
  fetch(`${folder}${name}`, { priority: part === 'years' ? 'low' : 'auto' })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then((text) =>
      whenWanted(() => {
        const file = text === null ? null : parseSnapshotText(text);
        settle(name, file ? { status: 'ready', views: file.views } : { status: 'missing' });
        // Decoding two dozen SVG images is about a second of a slow phone's time: in idle
        // periods, and only once a reader is there. Not the filters' sixty: each is decoded
        // when shown.
        if (file && part === 'years') onFirstInteraction(() => decodeWhenIdle(file.views));
      }),
    );
}

function parseSnapshotText(text: string) {
  try {
    return parseSnapshotFile(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Where a set's file is: not asked for yet (undefined), on its way, here, or not to be had. */
export function snapshotEntry(set: SnapshotSet, part: SnapshotPart = 'years'): Entry | undefined {
  return files.get(snapshotFileName(set, part));
}

export function subscribeSnapshots(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// One image per snapshot, decoded once; each use shows a copy, which shares the decoded
// picture. An image, not inline SVG: inserting six charts' SVG (hundreds of text elements) is
// ~20 ms of style and layout per filter change, an image almost nothing.
const images = new WeakMap<ChartSnapshot, HTMLImageElement>();

function imageOf(snapshot: ChartSnapshot): HTMLImageElement {
  let image = images.get(snapshot);
  if (!image) {
    image = new Image();
    image.alt = '';
    image.style.cssText = 'display:block;width:100%;height:100%';
    // A data: URL, not a blob: one. Each URL.createObjectURL was ~5 ms on a phone (CPU 4×,
    // a cold click's six: 28 ms), a data: URL of the same SVG under 1 ms; and it needs no
    // revoking when a snapshot is dropped (snapshots-ahead.ts).
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(snapshot.svg)}`;
    images.set(snapshot, image);
  }
  return image;
}

/** The snapshot's image has been loaded (its SVG parsed and laid out): a copy shows at once. */
export function snapshotImageLoaded(snapshot: ChartSnapshot): boolean {
  const image = images.get(snapshot);
  return image !== undefined && image.complete && image.naturalWidth > 0;
}

/** A snapshot as an image element of its own, to insert. */
export function snapshotImage(snapshot: ChartSnapshot): HTMLImageElement {
  return imageOf(snapshot).cloneNode() as HTMLImageElement;
}

/** One image per idle period: the whole file at once would be a long task on a slow phone. */
function decodeWhenIdle(views: SnapshotViews): void {
  const pending = Object.values(views).flatMap((charts) => Object.values(charts));
  if (typeof window.requestIdleCallback !== 'function') return;
  const step = () => {
    const next = pending.shift();
    if (!next) return;
    imageOf(next)
      .decode()
      .catch(() => undefined)
      .then(() => window.requestIdleCallback(step));
  };
  window.requestIdleCallback(step);
}
