import { INTL_LOCALE, type Locale } from './locale';

/** "2024年5月1日" / "1 May 2024" from an ISO date, independent of the reader's time zone. */
export function formatIsoDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
