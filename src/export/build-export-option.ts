import type { ChartOption } from '@/charts/echarts-option-type';
import type { ChartTheme } from '@/charts/theme';

export interface ExportMeta {
  title: string;
  subtitle: string;
  sourceLine: string;
  theme: ChartTheme;
  /** The page's (theme.ts FONT_FAMILY[locale]). */
  fontFamily: string;
}

export const EXPORT_WIDTH = 1200;
const HEADER = 96;
const FOOTER = 48;

export function exportHeight(screenHeight: number): number {
  return screenHeight + HEADER + FOOTER;
}

function shiftTop(component: unknown, by: number): unknown {
  if (!component || typeof component !== 'object' || Array.isArray(component)) return component;
  const top = (component as { top?: unknown }).top;
  return { ...component, top: (typeof top === 'number' ? top : 0) + by };
}

/**
 * A slide needs the chart to stand alone: title, period and unit, and the source inside the
 * image, on a solid background. Pure: the same option in, the export option out.
 */
export function buildExportOption(option: ChartOption, meta: ExportMeta): ChartOption {
  const grid = option.grid as { bottom?: number } | undefined;
  return {
    ...option,
    backgroundColor: meta.theme.background,
    tooltip: { show: false },
    title: {
      text: meta.title,
      subtext: meta.subtitle,
      left: 24,
      top: 20,
      textStyle: { color: meta.theme.text, fontSize: 22, fontFamily: meta.fontFamily },
      subtextStyle: { color: meta.theme.subtext, fontSize: 14, fontFamily: meta.fontFamily },
    },
    grid: {
      ...(shiftTop(option.grid, HEADER) as object),
      left: 24,
      bottom: (grid?.bottom ?? 0) + FOOTER,
    },
    legend: option.legend ? (shiftTop(option.legend, HEADER) as ChartOption['legend']) : undefined,
    graphic: [
      {
        type: 'text',
        left: 24,
        bottom: 16,
        style: {
          text: meta.sourceLine,
          fill: meta.theme.subtext,
          fontSize: 13,
          fontFamily: meta.fontFamily,
        },
      },
    ],
  };
}
