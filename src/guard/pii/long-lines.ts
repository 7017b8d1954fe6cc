// A line of many thousands of characters (a minified JSON export, a paragraph pasted from a PDF without its breaks, a log
// joined into one line) is read as lines of at most `longestLine` characters. Many rules read the line a value stands on
// (its label, its other cells, the contact line it belongs to), once per value: on one line of n values that costs n
// times the line, and a quarter of a megabyte of minified records took half a minute. No such rule needs a thousand
// characters of a line, and the longest line of the hand-written and the generated texts holds 899, so they read as before.
// With no line longer, each search's look for its value's line ends reads a thousand characters at most.

/** The longest line read as one. */
export const longestLine = 1000;

/**
 * `text` with a line break in place of one character in each stretch of `longestLine` characters of a longer line, at the
 * best place of the stretch's second half: a sentence's end, then a record's end ("},{"), then a blank after a comma or a
 * semicolon, then any blank or tab, then a comma, a semicolon, an ampersand or a bar, then a slash, a closing bracket or
 * a quote, then any other ASCII mark (a dash or a dot, which a value holds more often), and in a stretch of none of them
 * (a blob of letters and digits, which holds no one's value) its last character. So no line is longer than
 * `longestLine`. The result is as long as `text`, so every span found in it holds in `text`; `text` itself when no line
 * is longer.
 *
 * @example
 * withLongLinesBroken('short line'); // 'short line': the same string
 */
export function withLongLinesBroken(text: string): string {
  if (text.length <= longestLine) return text;
  let pieces: string[] | undefined;
  let copied = 0;
  for (let lineStart = 0; lineStart < text.length;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    for (let from = lineStart; lineEnd - from > longestLine;) {
      const at = breakIn(text, from + (longestLine >> 1), from + longestLine);
      (pieces ??= []).push(text.slice(copied, at), '\n');
      copied = at + 1;
      from = at + 1;
    }
    if (lineBreak === -1) break;
    lineStart = lineBreak + 1;
  }
  return pieces === undefined ? text : pieces.join('') + text.slice(copied);
}

/** The separators a long line is broken at, best first; each tells whether the character at `at` is one. */
const separators: readonly ((text: string, at: number) => boolean)[] = [
  (text, at) => text.charCodeAt(at) === 0x20 && '.!?'.includes(text.charAt(at - 1)) && endsSentence(text, at - 1),
  (text, at) => text.charCodeAt(at) === 0x2c && text.charCodeAt(at - 1) === 0x7d && text.charCodeAt(at + 1) === 0x7b,
  (text, at) => text.charCodeAt(at) === 0x20 && (text.charCodeAt(at - 1) === 0x2c || text.charCodeAt(at - 1) === 0x3b),
  (text, at) => text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09,
  (text, at) => ',;&|'.includes(text.charAt(at)),
  (text, at) => '/\\)]}>"\''.includes(text.charAt(at)),
  (text, at) => isAsciiMark(text.charCodeAt(at)),
];

/** A printable ASCII character that is neither a letter nor a digit ("/", ".", "-", ":"). */
function isAsciiMark(code: number): boolean {
  return code > 0x20 && code < 0x7f && !(code >= 0x30 && code <= 0x39) && !((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/**
 * Whether the mark at `mark` ends a sentence: after a Hangul syllable ("…했습니다."), or after a word of four letters or more
 * in small letters but its first ("…the order."), not after an initial or a title ("Jessica A. Garcia", "Mr. Lee").
 */
function endsSentence(text: string, mark: number): boolean {
  const before = text.charCodeAt(mark - 1);
  if (before >= 0xac00 && before <= 0xd7a3) return true;
  let start = mark;
  while (start > 0 && isSmallLetter(text.charCodeAt(start - 1))) start -= 1;
  return mark - start >= 3;
}

function isSmallLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** The last position from `low` to before `high` of the best separator found there; `high - 1` when none stands there. */
function breakIn(text: string, low: number, high: number): number {
  for (const isSeparator of separators) for (let at = high - 1; at >= low; at -= 1) if (isSeparator(text, at)) return at;
  return high - 1;
}
