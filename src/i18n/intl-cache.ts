import { INTL_LOCALE, type Locale } from './locale';

/**
 * One Intl formatter per locale and options, made on first use: creating one costs far more
 * than formatting with it, and charts format hundreds of labels per view.
 */
export function intlCache<Options, Formatter>(
  create: (tag: string, options: Options) => Formatter,
): (locale: Locale, options: Options) => Formatter {
  const formatters = new Map<string, Formatter>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = create(INTL_LOCALE[locale], options);
      formatters.set(key, formatter);
    }
    return formatter;
  };
}
