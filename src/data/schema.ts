import { z } from 'zod';
import { LIMITS } from './dataset-limits';
import { describeValue } from './describe-value';
import { CATEGORIES, KINDS, PERIOD_TYPES, QUALIFIERS, UNITS } from './vocabulary';

export { CATEGORIES, KINDS, PERIOD_TYPES, QUALIFIERS, UNITS };

// The page's Content-Security-Policy forbids eval: zod must not even probe for it.
z.config({ jitless: true });

/** Non-empty text of bounded length: an opened file may be hostile. */
const text = (max: number) => z.string().min(1).max(max);
const label = text(LIMITS.labelChars);

/** Every label the reader sees exists in both languages. */
export const localizedTextSchema = z.object({
  zh: label,
  en: label,
});

const kebabId = z
  .string()
  .max(LIMITS.idChars)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "calls-intercepted"');
const isoDate = z.iso
  .date()
  .refine((d) => !/^\d{4}-/.test(d) || (d >= LIMITS.firstDate && d <= LIMITS.lastDate), {
    error: (issue) =>
      `expected a date between ${LIMITS.firstDate} and ${LIMITS.lastDate}, got ${describeValue(issue.input)}`,
  });
const httpUrl = z.url({ protocol: /^https?$/ }).max(LIMITS.urlChars);

export const periodSchema = z
  .object({
    type: z.enum(PERIOD_TYPES),
    /** null only when the article does not say when the period began. */
    start: isoDate.nullable(),
    end: isoDate,
    label: localizedTextSchema,
  })
  .refine((p) => p.start === null || p.start <= p.end, {
    message: 'period.start must not be after period.end',
  })
  .refine((p) => (p.start === null) === (p.type === 'unstated'), {
    message: 'period.start is null exactly when period.type is "unstated"',
  });

export const metricSchema = z
  .object({
    id: kebabId,
    title: localizedTextSchema,
    value: z.number().finite().min(-LIMITS.absValue).max(LIMITS.absValue),
    /** The number exactly as the article writes it, e.g. "2万余" or "396.3亿元". */
    valueText: text(LIMITS.valueTextChars),
    unit: z.enum(UNITS),
    /** What is counted, e.g. { zh: "个", en: "phone numbers" }. */
    unitLabel: localizedTextSchema,
    kind: z.enum(KINDS),
    qualifier: z.enum(QUALIFIERS),
    period: periodSchema,
    agencies: z.array(kebabId).max(LIMITS.agenciesPerMetric),
    category: z.enum(CATEGORIES),
    /** Figures that belong together beyond their category, e.g. one case's breakdown. */
    group: kebabId.optional(),
    quote: text(LIMITS.quoteChars),
  })
  /** A quote that does not state the figure's number cannot be the figure's source. */
  .superRefine((m, ctx) => {
    if (m.quote.includes(m.valueText)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['quote'],
      message: `does not contain the figure's valueText ${describeValue(m.valueText)}: a quote must state its number`,
    });
  });

export const agencySchema = z.object({
  id: kebabId,
  name: localizedTextSchema,
});

export const eventSchema = z.object({
  id: kebabId,
  date: isoDate,
  /** Precision of `date`: "month" when the article names only the month. */
  precision: z.enum(['day', 'month', 'year']),
  title: localizedTextSchema,
  quote: text(LIMITS.quoteChars),
});

export const sourceSchema = z.object({
  id: kebabId,
  /** The article's own title, in its language. */
  title: label,
  /** Our English rendering of it, marked as a translation wherever it is shown. */
  titleEn: label,
  outlet: localizedTextSchema,
  author: localizedTextSchema,
  /** The article's own date is not in the repost; these bound it. */
  publishedAfter: isoDate,
  publishedBy: isoDate,
  repost: z.object({
    site: label,
    url: httpUrl,
    postedAt: z.iso.datetime({ offset: true }),
  }),
  originalUrl: httpUrl.nullable(),
});

export const datasetSchema = z
  .object({
    source: sourceSchema,
    agencies: z.array(agencySchema).max(LIMITS.agencies),
    metrics: z.array(metricSchema).max(LIMITS.metrics),
    events: z.array(eventSchema).max(LIMITS.events),
  })
  .superRefine((dataset, ctx) => {
    const agencyIds = new Set(dataset.agencies.map((a) => a.id));
    for (const list of ['agencies', 'metrics', 'events'] as const) {
      const seen = new Set<string>();
      dataset[list].forEach(({ id }, i) => {
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate id "${id}"` });
        }
        seen.add(id);
      });
    }
    dataset.metrics.forEach((metric, i) => {
      metric.agencies.forEach((agencyId, j) => {
        if (!agencyIds.has(agencyId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['metrics', i, 'agencies', j],
            message: `unknown agency id "${agencyId}"`,
          });
        }
      });
    });
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Category = (typeof CATEGORIES)[number];
export type Unit = (typeof UNITS)[number];
export type Kind = (typeof KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Period = z.infer<typeof periodSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
