import type { ChartOption } from '@/charts/echarts-option-type';
import type { ExportMeta } from '@/export/build-export-option';
import { csvBlob, downloadBlob } from '@/export/download-blob';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

interface ChartActionsProps {
  view: 'chart' | 'table';
  onViewChange: (view: 'chart' | 'table') => void;
  disabled: boolean;
  locale: Locale;
  fileName: (extension: string) => string;
  buildOption: () => ChartOption;
  height: number;
  exportMeta: ExportMeta;
  buildCsv: () => string;
}

const button =
  'min-h-11 rounded-md border border-gray-300 px-3 text-sm hover:bg-gray-100 disabled:opacity-50 ' +
  'aria-pressed:bg-gray-900 aria-pressed:text-white dark:border-gray-600 dark:hover:bg-gray-800 ' +
  'dark:aria-pressed:bg-gray-100 dark:aria-pressed:text-gray-950';

export function ChartActions(props: ChartActionsProps) {
  const {
    view,
    onViewChange,
    disabled,
    locale,
    fileName,
    buildOption,
    height,
    exportMeta,
    buildCsv,
  } = props;
  const t = STRINGS[locale];
  return (
    <div className="flex flex-wrap gap-2">
      <div role="group" aria-label={t.viewAs} className="flex gap-1" data-single-choice>
        <button
          type="button"
          className={button}
          aria-pressed={view === 'chart'}
          onClick={() => onViewChange('chart')}
        >
          {t.chart}
        </button>
        <button
          type="button"
          className={button}
          aria-pressed={view === 'table'}
          onClick={() => onViewChange('table')}
        >
          {t.table}
        </button>
      </div>
      <button
        type="button"
        className={button}
        disabled={disabled}
        onClick={async () => {
          performance.mark('export-png:start');
          const { renderChartPng } = await import('@/export/download');
          downloadBlob(renderChartPng(buildOption(), exportMeta, height), fileName('png'));
          performance.measure('export-png', 'export-png:start');
        }}
      >
        {t.downloadPng}
      </button>
      <button
        type="button"
        className={button}
        disabled={disabled}
        onClick={async () => {
          const { renderChartSvg } = await import('@/export/download');
          downloadBlob(renderChartSvg(buildOption(), exportMeta, height), fileName('svg'));
        }}
      >
        {t.downloadSvg}
      </button>
      <button
        type="button"
        className={button}
        disabled={disabled}
        onClick={() => downloadBlob(csvBlob(buildCsv()), fileName('csv'))}
      >
        {t.downloadCsv}
      </button>
    </div>
  );
}
