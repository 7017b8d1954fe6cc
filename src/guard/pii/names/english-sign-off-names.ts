// Finds the writer's name where a message signs off with it alone, no closing word before it: "…comes out on the 15th.\nJack",
// "Danke!\nKatrin", "See you at arrivals, Terminal 4. - Deshawn".
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName, latinNameAfter, latinNameBefore, type LatinName } from './latin-name.ts';

export const englishSignOffRecognizerName = 'english-sign-off-name';

/** A dash or a tilde that sets a signature apart ("- Deshawn", "~ Priya"). */
const signatureMark = /[ \t]*[-–—~][ \t]*/y;

/**
 * The name that ends a message on a line of its own (after a sentence's end or a blank line) or after a dash that follows
 * a sentence's end. One word must be a listed first name, and two or three words must start with one: a line of capitalised
 * words ends many lists and headings.
 *
 * @example
 * findSignOffName('Bill paid, thanks for sorting it.\nJack')?.text; // 'Jack'
 * findSignOffName('Colours in stock:\nRed\nJade'); // undefined: no sentence ends before it
 */
export const findSignOffName = rememberLastText((text: string): PiiFinding | undefined => signOffName(text));

/** `findSignOffName` unremembered, for a part of a text (a thread's message) read once. */
export function signOffName(text: string): PiiFinding | undefined {
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end -= 1;
  const kissed = kissesStartAtEnd(text, end);
  if (kissed !== -1) end = kissed;
  if (end === 0 || !isLowerCaseLetter(text.charCodeAt(end - 1))) return undefined;
  const signedForTeam = nameBeforeTeam(text, end);
  if (signedForTeam !== undefined) return signedForTeam;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const onItsOwnLine = lineStart > 0 ? nameOnLastLine(text, { lineStart, end }) : undefined;
  const afterDash = onItsOwnLine === undefined ? nameAfterDash(text, { lineStart, end }) : undefined;
  const name =
    onItsOwnLine ??
    afterDash ??
    nameAfterKisses(text, { lineStart, end }) ??
    (kissed === -1 ? undefined : nameBeforeKisses(text, { lineStart, end }));
  if (name === undefined) return undefined;
  const first = text.slice(name.start, firstWordEnd(text, name));
  // A name no list holds counts alone after a closing, which says a signature follows ("Pozdrawiam,\nBartek", "xx Ronke"),
  // or after a dash that follows a sentence's end ("…before the 4pm deploy?? - Tariq").
  const signed = () =>
    closesBefore(text, { lineStart, name }) || (name === afterDash && !noticeEndings.has(first) && dashFollowsSentence(text, name.start));
  if (!isListedFirstName(first) && (name.wordCount > 1 || wordsThatAreNotNames.has(first) || !signed())) return undefined;
  return {
    type: 'PERSON',
    start: name.start,
    end: name.end,
    text: text.slice(name.start, name.end),
    score: 0.65,
    recognizer: englishSignOffRecognizerName,
  };
}

/**
 * A listed first name after a dash that opens a line or follows a sentence, then a comma and the team or firm the writer
 * signs for ("… within 24–72hrs. – Tolu, GTCare", "– Jasmine, Loan Processing").
 */
const signatureWithTeam = /(?:^|\n|[.!?)][ \t]+)[-–—~][ \t]*([A-Z][a-z]{1,14}),[ \t]*[A-Z][A-Za-z&]*(?:[ \t]+[A-Z][A-Za-z&]*){0,2}[ \t]*$/;
const signatureWithTeamReach = 80;

function nameBeforeTeam(text: string, end: number): PiiFinding | undefined {
  const from = Math.max(0, end - signatureWithTeamReach);
  // The pattern's comma after the name: most texts hold none near their end.
  if (text.lastIndexOf(',', end - 1) < from) return undefined;
  const match = signatureWithTeam.exec(text.slice(from, end));
  if (match === null || !isListedFirstName(match[1]!) || wordsThatAreNotNames.has(match[1]!)) return undefined;
  const start = from + match.index + match[0].indexOf(match[1]!, match[0].search(/[-–—~]/));
  return { type: 'PERSON', start, end: start + match[1]!.length, text: match[1]!, score: 0.65, recognizer: englishSignOffRecognizerName };
}

/**
 * Whether the text ends in a capitalised word, as a signature does: most messages end in a word in lower case or a mark,
 * and this look spares them the search.
 *
 * @example
 * mayEndWithSignOff('see you soon - Priya'); // true
 * mayEndWithSignOff('where is my order?'); // false
 */
export function mayEndWithSignOff(text: string): boolean {
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end -= 1;
  const kissed = kissesStartAtEnd(text, end);
  if (kissed !== -1) end = kissed;
  let at = end;
  while (at > 0 && isLowerCaseLetter(text.charCodeAt(at - 1))) at -= 1;
  return at < end && isCapital(text.charCodeAt(at - 1));
}

/** Kisses or thanks in short right before the name on its line ("…ring me 07931 446 208 xx Ronke", "Thx - Renee", "ta, Cal"). */
const kissesOrThanksBefore = /(?:^|[\s.!?])(?:[Xx]x+|XX+|xoxo|XOXO|[Tt]a,|[Tt]hx[ \t]*[-–—,]|[Cc]heers[ \t]*[-–—])[ \t]*$/;
/**
 * A closing of its own on the line before the name, in English or another language a customer signs in ("Bis bald,",
 * "Pozdrawiam,", "LG", "Merci et à bientôt !").
 */
const closingLine =
  /(?:^|\n)[ \t]*(?:(?:Kind|Warm|Best|Many)[ \t]+(?:regards|wishes|thanks)|Regards|Cheers|Thanks|Thank you|Thx|Best|Love|Take care|Talk soon|See you|Sincerely|xx+|Xx+|xoxo|Ta|LG|VG|MfG|(?:Liebe|Viele|Beste)[ \t]+Grüße|Gruß|Grüße|Bis bald|Danke|Pozdrawiam|Pozdrowienia|Groetjes|Met vriendelijke groet|Saludos|Un abrazo|Abrazos|Besos|Gracias|Cordialement|Bisous|Merci|À bientôt|Grazie|Ciao|Saluti|Obrigad[oa]|Abraços|Beijos|Hälsningar|Mvh|Hilsen)\b[^\n]{0,24}\r?\n[ \t]*$/;

/** Whether a closing stands right before the name: kisses or thanks on its line, or a closing line above it. */
function closesBefore(text: string, at: { lineStart: number; name: LatinName }): boolean {
  const before = text.slice(at.lineStart, at.name.start);
  if (kissesOrThanksBefore.test(before)) return true;
  // Else the name fills its line, after a signature's dash at most, below a closing line.
  if (before.trim().replace(/^[-–—~]/, '') !== '') return false;
  return closingLine.test(text.slice(Math.max(0, at.lineStart - 48), at.lineStart));
}

/** The name after kisses or thanks in short at the end of the last line. */
function nameAfterKisses(text: string, at: { lineStart: number; end: number }): LatinName | undefined {
  if (!mayHoldKissesOrThanksBefore(text, at)) return undefined;
  const name = latinNameBefore(text, { end: at.end });
  if (name === undefined || !kissesOrThanksBefore.test(text.slice(at.lineStart, name.start))) return undefined;
  return name;
}

/**
 * Whether kisses or thanks in short may stand before the name that ends the line: each holds an x, a comma or a dash among
 * its last two characters ("xoxo", "Ta,", "Thx -"), and only blanks follow it before the name, which `latinNameBefore`
 * reads in the last 48 characters, so one stands among the last 50 characters of the line other than blanks.
 */
function mayHoldKissesOrThanksBefore(text: string, at: { lineStart: number; end: number }): boolean {
  let nonBlanksLeft = 50;
  for (let index = at.end - 1; index >= at.lineStart && nonBlanksLeft > 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 0x78 || code === 0x58 || code === 0x2c || code === 0x2d || code === 0x2013 || code === 0x2014) return true;
    if (code !== 0x20 && code !== 0x09) nonBlanksLeft -= 1;
  }
  return false;
}

/**
 * Where the kisses that end a message after its writer's name begin, the blank before them included ("…the fob 😂 Callum
 * x", "Siobhan xx"); -1 when the text ends otherwise.
 */
function kissesStartAtEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 4 && text.charCodeAt(at - 1) === 0x78) at -= 1;
  if (at === end || !isBlank(text.charCodeAt(at - 1))) return -1;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

/** The name right before the kisses that end the text, after a sentence's end, an emoji or the line's start. */
function nameBeforeKisses(text: string, at: { lineStart: number; end: number }): LatinName | undefined {
  const name = latinNameBefore(text, { end: at.end });
  if (name === undefined || name.wordCount > 2) return undefined;
  let before = name.start;
  while (before > at.lineStart && isBlank(text.charCodeAt(before - 1))) before -= 1;
  return before === at.lineStart || endsSentence(text.charCodeAt(before - 1)) ? name : undefined;
}

/** The name that fills the last line, after an optional dash, when a sentence or a blank line ends the text before it. */
function nameOnLastLine(text: string, at: { lineStart: number; end: number }): LatinName | undefined {
  signatureMark.lastIndex = at.lineStart;
  let start = signatureMark.test(text) ? signatureMark.lastIndex : at.lineStart;
  while (start < at.end && isBlank(text.charCodeAt(start))) start += 1;
  const name = latinNameAfter(text, { start });
  if (name === undefined || name.end !== at.end) return undefined;
  // A typographic dash that opens the last line signs it, whatever the line before ends with ("…text me when you try\n—
  // Maya"); a hyphen opens a list's item as often ("- Red").
  if (start > at.lineStart && typographicDashWithin(text, { from: at.lineStart, to: start })) return name;
  let before = at.lineStart - 1;
  while (before > 0 && isTrailing(text.charCodeAt(before - 1)) && text.charCodeAt(before - 1) !== 0x0a) before -= 1;
  const previous = text.charCodeAt(before - 1);
  if (previous === 0x0a || endsSentence(previous)) return name;
  // A closing's comma ("Bis bald,\nMatze").
  return previous === 0x2c && closingLine.test(text.slice(Math.max(0, at.lineStart - 48), at.lineStart)) ? name : undefined;
}

/** The name after a dash that follows a sentence's end, a number or a word on the last line ("…Terminal 4. - Deshawn"). */
function nameAfterDash(text: string, at: { lineStart: number; end: number }): LatinName | undefined {
  // A dash among the last characters first: most texts that end in a capitalised word ("…in Seoul") hold none there.
  if (!hasDashWithin(text, { from: Math.max(at.lineStart, at.end - dashReach), to: at.end })) return undefined;
  const name = latinNameBefore(text, { end: at.end });
  if (name === undefined || name.start <= at.lineStart) return undefined;
  let before = name.start;
  while (before > at.lineStart && isBlank(text.charCodeAt(before - 1))) before -= 1;
  const dash = text.charCodeAt(before - 1);
  if (dash !== 0x2d && dash !== 0x2013 && dash !== 0x2014 && dash !== 0x7e) return undefined;
  before -= 1;
  if (!isBlank(text.charCodeAt(before - 1))) return undefined;
  while (before > at.lineStart && isBlank(text.charCodeAt(before - 1))) before -= 1;
  const previous = text.charCodeAt(before - 1);
  // After a phone number the writer gives ("Callback 647-302-8814 - Priya Raman"), and after any word where a typographic
  // dash sets the name apart ("Merci — Mathieu").
  return endsSentence(previous) || isDigit(previous) || (dash !== 0x2d && dash !== 0x7e) ? name : undefined;
}

/**
 * What a notice, a listing or a question about a firm ends with after a dash, which no list of words that are no names
 * holds ("… - Free", "… - Red", "Where is my parcel? - Amazon").
 */
const noticeEndings: ReadonlySet<string> = new Set([
  ...['Free', 'Sale', 'Sent', 'Resolved', 'Urgent', 'Important', 'Update', 'Note', 'Later', 'Soon', 'Management'],
  ...['Red', 'Blue', 'Green', 'Black', 'White', 'Grey', 'Gray', 'Silver', 'Gold', 'Pink', 'Purple', 'Orange', 'Yellow'],
  ...['Amazon', 'Google', 'Apple', 'Microsoft', 'Samsung', 'Netflix', 'Spotify', 'Uber', 'Facebook', 'Instagram', 'WhatsApp'],
  ...['PayPal', 'Venmo', 'Walmart', 'Target', 'Costco', 'Tesco', 'Coles', 'Woolworths', 'Telstra', 'Optus', 'Vodafone'],
  ...['Verizon', 'Comcast', 'Xfinity', 'FedEx', 'Royal', 'Hermes', 'Evri', 'Coupang', 'Naver', 'Kakao', 'Shopee', 'Lazada'],
]);

/** Whether the dash before a name at `nameStart` follows a sentence's end, a bracket or an emoji, blanks between. */
function dashFollowsSentence(text: string, nameStart: number): boolean {
  let at = nameStart;
  while (isBlank(text.charCodeAt(at - 1))) at -= 1;
  at -= 1;
  while (isBlank(text.charCodeAt(at - 1))) at -= 1;
  return endsSentence(text.charCodeAt(at - 1));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether an en or an em dash stands between `from` and `to`. */
function typographicDashWithin(text: string, span: { from: number; to: number }): boolean {
  for (let at = span.from; at < span.to; at += 1) if (text.charCodeAt(at) === 0x2013 || text.charCodeAt(at) === 0x2014) return true;
  return false;
}

/** How far before the end a signature's dash may stand: three words of a name. */
const dashReach = 48;

function hasDashWithin(text: string, span: { from: number; to: number }): boolean {
  for (let at = span.from; at < span.to; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x7e) return true;
  }
  return false;
}

function firstWordEnd(text: string, name: LatinName): number {
  const blank = text.indexOf(' ', name.start);
  return blank === -1 || blank > name.end ? name.end : blank;
}

/** . ! ? ) and the low surrogate that ends an emoji ("Love you 🙂\nJess"). */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x29 || (code >= 0xdc00 && code <= 0xdfff);
}

function isTrailing(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isCapital(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde);
}

function isLowerCaseLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);
}
