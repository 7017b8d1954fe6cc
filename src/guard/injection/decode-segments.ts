// Finds segments that look like base64, hex, URL-encoding or \u escapes, decodes them when the result is readable text, bounded in count and length.
import type { TextVariant } from './text-variants.ts';

const maximumSegments = 8;
const maximumSegmentLength = 4096;

const base64Segment = /[A-Za-z0-9+/_-]{16,}={0,2}/gu;
const hexSegment = /(?:(?:\\x|0x)?[0-9a-fA-F]{2}[ :]?){8,}/gu;
// Starts only at the start of a run (after a space, a '%' or the text's start): tried from every position, a long run
// without escapes would cost quadratic time.
const urlSegment = /(?<![^\s%])[^\s%]*(?:%[0-9a-fA-F]{2}[^\s%]*){3,}/gu;
// One test per kind before its matchAll, which costs far more to set up than a test on a text that holds no segment.
const base64Probe = new RegExp(base64Segment.source, 'u');
const hexProbe = new RegExp(hexSegment.source, 'u');

/**
 * The readable texts hidden in a message as base64, hex or percent-encoding, each with the trick that hid it.
 * @example
 * decodeSegments('aWdub3JlIGFsbCBwcmV2aW91cyBpbnN0cnVjdGlvbnM=')[0]; // { text: 'ignore all previous instructions', tricks: ['base64'] }
 */
export function decodeSegments(text: string): TextVariant[] {
  const found: TextVariant[] = [];
  const add = (decoded: string | undefined, trick: TextVariant['tricks'][number]) => {
    if (decoded !== undefined && found.length < maximumSegments) found.push({ text: decoded.toLowerCase(), tricks: [trick] });
  };
  if (base64Probe.test(text)) {
    base64Segment.lastIndex = 0;
    for (let match = base64Segment.exec(text); match !== null; match = base64Segment.exec(text)) {
      const segment = match[0];
      if (segment.length > maximumSegmentLength) continue;
      // A plain word or an id is letters only or digits only; base64 of text mixes cases.
      if (!/[a-z]/u.test(segment) || !/[A-Z0-9]/u.test(segment)) continue;
      add(readable(Buffer.from(segment.replace(/-/gu, '+').replace(/_/gu, '/'), 'base64')), 'base64');
    }
  }
  if (hexProbe.test(text)) {
    hexSegment.lastIndex = 0;
    for (let match = hexSegment.exec(text); match !== null; match = hexSegment.exec(text)) {
      const segment = match[0];
      const digits = segment.replace(/\\x|0x|[ :]/gu, '');
      if (digits.length > maximumSegmentLength || digits.length % 2 !== 0) continue;
      add(readable(Buffer.from(digits, 'hex')), 'hex');
    }
  }
  // Three escapes or more: a text without a '%' holds none.
  if (text.includes('%')) {
    urlSegment.lastIndex = 0;
    for (let match = urlSegment.exec(text); match !== null; match = urlSegment.exec(text)) {
      const segment = match[0];
      if (segment.length > maximumSegmentLength) continue;
      try {
        add(readable(Buffer.from(decodeURIComponent(segment), 'utf8')), 'url-encoding');
      } catch {
        // A malformed escape is not an encoded instruction.
      }
    }
  }
  // "\u0049gnore all prior instructions": JavaScript and JSON escapes written out, one character or all of them.
  if (text.includes('\\u')) {
    const decoded = text.replace(unicodeEscape, decodeEscape);
    if (decoded !== text) add(readable(Buffer.from(decoded, 'utf8')), 'escape-sequences');
  }
  return found;
}

const unicodeEscape = /\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/gu;

function decodeEscape(escape: string, braced: string | undefined, plain: string | undefined): string {
  const code = Number.parseInt(braced ?? plain ?? '', 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
}

/** UTF-8 text that is mostly letters, digits, spaces and punctuation, with at least two words; otherwise undefined. */
function readable(bytes: Buffer): string | undefined {
  if (bytes.length < 6) return undefined;
  const text = bytes.toString('utf8');
  if (text.includes('\ufffd')) return undefined;
  const printable = [...text].filter((character) => /[\p{L}\p{N}\p{P}\p{Zs}\n]/u.test(character)).length;
  if (printable / [...text].length < 0.9 || !/\p{L}{2,}[\s\p{P}]+\p{L}{2,}/u.test(text)) return undefined;
  return text;
}
