// Finds the staff member a ticket's or a case's log names in the bracket that opens an entry, after the team's word and a
// slash ("2025-10-02 18:22 [Care/Aoife] Cust reports drops", "[Field/Declan Moran] On site", "[Billing/Tomasz] refund
// raised", "[상담/김민지] 고객 통화"): a support desk's log credits each entry to "team/agent". A bracket of a team and a
// system or a queue ("[Care/Escalations]", "[NOC/Auto]", "[상담/대기열]") names no one.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'person-name-in-log-bracket';

/** A capitalised word of a name, accents and a hyphen allowed ("Aoife", "Jean-Luc", "O'Neill"). */
const nameWord = String.raw`[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?`;
/** "[", a team's word or two (or an acronym), "/", one or two name words, "]". */
const teamSlashName = new RegExp(
  String.raw`\[(?:[A-Z][A-Za-z]{1,15}|[A-Z]{2,6})(?:[ \t][A-Z][A-Za-z]{1,15})?\/(${nameWord}(?:[ \t]+(?:${nameWord}|[A-Z]\.))?)\]`,
  'g',
);
/** The same in Hangul: a team's word, "/", a Korean full name ("[상담/김민지]", "[Care/박하은]"). */
const teamSlashKoreanName = /\[(?:[가-힣]{1,8}|[A-Za-z]{2,15})\/([가-힣]{3,4})\]/g;

const slash = characterPairWords('/');
const closingBracket = characterPairWords(']');

/**
 * Whether a text may hold such a bracket: a slash and a closing bracket, which every one holds.
 *
 * @example
 * mayHoldLogBracketName('[Care/Aoife] callback done'); // true
 */
export function mayHoldLogBracketName(text: string): boolean {
  // The slash's and the bracket's slots before the two reads of the text that need them.
  return mayHoldAnyWord(text, slash) && mayHoldAnyWord(text, closingBracket) && text.includes('/') && text.includes(']');
}

/**
 * The agents named in log brackets, whose first name is listed and no everyday or firm's word. 0.75.
 *
 * @example
 * findNamesInLogBrackets('2025-10-02 18:22 [Care/Aoife] Cust reports drops').map((finding) => finding.text); // ['Aoife']
 * findNamesInLogBrackets('[Care/Escalations] moved to queue'); // []
 */
export const findNamesInLogBrackets = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldLogBracketName(text)) return [];
  const findings: PiiFinding[] = [];
  teamSlashName.lastIndex = 0;
  for (let match = teamSlashName.exec(text); match !== null; match = teamSlashName.exec(text)) {
    const name = match[1]!;
    const given = name.split(/[ \t]/)[0]!;
    if (!isListedFirstName(given) || wordsThatAreNotNames.has(given) || holdsFirmWord(name)) continue;
    const start = match.index + match[0].length - 1 - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  teamSlashKoreanName.lastIndex = 0;
  for (let match = teamSlashKoreanName.exec(text); match !== null; match = teamSlashKoreanName.exec(text)) {
    const name = match[1]!;
    if (!isPlausibleKoreanName(name)) continue;
    const start = match.index + match[0].length - 1 - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
