// Reads values that a system encoded or a person hid on the way to the assistant, as the plain text they stand for: URL
// percent-encoding ("jane%40gmail.com", "%2B82%2010…"), HTML character references ("jane&#64;naver.com", "010&nbsp;1234"),
// JSON's escapes ("jane\u0040gmail.com", \"phone\": \"…\"), characters that do not show (a zero-width space, a soft
// hyphen or a word joiner pasted inside a number), keycap digits, symbols, dashes and slashes put between a number's
// groups ("010🍀4471🍀9082", "617•829•0453", "010 / 2281 / 6604"), words spelled letter by letter ("P-R-Y-C-E"), a
// query's plus between a value's words ("name=Marta+Kowalczyk") and a label printer's commands around its fields. Unlike
// `plainForms`, the decoded text may be shorter, so each of its characters keeps where it came from and a finding in it
// is a finding over the characters as written.

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
 * The encoded forms, each with the cheap test that says a text may hold one and its alternative of the search, named
 * groups saying which form matched. Only the forms a text may hold are searched for: a pattern that opens with any letter
 * (a spelled word) or looks behind for digits costs every text at every character.
 */
const forms: ReadonlyArray<{ mayHold: RegExp; pattern: string }> = [
  // A run of percent-encoded bytes ("%40", "%EC%A0%95").
  { mayHold: /%[0-9A-Fa-f]{2}/, pattern: String.raw`(?<percent>(?:%[0-9A-Fa-f]{2})+)` },
  // An HTML character reference ("&#64;", "&#x40;", "&nbsp;").
  {
    mayHold: /&#|&[a-z]{2,6};/,
    pattern: String.raw`&(?:#(?<decimal>\d{1,7})|#[xX](?<hex>[0-9A-Fa-f]{1,6})|(?<named>nbsp|amp|quot|apos|lt|gt|shy|middot|ndash|mdash|hyphen));`,
  },
  // JSON's \uXXXX and an escaped quote or slash, however many backslashes nesting put before them.
  { mayHold: /\\/, pattern: String.raw`\\+u(?<escaped>[0-9A-Fa-f]{4})|\\+(?<quoted>["/])` },
  // A character that does not show, a no-break space, a hyphen that keeps its line (U+2010, U+2011), a keycap ("4️⃣").
  {
    mayHold: /[\u00a0\u00ad\u200b-\u200d\u2010\u2011\u2060\u202f\ufeff]|\u20e3/,
    pattern: String.raw`(?<invisible>[\u00ad\u200b-\u200d\u2060\ufeff])|(?<space>[\u00a0\u202f])|(?<hyphen>[\u2010\u2011])|(?<keycap>[0-9#*])\ufe0f?\u20e3`,
  },
  // A symbol or an emoji between two groups of digits ("010🍀4471", "617•829"; "88 · 2 days ago" is none, nor a handle's
  // digits before a post's date: "작성자 jiyeon84 · 2024.10.02", nor the end of a number in three hyphenated groups before
  // the next field: "SSN 533-72-9014 · 1838 Noe St"), a spaced dash
  // between a phone's last groups or a registration number's halves ("218 — 6637", "900412 – 5079807"; a passport and a
  // date are none), an underscore between groups of four ("5143_7164"), a slash inside a phone's groups ("(408) 391/7725").
  {
    mayHold: /[•‧·∙●▪◦\ud83c-\ud83e]|\d_\d|\d[ \t]+[—–]|\d\/\d{4}/,
    pattern: String.raw`(?<separator>(?<=(?<![A-Za-z_][0-9]*)(?<![0-9]-[0-9]+-[0-9]*)[0-9]{2})[ \t]*(?:[•‧·∙●▪◦]|[\ud83c-\ud83e][\udc00-\udfff]\ufe0f?)[ \t]*(?=[0-9]{2})|(?<=(?:^|[\s(])\d{3})[ \t]+[—–][ \t]+(?=\d{4}(?![\d/]))|(?<=(?:^|\s)\d{6})[ \t]+[—–][ \t]+(?=\d{7}(?!\d))|(?<=[0-9]{4})_(?=[0-9]{4})|(?<=\(\d{3}\)[ \t]?\d{3})\/(?=\d{4}(?!\d)))`,
  },
  // A Korean phone's groups between slashes ("010 / 2281 / 6604", "010/3347/2816").
  {
    mayHold: /0\d{1,2}[ \t]*\/[ \t]*\d{3}/,
    pattern: String.raw`(?<slashedPhone>(?<![\d/])0\d{1,2}[ \t]*\/[ \t]*\d{3,4}[ \t]*\/[ \t]*\d{4}(?![\d/]))`,
  },
  // A word spelled letter by letter ("P-R-Y-C-E").
  { mayHold: /-[A-Za-z]-/, pattern: String.raw`(?<spelled>(?<![\w-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w-]))` },
  // A label printer's commands around the fields it prints (ZPL: "^FO40,140^FDRosalind Achterberg^FS"): the fields read
  // as the lines they print.
  {
    mayHold: /\^FD/,
    pattern: String.raw`(?<labelCommand>\^(?:F[OTBRH]|A[0-9A-Z@]?|CF|BY|B[C3Q]|GB|CI|LH|LL|PW|PQ|XA|XZ)[^^\n]*|\^F[DS])`,
  },
  // A blank as a URL's query or a form's body writes it, between the words of a field's value that holds words alone,
  // plain or percent-encoded ("name=Marta+Kowalczyk", "Body=Hi+its+Fatima+Begum%2C+can…", "Body=%EC%98%88…+…"); not an
  // address's tag ("kenji+ops@…"), a key's base64 ("…SHE+qaQ0…") or a phone's plus.
  {
    mayHold: /=(?:[A-Za-zÀ-ɏ가-힣]|%[0-9A-Fa-f]{2})+\+(?:[A-Za-zÀ-ɏ가-힣]|%[0-9A-Fa-f]{2})/,
    pattern: String.raw`(?<queryBlank>(?<=(?:^|[?&\s"'])[\w.[\]-]{1,40}=(?:(?:[A-Za-zÀ-ɏ가-힣]|%[0-9A-Fa-f]{2}){1,40}\+){0,12}(?:[A-Za-zÀ-ɏ가-힣]|%[0-9A-Fa-f]{2}){1,40})\+(?=(?:[A-Za-zÀ-ɏ가-힣]|%[0-9A-Fa-f]{2}){1,40}(?:[+&\s"'<>]|$)))`,
  },
];
/** The search for each set of forms a text may hold, by the set's bits, built when first asked for. */
const searches = new Map<number, RegExp>();
/**
 * The ASCII characters an encoded form may open with (a percent, an ampersand, a backslash, an underscore, a slash) as 1,
 * and those that open one only before certain characters (a hyphen before a letter and a hyphen, a plus before a letter,
 * a caret before "FD") as 2.
 */
const asciiOpenings = new Uint8Array(128);
for (const character of '%&\\_/') asciiOpenings[character.charCodeAt(0)] = 1;
for (const character of '-+^') asciiOpenings[character.charCodeAt(0)] = 2;

/**
 * Whether `text` holds a character an encoded form may open with: any of `[%&\\\u00a0\u00ad\u200b-\u200d\u2010\u2011\u2060
 * \u202f\ufeff•‧·∙●▪◦\ud83c-\ud83e_—–/]`, a keycap's U+20E3, "-" a letter and "-", "+" and a letter, or "^FD". Most texts hold
 * none, and cost this test alone: one pass over the character codes, Hangul and ASCII first, where a search with these
 * alternatives tried each at every position.
 */
function mayHoldEncodedForm(text: string): boolean {
  const openings = asciiOpenings;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xac00 && code <= 0xd7a3) continue;
    if (code < 0x80) {
      const opening = openings[code]!;
      if (opening === 0) continue;
      if (opening === 1 || opensEncodedFormAt(text, index)) return true;
      continue;
    }
    if (isEncodedFormCharacter(code)) return true;
  }
  return false;
}

/** Whether the hyphen, plus or caret at `index` opens a spelled word ("-R-"), a query's blank ("+K") or a label's field ("^FD"). */
function opensEncodedFormAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  if (code === 0x5e) return next === 0x46 && text.charCodeAt(index + 2) === 0x44;
  const letter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  return code === 0x2b ? letter : letter && text.charCodeAt(index + 2) === 0x2d;
}

/** The characters above 0x7f of `mayHoldEncodedForm`. */
function isEncodedFormCharacter(code: number): boolean {
  if (code < 0x2000) return code === 0xa0 || code === 0xad || code === 0xb7;
  if (code <= 0x20e3)
    return (
      (code >= 0x200b && code <= 0x200d) ||
      code === 0x2010 ||
      code === 0x2011 ||
      code === 0x2013 ||
      code === 0x2014 ||
      code === 0x2022 ||
      code === 0x2027 ||
      code === 0x202f ||
      code === 0x2060 ||
      code === 0x20e3
    );
  if (code < 0xd800) return code === 0x2219 || code === 0x25aa || code === 0x25cf || code === 0x25e6;
  return (code >= 0xd83c && code <= 0xd83e) || code === 0xfeff;
}

/** The search for the forms `text` may hold, or undefined when it may hold none. */
function searchFor(text: string): RegExp | undefined {
  if (!mayHoldEncodedForm(text)) return undefined;
  let bits = 0;
  for (let index = 0; index < forms.length; index += 1) if (forms[index]!.mayHold.test(text)) bits |= 1 << index;
  if (bits === 0) return undefined;
  let search = searches.get(bits);
  if (search === undefined) {
    search = new RegExp(
      forms
        .filter((_, index) => (bits & (1 << index)) !== 0)
        .map((form) => form.pattern)
        .join('|'),
      'g',
    );
    searches.set(bits, search);
  }
  return search;
}
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
  const encodedForm = searchFor(text);
  if (encodedForm === undefined) return undefined;
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
    if (match.groups!.percent !== undefined && isInUrlUserinfo(text, start)) continue;
    const pieces = match.groups!.percent !== undefined ? percentDecoded(whole, start) : [{ value: plainValueOf(match), start, end }];
    if (pieces === undefined || pieces.some((piece) => piece.value === undefined)) continue;
    copy(start);
    if (match.groups!.spelled !== undefined) spelled.push({ start: decoded.length, end: decoded.length + pieces[0]!.value!.length });
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
  const { decimal, hex, named, escaped, quoted, space, hyphen, keycap, separator, slashedPhone, spelled, queryBlank, labelCommand } =
    match.groups!;
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
  if (space !== undefined || queryBlank !== undefined) return ' ';
  if (hyphen !== undefined || separator !== undefined) return '-';
  if (keycap !== undefined) return keycap;
  if (slashedPhone !== undefined) return slashedPhone.replace(/[ \t]*\/[ \t]*/g, '-');
  if (spelled !== undefined) return spelled.replaceAll('-', '');
  if (labelCommand !== undefined) return '';
  // What does not show reads as nothing.
  return '';
}

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
