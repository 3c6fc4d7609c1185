import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

/** Shown while a file is dragged over the page: the whole page is the drop target. */
export function DropOverlay({ locale }: { locale: Locale }) {
  return (
    <div
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-blue-700/20 p-6 dark:bg-blue-300/20"
      data-testid="drop-overlay"
    >
      <p className="rounded-xl border-2 border-dashed border-blue-700 bg-white px-6 py-4 text-lg font-semibold text-blue-900 dark:border-blue-300 dark:bg-gray-900 dark:text-blue-100">
        {STRINGS[locale].dropToOpen}
      </p>
    </div>
  );
}
