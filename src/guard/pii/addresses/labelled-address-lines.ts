// Reads the value of an address label in Latin script ("Address: B-204, Gulmohar Residency, Sector 50, Noida 201301") as
// one address, whatever country's order its parts come in.
import { isAsciiLetter } from '../feature-characters.ts';
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';

export const labelledAddressRecognizerName = 'labelled-address';

// After "ddress" of "Address", "Home address", "ADDRESS", a note in brackets, its change or its purpose perhaps ("Address
// (home country):", "my address changed:", "Address for replacement delivery:", not a firm's "Address for returns:"): a colon,
// then the line's value, up to a run of blanks or a bar that opens the next field of a form. Read at each "ddress" a
// native search finds: a pattern over a whole document with an optional word before its label cost documents several per
// cent.
const afterLabel =
  /[ \t]*(?:\([^()\n]{1,30}\)[ \t]*|[ \t](?:has[ \t]+)?(?:changed|updated)[ \t]*|[ \t]for[ \t]+(?!returns?\b|payments?\b|cheques?\b)[a-z][a-z -]{2,40})?[:：][ \t]*([^\n]+)/y;
// A JSON record's field ("address": "Brookside Barn, Edale Road, Hope, Hope Valley S33 6RF"): its string is the value.
const afterJsonKey = /"[ \t]*:[ \t]*"([^"\n]+)"/y;
// The same in a sentence: "my new address is …", "address from 1.10 is …", "I live at …"; the value ends with the sentence.
const afterPhrase = /[ \t]+(?:from[ \t]+\S+[ \t]+)?is[ \t]+([^\n]+)/y;
const livingPhrases = ['live at ', 'living at ', 'lives at '];
/** Words that end in a dot inside an address ("Co. Mayo", "Brgy. Molino", "H.No. 12"): the sentence goes on after them. */
const abbreviationsInAddresses: ReadonlySet<string> = new Set([
  'Co',
  'Brgy',
  'St',
  'No',
  'H.No',
  'Apt',
  'Rd',
  'Dr',
  'Ave',
  'Mt',
  'Ft',
  'Blk',
  'Ph',
  'Bldg',
  'Nr',
  'Opp',
  'Flr',
  'Fl',
  'Sr',
  'Jr',
]);
const nextField = /[ \t]{3,}|\t|[ \t]\|[ \t]/;
/**
 * A way to reach the person that the line goes on to give, which ends the address before it ("…, Singapore 560628. HP:
 * 8236 1574", "…, NS B2G 1K8 and her cell is 902 863 4410").
 */
const contactAfter =
  /[.,;]?[ \t]*\b(?:HP|H\/P|Tel|TEL|Phone|PHONE|Mobile|MOBILE|Mob|Cell|Ph|Fax|Email|E-mail)\.?[ \t]*[:：#]|(?:,[ \t]*|[ \t]+)(?:and[ \t]+)?(?:my|his|her|their|our)[ \t]+(?:cell|phone|mobile|number|email)\b/;
/** Labels of addresses that are no place: an email's, a network's, a wallet's. */
const notPlaces: ReadonlySet<string> = new Set([
  'email',
  'e-mail',
  'ip',
  'mac',
  'web',
  'wallet',
  'bitcoin',
  'ethereum',
  'physical',
  'server',
  'return',
]);

/**
 * Each address label's value that reads as a place: a digit, a word of three letters and commas between its parts, no
 * Hangul (Korean addresses are read by their own search), no mailbox or link, at most 150 characters.
 *
 * @example
 * findLabelledAddressLines('Address: Bergstraße 27, 3. OG links, 69120 Heidelberg')[0]?.text; // 'Bergstraße 27, 3. OG links, 69120 Heidelberg'
 * findLabelledAddressLines('IP Address: 192.168.0.10'); // []
 */
export function findLabelledAddressLines(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const spelled of ['ddress', 'DDRESS']) {
    for (let at = text.indexOf(spelled); at !== -1; at = text.indexOf(spelled, at + spelled.length)) {
      const finding = addressAfterLabel(text, at);
      if (finding !== undefined) findings.push(finding);
    }
  }
  for (const phrase of livingPhrases) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      const finding = placeInSentence(text, at + phrase.length);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}

/**
 * Whether the text may hold an address label or phrase: "address" with a colon after a Latin letter or an " is ", or "live
 * at". Two or three native searches before any reading.
 *
 * @example
 * mayHoldAddressPhrase('My new address is Apt 6, The Maltings, Westport'); // true
 */
export function mayHoldAddressPhrase(text: string, latinColon: boolean): boolean {
  const found = addressWordsIn(text);
  // "live at", or "address" with a colon somewhere after a Latin letter or a note's bracket, or " is" or " from" after it.
  return found === 'phrase' || (found === 'label' && (latinColon || text.includes('):') || text.includes('ddress":')));
}

/** Whether the text holds "address" before " is" or " from", or "live at" ('phrase'), or "address" only ('label'). */
const addressWordsIn = rememberLastText((text: string): 'phrase' | 'label' | undefined => {
  let found: 'label' | undefined;
  addressWord.lastIndex = 0;
  for (let match = addressWord.exec(text); match !== null; match = addressWord.exec(text)) {
    const after = addressWord.lastIndex;
    if (match[0].length > 6 || text.startsWith(' is ', after) || text.startsWith(' from ', after)) return 'phrase';
    found = 'label';
  }
  return found;
});

/** "address" and the living phrases in one pass; the first is read further by `mayHoldAddressPhrase`. */
const addressWord = /ddress|DDRESS|liv(?:e|es|ing) at /g;

/** The place a sentence gives from `start` to its end ("I live at 27B Admiralty Way, Lekki Phase 1, Lagos."). */
function placeInSentence(text: string, start: number): PiiFinding | undefined {
  const lineEnd = text.indexOf('\n', start);
  const value = upToPostcode(sentenceOf(beforeContact(text.slice(start, lineEnd === -1 ? text.length : lineEnd))));
  // In a sentence, a place opens with its number or a capital and runs to three parts ("The address is on the invoice,
  // 2 copies" is none).
  if (value.length < 8 || value.length > 150 || !isPlace(value) || !/^[\dA-ZÀ-Þ#]/.test(value) || value.split(',').length < 3)
    return undefined;
  return { type: 'ADDRESS', start, end: start + value.length, text: value, score: 0.85, recognizer: labelledAddressRecognizerName };
}

/** `line` up to the end of its first sentence: a dot before a blank or the end, after a word that is no abbreviation. */
function sentenceOf(line: string): string {
  for (let dot = line.indexOf('.'); dot !== -1; dot = line.indexOf('.', dot + 1)) {
    const next = line.charCodeAt(dot + 1);
    if (dot + 1 < line.length && next !== 0x20 && next !== 0x09) continue;
    const word = /[A-Za-z.]+$|(?<=^|[ \t])\d{1,2}$/.exec(line.slice(0, dot))?.[0] ?? '';
    // An abbreviation, or a floor's ordinal ("3. OG links"), goes on.
    if (!abbreviationsInAddresses.has(word) && !/^\d/.test(word)) return line.slice(0, dot);
  }
  return line.replace(/[ \t;,]+$/, '');
}

/** The address after the label whose "ddress" stands at `at`, if the label is one and its value a place. */
function addressAfterLabel(text: string, at: number): PiiFinding | undefined {
  // The label's A, not inside a longer word ("Readdress"), and not an email's or a network's address.
  const initial = text.charCodeAt(at - 1);
  if ((initial !== 0x41 && initial !== 0x61) || isAsciiLetter(text.charCodeAt(at - 2))) return undefined;
  if (notPlaces.has(wordBefore(text, at - 1).toLowerCase())) return undefined;
  afterJsonKey.lastIndex = at + 6;
  const json = text.charCodeAt(at + 6) === 0x22 ? afterJsonKey.exec(text) : null;
  if (json !== null) {
    const raw = json[1]!;
    const value = raw.trim();
    if (value.length < 8 || value.length > 150 || !isPlace(value)) return undefined;
    // The string closes one character before where the search stopped.
    const start = afterJsonKey.lastIndex - 1 - raw.length + raw.indexOf(value);
    return { type: 'ADDRESS', start, end: start + value.length, text: value, score: 0.9, recognizer: labelledAddressRecognizerName };
  }
  afterLabel.lastIndex = at + 6;
  const match = afterLabel.exec(text);
  if (match === null) {
    afterPhrase.lastIndex = at + 6;
    const phrase = afterPhrase.exec(text);
    return phrase === null ? undefined : placeInSentence(text, afterPhrase.lastIndex - phrase[1]!.length);
  }
  let value = beforeContact(match[1]!);
  const fieldEnd = value.search(nextField);
  if (fieldEnd !== -1) value = value.slice(0, fieldEnd);
  // A line that goes on after the address's sentence ends ("Address: 245 Yongin-daero, Giheung-gu, Yongin. Parking 3h free. …")
  // gives it no more parts.
  value = upToPostcode(upToTownsFullStop(value));
  const note = value.search(noteInBrackets);
  if (note !== -1) value = value.slice(0, note);
  value = value.replace(/[ \t.;]+$/, '');
  if (value.length < 8 || value.length > 150 || !isPlace(value)) return undefined;
  const start = afterLabel.lastIndex - match[1]!.length;
  return { type: 'ADDRESS', start, end: start + value.length, text: value, score: 0.9, recognizer: labelledAddressRecognizerName };
}

/**
 * A British postcode or a ZIP code, then a sentence's end or a dash and more words: the address ends at the code ("Registered address: 14
 * Albion Close, Stevenage SG1 4PJ. Failure to respond …", "Address (3 yrs+): 9 Whinfell Drive, Kendal LA9 7QF - homeowner, mortgage with
 * …", "…, CA 91910; tel. (619) …"), or a clause ("… Edison, NJ 08817 if you need to write"), or any words in small letters after a US
 * state's ZIP code or a British postcode ("… MN 55405 go say hi", "… TX 77479, drives a white RAV4"), which no address goes on with (a
 * town's "am Main" does); a European postcode with its town after it likewise ("My new address: Hauptstraße 41, 10961 Berlin. My number
 * …").
 */
const postcodeThenMore =
  /(?:\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\b\d{5}(?:-\d{4})?|(?<=,[ \t]*)\d{4,5}[ \t]+[A-ZÀ-Þ][a-zß-ÿ-]+)(?=\.[ \t]+[A-Z]|;[ \t]|[ \t]+[-–—][ \t]+\S|[ \t]+(?:if|but|and|so|or|as|because|when|which|in case|for)[ \t])|(?:\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})(?=,?[ \t]+[a-z]{2,}[ \t])/;

function upToPostcode(value: string): string {
  const postcode = postcodeThenMore.exec(value);
  return postcode === null ? value : value.slice(0, postcode.index + postcode[0].length);
}

/**
 * `value` up to a full stop after a town's word of five letters or more and before a capital, when a place stands before it;
 * shorter words before a dot are as often an address's abbreviations ("Jl. Kemang Raya", "Co. Mayo").
 */
function upToTownsFullStop(value: string): string {
  townsFullStop.lastIndex = 0;
  for (let stop = townsFullStop.exec(value); stop !== null; stop = townsFullStop.exec(value)) {
    const place = value.slice(0, stop.index + stop[0].length - stop[1]!.length);
    if (isPlace(place)) return place;
  }
  return value;
}

const townsFullStop = /[A-Za-z]{5,}(\.[ \t]+)(?=[A-Z])/g;

/** A note in brackets after the address, in lower-case words ("… 80796 München (we apply for the Halteverbot zone)", "… GL52 5EZ (moved in 1 April)"). */
const noteInBrackets = /[ \t]+\((?=[a-z])/;

/**
 * A clause of the sentence after a comma, which ends the address before it ("…, Quận 5, the alley is small but bike is
 * ok", "…, Vila Madalena, if he can drop it off").
 */
const clauseAfter =
  /,[ \t]*(?:the|it|it's|its|but|and|so|which|pls|please|thanks|thank|if|i|i'm|im|we|you|he|she|they|my|our|just|can|could|will|would)[ \t]/;

/** `line` up to a way of reaching the person given after the address (`contactAfter`), or a clause after a comma. */
function beforeContact(line: string): string {
  const contact = line.search(contactAfter);
  const upToContact = contact === -1 ? line : line.slice(0, contact);
  const clause = upToContact.search(clauseAfter);
  return clause === -1 ? upToContact : upToContact.slice(0, clause);
}

/** The word of letters and hyphens that ends, after blanks, right before `end` ("IP" of "IP Address"); '' when none. */
function wordBefore(text: string, end: number): string {
  let wordEnd = end;
  while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 0x20 || text.charCodeAt(wordEnd - 1) === 0x09)) wordEnd -= 1;
  if (wordEnd === end) return '';
  let wordStart = wordEnd;
  while (wordStart > 0 && (isAsciiLetter(text.charCodeAt(wordStart - 1)) || text.charCodeAt(wordStart - 1) === 0x2d)) wordStart -= 1;
  return text.slice(wordStart, wordEnd);
}

function isPlace(value: string): boolean {
  // Not a network's address written after a bare label ("Address: 10.0.0.1, port 22").
  if (/^(?:\d{1,3}\.){3}\d|^[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-zÀ-ÿ]{3}/.test(value) && /,/.test(value) && !/[\uac00-\ud7a3@]|https?:|www\./.test(value);
}
