/**
 * Which figure a click on a prerendered chart hit. ECharts' server-side SVG marks each bar
 * with `ecmeta_data_index`; the prerender lists the figures of each chart, in row order, in
 * `data-metric-ids` on the chart's box.
 */
export function metricIdAtStaticChart(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest('[ecmeta_data_index]');
  const box = target.closest<HTMLElement>('[data-metric-ids]');
  if (!mark || !box) return null;
  const index = Number(mark.getAttribute('ecmeta_data_index'));
  const ids = (box.dataset.metricIds ?? '').split(',').filter(Boolean);
  return Number.isInteger(index) ? (ids[index] ?? null) : null;
}
