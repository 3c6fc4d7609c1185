import type { core } from 'zod';
import { describeValue, truncate } from './describe-value';

type Issue = core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const FORMATS: Record<string, string> = {
  date: 'a date written YYYY-MM-DD',
  datetime: 'a date and time with its offset, such as 2024-05-01T08:00:45+08:00',
  url: 'an http:// or https:// link',
};

function count(n: number | bigint, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** How big the value was, in the unit the limit counts. */
function sizeOf(input: unknown, origin: string): string {
  if (origin === 'string' && typeof input === 'string') {
    return count(Array.from(input).length, 'character');
  }
  if (origin === 'array' && Array.isArray(input)) return count(input.length, 'item');
  return describeValue(input);
}

/** A list longer than its limit; also said before validation (load-dataset.ts). */
export function tooManyItems(length: number, maximum: number | bigint): string {
  return `too many items: ${count(length, 'item')}, at most ${maximum.toLocaleString('en')}`;
}

function tooBig(issue: core.$ZodIssueTooBig): string {
  const { origin, maximum, input } = issue;
  if (origin === 'string') return `too long: ${sizeOf(input, origin)}, at most ${maximum}`;
  if (origin === 'array' && Array.isArray(input)) return tooManyItems(input.length, maximum);
  return `must be at most ${maximum.toLocaleString('en')}, got ${describeValue(input)}`;
}

function tooSmall(issue: core.$ZodIssueTooSmall): string {
  const { origin, minimum, input } = issue;
  if (origin === 'string' && Number(minimum) === 1) return 'must not be empty';
  if (origin === 'string') return `too short: ${sizeOf(input, origin)}, at least ${minimum}`;
  if (origin === 'array') return `needs at least ${count(minimum, 'item')}`;
  return `must be at least ${minimum.toLocaleString('en')}, got ${describeValue(input)}`;
}

function invalidFormat(issue: core.$ZodIssueInvalidStringFormat): string {
  const got = `got ${describeValue(issue.input)}`;
  const expected = FORMATS[issue.format];
  if (expected) return `expected ${expected}, ${got}`;
  // A regex with its own message, e.g. the kebab-case ids.
  return `${issue.message}, ${got}`;
}

/**
 * One plain reason per zod issue, always showing what the file had (cut to 40 characters):
 * `expected a number, got "2万余"` instead of `Invalid input: expected number, received string`.
 * Needs the issues of `safeParse(input, { reportInput: true })`.
 */
export function issueReason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return `missing (expected ${EXPECTED[issue.expected] ?? issue.expected})`;
      }
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return invalidFormat(issue);
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${truncate(k)}"`).join(', ')}`;
    default:
      return issue.message;
  }
}
