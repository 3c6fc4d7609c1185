import { useEffect, useRef } from 'react';
import type { Agency, Metric } from '@/data/schema';
import { locateQuote } from '@/data/locate-quote';
import { formatMetricValue } from '@/i18n/format-number';
import type { Locale } from '@/i18n/locale';
import { CATEGORY_LABELS, STRINGS } from '@/i18n/strings';
import { agencyNames } from '@/state/table-rows';

interface QuotePanelProps {
  metric: Metric;
  agencies: Agency[];
  articleText: string | null;
  locale: Locale;
  onClose: () => void;
}

/** The sentence behind a number, highlighted inside its paragraph. A modal dialog: Esc closes. */
export function QuotePanel({ metric, agencies, articleText, locale, onClose }: QuotePanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = STRINGS[locale];
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const context = articleText === null ? null : locateQuote(articleText, metric.quote);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="quote-heading"
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-gray-300 bg-white p-0 text-gray-900 backdrop:bg-black/50 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-50"
      data-testid="quote-panel"
    >
      <div className="flex flex-col gap-3 p-5">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="text-sm text-gray-600 dark:text-gray-300">{t.quoteTitle}</p>
            <h2 id="quote-heading" className="text-lg font-semibold">
              {metric.title[locale]}:{' '}
              <span className="tabular-nums">{formatMetricValue(metric, locale)}</span>
            </h2>
          </div>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="min-h-11 min-w-11 rounded-md border border-gray-300 px-3 text-sm dark:border-gray-600"
          >
            {t.close}
          </button>
        </div>
        <blockquote
          lang="zh-CN"
          className="border-l-4 border-blue-600 pl-3 leading-relaxed"
          data-testid="quote-paragraph"
        >
          {context ? (
            <>
              {context.before}
              <mark className="bg-yellow-200 text-gray-950 dark:bg-yellow-300">
                {context.quote}
              </mark>
              {context.after}
            </>
          ) : (
            <mark className="bg-yellow-200 text-gray-950">{metric.quote}</mark>
          )}
        </blockquote>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-gray-600 dark:text-gray-300">{t.period}</dt>
          <dd>{metric.period.label[locale]}</dd>
          <dt className="text-gray-600 dark:text-gray-300">{t.agencies}</dt>
          <dd>{agencyNames(metric.agencies, agencies, locale)}</dd>
          <dt className="text-gray-600 dark:text-gray-300">{t.categoryCol}</dt>
          <dd>{CATEGORY_LABELS[metric.category][locale]}</dd>
        </dl>
        {metric.qualifier === 'at-least' && <p className="text-sm">{t.atLeastNote}</p>}
      </div>
    </dialog>
  );
}
