import { useEffect, useRef } from 'react';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

/** Listed in full up to this many; the rest are counted. */
export const SHOWN_PROBLEMS = 20;

interface DatasetProblemsProps {
  fileName: string;
  errors: readonly string[];
  locale: Locale;
  onDismiss: () => void;
}

/** Why a file was refused, one line per problem, announced at once to screen readers. */
export function DatasetProblems({ fileName, errors, locale, onDismiss }: DatasetProblemsProps) {
  const t = STRINGS[locale];
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [errors]);
  const hidden = errors.length - SHOWN_PROBLEMS;
  return (
    <div
      ref={ref}
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-red-400 bg-red-50 p-3 text-sm text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50"
      data-testid="dataset-problems"
    >
      <p className="font-semibold break-words">{t.fileRefused(fileName, errors.length)}</p>
      <p className="text-xs">{t.problemsInEnglish}</p>
      <ul className="list-disc pl-5 font-mono text-xs break-words" lang="en">
        {errors.slice(0, SHOWN_PROBLEMS).map((error, i) => (
          <li key={i}>{error}</li>
        ))}
      </ul>
      {hidden > 0 && <p data-testid="more-problems">{t.moreProblems(hidden)}</p>}
      <button
        type="button"
        onClick={onDismiss}
        className="min-h-11 self-start rounded-md border border-red-400 px-3 text-sm font-medium hover:bg-red-100 dark:border-red-400 dark:hover:bg-red-900"
      >
        {t.dismiss}
      </button>
    </div>
  );
}
