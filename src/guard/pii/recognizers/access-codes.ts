// A door's, a gate's or a key safe's code given after a bare "code" or "keypad", with the door named nearby rather than in
// the label: "access via side gate, code 4096", "Key safe at 2 Oldcourt Mews (…) - code is 1948", "the cupboard code is
// 0308", "The code for the street door is 4827B", a reply's "code is 2580" under "can u send the side gate code".
// A padlock's combination is given the same way ("Back green gate padlock is now 2 8 1 9"), and a code read out digit by
// digit keeps its blanks ("key safe is on the side gate, code 0 4 7 7") or its hyphens ("code 2-0-0-5"); a keypad's hash
// may stand inside it ("code is now 4#913"). A key safe's code may follow the box's place with no "code" at all ("key safe
// left of the garage, 0412"), and a reply may say the code a question named was changed ("will you change the code
// after?" / "Yes I'll reset it to 2846").
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { spelledValueAt } from './spelled-card-values.ts';

const recognizer = 'credential';
/** "code", "keypad" or "padlock" as a word, in any case; a key safe or a lock box (captured), whose code may follow its place. */
const codeWord = /\b(?:code|keypad|padlock|(key[ \t]?safe|key[ \t]?box|lock[ \t]?box))\b/gi;
/**
 * The code within a few words after its word in the same sentence, with no other number before it ("code is 2580", "code
 * still 1965#", "code not working, tried 2580", "keypad 7193 then #"): four to eight digits with the keypad's star or hash,
 * four to six read out one by one ("code 8 1 6 4 (press CLEAR first)"), or a French building's digits and letter
 * ("4827B"); not a group of a longer number ("code? Or ring me 0488 305 712").
 */
const codeSaidAfter =
  /(?:[ \t]+for[ \t]+(?:#|no\.?[ \t]*|number[ \t]+|unit[ \t]+|flat[ \t]+)\d{1,4}[A-Za-z]?(?=[ \t]*[:)-]))?[^\n\d?!]{0,40}?(?<![\w.,/:#*-])([#*]?\d{4,8}[#*]?|\d(?: \d){3,5}|\d(?:-\d){3,5}|\d{1,3}[#*]\d{2,6}|\d\d \d\d(?![ \t]*[A-Za-z])|\d{3,6}[A-Z])(?![\w@]|[.,:/-]\d|[ \t]\d)/y;
/**
 * The code the sentence says it was changed to, however much it says first of where the door is ("the lockbox code for 14
 * Harcourt Terrace, Flat 3, Dublin 2 has been changed to 7315").
 */
const changedToCode =
  /(?:[^\n.?!]|[.?!](?! )|\?[ \t]*\n[^\n:]{1,40}:[ \t])*?\b(?:changed|reset|updated|switched)(?: it)? to[ \t]+([#*]?\d{4,8}[#*]?)(?![\w@]|[.,:/-]\d|[ \t]\d)/y;
const changedReach = 120;
/** What opens a door or a box: named near the code, it makes the code the door's. */
const accessWord =
  /\b(?:gate|door|keypad|key ?safe|key ?box|lock ?box|lockbox|lock|cupboard|locker|entrance|entry|buzzer|intercom|visitor|alarm|garage|shed|padlock|lobby|porch)s?\b|(?:haus)?tür|\b(?:in|into|from)[ \t]+(?:the[ \t]+|a[ \t]+)?safe\b|\bstorage[ \t]+unit|\bunit[ \t]+\d{1,4}[A-Za-z]?['’]s\b/i;
/** How far before the code's word a door may be named: the sentence, or the message it answers. */
const accessReach = 160;
/**
 * The words that may stand right before "code": none, an article or a possessive, "same" or "new", or what it opens; any
 * other word names another code ("promo code", "error code", "postcode", "booking code", "delivery code").
 */
const wordsBeforeCode: ReadonlySet<string> = new Set([
  ...['the', 'a', 'same', 'new', 'old', 'my', 'your', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'and', 'is', 'with'],
  ...['gate', 'door', 'safe', 'box', 'lockbox', 'alarm', 'entry', 'access', 'visitor', 'cupboard', 'locker', 'building'],
  ...['lobby', 'garage', 'shed', 'padlock', 'keypad', 'front', 'back', 'side', 'main', 'street', 'entrance', 'porch'],
  // A room's own keypad ("Burner room keypad is 81 44", "server room code 2291").
  ...['room'],
  // An alarm's panel ("Alarm panel code for early starts: 2580").
  ...['panel'],
  // An alarm's own codes ("Alarm: tenant user code 4096 (master code stays with the landlord)"), and a German door's ("new
  // Haustür code since the break-in: 3 9 0 6 1").
  ...['user', 'master', 'haustür', 'tür'],
  // A reply's report of what the code is now ("mr obi came down. says code is now 4#913").
  ...['says', 'said'],
]);
/**
 * Another number's words or a bracket between a key safe and a number: no code of the box ("the spare card in the key safe
 * till then (card ending 0915)").
 */
const otherNumberBetween = /[(#]|\b(?:card|ending|ends|ref|order|no|number|account|phone|ext)\b/i;
/** A street's name after a number: a key safe's address, not its code ("key safe at 1450 Willow Road"). */
const streetAfter = /^[ \t]+[A-Z][a-z]/;
/** Units and counts after a number: no code ("code 4096 items", "keypad 2024 edition"). */
const unitAfter = /^[ \t]?(?:am|pm|hrs?|mins?|km|kg|GB|MB|items?|pcs|units?|times|years?|%)\b/i;

/**
 * The access codes in `text` that the label searches did not find (`found`), each 0.8.
 *
 * @example
 * findAccessCodes('Meter is in the back garden, side gate keypad 7193 then #.', []).map((code) => code.text); // ['7193']
 * findAccessCodes('Use promo code 2580 at checkout', []); // []
 */
export function findAccessCodes(text: string, found: readonly PiiFinding[]): PiiFinding[] {
  let codes: PiiFinding[] | undefined;
  codeWord.lastIndex = 0;
  for (let word = codeWord.exec(text); word !== null; word = codeWord.exec(text)) {
    const wordEnd = word.index + word[0].length;
    const boxWord = word[1] !== undefined;
    if (!boxWord && !mayNameAccessCode(text, word.index)) continue;
    const match = codeAt(text, wordEnd);
    if (match === undefined) continue;
    const value = match.value;
    const end = match.end;
    const start = end - value.length;
    if (unitAfter.test(text.slice(end, end + 8))) continue;
    if (boxWord && (streetAfter.test(text.slice(end, end + 3)) || otherNumberBetween.test(text.slice(wordEnd, start)))) continue;
    if (found.some((finding) => finding.start < end && start < finding.end)) continue;
    if (codes?.some((code) => code.start === start)) continue;
    if (!accessWord.test(text.slice(Math.max(0, word.index - accessReach), end)) && !followsDoorCode(word.index, found, codes)) continue;
    (codes ??= []).push(createFinding({ type: 'PASSWORD', text: value, start, score: 0.8, recognizer }));
  }
  if (!text.includes('"')) return codes ?? [];
  doorCodeField.lastIndex = 0;
  for (let field = doorCodeField.exec(text); field !== null; field = doorCodeField.exec(text)) {
    const start = doorCodeField.lastIndex - field[1]!.length - 1;
    if (found.some((finding) => finding.start === start)) continue;
    (codes ??= []).push(createFinding({ type: 'PASSWORD', text: field[1]!, start, score: 0.85, recognizer }));
  }
  return codes ?? [];
}

/**
 * A booking's or a visit's JSON field of a door's code, its key in camel or snake case ("gateCode": "#2580", "door_code":
 * "4821").
 */
const doorCodeField =
  /"(?:door|gate|entry|entrance|lobby|building|keypad|lockbox|keybox|alarm)(?:Code|_code|Pin|_pin|Password|_password)"[ \t]*:[ \t]*"([#*]?\d{4,8}[#*]?)"/gi;

/** Between the code's word and a code read out in words: "is", "was", "now", a colon ("the keypad code is nine three …"). */
const beforeSpelledCode = /[ \t]*(?:(?:is|was)[ \t]+)?(?:now[ \t]+)?(?:[:：][ \t]*)?/y;

/** The code after its word: within a few words, read out in words right after it, or where the sentence says it was changed to. */
function codeAt(text: string, wordEnd: number): { value: string; end: number } | undefined {
  codeSaidAfter.lastIndex = wordEnd;
  const said = codeSaidAfter.exec(text);
  if (said !== null) return { value: said[1]!, end: codeSaidAfter.lastIndex };
  beforeSpelledCode.lastIndex = wordEnd;
  beforeSpelledCode.test(text);
  const spelled = spelledValueAt(text, beforeSpelledCode.lastIndex, { fewest: 4, most: 8 });
  if (spelled !== undefined) return { value: spelled.text, end: beforeSpelledCode.lastIndex + spelled.text.length };
  changedToCode.lastIndex = wordEnd;
  const changed = changedToCode.exec(text.slice(0, wordEnd + changedReach));
  return changed === null ? undefined : { value: changed[1]!, end: changedToCode.lastIndex };
}

/** Whether the word before "code" at `at` leaves it a door's: none, a possessive, or one of `wordsBeforeCode`. */
function mayNameAccessCode(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09 || text.charCodeAt(end - 1) === 0x2d)) end -= 1;
  // A possessive names whose code it is ("Unit 88's code is 0316", "the gate's code"); the door's word is checked after.
  if (/['’]s$/.test(text.slice(Math.max(0, end - 2), end))) return true;
  let start = end;
  while (start > 0 && /[A-Za-zäöüß]/.test(text.charAt(start - 1))) start -= 1;
  return start === end || wordsBeforeCode.has(text.slice(start, end).toLowerCase());
}

/**
 * Whether a code was found before `at`: "the code" a later line asks to change is that door's, however far back it was
 * named ("Key safe by the back door, code is 7319" … "will you change the code after?").
 */
function followsDoorCode(at: number, found: readonly PiiFinding[], codes: readonly PiiFinding[] | undefined): boolean {
  const before = (finding: PiiFinding): boolean => finding.type === 'PASSWORD' && finding.end <= at;
  return found.some(before) || (codes?.some(before) ?? false);
}
