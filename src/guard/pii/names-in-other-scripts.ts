// A person's name in the scripts of the world, and one person's spellings side by side. Foreign residents, travellers and
// multinational customers write their names in their own script beside the Latin and Hangul ones ("Abdullaev Jasur —
// Абдуллаев Жасур in his passport", "KYAW ZIN OO (ကျော်ဇင်ဦး)", "Name in Mongolian: Батбаярын Энхжаргал", "Trần Thị Mỹ Linh
// / TRAN THI MY LINH / 쩐티미린"). A name in another script after a name's label is one; so is each spelling written right
// beside a name already found, across a bracket, a slash, a dash or "in Tamil".
import { holdsFirmWord, wordsThatAreNotNames } from './names/english-name-words.ts';
import { capitalise } from './names/latin-name.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'name-in-other-script';

/** The scripts read here: every one but Latin, Hangul and Han, whose names the other searches read. */
const scripts = [
  ...['Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Thai', 'Lao', 'Devanagari', 'Bengali', 'Tamil', 'Telugu', 'Kannada'],
  ...['Malayalam', 'Gujarati', 'Gurmukhi', 'Sinhala', 'Myanmar', 'Khmer', 'Georgian', 'Armenian', 'Ethiopic', 'Hiragana'],
  'Katakana',
]
  .map((script) => String.raw`\p{Script=${script}}`)
  .join('');
/**
 * A character of the blocks of those scripts: the cheap test before any search, by code ranges, which V8 reads four
 * times as fast as the script properties (Greek to Armenian, Hebrew and Arabic, the Indic scripts to Sinhala, Thai and
 * Lao, Myanmar, Georgian, Ethiopic, Khmer, kana).
 */
// The blocks hold combining marks, which the lint reads as combined characters; a range of code points combines none.
// eslint-disable-next-line no-misleading-character-class
const otherScriptLetter = /[\u0370-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u10ff\u1200-\u137f\u1780-\u17ff\u3040-\u30ff]/;
/**
 * Whether `text` holds a character of the scripts read here.
 *
 * @example
 * holdsOtherScript('Name: Иван Петров'); // true
 */
export function holdsOtherScript(text: string): boolean {
  return otherScriptLetter.test(text);
}

/** A word of one of them, with its marks, a dot of an initial and a hyphen or a kana's middle dot inside. */
const otherScriptWord = String.raw`[${scripts}][${scripts}\p{M}.'’ー・-]*`;
/** One to four such words, a blank apart, that no letter of those scripts continues (a Korean particle may: "Шокир예요"). */
const otherScriptRun = new RegExp(
  String.raw`(?<![${scripts}\p{M}\p{Script=Han}ー・])${otherScriptWord}(?:[ \t]${otherScriptWord}){0,3}(?![${scripts}\p{M}\p{Script=Han}ー・])`,
  'gu',
);

/**
 * A name's label right before the run, on its line: a name field in any language or a signature ("Native script:",
 * "Name in Mongolian:", "ФИО:", "الاسم:"), or a language's name right before it ("in Jawi …", "Burmese …").
 */
const nameLabelBefore = new RegExp(
  String.raw`(?:\b(?:[Nn]ame|NAME|[Nn]ames|[Ss]ignature|[Ss]igned|[Nn]ative [Ss]cript)\b|氏名|名前|이름|성명|Имя|имя|ФИО|Ф\.И\.О\.|Фамилия|الاسم|ชื่อ|नाम)[^\n:：.!?]{0,20}[:：]?[ \t]*$|\b(?:Jawi|Cyrillic|Russian|Kazakh|Mongolian|Burmese|Sinhala|Tamil|Nepali|Hindi|Bengali|Arabic|Hebrew|Greek|Thai|Khmer|Lao|Uzbek|[Kk]ana|Katakana|Hiragana)[ \t]*[:：]?[ \t]*$|(?:아랍어|러시아어|태국어|몽골어|네팔어|미얀마어|벵골어|타밀어|힌디어|히브리어|그리스어|크메르어|우즈베크어|카자흐어|싱할라어|원어|현지어)(?:로는|로|는)?[ \t]*[:：]?[ \t]*$`,
);
/**
 * A form's own words, which a run may open with: a spelling's in kana ("フリガナ / Katakana: サトウ ケンタ"), a name's or an
 * account's in Thai, Russian and Arabic ("ชื่อบัญชี ANUCHA KAEWMANEE", "Паспорт на имя …").
 */
const labelWords = /^(?:フリガナ|ふりがな|カナ|ローマ字|ชื่อ|นามสกุล|ภาษา|Имя|имя|ФИО|Фамилия|Паспорт|Адрес|الاسم|الاسم الكامل|नाम|पता)/;
/** A word of a script with capitals that is not capitalised as a name is ("ДОГОВОР", "на"; not "Бат-Эрдэнэ"). */
const notTitleCase = /(?:^|[ \t])(?:[\p{Ll}]|[\p{Lu}][^ \t-]*[\p{Lu}])/u;

const bicameralLetter = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/** How far before the run a label may start. */
const labelReach = 40;

/**
 * What may stand between two spellings of one name: a bracket, a slash, a bar, a dash or a comma, and words that say which
 * spelling follows ("in Cyrillic", "latin", "on my passport", "English").
 */
const spellingGap = new RegExp(
  String.raw`^[ \t]*(?:[(/|,—–]|-(?=[ \t]))?[ \t]*(?:(?:in|on|my|his|her|the|as|is|it's|per|written|spelled|spelt|latin|Latin|LATIN|English|passport|papers|card|script|native|romaji|Romaji|kana|Katakana|Hiragana|Jawi|Cyrillic|Russian|Kazakh|Mongolian|Burmese|Sinhala|Tamil|Nepali|Hindi|Bengali|Arabic|Hebrew|Greek|Thai|Khmer|Uzbek|Korean|Japanese|Chinese)[ \t]*[:：,]?[ \t]*){0,4}[(/|—–]?[ \t]*$`,
);
const gapReach = 40;

/** A name in Latin letters: capitalised words or capitals, a surname before a slash as airlines write it, particles between. */
const latinNameAt =
  /(?:[A-Z]\.|[A-Z][A-Za-z'’-]*|[A-Z]{2,}\/[A-Z]+)(?:[ \t](?:bin|binti|van|der|de|la|dela|al|s\/o|d\/o)(?=[ \t]))*(?:[ \t](?:[A-Z]\.|[A-Z][A-Za-z'’-]*|bin|binti|van|der|de|la|dela|al)){0,4}/y;
/** Words a bracket or a slash after a name holds that are no spelling of it: roles, relations, countries, languages. */
const notSpellings: ReadonlySet<string> = new Set([
  ...['Katakana', 'Hiragana', 'Romaji', 'Kanji', 'Kana', 'Jawi', 'Cyrillic', 'Indian', 'Nepali', 'Thai', 'Russian', 'Arabic'],
  ...['Mom', 'Mum', 'Dad', 'Father', 'Mother', 'Wife', 'Husband', 'Son', 'Daughter', 'Master', 'Cook', 'Bosun', 'Chief', 'Engineer'],
  ...['Director', 'Manager', 'Procurement', 'Sales', 'Support', 'HR', 'Student', 'Teacher', 'Worker', 'Counselor', 'Agent'],
  ...['Korea', 'Korean', 'Myanmar', 'Nepal', 'Vietnam', 'Thailand', 'Russia', 'Mongolia', 'Japan', 'China', 'Israel', 'India'],
  ...['English', 'Latin', 'Passport', 'ARC', 'Visa', 'Mobile', 'Phone', 'Office', 'Ltd', 'Co', 'Inc', 'DevOps'],
]);

/**
 * Adds to `candidates` the names of `text` in other scripts after a name's label, then every spelling of a name found
 * that stands right beside it, in any script but Hangul (`hangul-spellings-of-foreign-names.ts`), until no more is found.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 0, end: 12, text: 'KYAW ZIN OO', score: 0.8, recognizer: 'x' }];
 * addNamesInOtherScripts('KYAW ZIN OO (ကျော်ဇင်ဦး) | Master', candidates);
 * candidates.map((finding) => finding.text); // ['KYAW ZIN OO', 'ကျော်ဇင်ဦး']
 */
export function addNamesInOtherScripts(text: string, candidates: PiiFinding[]): void {
  if (!holdsOtherScript(text)) return;
  const runs: Array<{ start: number; end: number; words: number }> = [];
  otherScriptRun.lastIndex = 0;
  const labels: number[] = [];
  for (let match = otherScriptRun.exec(text); match !== null; match = otherScriptRun.exec(text)) {
    // A sentence's full stop or a dash after the run is none of it ("สมชาย ใจดี. Somchai Jaidee.").
    const end = match.index + match[0].replace(/[.'’ー・-]+$/u, '').length;
    if (end === match.index) continue;
    if (labelWords.test(match[0])) labels.push(end);
    else if (!notTitleCase.test(match[0])) runs.push({ start: match.index, end, words: match[0].split(/[ \t]/).length });
  }
  const people = candidates.filter((finding) => finding.type === 'PERSON');
  const add = (start: number, end: number): PiiFinding | undefined => {
    const finding: PiiFinding = { type: 'PERSON', start, end, text: text.slice(start, end), score: 0.75, recognizer: recognizerName };
    if (overlapsAny(candidates, finding)) return undefined;
    candidates.push(finding);
    people.push(finding);
    return finding;
  };
  // A name in Latin capitals after a label in another script ("ชื่อบัญชี ANUCHA KAEWMANEE", "Паспорт на имя SEITKALI NURLAN").
  for (const end of labels) {
    const latin = latinSpellingAfter(text, end, 2);
    if (latin !== undefined) add(latin.start, latin.end);
  }
  for (const run of runs) {
    if (nameLabelBefore.test(text.slice(Math.max(0, run.start - labelReach), run.start))) add(run.start, run.end);
    // Two spellings side by side, one in Latin words of their own ("Γιώργος Παπαδόπουλος — Giorgos Papadopoulos",
    // "Rustam Karimov (Рустам Каримов)", "SOKOLOVA/ANNA,Соколова Анна").
    // A Cyrillic or a Greek name is written in two words at least, as a city's is not ("TAS Toshkent / Ташкент"); scripts
    // that write a name without a blank are read in one ("ခင်မာလှ, English Khin Ma Hla").
    const oneWordTooFew = run.words < 2 && bicameralLetter.test(text.charAt(run.start));
    const latin = oneWordTooFew ? undefined : (latinSpellingAfter(text, run.end, 2) ?? latinSpellingBefore(text, run.start, 2));
    if (latin !== undefined) {
      add(run.start, run.end);
      add(latin.start, latin.end);
    }
  }
  // Each name found lends its neighbours their reading, and they theirs: "Bat-Erdene (Бат-Эрдэнэ) mom, Оюунчимэг — Oyunchimeg".
  for (let index = 0; index < people.length; index += 1) {
    const person = people[index]!;
    for (const run of runs) if (isBeside(text, person, run)) add(run.start, run.end);
    if (!holdsOtherScript(person.text)) continue;
    const latin = latinSpellingAfter(text, person.end, 1) ?? latinSpellingBefore(text, person.start, 1);
    if (latin !== undefined) add(latin.start, latin.end);
  }
}

function isBeside(text: string, person: PiiFinding, run: { start: number; end: number }): boolean {
  if (run.start >= person.end) return run.start - person.end <= gapReach && spellingGap.test(text.slice(person.end, run.start));
  return run.end <= person.start && person.start - run.end <= gapReach && spellingGap.test(text.slice(run.end, person.start));
}

/** A Latin spelling right after a name in another script ("Оюунчимэг — Oyunchimeg", "สมชาย ใจดี. Somchai Jaidee"). */
function latinSpellingAfter(text: string, from: number, fewestWords: number): { start: number; end: number } | undefined {
  for (let at = from; at < text.length && at - from <= gapReach; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || (code >= 0x30 && code <= 0x39)) return undefined;
    if (code < 0x41 || code > 0x5a || isLatinLetter(text.charCodeAt(at - 1))) continue;
    // After the run a full stop may end its sentence, as a turn that gives the name twice does; the words that say which
    // spelling follows are part of the gap ("…, English Khin Ma Hla").
    const gap = text.slice(from, at).replace(/^\.[ \t]+/, ' ');
    if (!spellingGap.test(gap)) continue;
    const name = latinNameFrom(text, at, { fewestWords, bracketed: /[(—–-][ \t]*$/.test(gap) });
    if (name !== undefined) return name;
  }
  return undefined;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A Latin spelling right before a name in another script, the other in brackets or after a slash ("Rustam Karimov (Рустам …"). */
function latinSpellingBefore(text: string, end: number, fewestWords: number): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, end - gapReach - 48), end);
  const match = /(?:^|[^A-Za-z'’/-])([A-Z][A-Za-z'’./-]*(?:[ \t][A-Za-z][A-Za-z'’./-]*){0,4})([ \t]*[(/|—–-][ \t]*)$/.exec(before);
  if (match === null) return undefined;
  // A title before the name is no part of it ("Eng. Khalid Al-Harbi (خالد الحربي)").
  const words = match[1]!.replace(titleBefore, '');
  const start = end - match[2]!.length - words.length;
  const name = latinNameFrom(text, start, { fewestWords, bracketed: /[(—–-]/.test(match[2]!) });
  return name !== undefined && name.end === start + words.length ? name : undefined;
}

/** A title before a Latin name, no part of it. */
const titleBefore = /^(?:Eng|Dr|Mr|Mrs|Ms|Miss|Prof|Sr|Sra|Capt|Engr)\.?[ \t]+/;

/**
 * A Latin name from `start`: of `fewestWords` words at least; one word alone only in brackets or after a dash ("จันทร์เพ็ญ
 * (Chanpen)", "Оюунчимэг — Oyunchimeg"), of two letters at least and none of the words a bracket holds beside a name.
 */
function latinNameFrom(
  text: string,
  start: number,
  rule: { fewestWords: number; bracketed: boolean },
): { start: number; end: number } | undefined {
  latinNameAt.lastIndex = start;
  const match = latinNameAt.exec(text);
  if (match === null) return undefined;
  const value = match[0].replace(/[ \t.-]+$/, '');
  const words = value.split(/[ \t/]+/);
  if (words.length < Math.max(rule.fewestWords, rule.bracketed ? 1 : 2) || !/[A-Za-z]{2}/.test(value)) return undefined;
  // Capitals are read as the word they spell ("GUEST REGISTRATION CARD").
  const asWritten = words.map((word) => (/^[A-Z]{2,}$/.test(word) ? capitalise(word) : word));
  if (asWritten.some((word) => notSpellings.has(word) || wordsThatAreNotNames.has(word) || holdsFirmWord(word))) return undefined;
  return { start, end: start + value.length };
}
