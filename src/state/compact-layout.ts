/** A phone-width page: one chart per row, compact charts (Tailwind's `sm` breakpoint is 640px). */
export const COMPACT_QUERY = '(max-width: 639px)';
