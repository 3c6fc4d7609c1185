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

/** System CJK fonts first; no web font on the critical path. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
