export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Bytes to text, strictly UTF-8: a GBK file from Excel or a binary file is refused with a hint,
 * never shown as mojibake. A UTF-8 byte order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'the file is empty' };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, error: 'the file is UTF-16 text; save it as UTF-8 and open it again' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error:
        'the file is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8"; GBK files must be converted)',
    };
  }
  if (text.includes('\u0000')) {
    return { ok: false, error: 'the file contains NUL bytes: it is binary, not text' };
  }
  if (text.trim() === '') return { ok: false, error: 'the file contains only white space' };
  return { ok: true, text };
}
