import articleDataset from 'virtual:article-dataset';
import { downloadBlob } from '@/export/download-blob';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

const link =
  'min-h-11 text-sm font-medium text-blue-700 underline hover:text-blue-900 dark:text-blue-300';

async function downloadTemplate(format: 'json' | 'csv') {
  const { templateFiles, TEMPLATE_FILE_NAMES } = await import('@/data/dataset-template');
  const text = templateFiles(articleDataset)[format];
  const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  downloadBlob(new Blob([text], { type }), TEMPLATE_FILE_NAMES[format]);
}

/** A small valid file in each format, cut from the article's data, to edit into one's own. */
export function TemplateDownloads({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3">
      <button type="button" className={link} onClick={() => void downloadTemplate('json')}>
        {t.templateJson}
      </button>
      <button type="button" className={link} onClick={() => void downloadTemplate('csv')}>
        {t.templateCsv}
      </button>
    </span>
  );
}
