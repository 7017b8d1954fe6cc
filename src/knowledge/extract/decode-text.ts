// Strict text decoding: UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused, never guessed.
import { GenstackError } from '../../core/errors.ts';

function notUtf8(fileName: string, reason: string): GenstackError {
  return new GenstackError({
    code: 'invalid_request',
    message: `'${fileName}' is not UTF-8 text (${reason}). Convert it to UTF-8 first; EUC-KR, CP949 and Latin-1 are not read.`,
    param: 'file',
  });
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a text file. UTF-16 is accepted only with a byte-order mark, because without one it cannot be told from binary.
 * @example
 * decodeText(new TextEncoder().encode('안녕'), 'a.txt'); // '안녕'
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeWith('utf-16le', bytes.subarray(2));
    if (text === null) throw notUtf8(fileName, 'broken UTF-16LE');
    return text;
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeWith('utf-16be', bytes.subarray(2));
    if (text === null) throw notUtf8(fileName, 'broken UTF-16BE');
    return text;
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = decodeWith('utf-8', hasBom ? bytes.subarray(3) : bytes);
  if (text === null) throw notUtf8(fileName, 'invalid byte sequence');
  // NUL never occurs in real text files; it means binary data or UTF-16 without a BOM.
  if (text.includes('\u0000')) throw notUtf8(fileName, 'contains NUL bytes');
  return text;
}

/**
 * Cleans extracted text so offsets stay meaningful downstream: NFC (macOS writes decomposed Hangul), `\r\n` → `\n`,
 * and control characters other than tab and newline removed.
 * @example
 * cleanText('a\r\nb'); // 'a\nb'
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/gu, '\n')
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/gu, '')
  );
}
