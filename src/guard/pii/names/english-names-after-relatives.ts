// A person named right after the word for how they are related, as call notes, forms and family messages write them
// without a possessive: "Emergency contact: wife Sarita Adhikari, +977 …", "call from daughter (Funmi Adeyinka) re
// mother …", "Emergency contact (father, Serik Abdrakhmanov): …", "son - LUIS DELA CRUZ, P6610385C", "wife Kerryn 0409 …".
// The contact-name search reads a listed first name after such a word; this one reads any name there.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase } from './english-name-words.ts';

const recognizerName = 'english-name-after-relative';

/** The words of several relatives, after which a list names each ("children Mateo (9) and Lucía (6)"). */
const pluralRelatives = ['children', 'kids', 'sons', 'daughters', 'grandchildren'];
const relatives = [
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'spouse', 'fiancée', 'fiancé', 'fiancee', 'fiance'],
  ...['grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'niece', 'nephew', 'cousin'],
  ...pluralRelatives,
].join('|');
/** A name's word: capitalised ("Kerryn", "O'Neill", "Wiśniewska-Hale") or in capitals ("CRUZ"). */
const nameWord = String.raw`(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-Za-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]+)*)`;
/** A surname's particle between its words ("Femke de Vries", "Rhys ap Dafydd"). */
const particle = String.raw`(?:de|da|van|von|del|dos|das|al|bin|binti|ap)`;
/**
 * The relative in lower case (a capitalised "Son" is a Korean surname as often), then the name after a blank, a bracket, a
 * comma inside a bracket or a dash; a title may stand before it. The name ends at a mark, a bracket, digits, a lower-case
 * word or the line's end.
 */
const nameAfterRelative = new RegExp(
  String.raw`(?<![A-Za-z])(\()?(?:${relatives})(?:[ \t]*\([ \t]*|(?<=\(\w+),[ \t]*|[ \t]+[-–][ \t]+|[ \t]+)(?:(?:Mrs?|Ms|Mx|Miss|Mdm|Madam|Dr)\.?[ \t]+)?(${nameWord}(?:[ \t]+(?:${particle}[ \t]+)?${nameWord}){0,3})(?=[ \t]*(?:[,.;:)!?]|\r?\n|$)|[ \t]+\(|[ \t]+[+\d]|[ \t]+[a-z])`,
  'g',
);

/**
 * A relative's word anywhere: the pattern's look-behind and its optional bracket make it try every position of a text, this
 * plain alternation far fewer, so a document that names no relative is passed over several times faster.
 */
const relativeWord = new RegExp(relatives);
const noFindings: readonly PiiFinding[] = Object.freeze([]);

/**
 * The names after a relative's word, 0.7; a single word only in brackets or before a number, a mark or the line's end
 * ("father (Diego)", "wife Kerryn 0409 771 236"), where a capitalised word is not the start of a sentence. Remembered for
 * the last text.
 *
 * @example
 * findNamesAfterRelatives('Emergency contact: wife Sarita Adhikari, +977 984-1283370').map((finding) => finding.text); // ['Sarita Adhikari']
 * findNamesAfterRelatives('my son Plays football'); // []
 */
export const findNamesAfterRelatives = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!relativeWord.test(text)) return noFindings;
  const findings: PiiFinding[] = [];
  nameAfterRelative.lastIndex = 0;
  for (let match = nameAfterRelative.exec(text); match !== null; match = nameAfterRelative.exec(text)) {
    const name = match[2]!;
    const end = match.index + match[0].length;
    // "Slamet Riyadi (father, Surabaya)": a bracket after a name says who that person is; what it names is a place.
    if (match[1] !== undefined && followsCapitalisedWord(text, match.index)) continue;
    if (holdsFirmWordInAnyCase(name)) continue;
    if (!/[ \t]/.test(name) && !endsSingleName(text, end, match[0].includes('('))) continue;
    findings.push({ type: 'PERSON', start: end - name.length, end, text: name, score: 0.7, recognizer: recognizerName });
    if (pluralRelatives.some((word) => match[0].startsWith(word))) addListedRelatives(text, end, findings);
  }
  return findings;
});

/** The next of a list after a relative's name and its note in brackets: ", Lucía (6)", " and Sem (son, 11)". */
const nextInList = new RegExp(
  String.raw`[ \t]*\([^()\n]{1,24}\)(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]+and[ \t]+)(${nameWord}(?:[ \t]+${nameWord})?)(?=[ \t]*\()`,
  'y',
);

/** Adds the names that follow one after a plural relative's word, each with its note in brackets as the first has. */
function addListedRelatives(text: string, from: number, findings: PiiFinding[]): void {
  nextInList.lastIndex = from;
  for (let match = nextInList.exec(text); match !== null; match = nextInList.exec(text)) {
    const name = match[1]!;
    if (holdsFirmWordInAnyCase(name)) return;
    const end = nextInList.lastIndex;
    findings.push({ type: 'PERSON', start: end - name.length, end, text: name, score: 0.7, recognizer: recognizerName });
  }
}

/** A name of one word stands alone: in brackets, or before digits, a bracket, a comma, a full stop or the line's end. */
function endsSingleName(text: string, end: number, bracketed: boolean): boolean {
  if (bracketed) return true;
  let at = end;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
  const next = text.charCodeAt(at);
  return (
    Number.isNaN(next) ||
    next === 0x0a ||
    next === 0x0d ||
    next === 0x2c ||
    next === 0x2e ||
    next === 0x2b ||
    next === 0x28 ||
    (next >= 0x30 && next <= 0x39)
  );
}

/** Whether the word before `index` (blanks skipped) starts with a capital. */
function followsCapitalisedWord(text: string, index: number): boolean {
  let at = index;
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at -= 1;
  let start = at;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start -= 1;
  return start < at && /\p{Lu}/u.test(text.charAt(start));
}
