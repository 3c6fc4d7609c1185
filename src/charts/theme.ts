import type { Locale } from '@/i18n/locale';
import type { Category } from '@/data/schema';

export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export interface ChartTheme {
  name: ThemeName;
  background: string;
  text: string;
  subtext: string;
  axisLine: string;
  splitLine: string;
  bar: string;
  increase: string;
  decrease: string;
  categories: Record<Category, string>;
}

/** Colour-blind-safe pairs (blue/orange); contrast ≥ 4.5:1 for text on the background. */
export const CHART_THEMES = {
  light: {
    name: 'light',
    background: '#ffffff',
    text: '#111827',
    subtext: '#4b5563',
    axisLine: '#6b7280',
    splitLine: '#e5e7eb',
    bar: '#2563eb',
    increase: '#1d4ed8',
    decrease: '#c2410c',
    categories: {
      prevention: '#2563eb',
      warning: '#0f766e',
      recovery: '#b45309',
      enforcement: '#7c3aed',
      governance: '#be185d',
      overall: '#4b5563',
    },
  },
  dark: {
    name: 'dark',
    background: '#111827',
    text: '#f9fafb',
    subtext: '#d1d5db',
    axisLine: '#9ca3af',
    splitLine: '#374151',
    bar: '#60a5fa',
    increase: '#60a5fa',
    decrease: '#fb923c',
    categories: {
      prevention: '#60a5fa',
      warning: '#2dd4bf',
      recovery: '#fbbf24',
      enforcement: '#a78bfa',
      governance: '#f472b6',
      overall: '#9ca3af',
    },
  },
} as const satisfies Record<ThemeName, ChartTheme>;

/**
 * The page's and the charts' fonts: the system's, no web font on the critical path. A Chinese
 * page names the Chinese fonts first, so that its digits and Latin letters come from the same
 * font as its characters (and a browser resolves one font family, not a Latin one and then a
 * fallback for every Chinese character: on Linux that alone was ~70 ms of the first layout on
 * a phone, CPU 4x). An English page keeps the system's UI font first. Noto Sans CJK comes
 * first by its local() faces (local-font-faces.ts). Kept equal to the `--font-sans` stacks of
 * index.css (a unit test compares them).
 */
export const FONT_FAMILY = {
  zh: "'PingFang SC', 'Local Noto Sans CJK SC', 'Noto Sans CJK SC', 'Microsoft YaHei', system-ui, -apple-system, sans-serif",
  en: "system-ui, -apple-system, 'PingFang SC', 'Local Noto Sans CJK SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
} as const satisfies Record<Locale, string>;
