import type { Dataset, Metric } from '@/data/schema';
import { articleData } from './dataset-files';

/**
 * Strings that run script if a page ever inserts data as HTML, an attribute, a link or a
 * template: each must reach the reader as the literal text it is.
 */
export const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '<svg onload=alert(3)>',
  '<svg><script>alert(4)</script></svg>',
  '"><img src=x onerror=alert(5)>',
  '\'><iframe src="javascript:alert(6)"></iframe>',
  '<a href="javascript:alert(7)">link</a>',
  'javascript:alert(8)',
  '<details open ontoggle=alert(9)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>',
  "{{constructor.constructor('alert(11)')()}}",
  '<style>body{display:none}</style>',
  '<svg><animate onbegin=alert(13) attributeName=x dur=1s>',
  '<object data="data:text/html,<script>alert(14)</script>"></object>',
  '&lt;img src=x onerror=alert(15)&gt;',
] as const;

export type Payload = (typeof XSS_PAYLOADS)[number];

function p(i: number): Payload {
  const payload = XSS_PAYLOADS[i % XSS_PAYLOADS.length];
  if (payload === undefined) throw new Error('no payload');
  return payload;
}

/** A payload wrapped so each field's text is unique and findable: "«3» <svg onload=…>". */
export function tagged(i: number): string {
  return `«${i}» ${p(i)}`;
}

const HOSTILE_AGENCIES = [
  { id: 'agency-a', name: { zh: tagged(0), en: tagged(4) } },
  { id: 'agency-b', name: { zh: tagged(8), en: tagged(5) } },
];

/** One figure for each chart, every text field a payload, the quote stating the number. */
function hostileMetrics(base: Metric): Metric[] {
  const make = (i: number, overrides: Partial<Metric>): Metric => ({
    ...base,
    id: `hostile-${i}`,
    title: { zh: tagged(i), en: tagged(i + 1) },
    unitLabel: { zh: tagged(14), en: tagged(11) },
    period: {
      type: 'year',
      start: '2023-01-01',
      end: '2023-12-31',
      label: { zh: tagged(7), en: tagged(10) },
    },
    agencies: ['agency-a', 'agency-b'],
    group: undefined,
    ...overrides,
    quote: `${tagged(i + 2)} ${overrides.valueText ?? ''} ${tagged(i + 3)}`,
  });
  return [
    make(0, {
      kind: 'yoy-change',
      unit: 'percent',
      value: 12.5,
      valueText: '12.5%',
      category: 'overall',
    }),
    make(2, {
      kind: 'count',
      unit: 'count',
      value: 4000,
      valueText: '4000',
      category: 'prevention',
    }),
    make(4, { kind: 'count', unit: 'times', value: 90000, valueText: '9万', category: 'warning' }),
    make(6, { kind: 'amount', unit: 'yuan', value: 7e8, valueText: '7亿元', category: 'recovery' }),
    make(8, {
      kind: 'count',
      unit: 'count',
      value: 12,
      valueText: '12',
      category: 'enforcement',
      group: 'case-2022-9-9',
    }),
  ];
}

/** A valid dataset in which every string a reader can see is an XSS payload. */
export function hostileDataset(): Dataset {
  const data = articleData();
  const base = data.metrics[0];
  if (!base) throw new Error('no metric to start from');
  return {
    source: {
      ...data.source,
      title: tagged(1),
      titleEn: tagged(0),
      outlet: { zh: tagged(2), en: tagged(12) },
      author: { zh: tagged(3), en: tagged(13) },
    },
    agencies: HOSTILE_AGENCIES,
    metrics: hostileMetrics(base).map((m) => JSON.parse(JSON.stringify(m)) as Metric),
    events: [
      {
        id: 'hostile-event',
        date: '2023-06-01',
        precision: 'day',
        title: { zh: tagged(9), en: tagged(12) },
        quote: tagged(13),
      },
    ],
  };
}

/** The same data with script links as its source: refused by validation. */
export function scriptLinkDataset(): Dataset {
  const data = hostileDataset();
  return {
    ...data,
    source: {
      ...data.source,
      repost: { ...data.source.repost, url: 'javascript:alert(document.domain)' },
      originalUrl: 'JaVaScRiPt:alert(1)',
    },
  };
}
