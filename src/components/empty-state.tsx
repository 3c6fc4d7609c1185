import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

export function EmptyState({
  locale,
  onClear,
  height,
}: {
  locale: Locale;
  onClear: () => void;
  height: number;
}) {
  const t = STRINGS[locale];
  return (
    <div
      className="flex flex-col items-center justify-center gap-2 rounded-md border border-dashed border-gray-300 p-6 text-center dark:border-gray-600"
      style={{ minHeight: height }}
      data-testid="empty-state"
    >
      <p className="font-semibold">{t.emptyTitle}</p>
      <p className="text-sm text-gray-600 dark:text-gray-300">{t.emptyHint}</p>
      <button
        type="button"
        onClick={onClear}
        className="min-h-11 text-sm font-medium text-blue-700 underline dark:text-blue-300"
      >
        {t.clearFilters}
      </button>
    </div>
  );
}
