import { Component, type ReactNode } from 'react';
import type { Locale } from '@/i18n/locale';
import { STRINGS } from '@/i18n/strings';

interface ChartErrorBoundaryProps {
  /** The card's data-chart id, kept on the fallback so the card stays findable. */
  chartId: string;
  title: string;
  locale: Locale;
  /** When any of these changes (other data, filters, language), the chart is tried again. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

interface ChartErrorBoundaryState {
  error: Error | null;
  resetKeys: readonly unknown[];
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((key, i) => Object.is(key, b[i]));
}

/**
 * One chart that fails to build or draw shows a message in its own card; the other cards,
 * the filters and the data stay. React reports the error to the console as usual.
 */
export class ChartErrorBoundary extends Component<
  ChartErrorBoundaryProps,
  ChartErrorBoundaryState
> {
  state: ChartErrorBoundaryState = { error: null, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<ChartErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ChartErrorBoundaryProps,
    state: ChartErrorBoundaryState,
  ): Partial<ChartErrorBoundaryState> | null {
    if (sameKeys(props.resetKeys, state.resetKeys)) return null;
    return { error: null, resetKeys: props.resetKeys };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { chartId, title, locale } = this.props;
    const t = STRINGS[locale];
    const headingId = `chart-${chartId}-title`;
    return (
      <article
        aria-labelledby={headingId}
        className="flex min-w-0 flex-col gap-3 rounded-xl border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
        data-chart={chartId}
        data-chart-failed=""
      >
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <div
          role="alert"
          className="flex flex-col gap-2 rounded-md border border-dashed border-red-400 p-4 text-sm"
          data-testid="chart-error"
        >
          <p className="font-semibold">{t.chartFailed}</p>
          {error.message && (
            <p className="font-mono text-xs break-words text-gray-600 dark:text-gray-300" lang="en">
              {error.message.slice(0, 200)}
            </p>
          )}
          <button
            type="button"
            onClick={() => this.setState({ error: null })}
            className="min-h-11 self-start rounded-md border border-gray-300 px-3 hover:bg-gray-100 dark:border-gray-600 dark:hover:bg-gray-800"
          >
            {t.retryChart}
          </button>
        </div>
      </article>
    );
  }
}
