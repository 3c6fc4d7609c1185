import { createContext } from 'react';

export interface StaticChartSvgs {
  desktop: string;
  compact: string;
}

/** Filled only while prerendering in Node; empty in the browser. */
export const StaticChartsContext = createContext<Record<string, StaticChartSvgs>>({});
