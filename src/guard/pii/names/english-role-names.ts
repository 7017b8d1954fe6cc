// Finds a full name right after a word for someone's job or role ("the technician, Marcus Lee, never came", "our field
// engineer Priya Raman"): English capitalises no common noun there, so the capitalised pair is the person.
import type { PiiFinding } from '../types.ts';
import { roleWords } from './contact-words.ts';
import { holdsFirmWord } from './english-name-words.ts';
import { isListedFirstName, latinNameAfter } from './latin-name.ts';
import { isKoreanSurnameInLatin, isRomanisedGivenName } from './romanised-korean-names.ts';

export const englishRoleNameRecognizerName = 'english-role-name';

/**
 * … and the posts of a plant's floor, a dealer's yard and a marketplace's cases ("evaluator Bram Okafor", "Tech Lani
 * Tupou recommends …", "Associate Noor Haddad processed …"), which no firm fills.
 */
const plantDealerAndMarketRoles: readonly string[] = [
  ...['tech', 'evaluator', 'appraiser', 'estimator', 'associate', 'oiler', 'rigger', 'foreman'],
  ...['forewoman', 'reviewer', 'dasher', 'shopper', 'underwriter', 'auditor'],
  // … and of a licensing test's, an inquiry's or a claim's file ("examiner Wade Okoro", "the investigator, Lena Brandt").
  ...['examiner', 'investigator'],
];
/** The work a lead leads, before the word ("shift lead Ilse de Wit", "the night shift lead, Joost Bakker", "team lead"). */
const ledWork: ReadonlySet<string> = new Set(['shift', 'team', 'crew', 'tech', 'site', 'line', 'floor', 'project', 'squad', 'section']);
const roles: ReadonlySet<string> = new Set([...roleWords, ...plantDealerAndMarketRoles]);
/**
 * Roles a firm fills as often as a person ("the owner is Canada Post"), so the name after one, or after a role and "is",
 * must hold a listed first name or a surname no firm is spelled with.
 */
const rolesOfPeopleOrFirms: ReadonlySet<string> = new Set([
  // People of a lease, a household or a job whose name a letter or a call gives ("our current landlord is Desmond
  // Achterberg", "previous landlord Gilles Ouellet", "Midwife Gráinne Keogh").
  ...['landlord', 'landlady', 'owner', 'tenant', 'neighbour', 'neighbor', 'employer', 'boss', 'referee', 'guarantor', 'midwife'],
  ...['hygienist', 'teacher', 'principal', 'headteacher', 'tutor', 'coach', 'mentor'],
  // A marketplace's parties, a shop or a trader as often as a person ("Buyer Helena Brandt filed …", "seller Acme Outlet").
  ...['buyer', 'seller'],
]);
/** Verbs between a role and its name ("the landlord is Desmond Achterberg"). */
const linkingVerbs: ReadonlySet<string> = new Set(['is', 'was']);
/**
 * Words before "under" when an account or a booking is held in a name ("the account is under Reginald Oduya", "it's
 * under Marie-Ève Tremblay-Gagnon", "booked under Priya Nair").
 */
const wordsBeforeUnder: ReadonlySet<string> = new Set(['is', 's', 'was', 'booked', 'registered', 'listed', 'reserved', 'held']);
/** What is held or sent for a person ("a prescription for Ignatius Olawale", "calling for Liam Tūhoe-Parker"). */
const wordsBeforeFor: ReadonlySet<string> = new Set([
  ...['prescription', 'prescriptions', 'appointment', 'message', 'referral', 'results', 'calling'],
]);
/**
 * The capital that starts a capitalised pair ("Marcus Lee", "Femke de Wit" with a surname's particles between), the shape
 * every full name after a role holds: read there, and
 * the word before it looked up. One alternation of the forty role words over a whole document cost a knowledge document 7%.
 */
const pairStart = /(?<![A-Za-z'’.-])[A-Z](?=[a-z]+[ \t]+(?:(?:de|van|von|der|den|da|di|du|le|la|ter|ten)[ \t]+){0,2}[A-Z][a-z'’.])/g;

/**
 * Only full names: a single capitalised word after a role is as often a company or a product ("the agent Hanbit sent").
 * The caller runs this where the feature pass saw a "First Last" shape, which every such name holds.
 *
 * @example
 * findNamesAfterRoles('The technician, Marcus Lee, never showed up').map((finding) => finding.text); // ['Marcus Lee']
 */
export function findNamesAfterRoles(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  pairStart.lastIndex = 0;
  // `test` leaves `lastIndex` right after the capital, with no match array per hit; the pair's second word may start the
  // next pair ("Lee Smith"), and the look-ahead leaves it unread.
  while (pairStart.test(text)) {
    const start = pairStart.lastIndex - 1;
    const context = contextBefore(text, start);
    if (context === undefined) continue;
    const name = latinNameAfter(text, { start });
    if (name === undefined || name.wordCount < 2) continue;
    if (!isRolesName(text.slice(name.start, name.end), context)) continue;
    findings.push({
      type: 'PERSON',
      start: name.start,
      end: name.end,
      text: text.slice(name.start, name.end),
      score: 0.8,
      recognizer: englishRoleNameRecognizerName,
    });
    pairStart.lastIndex = name.end;
  }
  return findings;
}

/**
 * What stands right before `start`: a role word, then blanks (or an apposition's comma and blanks), perhaps with "is"
 * between (`strict` where the role is one a firm fills too); or "under" after a word of holding, or "for" after a thing
 * held for someone (`strict` too: "appointment for", "calling for" precede firms' names as well).
 */
function contextBefore(text: string, start: number): { strict: boolean } | undefined {
  // "c/o Ramkumar Yadav": post in care of a person, or of a firm as often ("c/o Harbour Freight Ltd").
  if (isCareOfBefore(text, start)) return { strict: true };
  const word = lowerWordBefore(text, start, { commaAllowed: true });
  if (word === undefined) return undefined;
  if (roles.has(word.text)) return { strict: word.capitalised === true };
  if (word.text === 'lead' && wordBefore(text, word.start, ledWork)) return { strict: false };
  if (rolesOfPeopleOrFirms.has(word.text)) return { strict: true };
  const held =
    (word.text === 'under' && wordBefore(text, word.start, wordsBeforeUnder)) ||
    (word.text === 'for' && wordBefore(text, word.start, wordsBeforeFor)) ||
    (linkingVerbs.has(word.text) && (wordBefore(text, word.start, roles) || wordBefore(text, word.start, rolesOfPeopleOrFirms)));
  return held ? { strict: true } : undefined;
}

/**
 * Whether a name read after `context` is a person's: any after a plain role; else no firm's word, and a listed first name
 * or a personal surname's shape (a letter beyond English's, two names joined, Mc, Mac or O').
 */
function isRolesName(name: string, context: { strict: boolean }): boolean {
  if (!context.strict) return true;
  if (holdsFirmWord(name)) return false;
  const [first, second] = name.split(/[ \t]+/) as [string, string | undefined];
  // "Landlord Pyun Gwang-soo": a romanised Korean surname, then a given name of joined syllables.
  if (second !== undefined && isKoreanSurnameInLatin(first) && second.includes('-') && isRomanisedGivenName(second.replace('-', '')))
    return true;
  return isListedFirstName(first) || /[^\p{ASCII}]|\p{L}-[A-Z]|\b(?:Mc|Mac|O['’])[A-Z]/u.test(name);
}

/** Whether "c/o" (care of) and blanks stand right before `start`, the mark a word of its own. */
function isCareOfBefore(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  if (at === start || at < 3 || text.charCodeAt(at - 2) !== 0x2f || (text.charCodeAt(at - 1) | 0x20) !== 0x6f) return false;
  if ((text.charCodeAt(at - 3) | 0x20) !== 0x63) return false;
  return at === 3 || !isLatinLetter(text.charCodeAt(at - 4));
}

/** Whether the lower-case word before `end` (blanks between) is one of `words`. */
function wordBefore(text: string, end: number, words: ReadonlySet<string>): boolean {
  const word = lowerWordBefore(text, end, { commaAllowed: false });
  return word !== undefined && words.has(word.text);
}

/** The lower-case word that ends before `end` with one or more blanks (and a comma, where allowed) between. */
/**
 * Whether a colon, a semicolon or a comma and blanks come right before `start`, or a sentence's full stop: a case note's
 * sentence opens with the post and the name ("… 6 buyers report empty boxes. Buyer Helena Brandt filed …"); not an
 * initial's dot ("J. Associate").
 */
function startsField(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  const mark = text.charCodeAt(at - 1);
  return (
    at < start &&
    (mark === 0x3a ||
      mark === 0x3b ||
      mark === 0x2c ||
      (mark === 0x2e && at >= 2 && !isCapitalLatin(text.charCodeAt(at - 2)) && !isBlank(text.charCodeAt(at - 2))))
  );
}

function lowerWordBefore(
  text: string,
  end: number,
  options: { commaAllowed: boolean },
): { text: string; start: number; capitalised?: boolean } | undefined {
  let wordEnd = end;
  while (wordEnd > 0 && isBlank(text.charCodeAt(wordEnd - 1))) wordEnd -= 1;
  if (wordEnd === end) return undefined;
  if (options.commaAllowed && text.charCodeAt(wordEnd - 1) === 0x2c) wordEnd -= 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && isLowerLatin(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (wordStart === wordEnd) return undefined;
  // A role capitalised as a title is ("Referees: Principal Glen McKinnon").
  const capitalised = wordStart > 0 && isCapitalLatin(text.charCodeAt(wordStart - 1));
  if (capitalised) wordStart -= 1;
  // "it's under": the s after an apostrophe is a word of its own.
  const before = text.charCodeAt(wordStart - 1);
  if (wordStart > 0 && isLatinLetter(before)) return undefined;
  if (wordStart > 0 && before !== 0x27 && before !== 0x2019 && !isBlank(before) && before !== 0x0a && before !== 0x28 && before !== 0x2c)
    return undefined;
  const word = text.slice(wordStart, wordEnd);
  // Capitalised, a role is one only where a field or a list item starts ("Technician Visit Scheduled" is a heading).
  if (capitalised && !startsField(text, wordStart)) return undefined;
  return { text: capitalised ? word.toLowerCase() : word, start: wordStart, capitalised };
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isCapitalLatin(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLatinLetter(code: number): boolean {
  return isLowerLatin(code) || (code >= 0x41 && code <= 0x5a);
}
