// Reads values that a system encoded or a person hid on the way to the assistant, as the plain text they stand for: URL
// percent-encoding ("jane%40gmail.com", "%2B82%2010…"), HTML character references ("jane&#64;naver.com", "010&nbsp;1234"),
// JSON's escapes ("jane\u0040gmail.com", \"phone\": \"…\"), characters that do not show (a zero-width space, a soft
// hyphen or a word joiner pasted inside a number) and symbols put between a number's groups ("010🍀4471🍀9082", "617•829
// •0453", "010 · 2267 · 9034"). Unlike `plainForms`, the decoded text may be shorter, so each of its characters keeps
// where it came from and a finding in it is a finding over the characters as written.

/** A text as it decodes, with the span of the original text each of its characters stands for. */
export interface DecodedForm {
  text: string;
  /** Where in the original text the character at each index of `text` starts. */
  starts: Int32Array;
  /** Where in the original text the character at each index of `text` ends. */
  ends: Int32Array;
  /** The words spelled letter by letter, as spans of `text` ("PRYCE" of "P-R-Y-C-E"). */
  spelled: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * A character that may open an encoded form: %, &, a backslash, one that does not show, a symbol between groups, a letter
 * between hyphens.
 */
const mayHoldEncodedForm = /-[A-Za-z]-|[%&\\\u00a0\u00ad\u200b-\u200d\u2060\u202f\ufeff•‧·∙●▪◦\ud83c-\ud83e]/;
/**
 * Each encoded form, one alternative each: a run of percent-encoded bytes; an HTML character reference; JSON's \uXXXX and
 * an escaped quote or slash (however many backslashes nesting put before them); a character that does not show; a
 * no-break space; a symbol or an emoji between two groups of digits ("88 · 2 days ago" is none); a word spelled
 * letter by letter ("P-R-Y-C-E").
 */
const encodedForm =
  /(?:%[0-9A-Fa-f]{2})+|&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(nbsp|amp|quot|apos|lt|gt|shy|middot|ndash|mdash|hyphen));|\\+u([0-9A-Fa-f]{4})|\\+(["/])|[\u00ad\u200b-\u200d\u2060\ufeff]|[\u00a0\u202f]|(?<=[0-9]{2})[ \t]*(?:[•‧·∙●▪◦]|[\ud83c-\ud83e][\udc00-\udfff]\ufe0f?)[ \t]*(?=[0-9]{2})|(?<![\w-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w-])/g;
const namedReferences: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  shy: '',
  middot: '·',
  ndash: '–',
  mdash: '—',
  hyphen: '‐',
};

/**
 * `text` decoded, or undefined when it holds no encoded form. Percent-encoded bytes that are no UTF-8, and references
 * to no character, stay as written.
 *
 * @example
 * decodedForm('email=jane%40gmail.com')?.text; // 'email=jane@gmail.com'
 * decodedForm('010🍀4471🍀9082')?.text; // '010-4471-9082'
 * decodedForm('where is my order?'); // undefined
 */
export function decodedForm(text: string): DecodedForm | undefined {
  if (!mayHoldEncodedForm.test(text)) return undefined;
  let decoded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const spelled: { start: number; end: number }[] = [];
  let copied = 0;
  const copy = (to: number): void => {
    for (let index = copied; index < to; index += 1) {
      starts.push(index);
      ends.push(index + 1);
    }
    decoded += text.slice(copied, to);
    copied = to;
  };
  // One character (or none) for the whole match, which it stands for.
  const put = (value: string, start: number, end: number): void => {
    for (let index = 0; index < value.length; index += 1) {
      starts.push(start);
      ends.push(end);
    }
    decoded += value;
  };
  encodedForm.lastIndex = 0;
  for (let match = encodedForm.exec(text); match !== null; match = encodedForm.exec(text)) {
    const [whole] = match;
    const start = match.index;
    const end = start + whole.length;
    // A URL's password keeps its escapes: "postgres://app:Pl4nk%40Harbour@db" is one password, not an address.
    if (whole.startsWith('%') && isInUrlUserinfo(text, start)) continue;
    const pieces = whole.startsWith('%') ? percentDecoded(whole, start) : [{ value: plainValueOf(match), start, end }];
    if (pieces === undefined || pieces.some((piece) => piece.value === undefined)) continue;
    copy(start);
    if (spelledLetters.test(whole)) spelled.push({ start: decoded.length, end: decoded.length + pieces[0]!.value!.length });
    for (const piece of pieces) put(piece.value!, piece.start, piece.end);
    copied = end;
  }
  if (copied === 0) return undefined;
  copy(text.length);
  return decoded === text ? undefined : { text: decoded, starts: Int32Array.from(starts), ends: Int32Array.from(ends), spelled };
}

/** Whether `at` is inside the user and password of a URL ("scheme://user:pass@host"): after "://" and before an @. */
function isInUrlUserinfo(text: string, at: number): boolean {
  return userinfoBefore.test(text.slice(Math.max(0, at - 128), at)) && userinfoAfter.test(text.slice(at, at + 128));
}
const userinfoBefore = /:\/\/[^\s/@]*$/;
const userinfoAfter = /^[^\s/]*@/;

/** What a match other than percent-encoding stands for; undefined for a reference to no character. */
function plainValueOf(match: RegExpExecArray): string | undefined {
  const [whole, decimal, hex, named, escaped, quoted] = match;
  if (decimal !== undefined || hex !== undefined || escaped !== undefined) {
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? escaped!, 16);
    if (code > 0x10ffff || code < 0x20) return undefined;
    // A reference to a no-break space or a character that does not show reads as the plain one.
    if (code === 0xa0 || code === 0x202f) return ' ';
    if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return '';
    return String.fromCodePoint(code);
  }
  if (named !== undefined) return namedReferences[named];
  if (quoted !== undefined) return quoted;
  if (whole === '\u00a0' || whole === '\u202f') return ' ';
  if (spelledLetters.test(whole)) return whole.replaceAll('-', '');
  // What does not show reads as nothing; a separator between a number's groups, as a hyphen.
  return invisible.test(whole) ? '' : '-';
}

/** A word spelled letter by letter, a hyphen between ("K-O-W-A-L-C-Z-Y-K"). */
const spelledLetters = /^[A-Za-z](?:-[A-Za-z])+$/;
/** A character that does not show: a soft hyphen, a zero-width space or joiner, a word joiner, a byte-order mark. */
const invisible = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;

/**
 * The characters a run of percent-encoded bytes stands for, each with the span of its own bytes: a byte below 0x80 is one
 * character, a longer UTF-8 sequence is decoded whole. Undefined when the bytes are no UTF-8 or a control character.
 */
function percentDecoded(run: string, start: number): { value: string; start: number; end: number }[] | undefined {
  const bytes = Buffer.from(run.replaceAll('%', ''), 'hex');
  const pieces: { value: string; start: number; end: number }[] = [];
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (length === 0 || index + length > bytes.length) return undefined;
    const value = bytes.subarray(index, index + length).toString('utf8');
    if (value.includes('\ufffd') || (length === 1 && lead < 0x20)) return undefined;
    pieces.push({ value, start: start + index * 3, end: start + (index + length) * 3 });
    index += length;
  }
  return pieces;
}
