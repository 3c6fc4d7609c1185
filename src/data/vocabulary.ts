/**
 * The closed lists the data may use. Kept apart from the zod schema so that code shipped
 * at first paint can use them without loading zod.
 */
export const CATEGORIES = [
  'prevention',
  'warning',
  'recovery',
  'enforcement',
  'governance',
  'overall',
] as const;
export const UNITS = ['count', 'times', 'person-times', 'yuan', 'percent'] as const;
export const KINDS = ['count', 'amount', 'yoy-change', 'rate'] as const;
export const QUALIFIERS = ['exact', 'at-least'] as const;
export const PERIOD_TYPES = ['day', 'year', 'year-to-date', 'since', 'range', 'unstated'] as const;
