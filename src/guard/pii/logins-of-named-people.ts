// Logins spelled from a person the text names: "Kenji Moriyama … his login should be kmoriyama", "Priya Nair … 계정은 pnair
// 로", "하서연 … ha.seoyeon SUCCESS", "김지완 … kjw0521 LOCKED". Alone, "kmoriyama" is any word; beside the name it is spelled
// from, it is that person's handle, however the text labels it (an audit log's column, a commit's author, a URL's path).
import { initialSpellings, syllableSpellings } from './names/hangul-romanisation.ts';
import { surnameLength } from './names/korean-surnames.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'login-of-named-person';
/** The names read in one text: a roster's first few are enough to find its logins, and each adds to one pattern. */
const mostNames = 8;
/** The fewest letters a login spelled from a name holds ("pnair"): shorter ones ("jlee") are as often abbreviations. */
const fewestLetters = 5;

/** The spellings of one name as patterns: whole-name forms ("kmoriyama", "seoyeon.park"), and initials alone ("kjw"). */
interface NameSpellings {
  forms: string[];
  initials: string[];
}

/**
 * Adds to `candidates` the lower-case words of `text` that no candidate covers and that are spelled from a person's name
 * among them: a given name and a surname in either order, either of them cut to its initials, a dot, an underscore or a
 * hyphen between, a word and digits around them; a Korean name's initials alone only with digits or a word beside them
 * ("kjw0521", "noc_jkh"). 0.75.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 0, end: 14, text: 'Kenji Moriyama', score: 0.85, recognizer: 'person-name' }];
 * addLoginsOfNamedPeople('Kenji Moriyama starts Monday; his login should be kmoriyama.', candidates);
 * candidates[1]?.text; // 'kmoriyama'
 */
export function addLoginsOfNamedPeople(text: string, candidates: PiiFinding[]): void {
  const names = new Set<string>();
  for (const candidate of candidates) if (candidate.type === 'PERSON' && names.size < mostNames) names.add(candidate.text);
  if (names.size === 0) return;
  const forms: string[] = [];
  const initials: string[] = [];
  for (const name of names) {
    const spellings = spellingsOf(name);
    forms.push(...spellings.forms);
    initials.push(...spellings.initials);
  }
  const found: PiiFinding[] = [];
  const take = (pattern: RegExp, least: number) => {
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (letterCount(match[0]) < least || overlapsAny(candidates, span) || overlapsAny(found, span)) continue;
      found.push({ type: 'USERNAME', ...span, text: match[0], score: 0.75, recognizer: recognizerName });
    }
  };
  if (forms.length > 0)
    take(new RegExp(`${wordStart}(?:${word}${joint})?(?:${forms.join('|')})(?:${joint}${word})?\\d{0,6}${wordEnd}`, 'g'), fewestLetters);
  if (initials.length > 0) {
    const initialsOf = `(?:${initials.join('|')})`;
    take(new RegExp(`${wordStart}(?:${word}${joint}${initialsOf}|${initialsOf}(?:${joint}${word}\\d{0,6}|\\d{2,6}))${wordEnd}`, 'g'), 0);
  }
  for (const finding of found) candidates.push(finding);
}

/** Not inside a word, a mail address or a handle; after a slash it may be a path's part ("github.com/mkowalczyk"). */
const wordStart = String.raw`(?<![\w@.-])`;
const wordEnd = String.raw`(?![\w@-])(?!\.[a-z\d])`;
/** A word a login adds to the name ("kjw.deploy", "noc_jkh", "sua.lee_dyp"), and what joins it. */
const word = '[a-z]{2,12}';
const joint = '[._-]';

/** The spellings of a Korean name in Hangul, or of a name in Latin letters; none for anything else. */
function spellingsOf(name: string): NameSpellings {
  const hangul = name.replace(/[^가-힣]/g, '');
  if (hangul.length >= 2 && hangul.length <= 4) return koreanSpellings(hangul);
  const parts = name
    .normalize('NFD')
    .toLowerCase()
    .split(/[\s,]+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part.length > 0);
  return { forms: latinForms(parts), initials: [] };
}

/** Each ordered pair of a name's words: both whole, or one cut to its initial ("kmoriyama", "kenjim", "kenji.moriyama"). */
function latinForms(parts: readonly string[]): string[] {
  const forms: string[] = [];
  for (const first of parts)
    for (const second of parts) {
      if (first === second) continue;
      if (first.length > 1 && second.length > 1) forms.push(`${first}${joint}?${second}`);
      if (second.length > 2) forms.push(`${first.charAt(0)}${joint}?${second}`);
      if (first.length > 2) forms.push(`${first}${joint}?${second.charAt(0)}`);
    }
  return forms;
}

/** A surname and a given name as their spellings run, whole or as initials, in either order ("ha.seoyeon", "sjyoon"). */
function koreanSpellings(name: string): NameSpellings {
  const surnameEnd = surnameLength(name);
  if (surnameEnd === 0 || surnameEnd === name.length) return { forms: [], initials: [] };
  const surname = name.slice(0, surnameEnd);
  const given = [...name.slice(surnameEnd)];
  const wholeSurname = `(?:${syllableSpellings(surname, { asSurname: true })})`;
  const surnameInitial = initialSpellings(surname, { asSurname: true });
  const wholeGiven = given.map((syllable) => `(?:${syllableSpellings(syllable)})`).join('-?');
  const givenInitials = given.map((syllable) => initialSpellings(syllable)).join('');
  const pairs: Array<[string, string]> = [
    [wholeGiven, wholeSurname],
    [givenInitials, wholeSurname],
    [wholeGiven, surnameInitial],
  ];
  return {
    forms: pairs.flatMap(([givenPart, surnamePart]) => [`${givenPart}${joint}?${surnamePart}`, `${surnamePart}${joint}?${givenPart}`]),
    initials: [`${surnameInitial}${givenInitials}`, `${givenInitials}${surnameInitial}`],
  };
}

function letterCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) count += 1;
  }
  return count;
}
