// Logins spelled from a person the text names: "Kenji Moriyama … his login should be kmoriyama", "Priya Nair … 계정은 pnair
// 로", "하서연 … ha.seoyeon SUCCESS", "김재완 님 … kjw.deploy". Alone, "kmoriyama" is any word; beside the name it is spelled
// from, it is that person's handle, however the text labels it (an audit log's column, a commit's author, a URL's path).
import { initialSlots, spellsSlots, syllableSlots, type SpellingSlot } from './names/hangul-romanisation.ts';
import { surnameLength } from './names/korean-surnames.ts';
import { hangulRunEndAfter, isHangulSyllable } from './names/hangul.ts';
import { isPlausibleKoreanName } from './names/korean-names.ts';
import { hasFeatures, textFeature, textFeatures } from './text-features.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'login-of-named-person';
/** The names read in one text: a roster's first few are enough to find its logins. */
const mostNames = 8;
/** The fewest letters a login spelled from a whole name part holds ("pnair"): shorter ones ("jlee") are as often abbreviations. */
const fewestLetters = 5;
/** The fewest letters of a login read against a Hangul name on its line: a model's "s24" or "5G" is none. */
const fewestInitials = 3;
/** The most digits after a login ("seoyeonpark93", "kjw0521"). */
const mostTrailingDigits = 6;

/** A spelling as slots, one string of each in turn. */
type Form = readonly SpellingSlot[];

/** The spellings of one name: whole-name forms ("kmoriyama", "seoyeon.park"), and initials alone ("kjw"). */
interface NameForms {
  whole: Form[];
  initials: Form[];
  /** The letters a whole form may start with: most words of a text are turned away by their first. */
  wholeFirstLetters: ReadonlySet<string>;
}

/**
 * A lower-case word that may be a login: parts of letters and digits joined by a dot, an underscore or a hyphen, not
 * inside a word, a mail address or a handle (after a slash it may be a path's part: "github.com/mkowalczyk").
 */
const loginWord = /(?<![\w@.-])[a-z][a-z\d]*(?:[._-][a-z\d]+)*(?![\w@-])(?!\.[a-z\d])/g;
const joint = /[._-]/;
const joints = /[._-]/g;
const nonAscii = /[\u0080-\uffff]/;
const wordOfLetters = /^[a-z]{2,12}$/;

/**
 * Adds to `candidates` the lower-case words of `text` that no candidate covers and that are spelled from a person's name
 * among them: a given name and a surname in either order, either cut to its initials, a dot, an underscore or a hyphen
 * between, a word before or after and digits at the end; a Korean name's initials alone only with digits or a word beside
 * them ("kjw0521", "noc_jkh"). 0.75.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 0, end: 14, text: 'Kenji Moriyama', score: 0.85, recognizer: 'person-name' }];
 * addLoginsOfNamedPeople('Kenji Moriyama starts Monday; his login should be kmoriyama.', candidates);
 * candidates[1]?.text; // 'kmoriyama'
 */
export function addLoginsOfNamedPeople(text: string, candidates: PiiFinding[]): void {
  const features = textFeatures(text);
  // Every login is a word of small Latin letters.
  if (!hasFeatures(features, textFeature.lowerLatin)) return;
  const names = new Set<string>();
  for (const candidate of candidates) if (candidate.type === 'PERSON' && names.size < mostNames) names.add(candidate.text);
  // A roster's or a log's Hangul name that no name search found is read on its login's line.
  const hangul = hasFeatures(features, textFeature.hangul);
  if (names.size === 0 && !hangul) return;
  let joined: string | undefined;
  const spellable = [...names].filter(
    (name) => koreanNameIn(name) !== undefined || mayBeSpelledFromLatinName((joined ??= withoutJoints(text)), name),
  );
  if (spellable.length === 0 && !hangul) return;
  let forms: NameForms[] | undefined;
  const found: PiiFinding[] = [];
  loginWord.lastIndex = 0;
  for (let match = loginWord.exec(text); match !== null; match = loginWord.exec(text)) {
    const word = match[0];
    const letters = letterCount(word);
    if (letters === word.length && letters < fewestLetters) continue;
    const span = { start: match.index, end: match.index + word.length };
    forms ??= spellable.map(remembered);
    let spelled = forms.some((name) => isSpelledFrom(word, name, letters));
    if (!spelled && hangul && letters < word.length && letters >= fewestInitials) {
      const name = hangulNameOnLineSpelling(text, { ...span, letters });
      if (name !== undefined && !overlapsAny(candidates, name) && !overlapsAny(found, name)) {
        found.push({ type: 'PERSON', ...name, text: text.slice(name.start, name.end), score: 0.7, recognizer: recognizerName });
        spelled = true;
      }
    }
    if (spelled && !overlapsAny(candidates, span))
      found.push({ type: 'USERNAME', ...span, text: word, score: 0.75, recognizer: recognizerName });
  }
  for (const finding of found) candidates.push(finding);
}

/** A Hangul full name (three or four syllables) on the login's line that the login is spelled from. */
function hangulNameOnLineSpelling(
  text: string,
  login: { start: number; end: number; letters: number },
): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', login.start) + 1;
  const newline = text.indexOf('\n', login.end);
  const lineEnd = newline === -1 ? text.length : newline;
  const word = text.slice(login.start, login.end);
  for (let at = lineStart; at < lineEnd; at += 1) {
    if (!isHangulSyllable(text.charCodeAt(at))) continue;
    const end = hangulRunEndAfter(text, at);
    const run = text.slice(at, end);
    if (run.length >= 3 && run.length <= 4 && isPlausibleKoreanName(run) && isSpelledFrom(word, remembered(run), login.letters))
      return { start: at, end };
    at = end;
  }
  return undefined;
}

/**
 * Whether `word` is spelled from the name: its parts apart by joints, a word of letters at most before and after the
 * spelling, digits at its end.
 */
function isSpelledFrom(word: string, name: NameForms, letters: number): boolean {
  // Most words of a text are letters alone, with no part to cut off.
  if (letters === word.length) return name.wholeFirstLetters.has(word.charAt(0)) && name.whole.some((form) => spellsSlots(word, form));
  const parts = word.split(joint);
  const last = parts[parts.length - 1]!;
  const withoutDigits = last.replace(/\d+$/, '');
  const digits = last.length - withoutDigits.length;
  if (digits > mostTrailingDigits) return false;
  if (withoutDigits === '') parts.pop();
  else parts[parts.length - 1] = withoutDigits;
  for (let first = 0; first <= 1 && first < parts.length; first += 1)
    for (let end = parts.length; end >= parts.length - 1 && end > first; end -= 1) {
      const around = [...parts.slice(0, first), ...parts.slice(end)];
      if (!around.every((part) => wordOfLetters.test(part))) continue;
      const core = parts.slice(first, end).join('');
      if (!/^[a-z]+$/.test(core)) continue;
      if (letters >= fewestLetters && name.whole.some((form) => spellsSlots(core, form))) return true;
      if ((around.length > 0 || digits >= 2) && name.initials.some((form) => spellsSlots(core, form))) return true;
    }
  return false;
}

/** Forms by name: a conversation or a document names its people again and again. */
const formsByName = new Map<string, NameForms>();
const mostRemembered = 1024;

function remembered(name: string): NameForms {
  let forms = formsByName.get(name);
  if (forms === undefined) {
    if (formsByName.size >= mostRemembered) formsByName.clear();
    forms = formsOf(name);
    formsByName.set(name, forms);
  }
  return forms;
}

function formsOf(name: string): NameForms {
  const { whole, initials } = spellingsOf(name);
  return { whole, initials, wholeFirstLetters: new Set(whole.flatMap((form) => form[0]!.map((option) => option.charAt(0)))) };
}

/** The forms of a Korean name in Hangul, or of a name in Latin letters. */
function spellingsOf(name: string): Omit<NameForms, 'wholeFirstLetters'> {
  const hangul = koreanNameIn(name);
  if (hangul !== undefined) return koreanForms(hangul);
  return { whole: latinForms(latinNameWords(name)), initials: [] };
}

/** The Hangul of a name written in two to four syllables, or undefined for a name read in Latin letters. */
function koreanNameIn(name: string): string | undefined {
  const hangul = name.replace(/[^가-힣]/g, '');
  return hangul.length >= 2 && hangul.length <= 4 ? hangul : undefined;
}

/** A Latin name's words in lower case without accents or marks ("José O'Brien" → jose, obrien). */
function latinNameWords(name: string): string[] {
  // Decomposing leaves ASCII as it is, and most names are ASCII: the check costs less than the decomposition.
  return (nonAscii.test(name) ? name.normalize('NFD') : name)
    .toLowerCase()
    .split(/[\s,]+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part.length > 0);
}

/**
 * Whether a login may be spelled from the Latin `name` in a text, given as `joined`, without its joints. Each spelling of
 * a Latin name holds one of its words of two letters or more whole (`latinForms`), and a login's parts run together once
 * its joints are dropped: where no such word stands so, no login is spelled from the name and its forms are not built.
 * (A Korean name's romanisations are too many to look for.)
 */
function mayBeSpelledFromLatinName(joined: string, name: string): boolean {
  return latinNameWords(name).some((word) => word.length >= 2 && joined.includes(word));
}

function withoutJoints(text: string): string {
  return joint.test(text) ? text.replace(joints, '') : text;
}

/** Each ordered pair of a name's words: both whole, or one cut to its initial ("kmoriyama", "kenjim", "kenjimoriyama"). */
function latinForms(parts: readonly string[]): Form[] {
  const forms: Form[] = [];
  for (const first of parts)
    for (const second of parts) {
      if (first === second) continue;
      if (first.length > 1 && second.length > 1) forms.push([[first], [second]]);
      if (second.length > 2) forms.push([[first.charAt(0)], [second]]);
      if (first.length > 2) forms.push([[first], [second.charAt(0)]]);
    }
  return forms;
}

/** A surname and a given name as their spellings run, whole or as initials, in either order ("haseoyeon", "sjyoon"). */
function koreanForms(name: string): Omit<NameForms, 'wholeFirstLetters'> {
  const surnameEnd = surnameLength(name);
  if (surnameEnd === 0 || surnameEnd === name.length) return { whole: [], initials: [] };
  const surname = name.slice(0, surnameEnd);
  const given = name.slice(surnameEnd);
  const wholeSurname = syllableSlots(surname, { asSurname: true });
  const surnameInitial = initialSlots(surname, { asSurname: true });
  const wholeGiven = syllableSlots(given);
  const givenInitials = initialSlots(given);
  const pairs: Array<[Form, Form]> = [
    [wholeGiven, wholeSurname],
    [givenInitials, wholeSurname],
    [wholeGiven, surnameInitial],
  ];
  return {
    whole: pairs.flatMap(([givenPart, surnamePart]) => [
      [...givenPart, ...surnamePart],
      [...surnamePart, ...givenPart],
    ]),
    initials: [
      [...surnameInitial, ...givenInitials],
      [...givenInitials, ...surnameInitial],
    ],
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
