// Sentence boundaries for Korean and English text, as exact spans of the input.
import { isHangulSyllable, isKoreanFinalWord, listMarkerPattern, periodAfterWord } from './sentence-rules.ts';

export interface TextSpan {
  start: number;
  end: number;
}

const terminals = new Set(['.', '?', '!', '。', '？', '！', '…', '‼', '⁇']);
/** The same as character codes: the scan below reads codes, which spares a one-character string per character. */
const terminalCodes = new Set([...terminals].map((terminal) => terminal.charCodeAt(0)));
/** Full-width terminals end a sentence even with no space after them. */
const fullWidthTerminals = new Set(['。', '？', '！']);
const closers = new Set(['"', "'", '”', '’', ')', ']', '」', '』', '》', '〉', '）']);
const maxQuoteLength = 300;

/** What each character of the text is part of. */
const Mask = {
  None: 0,
  /** Inside a URL or e-mail address. */
  Address: 1,
  /** Inside a quotation. */
  Quoted: 2,
  /** The closing mark of a quotation. */
  QuoteClose: 3,
} as const;

function isSpace(character: string | undefined): boolean {
  return (
    character === ' ' || character === '\n' || character === '\t' || character === '\r' || character === '\u00a0' || character === '\u3000'
  );
}

/** `isSpace` by character code. */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;
}

/** Whether a code is one `markQuotes` acts on: newline, straight quote, “ ”, 「 」, 『 』. */
function isQuoteScanCode(code: number): boolean {
  return code === 0x0a || code === 0x22 || code === 0x201c || code === 0x201d || (code >= 0x300c && code <= 0x300f);
}

function markAddresses(text: string, mask: Uint8Array): void {
  // Every address holds '@', a scheme or 'www.'; most texts hold none, and the pattern is slow to fail on every word.
  if (!text.includes('@') && !/https?:\/\/|www\./iu.test(text)) return;
  const pattern = /(?:https?:\/\/|www\.)[^\s<>"'「」]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
  for (const match of text.matchAll(pattern)) {
    // Trailing punctuation belongs to the sentence, not the address.
    const length = match[0].replace(/[.,;:!?)\]'"]+$/u, '').length;
    mask.fill(Mask.Address, match.index, match.index + length);
  }
}

function markQuote(mask: Uint8Array, open: number, close: number): void {
  if (close - open > maxQuoteLength) return;
  for (let index = open + 1; index < close; index += 1) if (mask[index] === Mask.None) mask[index] = Mask.Quoted;
  mask[close] = Mask.QuoteClose;
}

/** Pairs quotation marks line by line, so one stray quote cannot swallow the rest of a document. */
function markQuotes(text: string, mask: Uint8Array): void {
  let straight = -1;
  const stack: Array<{ mark: string; index: number }> = [];
  const pairs: Record<string, string> = { '”': '“', '」': '「', '』': '『' };
  for (let index = 0; index < text.length; index += 1) {
    if (!isQuoteScanCode(text.charCodeAt(index))) continue;
    const character = text[index] as string;
    if (character === '\n') {
      straight = -1;
      stack.length = 0;
    } else if (mask[index] === Mask.Address) continue;
    else if (character === '"') {
      if (straight < 0) straight = index;
      else {
        markQuote(mask, straight, index);
        straight = -1;
      }
    } else if (character === '“' || character === '「' || character === '『') stack.push({ mark: character, index });
    else if (pairs[character]) {
      const open = stack.findLastIndex((entry) => entry.mark === pairs[character]);
      if (open >= 0) {
        markQuote(mask, stack[open]?.index ?? index, index);
        stack.length = open;
      }
    }
  }
}

function nextVisible(text: string, from: number): string {
  let index = from;
  while (index < text.length && isSpace(text[index])) index += 1;
  return text[index] ?? '';
}

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/** Where a sentence ending in the terminal run at `index` ends, or -1 when the run does not end one. */
function terminalBreak(text: string, mask: Uint8Array, index: number): { end: number; resume: number } {
  let runEnd = index;
  while (runEnd < text.length && terminals.has(text[runEnd] as string)) runEnd += 1;
  const resume = runEnd;
  if (mask[index] === Mask.Address) return { end: -1, resume };
  let end = runEnd;
  const closesQuote = mask[end] === Mask.QuoteClose;
  while (end < text.length && closers.has(text[end] as string)) end += 1;
  if (mask[index] === Mask.Quoted && !closesQuote) return { end: -1, resume };
  const after = text[end];
  if (end < text.length && !isSpace(after) && !fullWidthTerminals.has(text[runEnd - 1] as string)) return { end: -1, resume };
  const next = nextVisible(text, end);
  if (next === '') return { end, resume: end };
  if (/[a-z]/u.test(next)) return { end: -1, resume };
  // '"가자." 라고 말했다': a quotation followed by a quoting particle continues the sentence.
  if (end > runEnd && /^\s*(?:이?라고|하고|하며|라며|라는|란)/u.test(text.slice(end, end + 8))) return { end: -1, resume };
  if (runEnd - index === 1 && text[index] === '.') {
    let wordStart = index;
    while (wordStart > 0 && !isSpace(text[wordStart - 1])) wordStart -= 1;
    const word = text.slice(wordStart, index);
    // Only blanks between the line's start and the word: read back over them, not over the whole line.
    let before = wordStart;
    while (before > 0 && text[before - 1] !== '\n' && isSpace(text[before - 1])) before -= 1;
    const lineStart = before === 0 || text[before - 1] === '\n';
    if (periodAfterWord({ word, next, lineStart }) === 'continue') return { end: -1, resume };
  }
  return { end, resume: end };
}

/** Whether the space at `index` follows a Korean sentence-final word. */
function koreanEndingBreak(text: string, mask: Uint8Array, index: number): boolean {
  if (mask[index - 1] !== Mask.None) return false;
  let start = index;
  while (start > 0 && index - start < 12 && isHangulSyllable(text.charCodeAt(start - 1))) start -= 1;
  const word = text.slice(start, index);
  if (start === index || !isKoreanFinalWord(word)) return false;
  // "갈까 말까" is one thought.
  if (word.endsWith('까') && /^\s+말/u.test(text.slice(index, index + 4))) return false;
  return /[\p{L}\p{N}"'“‘(「『[]/u.test(nextVisible(text, index));
}

/** Whether the newline at `index` ends a sentence: a blank line, a list item, a label ending in ':' or a table line. */
function newlineBreak(text: string, index: number): boolean {
  const lineStart = lineStartOf(text, index);
  const line = text.slice(lineStart, index);
  const nextLineEnd = text.indexOf('\n', index + 1);
  const nextLine = text.slice(index + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
  if (nextLine.trim() === '' || line.trim() === '') return true;
  if (listMarkerPattern.test(line) || listMarkerPattern.test(nextLine)) return true;
  if (/[:：]\s*$/u.test(line)) return true;
  return line.includes('|') && nextLine.includes('|');
}

/**
 * Splits text into sentences, returned as trimmed spans of the input. Korean sentences end at punctuation and also at
 * a final ending (다/요/죠/까) followed by a space; periods in numbers, abbreviations, URLs, e-mails and quotations do
 * not end a sentence; list items and blank lines do.
 * @example
 * const text = '배송은 3.5일 걸립니다 환불은 e.g. 7일 이내 가능해요. Mr. Kim agrees.';
 * splitSentences(text).map((span) => text.slice(span.start, span.end));
 * // ['배송은 3.5일 걸립니다', '환불은 e.g. 7일 이내 가능해요.', 'Mr. Kim agrees.']
 */
export function splitSentences(text: string): TextSpan[] {
  const mask = new Uint8Array(text.length);
  markAddresses(text, mask);
  markQuotes(text, mask);
  const breaks: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (terminalCodes.has(code)) {
      const verdict = terminalBreak(text, mask, index);
      if (verdict.end >= 0) breaks.push(verdict.end);
      index = Math.max(verdict.resume, index + 1);
      continue;
    }
    if (code === 0x0a && newlineBreak(text, index)) breaks.push(index);
    else if (isSpaceCode(code) && index > 0 && isHangulSyllable(text.charCodeAt(index - 1)) && koreanEndingBreak(text, mask, index)) {
      breaks.push(index);
    }
    index += 1;
  }
  breaks.push(text.length);
  const spans: TextSpan[] = [];
  let start = 0;
  for (const end of breaks) {
    let from = start;
    let to = end;
    while (from < to && isSpace(text[from])) from += 1;
    while (to > from && isSpace(text[to - 1])) to -= 1;
    if (to > from) spans.push({ start: from, end: to });
    start = Math.max(start, end);
  }
  return spans;
}
