import { useContext } from 'react';
import { metricIdAtStaticChart } from '@/state/static-chart-target';
import { StaticChartsContext } from '@/state/static-charts-context';

/**
 * The build-time SVG of a chart, in a desktop and a phone variant chosen by CSS. On the server
 * the context holds the SVG strings; in the browser it is empty and React keeps the
 * prerendered markup it hydrates (React does not rewrite dangerouslySetInnerHTML content
 * while hydrating or when the value is unchanged).
 */
export function StaticChart({
  id,
  label,
  onFigureClick,
}: {
  id: string;
  label: string;
  onFigureClick?: (metricId: string) => void;
}) {
  const svgs = useContext(StaticChartsContext)[id];
  return (
    // A bar leads to its quote even before ECharts has loaded; keyboard users have the table.
    <div
      role="img"
      aria-label={label}
      className="w-full"
      data-static-chart={id}
      onClick={(event) => {
        const metricId = metricIdAtStaticChart(event.target);
        if (metricId) onFigureClick?.(metricId);
      }}
    >
      <div
        className="static-chart hidden sm:block"
        dangerouslySetInnerHTML={{ __html: svgs?.desktop ?? '' }}
        suppressHydrationWarning
      />
      <div
        className="static-chart sm:hidden"
        dangerouslySetInnerHTML={{ __html: svgs?.compact ?? '' }}
        suppressHydrationWarning
      />
    </div>
  );
}
