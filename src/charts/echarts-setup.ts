import { BarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { measureChartText } from './text-width';

/** Only what the dashboard draws. SVG on screen (crisp, small); canvas for PNG export. */
echarts.use([
  BarChart,
  ScatterChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

// Text is laid out from estimated widths, the same in the browser and in the build (see
// text-width.ts); this is also cheaper than measuring with a canvas.
echarts.setPlatformAPI({ measureText: measureChartText });

export { echarts };
