import type { LocalizedText } from '@/data/schema';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for Intl: the dashboard's zh is Simplified Chinese as used in mainland China. */
export const INTL_LOCALE = { zh: 'zh-CN', en: 'en-GB' } as const satisfies Record<Locale, string>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
