import type { Dataset } from '@/data/schema';
import { downloadBlob } from '@/export/download-blob';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

export function DatasetDownload({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = STRINGS[locale];
  return (
    <button
      type="button"
      className="min-h-11 self-start text-sm font-medium text-blue-700 underline dark:text-blue-300"
      onClick={() =>
        downloadBlob(
          new Blob([JSON.stringify(dataset, null, 2)], { type: 'application/json' }),
          'hubei-antifraud-dataset.json',
        )
      }
    >
      {t.downloadDataset}
    </button>
  );
}
