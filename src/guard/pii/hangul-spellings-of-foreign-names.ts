// A foreigner's name as Koreans transcribe it in Hangul, beside its Latin or native spelling or after the words that say it
// is one ("TEN VALERIY | Тен Валерий / 텐 발레리", "Chen Yi-chun. Koreans write 천이쥔 on my ARC", "Name in Korean: 엔흐자르갈
// 바트바야르"): Hangul words alone read as no name, since a transcription holds no Korean surname or given name.
import { namesCountryInHangul } from './names/countries-in-hangul.ts';
import { soundsAlike, transcribesLatinName } from './names/paired-spellings.ts';
import { holdsOtherScript } from './names-in-other-scripts.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'hangul-spelling-of-foreign-name';

/** One to four Hangul words that no Hangul continues, as a foreign name is transcribed ("비슈누 프라사드 쉬레스타"). */
const hangulRun = /(?<![가-힣])[가-힣]{1,8}(?:[ \t][가-힣]{1,8}){0,3}(?![가-힣])/y;
/**
 * What says the Hangul words that follow spell a foreigner's name: "Name in Korean:", "한글성명:", "고객명(한글):", "the Korean
 * records say", "Koreans write", "spells it", "On the ARC it's", "한국어로는", "한국식으로", "한글표기", "한국 이름 표기는".
 */
const hangulSpellingLabel =
  /(?:\b(?:[Nn]ame in Korean|Korean(?: records| papers)? (?:say|says|write)|Koreans write|spells it|(?:On|on) the ARC it's|ARC says)[ \t]*[:：]?|한글[ \t]*(?:성명|이름|표기|명)?[ \t]*\)?[ \t]*[:：]|한글[ \t]*(?:성명|이름|표기)(?:은|는)?|\(한글\)[ \t]*[:：]?|한국어로(?:는)?|한국식으로|한국[ \t]*이름[ \t]*표기(?:는)?|학생증엔|외국인등록증엔)[ \t]*/g;
/**
 * The endings of a role's, a team's or a relation's word in Hangul, of a shop's named after its owner ("Grace Yoon
 * (윤약국, 약국장)"), and of a customer's or a guest's word as a chat's label writes it before a name ("고객 (Chloé):",
 * "투숙객 (Mr Lee)"), which no transcribed name ends with.
 */
const notNameEnding =
  /(?:팀|부|과|장|님|씨|원|관|실|소|사|처|모|객|손님|환자|아빠|엄마|언니|오빠|누나|형|국적|어|번호|사번|여권|버지|머니|확인|표기|거지|줘|요|약국|마트|상회|식당|자녀|배우자|본인)$/;
/** A weekday's syllable, as a shift rota writes it ("월·수·금"). */
const weekdays = /^[월화수목금토일]$/;
/** A label's words before its value: a colon or a number follows ("(외국인등록번호 850703-…", "여권 M1234…"). */
const labelBeforeValue = /^[ \t]*(?:[:：]|[A-Z]{0,2}\d)/;

/**
 * Adds to `candidates` the Hangul spelling of a foreigner's name: after the words that say it is one, or right beside
 * their name found in Latin letters or another script, each Hangul word sounding like one of the Latin name's words.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 7, end: 19, text: 'Chen Yi-chun', score: 0.8, recognizer: 'x' }];
 * addHangulSpellingsOfForeignNames('Guest: Chen Yi-chun (천이쥔)', candidates);
 * candidates.map((finding) => finding.text); // ['Chen Yi-chun', '천이쥔']
 */
export function addHangulSpellingsOfForeignNames(text: string, candidates: PiiFinding[]): void {
  if (!/[가-힣]/.test(text)) return;
  const people = candidates.filter((finding) => finding.type === 'PERSON' && !/[가-힣]/.test(finding.text));
  // The Latin names on the Hangul's line, or on the lines around it too, that it may spell.
  const latinNamesNear = (at: number, linesAround = 3): string[][] => {
    let lineStart = text.lastIndexOf('\n', at - 1) + 1;
    for (let line = 0; line < linesAround && lineStart > 0; line += 1) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    let lineEnd = text.indexOf('\n', at);
    for (let line = 0; line < linesAround && lineEnd !== -1; line += 1) lineEnd = text.indexOf('\n', lineEnd + 1);
    if (lineEnd === -1) lineEnd = text.length;
    return people
      .filter((person) => person.start >= lineStart && person.end <= lineEnd && /^[A-Za-z]/.test(person.text))
      .map((person) =>
        person.text
          .toUpperCase()
          .split(/[ \t,/.-]+/)
          .filter((word) => word !== ''),
      );
  };
  for (const person of people) {
    if (!/^[A-Za-z]/.test(person.text) && !holdsOtherScript(person.text)) continue;
    for (const at of [person.end, person.start]) {
      const run = at === person.end ? hangulRunAfter(text, at) : hangulRunBefore(text, at);
      if (run === undefined) continue;
      const words = text.slice(run.start, run.end).split(/[ \t]/);
      if (words.some((word) => notNameEnding.test(word)) || labelBeforeValue.test(text.slice(run.end, run.end + 4))) continue;
      // Where the person is from ("Chloe Tremblay (캐나다, H-1)"), or the day of a rota after a name ("수아·Kenji / 금·토").
      if (namesCountryInHangul(words) || (words.length === 1 && weekdays.test(words[0]!))) continue;
      if (!transcribes(words, latinNamesNear(run.start, 0))) continue;
      addPerson(text, candidates, run);
    }
  }
  // After the words that say so, the next Hangul words are the name's spelling, a role's or a relation's word aside.
  hangulSpellingLabel.lastIndex = 0;
  for (let label = hangulSpellingLabel.exec(text); label !== null; label = hangulSpellingLabel.exec(text)) {
    hangulRun.lastIndex = label.index + label[0].length;
    const match = hangulRun.exec(text);
    if (match === null) continue;
    const words = match[0].split(/[ \t]/);
    // A bare 한글 field spells whatever stands above it: a name found near it, which it must spell ("상호: SAMSUNG
    // ELECTRONICS\n한글 표기: 삼성 전자" is none).
    if (words.some((word) => notNameEnding.test(word))) continue;
    if (label[0].startsWith('한글') && !spellsWordsNear(words, latinNamesNear(match.index).flat())) continue;
    addPerson(text, candidates, { start: match.index, end: match.index + match[0].length });
  }
}

/** Whether Hangul words spell one of the Latin names near them (`transcribesLatinName`). */
function transcribes(words: readonly string[], latinNames: readonly string[][]): boolean {
  return latinNames.some((latin) => transcribesLatinName(words, latin));
}

/**
 * Whether each Hangul word of two syllables or more sounds like a word of the Latin names near it, which a form may give
 * in fields of their own ("Surname: ISLAM … Given names: MD RAFIQUL … 한글성명: 모하메드 라피쿨 이슬람").
 */
function spellsWordsNear(words: readonly string[], latinWords: readonly string[]): boolean {
  return latinWords.length > 0 && words.every((word) => word.length < 2 || latinWords.some((latinWord) => soundsAlike(word, latinWord)));
}

function hangulRunAfter(text: string, from: number): { start: number; end: number } | undefined {
  const gap = /^[ \t]*[(/][ \t]*/.exec(text.slice(from, from + 8));
  if (gap === null) return undefined;
  hangulRun.lastIndex = from + gap[0].length;
  const match = hangulRun.exec(text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

function hangulRunBefore(text: string, to: number): { start: number; end: number } | undefined {
  const from = Math.max(0, to - 48);
  const match = hangulRunBeforeMark.exec(text.slice(from, to));
  return match === null ? undefined : { start: from + match.index, end: from + match.index + match[1]!.length };
}
const hangulRunBeforeMark = /(?<![가-힣])([가-힣]{1,8}(?:[ \t][가-힣]{1,8}){0,3})[ \t]*[(/][ \t]*$/;

function addPerson(text: string, candidates: PiiFinding[], span: { start: number; end: number }): void {
  const finding: PiiFinding = { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.75, recognizer: recognizerName };
  if (!overlapsAny(candidates, finding)) candidates.push(finding);
}
