// Reads a person's name written in Latin letters next to a context word: one to three capitalised words, cut at words that are not names.
import {
  commonFirstNames,
  companySuffixes,
  firstNamesThatAreWords,
  legalFormSuffixes,
  placesNamedAfterPeople,
  wordsThatAreNotNames,
} from './english-name-words.ts';
import { commonSurnames } from './english-surnames.ts';
import { worldFirstNames } from './world-first-names.ts';

// Letters of Latin names beyond ASCII: Latin-1 ("Róisín", "Émilie", "Jürgen"), Latin Extended-A ("Yıldırım", "Łukasz",
// "Dvořák"), Extended-B's Vietnamese ư and ơ ("Thư", "Phước") and the Vietnamese letters of Latin Extended Additional
// ("Nguyễn"). The extended blocks mix capitals and small letters, so both classes take them whole.
const capital = 'A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ';
const small = 'a-zß-öø-ÿĀ-ſƀ-ɏḀ-ỿ';
/**
 * A capitalised name word: "Smith", "McDonald", "O'Brien", "Min-su", "Jean-Luc", "Fraser-McLeod", "Róisín", an initial "J.", the Irish
 * "Ó" before a surname ("Declan Ó Súilleabháin"), the Filipino "Ma." for María before a given name ("Ma. Luisa"), or the
 * Malay and South Asian "Mohd." or "Md." for Muhammad ("Mohd. Faizan Qureshi").
 */
const nameWordSource = String.raw`(?:(?:Ma|Mohd|Md|Muhd)\.(?=[ \t][${capital}])|[${capital}][${small}]+(?:[${capital}][${small}]+)?(?:['’-][${capital}]?[${small}]+(?:[${capital}][${small}]+)?)?|[A-Z]'[A-Z][a-z]+|[${capital}]\.|Ó(?=[ \t][${capital}]))`;
/**
 * All-capital words ("JOHN SMITH") are accepted only after an explicit label such as "Name:"; a middle initial without its
 * dot among them ("LUISA S DIZON"), initials before the surname ("O G BEVAN"), an apostrophe in them ("O'CONNOR", "DELL'ACQUA").
 */
const upperWordSource = String.raw`(?:(?:[A-Z]['’])?[A-Z]{2,}(?:['’-][A-Z]{2,})?|[A-Z](?=[ \t]+[A-Z](?:[A-Z]|[ \t]+[A-Z]{2})))`;

/**
 * The particles between the words of a surname, as one alternation ("Sanne de Vries", "Annelie van der Merwe", "Fernández
 * de la Fuente", "Rhys ap Dafydd", "Ahmed ibn Rashid").
 */
export const surnameParticles =
  'de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|bin|binti|binte|ibn|bint|al|ter|ten|ap|ab|dela|vd|s/o|d/o|a/l|a/p';
const particleSource = String.raw`(?:[ \t]+(?:${surnameParticles}))*`;
/** A middle initial without its dot, between a first name and a surname ("Tariq H Siddiqui"); never a name's first word. */
const bareMiddleInitialSource = String.raw`[A-Z](?=[ \t][${capital}][${small}])`;
const nameWordsAfter = new RegExp(
  String.raw`${nameWordSource}(?:${particleSource}[ \t]+(?:${nameWordSource}|${bareMiddleInitialSource})){0,3}`,
  'y',
);
const nameOrUpperWordsAfter = new RegExp(
  String.raw`(?:${nameWordSource}|${upperWordSource})(?:${particleSource}[ \t]+(?:${nameWordSource}|${upperWordSource}|${bareMiddleInitialSource})){0,3}`,
  'y',
);
const nameWordsBefore = new RegExp(
  String.raw`(?:^|[^A-Za-z'’.-])((?:${nameWordSource}|${upperWordSource})(?:[ \t]+(?:${nameWordSource}|${upperWordSource})){0,2})$`,
);
// One blank or a comma at most: a form's next field may start after several ("MARTIN J BRANDT   Company: …").
const followingWord = /(,?)[ \t]?([A-Za-z]+)/y;
/** An ampersand and the capitalised words after it, up to four. */
const wordsAfterAmpersand = /[ \t]*&[ \t]*((?:[A-Z][A-Za-z]*\.?[ \t]*){1,4})/y;

function namesFirmAfterAmpersand(text: string, end: number): boolean {
  wordsAfterAmpersand.lastIndex = end;
  const words = wordsAfterAmpersand.exec(text)?.[1]?.split(/[ \t]+/);
  return words !== undefined && words.some((word) => companySuffixes.has(word.replace(/\.$/, '')));
}

export interface LatinName {
  start: number;
  end: number;
  /** How many words the name has (a first and last name is stronger evidence than one word). */
  wordCount: number;
  /** Whether the first word is a common first name. */
  knownFirstName: boolean;
}

/** Whether a capital follows the first character, i.e. whether `capitalise` would change the word. */
export function hasCapitalAfterFirst(word: string): boolean {
  for (let index = 1; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}

function isNameWord(word: string): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  if (wordsThatAreNotNames.has(bare) || companySuffixes.has(bare)) return false;
  // A word already in capitalised form was looked up just now; only "SMITH", "TELECOM" or "McDONALD" needs a second look.
  if (!hasCapitalAfterFirst(bare)) return true;
  const capitalised = capitalise(bare);
  return !wordsThatAreNotNames.has(capitalised) && !companySuffixes.has(capitalised);
}

/** Given names that are a month's or its short form's words too, which a middle name may be ("Mateusz Jan Kowalczyk"). */
const monthsThatAreGivenNames: ReadonlySet<string> = new Set(['Jan', 'May', 'June', 'April', 'August']);

/**
 * Whether a month's word that is a given name too stands between a name's first word and another capitalised name word,
 * one blank apart ("Mateusz Jan Kowalczyk"; not "Paid Jan 2025", "Anna May.").
 */
function isMiddleNameBeforeSurname(text: string, at: { word: string; wordEnd: number; limit: number }): boolean {
  if (!monthsThatAreGivenNames.has(at.word) || text.charCodeAt(at.wordEnd) !== 0x20) return false;
  let nextEnd = at.wordEnd + 1;
  while (nextEnd < at.limit && !isBlank(text.charCodeAt(nextEnd))) nextEnd += 1;
  const next = text.slice(at.wordEnd + 1, nextEnd);
  return /^[A-Z][a-z]{2,}$/.test(next) && isNameWord(next);
}

export function capitalise(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Cuts `matched` (the words at `start`, as the text spells them) at its first word that is not a name. Reads the words in
 * place: kept words must be one space apart, and a lone initial is not a name.
 */
function toLatinName(text: string, options: { start: number; matched: string }): LatinName | undefined {
  const { start } = options;
  const limit = start + options.matched.length;
  let kept = 0;
  let end = start;
  let firstWord = '';
  for (let wordStart = start; wordStart < limit;) {
    let wordEnd = wordStart;
    while (wordEnd < limit && !isBlank(text.charCodeAt(wordEnd))) wordEnd += 1;
    // A word the match stopped inside is no name word ("GmbH" read as far as "Gmb").
    if (wordEnd === limit && isAsciiLetter(text.charCodeAt(wordEnd))) break;
    // A possessive ("Emily's phone") ends the name before its apostrophe.
    const possessive = isPossessiveEnd(text, wordEnd);
    if (possessive) wordEnd -= 2;
    const word = text.slice(wordStart, wordEnd);
    if (!isNameWord(word) && !(kept > 0 && isMiddleNameBeforeSurname(text, { word, wordEnd, limit }))) break;
    // Kept words joined by a tab or several blanks are not one name: a form's next field starts there ("Insured: Vikram
    // Rathore   Contact: …").
    if (kept > 0 && (wordStart - end !== 1 || text.charCodeAt(end) !== 0x20)) break;
    if (kept === 0) firstWord = word;
    kept += 1;
    end = wordEnd;
    if (possessive) break;
    wordStart = wordEnd;
    while (wordStart < limit && isBlank(text.charCodeAt(wordStart))) wordStart += 1;
  }
  // A particle is kept only before a word of the name ("Sanne de Vries", not "Maria de" before "Company").
  for (let cut = /[ \t]+[a-z]+$/.exec(text.slice(start, end)); cut !== null; cut = /[ \t]+[a-z]+$/.exec(text.slice(start, end))) {
    end -= cut[0].length;
    kept -= 1;
  }
  // A middle initial without its dot is one only before a surname ("Tariq H" before "ordered" is cut to "Tariq").
  if (kept > 1 && end - start >= 2 && text.charCodeAt(end - 2) === 0x20 && isCapital(text.charCodeAt(end - 1))) {
    end -= 2;
    kept -= 1;
  }
  // A trailing initial ("John S.") keeps its dot; a lone initial is not a name.
  if (kept === 0 || (kept === 1 && firstWord.length === 2 && firstWord.charCodeAt(1) === 0x2e && isCapital(firstWord.charCodeAt(0))))
    return undefined;
  followingWord.lastIndex = end;
  const following = followingWord.exec(text);
  if (following !== null) {
    const suffixes = following[1] === '' ? companySuffixes : legalFormSuffixes;
    const next = following[2]!;
    if (suffixes.has(next) || suffixes.has(capitalise(next))) return undefined;
    // A road, a school or a tower named after someone ("Family doctor: Lincoln Road Medical Centre", "outside Gaurav Tower").
    if (following[1] === '' && placesNamedAfterPeople.has(next)) return undefined;
  }
  // Partners of a firm ("Bill to: Harlow & Finch Architects LLP", "Whitaker Lawn & Snow LLC"), not two people ("Dwayne &
  // Marisol Kettering").
  if (namesFirmAfterAmpersand(text, end)) return undefined;
  return {
    start,
    end,
    wordCount: kept,
    knownFirstName: isListedFirstName(firstWord) || (hasCapitalAfterFirst(firstWord) && isListedFirstName(capitalise(firstWord))),
  };
}

/** Whether the word that ends at `wordEnd` ends in 's or ’s after a lower-case letter. */
function isPossessiveEnd(text: string, wordEnd: number): boolean {
  const apostrophe = text.charCodeAt(wordEnd - 2);
  const letter = text.charCodeAt(wordEnd - 3);
  return text.charCodeAt(wordEnd - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) && letter >= 0x61 && letter <= 0x7a;
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/**
 * The Latin-script name that starts exactly at `start`, if any.
 *
 * @example
 * latinNameAfter('Name: John Smith, 42', { start: 6 }); // { start: 6, end: 16, wordCount: 2, knownFirstName: true }
 */
export function latinNameAfter(text: string, options: { start: number; allowUppercase?: boolean }): LatinName | undefined {
  const pattern = options.allowUppercase === true ? nameOrUpperWordsAfter : nameWordsAfter;
  pattern.lastIndex = options.start;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  return toLatinName(text, { start: options.start, matched: match[0] });
}

/**
 * The Latin-script name that ends exactly at `end`, e.g. before a Korean honorific ("John Smith 고객님").
 *
 * @example
 * latinNameBefore('John Smith 고객님', { end: 10 }); // { start: 0, end: 10, wordCount: 2, knownFirstName: true }
 */
export function latinNameBefore(text: string, options: { end: number }): LatinName | undefined {
  const windowStart = Math.max(0, options.end - 48);
  const match = nameWordsBefore.exec(text.slice(windowStart, options.end));
  if (match?.[1] === undefined) return undefined;
  // Leading words that are not names ("VIP", "Dear") belong to the sentence, not the name.
  const words = match[1].split(/[ \t]+/);
  while (words.length > 0 && !isNameWord(words[0] ?? '')) words.shift();
  const matched = words.join(' ');
  if (matched === '' || text.slice(options.end - matched.length, options.end) !== matched) return undefined;
  const name = toLatinName(text, { start: options.end - matched.length, matched });
  // Cut words at the front were not names, so the name must still end where the honorific begins.
  return name !== undefined && name.end === options.end ? name : undefined;
}

/**
 * A name typed in lower case, as chat often is ("my name is jennifer lopez", "my wife jessica"): a listed first name of
 * three letters or more that is no everyday word, and a listed surname after it when one follows.
 *
 * @example
 * lowerCaseNameAfter('my name is jennifer lopez', { start: 11 }); // { start: 11, end: 25, wordCount: 2, knownFirstName: true }
 * lowerCaseNameAfter('call me will', { start: 8 }); // undefined: "will" is a word as often
 */
export function lowerCaseNameAfter(text: string, options: { start: number }): LatinName | undefined {
  const { start } = options;
  const firstEnd = lowerCaseWordEnd(text, start);
  if (firstEnd - start < 3) return undefined;
  const first = capitalise(text.slice(start, firstEnd).toUpperCase());
  if (!commonFirstNames.has(first) || firstNamesThatAreWords.has(first)) return undefined;
  if (text.charCodeAt(firstEnd) === 0x20) {
    const surnameEnd = lowerCaseWordEnd(text, firstEnd + 1);
    if (surnameEnd > firstEnd + 1 && commonSurnames.has(capitalise(text.slice(firstEnd + 1, surnameEnd).toUpperCase())))
      return { start, end: surnameEnd, wordCount: 2, knownFirstName: true };
    const unlisted = unlistedLowerCaseSurnameEnd(text, firstEnd + 1);
    if (unlisted !== undefined) return { start, end: unlisted, wordCount: 2, knownFirstName: true };
  }
  return { start, end: firstEnd, wordCount: 1, knownFirstName: true };
}

/**
 * A surname no list holds after a listed first name in lower case, as speech-to-text writes a caller's name ("this is
 * dolores whitfield um", "my name is ingrid solberg I need", "terrence boyd-whitaker"): a word that is no everyday one and
 * reads as no verb, where the name ends (the line's end, a mark, a filler, or the speaker going on with "I" or "she's"), so
 * "my son jake broke his arm" keeps "jake" alone.
 */
const unlistedLowerCaseSurname =
  /([a-z]{3,}(?:-[a-z]{3,})?)(?=[ \t]*(?:[\n,.!?;:)]|$)|[ \t]+(?:um|uh|er|erm|[Ii]|[Ii]'m|im|she's|he's|it's|speaking|calling|here)\b)/y;

function unlistedLowerCaseSurnameEnd(text: string, start: number): number | undefined {
  unlistedLowerCaseSurname.lastIndex = start;
  const match = unlistedLowerCaseSurname.exec(text);
  if (match === null) return undefined;
  const word = match[1]!;
  if (/(?:ing|ed|ly)$/.test(word) || wordsThatAreNotNames.has(capitalise(word.toUpperCase()))) return undefined;
  return start + word.length;
}

/**
 * Where the word of lower-case letters that starts at `start` ends; `start` when none starts there, a letter of another case
 * follows, or the word goes on as a login does ("its kwame.asante.88", "kwame_88", "kwame@…").
 */
function lowerCaseWordEnd(text: string, start: number): number {
  let end = start;
  while (isLowerCase(text.charCodeAt(end))) end += 1;
  const next = text.charCodeAt(end);
  if ((next >= 0x41 && next <= 0x5a) || next === 0x27 || next === 0x2019) return start;
  if ((next >= 0x30 && next <= 0x39) || next === 0x5f || next === 0x40) return start;
  const after = text.charCodeAt(end + 1);
  const goesOnAsLogin = (next === 0x2e || next === 0x2d) && (isLowerCase(after) || (after >= 0x30 && after <= 0x39));
  return goesOnAsLogin ? start : end;
}

function isLowerCase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Whether a word of `name` is a listed first name or surname, in any case ("Kim Minsu", "JOHN SMITH"): where the context
 * names things as often as people (a data key or a table column called "name"), only such a name counts.
 *
 * @example
 * isListedLatinName('Kim Minsu'); // true
 * isListedLatinName('Galaxy Nine'); // false
 */
export function isListedLatinName(name: string): boolean {
  return name.split(/[ \t,]+/).some((word) => isListedFirstName(capitalise(word)) || commonSurnames.has(capitalise(word)));
}

/**
 * Whether `word` (capitalised) is a first name of the US and UK lists or of `worldFirstNames` ("Deepa", "Oksana", "Mehwish").
 * The world list lifts weak contexts only ("Hi Deepa,"): the searches that read a first name with no context word
 * ("Sarah Martin", "Kevin called") keep to the census lists.
 *
 * @example
 * isListedFirstName('Oksana'); // true
 */
export function isListedFirstName(word: string): boolean {
  if (commonFirstNames.has(word) || worldFirstNames.has(word)) return true;
  // A double first name whose every part is listed ("Kerry-Ann", "Mary-Jane").
  const hyphen = word.indexOf('-');
  return hyphen > 0 && word.split('-').every((part) => commonFirstNames.has(part) || worldFirstNames.has(part));
}
