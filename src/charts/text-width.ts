/**
 * Text widths as the charts lay them out, the same in the browser and in the build. ECharts
 * measures text to wrap labels, hide overlapping ticks and place the legend; measured with the
 * reader's fonts, the build's drawings (the first paint, the snapshots) and the live charts
 * would break lines and pick ticks differently, and would differ from one device to the next.
 * Instead every width is estimated from a fixed table, never narrower than the text drawn:
 * the layout is the same everywhere, and the text always fits the room given to it.
 */

// Widths of printable ASCII (space to ~), in em: per character, the widest of the sans fonts
// measured in Chromium (DejaVu Sans, which Debian's system-ui is; Liberation Sans; Noto Sans
// CJK SC's Latin). Macs, Windows and phones draw Latin text narrower than DejaVu Sans.
// prettier-ignore
const ASCII_EM = [
  0.32, 0.41, 0.48, 0.84, 0.64, 0.96, 0.78, 0.28, 0.4, 0.4, 0.5, 0.84, 0.32, 0.37, 0.32, 0.4,
  0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.56,
  1.02, 0.69, 0.69, 0.73, 0.78, 0.67, 0.62, 0.78, 0.76, 0.3, 0.54, 0.67, 0.56, 0.87, 0.75, 0.79,
  0.67, 0.79, 0.73, 0.67, 0.62, 0.74, 0.69, 0.99, 0.69, 0.67, 0.69, 0.4, 0.4, 0.4, 0.84, 0.56,
  0.61, 0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64, 0.64, 0.28, 0.28, 0.58, 0.29, 0.98, 0.64, 0.62,
  0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6, 0.53, 0.64, 0.34, 0.64, 0.84,
];

/** Anything else (CJK, full-width punctuation, curly quotes, ¥) as a full em: CJK fonts draw them so. */
const OTHER_EM = 1;
// Bold Latin is up to ~10% wider.
const BOLD = 1.1;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    em += code >= 32 && code < 127 ? (ASCII_EM[code - 32] ?? OTHER_EM) : OTHER_EM;
  }
  return em * fontSize;
}

const DEFAULT_FONT_SIZE = 12;

/** The size and weight in a CSS font shorthand, as zrender writes them ("bold 14px …"). */
function parseFont(font: string | undefined): { size: number; bold: boolean } {
  const size = font ? /(\d+(?:\.\d+)?)px/.exec(font)?.[1] : undefined;
  return {
    size: size ? Number(size) : DEFAULT_FONT_SIZE,
    bold: font ? /\b(bold|bolder|[6-9]00)\b/.test(font) : false,
  };
}

/** ECharts' text measurement (see echarts-setup.ts): the estimate, for any font it names. */
export function measureChartText(text: string, font?: string): { width: number } {
  const { size, bold } = parseFont(font);
  return { width: textWidth(text, size) * (bold ? BOLD : 1) };
}
