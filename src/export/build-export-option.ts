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
// Left margin of the title, the source line and the plot's room, in the picture.
const MARGIN = 24;
// The least left room of a chart on screen (bar charts: 8 px, then their row labels).
const SCREEN_MARGIN = 8;

export function exportHeight(screenHeight: number): number {
  return screenHeight + HEADER + FOOTER;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
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
  const grid = option.grid as { bottom?: number; left?: number } | undefined;
  return {
    ...option,
    backgroundColor: meta.theme.background,
    tooltip: { show: false },
    title: {
      text: meta.title,
      subtext: meta.subtitle,
      left: MARGIN,
      top: 20,
      textStyle: { color: meta.theme.text, fontSize: 22, fontFamily: meta.fontFamily },
      subtextStyle: { color: meta.theme.subtext, fontSize: 14, fontFamily: meta.fontFamily },
    },
    grid: {
      ...(shiftTop(option.grid, HEADER) as object),
      // The screen's left edge moves in to the title's margin; the room the chart keeps left of
      // its plot (bar charts put their row labels there, ECharts fits nothing) moves with it.
      left: MARGIN + Math.max(0, (grid?.left ?? 0) - SCREEN_MARGIN),
      bottom: (grid?.bottom ?? 0) + FOOTER,
    },
    legend: option.legend
      ? ({
          ...(shiftTop(option.legend, HEADER) as object),
          // In line with the title, as the plot's room is.
          left: MARGIN + Math.max(0, numberOr((option.legend as { left?: unknown }).left, 0)),
        } as ChartOption['legend'])
      : undefined,
    graphic: [
      {
        type: 'text',
        left: MARGIN,
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
