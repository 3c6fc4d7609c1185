import type { Dataset } from '@/data/schema';
import type { ViewFilter } from '@/state/filter-state';
import type { ViewLook } from './render-chart-snapshots';
import type { ChartSnapshot } from './snapshot-file';

/** The page to the snapshot worker: the dataset once, then one view at a time. */
export type SnapshotWorkerRequest =
  | { kind: 'dataset'; dataset: Dataset }
  | { kind: 'render'; key: string; view: ViewFilter; look: ViewLook };

/** The worker's answer to a view: its charts (chart id → snapshot; none for an empty chart). */
export type SnapshotWorkerReply =
  { key: string; charts: Record<string, ChartSnapshot> } | { key: string; error: string };
