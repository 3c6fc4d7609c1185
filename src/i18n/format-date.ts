import { intlCache } from './intl-cache';
import type { Locale } from './locale';

/** One Intl.DateTimeFormat per locale and options (see intlCache). */
export const dateTimeFormat = intlCache(
  (tag, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, options) as { format: (value: number | Date) => string },
);

/** "2024年5月1日" / "1 May 2024" from an ISO date, independent of the reader's time zone. */
export function formatIsoDate(isoDate: string, locale: Locale): string {
  return dateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
