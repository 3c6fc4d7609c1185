import type { LocalizedText } from '@/data/schema';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The article's language: the page's when the link names none. */
export const DEFAULT_LOCALE: Locale = 'zh';

/** The locale a string names, if it names one. */
export function localeNamed(raw: string | null): Locale | undefined {
  return LOCALES.find((l) => l === raw);
}

/** The language a link asks for (`lang=`), or the default: all the boot script reads of the URL. */
export function localeOfSearch(search: string): Locale {
  return localeNamed(new URLSearchParams(search).get('lang')) ?? DEFAULT_LOCALE;
}

/** BCP 47 tags for Intl: the dashboard's zh is Simplified Chinese as used in mainland China. */
export const INTL_LOCALE = { zh: 'zh-CN', en: 'en-GB' } as const satisfies Record<Locale, string>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
