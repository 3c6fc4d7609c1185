export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  paragraphIndex: number;
}

/** The paragraph of the article that holds a quote, split around it for highlighting. */
export function locateQuote(articleText: string, quote: string): QuoteInContext | null {
  const paragraphs = articleText.split('\n');
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] ?? '';
    const at = quote ? paragraph.indexOf(quote) : -1;
    if (at >= 0) {
      return {
        before: paragraph.slice(0, at),
        quote,
        after: paragraph.slice(at + quote.length),
        paragraphIndex: i,
      };
    }
  }
  return null;
}
