// Finds the names in a table pasted as text (CSV with commas or semicolons, tab-separated, or a Markdown table): the
// cells of a column whose header names people ("이름", "성명", "name", "customer_name"), where a cell alone carries no
// other context; and the values of a JSON object's fields keyed so ("holder", "name").
import type { PiiFinding } from '../types.ts';
import { labelledCellsIn } from '../tables/index.ts';
import { isCapitalLetter } from '../feature-characters.ts';
import { isHangulSyllable } from './hangul.ts';
import { holdsFirmWord } from './english-name-words.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isListedFirstName, isListedLatinName, latinNameAfter, surnameParticles } from './latin-name.ts';
import { isKoreanSurnameInLatin, isRomanisedGivenName } from './romanised-korean-names.ts';
import { isGivenNameAndInitial, isLowerCaseFullName, isUnnamedRow, peopleInCell } from './roster-cells.ts';

export const tableNameRecognizerName = 'table-person-name';

/**
 * The names in the name columns of a table pasted as text, each cell a name alone: a Korean name, or Latin words that
 * read as a name (capitalised or in capitals, none a word that is no name). Under a header that names things as often as
 * people (the "name" or 이름 of a product, a "customer" that is a company), a Latin cell counts only with a listed first
 * name or surname, a Korean one only as a full name with common given-name syllables.
 *
 * @example
 * findNamesInTables('이름,전화\n김민수,010-1234-5678\n이영희,010-2222-3333').map((finding) => finding.text); // ['김민수', '이영희']
 */
export function findNamesInTables(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const cells = labelledCellsIn(text);
  // A generic column whose cells read as names, one of them listed, is a column of names: its names no list holds too
  // ("Fatoumata Diallo" under "name" after "Yetunde Balogun").
  const columnsOfNames = new Set<number>();
  for (const cell of cells)
    if (
      cell.kind === 'generic-person' &&
      cell.column !== undefined &&
      peopleInCell(text, cell).some((part) => nameInCell(text, { ...part, listedOnly: true }) !== undefined)
    )
      columnsOfNames.add(cell.column);
  for (const cell of cells) {
    // A login is written in Latin letters, in lower case: a Korean name or a capitalised listed one under "assignee",
    // "created_by" or "agent" is the person's own.
    if (cell.kind === 'USERNAME' && (isHangulSyllable(text.charCodeAt(cell.start)) || isCapitalLetter(text.charCodeAt(cell.start)))) {
      const finding = nameInCell(text, { start: cell.start, end: cell.end, listedOnly: true });
      if (finding !== undefined) findings.push(finding);
      continue;
    }
    if (cell.kind !== 'person' && cell.kind !== 'generic-person') continue;
    const listedOnly = cell.kind === 'generic-person' && (cell.column === undefined || !columnsOfNames.has(cell.column));
    const couple = coupleInCell(text, cell);
    if (couple !== undefined) {
      findings.push(...couple);
      continue;
    }
    if (isUnnamedRow(text.slice(cell.start, cell.end))) continue;
    for (const part of peopleInCell(text, cell)) {
      const finding = nameInCell(text, { ...part, listedOnly }) ?? rosterNameInCell(text, { ...part, listedOnly });
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}

/**
 * A name as a roster or a booking system keeps it, not capitalised in full: a colleague's given name and initial ("Carlos
 * M"), listed; in a column already shown to hold names, a listed name typed in lower case ("tyler brooks").
 */
function rosterNameInCell(text: string, cell: { start: number; end: number; listedOnly: boolean }): PiiFinding | undefined {
  const value = text.slice(cell.start, cell.end);
  if (!isGivenNameAndInitial(value) && (cell.listedOnly || !isLowerCaseFullName(value))) return undefined;
  return { type: 'PERSON', start: cell.start, end: cell.end, text: value, score: 0.8, recognizer: tableNameRecognizerName };
}

/** A listed first name, "&" or "and", and a full name with a listed first name: a couple sharing a row. */
const coupleCell = /^([A-Z][a-z]+) (?:&|and) ([A-Z][a-z]+ [A-Z][A-Za-z'’-]+)$/;

/**
 * The two people of a cell that names a couple, as a rent roll or a guest list writes them ("Peter & Grace Olawale"): the
 * first given name alone and the full name after it, each given name a listed one.
 */
function coupleInCell(text: string, cell: { start: number; end: number }): PiiFinding[] | undefined {
  const match = coupleCell.exec(text.slice(cell.start, cell.end));
  if (match === null || !isListedFirstName(match[1]!) || !isListedFirstName(match[2]!.split(' ')[0]!)) return undefined;
  const secondStart = cell.end - match[2]!.length;
  return [
    {
      type: 'PERSON',
      start: cell.start,
      end: cell.start + match[1]!.length,
      text: match[1]!,
      score: 0.8,
      recognizer: tableNameRecognizerName,
    },
    { type: 'PERSON', start: secondStart, end: cell.end, text: match[2]!, score: 0.8, recognizer: tableNameRecognizerName },
  ];
}

/** Surname particles and a capitalised word, the whole cell ("van der Meulen", "de la Cruz", "dos Santos"). */
const surnameWithParticles = new RegExp(`^(?:(?:${surnameParticles}) )+[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?$`);

/** A Hangul name and its Han characters in brackets, the whole cell. */
const hangulNameWithHan = /^([가-힣]{2,5}) ?\([\u4e00-\u9fff]{2,5}\)$/u;

/** Two to four Hangul words, as a foreign name is transcribed ("마리아 산토스", "응우옌 반 투안"). */
const hangulWords = /^[가-힣]{1,6}(?: [가-힣]{1,6}){1,3}$/;
/**
 * The last syllables of a label's or a form's word ("수취인", "신청자", "주소", "항목"), and of an office's, a desk's or a
 * branch's ("송파구청 민원여권과", "고객센터", "송파점"), and of a firm's ("하루세라믹 주식회사", "대한상사", "청해물산"),
 * which no transcribed name ends with.
 */
const labelWordEnd = /(?:인|자|처|주소|항목|청|과|팀|실|센터|점|회사|상사|상회|물산|산업|농산|수산|식품|유통)$/;

/**
 * Hangul words that transcribe a foreign name ("마리아 산토스", "이 스테파니", "알렉산드르 김"): not words of two syllables
 * each, as Korean nouns are ("지급 항목", "희망 신차"), nor a firm's name before a Korean one ("청해물산 설은주").
 */
function isTranscribedForeignName(value: string): boolean {
  if (!hangulWords.test(value)) return false;
  const words = value.split(' ');
  const last = words.at(-1)!;
  if (last.length >= 3 && isPlausibleKoreanName(last)) return false;
  return !words.every((word) => word.length === 2) && !words.some((word) => labelWordEnd.test(word));
}

/** A surname, a comma and given names, as rosters and payrolls write a name. */
const surnameFirst = /^[A-ZÀ-Þ][A-Za-zß-ÿ'’-]+, ?[A-ZÀ-Þ][A-Za-zß-ÿ'’.-]+(?: [A-ZÀ-Þ][A-Za-zß-ÿ'’.-]+)?$/;

/**
 * The name that fills the cell between `cell.start` and `cell.end`, under a
 * generic header (`cell.listedOnly`) a Latin one with a listed first name or surname and a Korean full name only.
 */
function nameInCell(text: string, cell: { start: number; end: number; listedOnly: boolean }): PiiFinding | undefined {
  const { start, end } = cell;
  if (end - start < 2) return undefined;
  const value = text.slice(start, end);
  // "이*윤", "김○○": a name masked already names no one the text shows; "VACANT", "TBC": a rent roll's or a crew list's row
  // that no one fills yet.
  if (maskMark.test(value) || unfilledCells.has(value.toLowerCase())) return undefined;
  // A Korean certificate's cell gives the name's Han characters after it ("탁민규(卓敏圭)"): the Hangul is the name read
  // here, the Han characters are found beside it as its spelling.
  const withHan = hangulNameWithHan.exec(value);
  if (withHan !== null) return nameInCell(text, { ...cell, end: start + withHan[1]!.length });
  const finding: PiiFinding = { type: 'PERSON', start, end, text: value, score: 0.8, recognizer: tableNameRecognizerName };
  // Under a generic header, a Korean full name with common given-name syllables only ("사과" may name a product); under a
  // header of people a foreign name in Hangul words too ("마리아 산토스").
  if (isHangulSyllable(value.charCodeAt(0))) {
    if (!cell.listedOnly && isTranscribedForeignName(value)) return finding;
    return isPlausibleKoreanName(value) && (!cell.listedOnly || (value.length >= 3 && hasCommonGivenName(value))) ? finding : undefined;
  }
  // "Oh Jiyun", "Jiyun Oh": a Korean name in Latin letters, whose surname may be an English word ("Oh", "Han", "Song").
  if (isRomanisedKoreanFullName(value)) return finding;
  // A shop's or a firm's own "name" field, as a booking's JSON nests it ("shop": {"name": "Studio Lumen Salon"}).
  if (holdsFirmWord(value)) return undefined;
  // "van der Meulen", "dos Santos": a surname opening with its particles in lower case; under a generic header a listed one.
  if (surnameWithParticles.test(value))
    return !cell.listedOnly || isListedLatinName(value.slice(value.lastIndexOf(' ') + 1)) ? finding : undefined;
  // A roster's "SURNAME, Given" ("ADEBAYO, Oluwaseun") reads as the two names it holds.
  const words = surnameFirst.test(value) ? value.replace(',', '') : value;
  const name = latinNameAfter(words, { start: 0, allowUppercase: true });
  if (name === undefined || name.end !== words.length || (cell.listedOnly && !isListedLatinName(words))) return undefined;
  return finding;
}

const maskMark = /[*＊○●]/;

/** What a roster puts where no one is named yet: an empty flat, a post to fill. */
const unfilledCells: ReadonlySet<string> = new Set(['vacant', 'void', 'unlet', 'empty', 'available', 'tbc', 'tba', 'tbd', 'none']);

/** A capitalised romanised Korean surname and given name, in either order ("Oh Jiyun", "Seoyeon Park", "KIM MINJUN"). */
function isRomanisedKoreanFullName(value: string): boolean {
  const words = value.split(' ');
  if (words.length !== 2 || !words.every((word) => /^[A-Z](?:[a-z]+|[A-Z]+)$/.test(word))) return false;
  const [first, second] = words as [string, string];
  return (isKoreanSurnameInLatin(first) && isRomanisedGivenName(second)) || (isRomanisedGivenName(first) && isKoreanSurnameInLatin(second));
}
