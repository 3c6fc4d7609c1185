/**
 * The system's Noto Sans CJK, named through @font-face `local()` under a family of our own
 * (LOCAL_CJK_FAMILY, listed before 'Noto Sans CJK SC' in theme.ts FONT_FAMILY). No download:
 * Chromium on Linux gives a page a system font family by copying its whole file into shared
 * memory, and Noto Sans CJK's are ~20 MB each: 25–35 ms per weight, inside the first layout
 * (measured with a fresh browser, phone, CPU 1x: first frame 100–130 ms, 40 ms with these
 * faces). A face named by `local()` is opened where it lies. Where the font is missing, the
 * face fails to load and the family list goes on to the system's fonts, as before.
 *
 * The same rules are in index.css (a unit test keeps them equal), and in every snapshot SVG:
 * an SVG shown as an image is a document of its own, which sees none of the page's rules.
 */
export const LOCAL_CJK_FAMILY = 'Local Noto Sans CJK SC';

// Medium where it is installed (fonts-noto-cjk-extra, most desktop Linux), else the regular
// face, as the system family would give for weight 500.
export const LOCAL_FONT_FACES: readonly string[] = [
  `@font-face { font-family: '${LOCAL_CJK_FAMILY}'; src: local('NotoSansCJKsc-Regular'), local('Noto Sans CJK SC'); font-weight: 400; }`,
  `@font-face { font-family: '${LOCAL_CJK_FAMILY}'; src: local('NotoSansCJKsc-Medium'), local('Noto Sans CJK SC Medium'), local('NotoSansCJKsc-Regular'); font-weight: 500; }`,
  `@font-face { font-family: '${LOCAL_CJK_FAMILY}'; src: local('NotoSansCJKsc-Bold'), local('Noto Sans CJK SC Bold'); font-weight: 700; }`,
];

/** A standalone SVG document with the local font faces in a `<style>` of its own. */
export function withLocalFontFaces(svg: string): string {
  const start = svg.indexOf('<svg');
  const openTagEnd = start < 0 ? -1 : svg.indexOf('>', start) + 1;
  if (openTagEnd <= 0) throw new Error('not an SVG document');
  return `${svg.slice(0, openTagEnd)}<style>${LOCAL_FONT_FACES.join('')}</style>${svg.slice(openTagEnd)}`;
}
