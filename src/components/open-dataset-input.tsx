import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

/**
 * A native file input, visually replaced by its label: the label is the button the reader
 * sees, the input keeps keyboard focus (Tab, then Enter or Space opens the picker).
 */
export function OpenDatasetInput({
  locale,
  onFiles,
}: {
  locale: Locale;
  onFiles: (files: File[]) => void;
}) {
  const t = STRINGS[locale];
  const id = useId();
  const hintId = `${id}-hint`;
  const ref = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared, so that choosing the same file again (after fixing it) is a change.
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  // A file chosen on the prerendered page, before the app was ready, is opened now.
  const takeEarly = useRef(take);
  useEffect(() => {
    if (ref.current) takeEarly.current(ref.current);
  }, []);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => take(event.target);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <input
        ref={ref}
        id={id}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        className="peer sr-only"
        aria-describedby={hintId}
        onChange={onChange}
        data-testid="open-dataset"
      />
      <label
        htmlFor={id}
        className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-gray-300 bg-white px-3 text-sm font-medium hover:bg-gray-100 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700 dark:border-gray-600 dark:bg-gray-900 dark:hover:bg-gray-800 dark:peer-focus-visible:outline-blue-300"
      >
        {t.openDataset}
      </label>
      <span id={hintId} className="text-xs text-gray-600 dark:text-gray-300">
        {t.openDatasetHint}
      </span>
    </span>
  );
}
