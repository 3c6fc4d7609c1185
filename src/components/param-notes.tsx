import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import type { ParamNote } from '@/state/url-state';

/** A link that named something we do not know: say what was ignored, keep the rest. */
export function ParamNotes({
  notes,
  locale,
  years,
}: {
  notes: ParamNote[];
  locale: Locale;
  years: readonly number[];
}) {
  if (notes.length === 0) return null;
  const t = STRINGS[locale];
  return (
    <div
      role="status"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
      data-testid="param-notes"
    >
      <ul>
        {notes.map((note) => (
          <li key={note.param}>
            {t.ignoredParam(note.param, note.raw, t.paramReasons[note.reason](years))}
          </li>
        ))}
      </ul>
    </div>
  );
}
