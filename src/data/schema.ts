import { z } from 'zod';
import { CATEGORIES, KINDS, PERIOD_TYPES, QUALIFIERS, UNITS } from './vocabulary';

export { CATEGORIES, KINDS, PERIOD_TYPES, QUALIFIERS, UNITS };

/** Every label the reader sees exists in both languages. */
export const localizedTextSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "calls-intercepted"');
const isoDate = z.iso.date();

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

export const metricSchema = z.object({
  id: kebabId,
  title: localizedTextSchema,
  value: z.number().finite(),
  /** The number exactly as the article writes it, e.g. "2万余" or "396.3亿元". */
  valueText: z.string().min(1),
  unit: z.enum(UNITS),
  /** What is counted, e.g. { zh: "个", en: "phone numbers" }. */
  unitLabel: localizedTextSchema,
  kind: z.enum(KINDS),
  qualifier: z.enum(QUALIFIERS),
  period: periodSchema,
  agencies: z.array(kebabId),
  category: z.enum(CATEGORIES),
  /** Figures that belong together beyond their category, e.g. one case's breakdown. */
  group: kebabId.optional(),
  quote: z.string().min(1),
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
  quote: z.string().min(1),
});

export const sourceSchema = z.object({
  id: kebabId,
  /** The article's own title, in its language. */
  title: z.string().min(1),
  /** Our English rendering of it, marked as a translation wherever it is shown. */
  titleEn: z.string().min(1),
  outlet: localizedTextSchema,
  author: localizedTextSchema,
  /** The article's own date is not in the repost; these bound it. */
  publishedAfter: isoDate,
  publishedBy: isoDate,
  repost: z.object({
    site: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    postedAt: z.iso.datetime({ offset: true }),
  }),
  originalUrl: z.url({ protocol: /^https?$/ }).nullable(),
});

export const datasetSchema = z
  .object({
    source: sourceSchema,
    agencies: z.array(agencySchema),
    metrics: z.array(metricSchema),
    events: z.array(eventSchema),
  })
  .superRefine((dataset, ctx) => {
    const agencyIds = new Set(dataset.agencies.map((a) => a.id));
    const seen = new Set<string>();
    dataset.metrics.forEach((metric, i) => {
      if (seen.has(metric.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', i, 'id'],
          message: `duplicate id "${metric.id}"`,
        });
      }
      seen.add(metric.id);
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
