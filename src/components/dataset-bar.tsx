import type { Dataset } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import type { DatasetOrigin } from '@/state/use-active-dataset';
import { useDatasetFile } from '@/state/use-dataset-file';
import { useFileDrop } from '@/state/use-file-drop';
import { DatasetProblems } from './dataset-problems';
import { DropOverlay } from './drop-overlay';
import { OpenDatasetInput } from './open-dataset-input';
import { TemplateDownloads } from './template-downloads';

interface DatasetBarProps {
  origin: DatasetOrigin;
  figureCount: number;
  locale: Locale;
  onOpen: (dataset: Dataset, fileName: string) => void;
  onBack: () => void;
}

/**
 * Which data the page shows, and the way to show other data: a file picker, a drop target
 * over the whole page, templates, and the way back to the article's figures.
 */
export function DatasetBar({ origin, figureCount, locale, onOpen, onBack }: DatasetBarProps) {
  const t = STRINGS[locale];
  const { status, openFiles, dismiss } = useDatasetFile(onOpen, t.oneFileOnly);
  const dragging = useFileDrop(openFiles);
  return (
    <section
      aria-label={t.dataShown}
      className="flex flex-col gap-2 text-sm"
      data-testid="dataset-bar"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <p aria-live="polite" className="break-words" data-testid="dataset-origin">
          <span className="font-semibold">
            {t.dataShown}
            {locale === 'zh' ? '：' : ': '}
          </span>
          {origin.kind === 'file'
            ? t.dataFile(origin.fileName, figureCount)
            : t.dataArticle(figureCount)}
        </p>
        {origin.kind === 'file' && (
          <button
            type="button"
            onClick={onBack}
            className="min-h-11 rounded-md bg-blue-700 px-3 font-medium text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-gray-950 dark:hover:bg-blue-200"
          >
            {t.backToArticle}
          </button>
        )}
        <OpenDatasetInput locale={locale} onFiles={(files) => void openFiles(files)} />
        <TemplateDownloads locale={locale} />
      </div>
      {status.kind === 'reading' && (
        <p role="status" data-testid="dataset-reading">
          {t.readingFile(status.fileName)}
        </p>
      )}
      {status.kind === 'refused' && (
        <DatasetProblems
          fileName={status.fileName}
          errors={status.errors}
          locale={locale}
          onDismiss={dismiss}
        />
      )}
      {dragging && <DropOverlay locale={locale} />}
    </section>
  );
}
