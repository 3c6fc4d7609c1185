import { noteFormat, seededFormat } from './format-seed';
import { INTL_LOCALE, type Locale } from './locale';

/** What the dashboard formats: numbers, and dates (as Date or epoch milliseconds). */
type FormatInput = number | Date;

export interface CachedFormatter<Input extends FormatInput> {
  format: (value: Input) => string;
}

const inputKey = (value: FormatInput): string =>
  String(typeof value === 'number' ? value : value.getTime());

/**
 * One Intl formatter per locale and options, made on first use: creating one costs far more
 * than formatting with it, and charts format hundreds of labels per view. Before it is made,
 * the strings the build formatted answer (format-seed.ts): a page that shows only prerendered
 * views never starts ICU.
 */
export function intlCache<Options, Input extends FormatInput>(
  create: (tag: string, options: Options) => { format: (value: Input) => string },
): (locale: Locale, options: Options) => CachedFormatter<Input> {
  const formatters = new Map<string, CachedFormatter<Input>>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let cached = formatters.get(key);
    if (!cached) {
      let intl: { format: (value: Input) => string } | undefined;
      cached = {
        format: (value) => {
          const input = inputKey(value);
          let output = seededFormat(key, input);
          if (output === undefined) {
            intl ??= create(INTL_LOCALE[locale], options);
            output = intl.format(value);
          }
          noteFormat(key, input, output);
          return output;
        },
      };
      formatters.set(key, cached);
    }
    return cached;
  };
}
