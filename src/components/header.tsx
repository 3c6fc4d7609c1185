import type { ThemeName } from '@/charts/theme';
import type { Source } from '@/data/schema';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';
import { formatIsoDate } from '@/i18n/format-date';

interface HeaderProps {
  source: Source;
  locale: Locale;
  theme: ThemeName;
  onLocaleChange: (locale: Locale) => void;
  onThemeChange: (theme: ThemeName) => void;
}

const toggleClass =
  'min-h-11 min-w-11 rounded-md px-3 text-sm font-medium aria-pressed:bg-blue-700 aria-pressed:text-white ' +
  'hover:bg-gray-100 dark:hover:bg-gray-800 dark:aria-pressed:bg-blue-400 dark:aria-pressed:text-gray-950';

export function Header({ source, locale, theme, onLocaleChange, onThemeChange }: HeaderProps) {
  const t = STRINGS[locale];
  return (
    <header className="flex flex-col gap-4 border-b border-gray-200 pb-5 sm:flex-row sm:items-start sm:justify-between dark:border-gray-700">
      <div className="min-w-0">
        <p className="text-sm font-medium text-blue-700 dark:text-blue-300">{t.appTitle}</p>
        <h1
          className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl"
          data-testid="article-title"
        >
          {locale === 'zh' ? source.title : source.titleEn}
        </h1>
        {locale !== 'zh' && (
          <p className="text-sm text-gray-600 dark:text-gray-300">
            Translated title; original: <span lang="zh-CN">{source.title}</span>
          </p>
        )}
        <p className="mt-2 text-sm text-gray-600 dark:text-gray-300" data-testid="source-line">
          {t.source}: {source.outlet[locale]} · {t.author}: {source.author[locale]} · {t.published}:{' '}
          {t.publishedRange(
            formatIsoDate(source.publishedAfter, locale),
            formatIsoDate(source.publishedBy, locale),
          )}{' '}
          · {t.repostedOn(formatIsoDate(source.repost.postedAt.slice(0, 10), locale))} ·{' '}
          <a
            className="underline"
            href={source.repost.url}
            rel="noopener noreferrer nofollow"
            target="_blank"
          >
            {t.repostLink}
          </a>
          {source.originalUrl && (
            <>
              {' · '}
              <a
                className="underline"
                href={source.originalUrl}
                rel="noopener noreferrer nofollow"
                target="_blank"
              >
                {t.originalLink}
              </a>
            </>
          )}
        </p>
        <p className="mt-1 text-sm text-gray-600 dark:text-gray-300">{t.appSubtitle}</p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-3">
        <div
          role="group"
          aria-label={t.language}
          data-single-choice
          className="flex rounded-lg border border-gray-300 p-0.5 dark:border-gray-600"
        >
          <button
            type="button"
            lang="zh-CN"
            className={toggleClass}
            aria-pressed={locale === 'zh'}
            onClick={() => onLocaleChange('zh')}
          >
            中文
          </button>
          <button
            type="button"
            lang="en"
            className={toggleClass}
            aria-pressed={locale === 'en'}
            onClick={() => onLocaleChange('en')}
          >
            English
          </button>
        </div>
        <div
          role="group"
          aria-label={t.theme}
          data-single-choice
          className="flex rounded-lg border border-gray-300 p-0.5 dark:border-gray-600"
        >
          <button
            type="button"
            className={toggleClass}
            aria-pressed={theme === 'light'}
            onClick={() => onThemeChange('light')}
          >
            {t.themeLight}
          </button>
          <button
            type="button"
            className={toggleClass}
            aria-pressed={theme === 'dark'}
            onClick={() => onThemeChange('dark')}
          >
            {t.themeDark}
          </button>
        </div>
      </div>
    </header>
  );
}
