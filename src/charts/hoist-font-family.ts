/**
 * ECharts' SVG names the font family on every text element: in the prerendered page that is
 * 360-odd copies of the same declaration (~45 KB, a fifth of the HTML) and as many inline
 * styles to parse before the first paint. The chart's family is given once, on the root, and
 * inherited; a text with another family keeps its own.
 */
export function hoistFontFamily(svg: string, fontFamily: string): string {
  const declaration = `font-family:${fontFamily};`;
  if (!svg.startsWith('<svg ') || !svg.includes(declaration)) return svg;
  // The stacks (theme.ts FONT_FAMILY) quote names with single quotes: safe in this attribute.
  return `<svg style="font-family:${fontFamily}" ${svg.slice('<svg '.length).split(declaration).join('')}`;
}
