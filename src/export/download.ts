import type { ChartOption } from '@/charts/echarts-option-type';
import { echarts } from '@/charts/echarts-setup';
import {
  buildExportOption,
  EXPORT_WIDTH,
  exportHeight,
  type ExportMeta,
} from './build-export-option';

export const EXPORT_PIXEL_RATIO = 2;

/** Decoded here rather than with fetch(), which a strict connect-src policy would refuse. */
function dataUrlToBlob(dataUrl: string): Blob {
  const [header = '', base64 = ''] = dataUrl.split(',');
  const type = /^data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

/** A 1200 px wide canvas at pixel ratio 2, drawn off screen and disposed at once. */
export function renderChartPng(option: ChartOption, meta: ExportMeta, height: number): Blob {
  const container = document.createElement('div');
  container.style.cssText = `position:fixed;left:-99999px;top:0;width:${EXPORT_WIDTH}px;height:${exportHeight(height)}px`;
  document.body.append(container);
  const chart = echarts.init(container, null, {
    renderer: 'canvas',
    width: EXPORT_WIDTH,
    height: exportHeight(height),
  });
  try {
    chart.setOption(buildExportOption(option, meta));
    const dataUrl = chart.getDataURL({
      type: 'png',
      pixelRatio: EXPORT_PIXEL_RATIO,
      backgroundColor: meta.theme.background,
    });
    return dataUrlToBlob(dataUrl);
  } finally {
    chart.dispose();
    container.remove();
  }
}

/** Server-side-style SVG rendering: no DOM needed, text stays text for print. */
export function renderChartSvg(option: ChartOption, meta: ExportMeta, height: number): Blob {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: EXPORT_WIDTH,
    height: exportHeight(height),
  });
  try {
    chart.setOption(buildExportOption(option, meta));
    return new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' });
  } finally {
    chart.dispose();
  }
}
