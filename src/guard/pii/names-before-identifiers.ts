// A name right before an identifier only a person has, on the same line. In capitals: a traveller's or a register's row
// ("TANAKA YUI  TR0937715  03SEP1990", "PATEL ANJALI   DOB 22JUL1985", "SINGH/NOOR    Passport PD5502149"), a name given
// as the papers print it ("in my name, MORALES DIEGO, ARC no. 920817-…", "고객 NGUYEN THI HA(외국인등록번호 …"). A Korean
// full name before its owner's email or birth date ("오세린 seorin.oh@korea.ac.kr", "봉말순(1941. 3. 2.생)"). The identifier
// vouches for the words, which alone would read as a heading, a shout or a word.
import { wordsThatAreNotNames } from './names/english-name-words.ts';
import { hangulRunStartBefore, hasFinalConsonant, isHangulSyllable } from './names/hangul.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './names/korean-names.ts';
import { capitalise } from './names/latin-name.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding, PiiType } from './types.ts';

const recognizerName = 'name-before-identifier';

/** The identifiers a person has and a firm, a product or a place has not. */
const personIdentifierTypes: ReadonlySet<PiiType> = new Set(['PASSPORT', 'DATE_OF_BIRTH', 'FRN', 'RRN']);
/** How far before its identifier a name may end. */
const gapReach = 32;
/**
 * What may stand between the name and its identifier: blanks or a field's separator, a title or a passenger's type
 * ("BAE/KYEONGHWAN MR)", "STEFAN GRUBER  ADT"), a country's code ("PH passport") and the identifier's label.
 */
const gapBeforeIdentifier =
  /^(?:[ \t]*[,/|(][ \t]*|[ \t]+)(?:(?:MRS|MR|MS|MSTR|MISS|ADT|CHD|INF)[ \t)]*)?(?:[A-Z]{2,3}[ \t]+)?(?:(?:DOB|D\.O\.B\.?|[Bb]orn|[Pp]assport(?:[ \t]+(?:[Nn]o\.?|[Nn]umber))?|ARC(?:[ \t]+no\.?)?|여권(?:번호)?|외국인등록번호|생년월일)[ \t]*:?[ \t]*)?$/;
/**
 * Capital words ending where the gap starts, apart by one blank, a comma or a slash ("KAUR/JASLEEN", "ZHANG, WEN JIE",
 * "SANJANA P"); the first word has two letters at least.
 */
const capitalWordsAtEnd = /(?<![A-Za-z'’.-])[A-Z][A-Z'’-]*[A-Z](?:(?:[ \t]?\/[ \t]?|,[ \t]?|[ \t])(?:[A-Z][A-Z'’-]*[A-Z]|[A-Z]\.?))+$/;
/** A numbered row's mark before the name ("1) ", "2. ", "3 | "). */
const rowMarkBefore = /(?:^|[ \t])\d{1,3}[.)]$/;
/** The characters after which a field's value starts: a tab, a bar, a bracket, a colon, a dash, a comma. */
const fieldOpeners = new Set([...'\t|(:-–—,/)'].map((character) => character.charCodeAt(0)));
/**
 * Capital words that open a row or a field, not a name: titles, a manifest's headings ("APIS", "PAX"), label words, and the
 * fields a name's row holds. A name whose words are all among them or ordinary English words is none.
 */
const headingWords: ReadonlySet<string> = new Set([
  ...['MR', 'MRS', 'MS', 'MSTR', 'MISS', 'DR', 'MAG', 'PROF', 'APIS', 'API', 'PAX', 'ADT', 'CHD', 'INF', 'FOR', 'RE', 'TO', 'FROM'],
  ...['NAME', 'NAMES', 'FULL', 'GIVEN', 'SURNAME', 'FAMILY', 'DATE', 'BIRTH', 'DOB', 'PASSPORT', 'NO', 'NUMBER', 'SEX', 'ID', 'ARC'],
  ...['NATIONALITY', 'EXP', 'EXPIRY', 'ISSUE', 'ISSUED', 'VISA', 'TYPE', 'HOLDER', 'ACCOUNT', 'PASSENGER', 'PASSENGERS', 'GUEST'],
  ...['TRAVELLER', 'TRAVELER', 'APPLICANT', 'PATIENT', 'MEMBER', 'INSURED', 'SPOUSE', 'CHILD', 'ADULT', 'INFANT', 'DETAILS', 'INFO'],
  ...['TOTAL', 'DOCUMENT', 'DOC', 'TRAVEL', 'BOOKING', 'REF', 'PNR', 'SEAT', 'FLIGHT', 'CLASS', 'ECONOMY', 'STATUS', 'AND', 'THE'],
  // A form's notices in capitals ("PLEASE NOTE  DOB must match", "IMPORTANT: VERIFY  DOB …").
  ...['PLEASE', 'NOTE', 'NOTICE', 'IMPORTANT', 'WARNING', 'VERIFY', 'VERIFIED', 'CONFIRM', 'CHECK', 'REQUIRED', 'ENTER', 'VALID'],
  ...['INVALID', 'UPDATE', 'UPDATED', 'CURRENT', 'PERSONAL', 'PRIMARY', 'CONTACT', 'EMERGENCY', 'PROFILE', 'IDENTITY', 'RECORD'],
]);
/** The countries' codes that stand before "passport" after a name and a comma. */
const countryCodes: ReadonlySet<string> = new Set([
  ...['PH', 'PHL', 'US', 'USA', 'UK', 'GB', 'GBR', 'AU', 'AUS', 'NZ', 'CA', 'CAN', 'IN', 'IND', 'KR', 'KOR', 'JP', 'JPN', 'CN'],
  ...['CHN', 'VN', 'VNM', 'TH', 'THA', 'ID', 'IDN', 'MY', 'MYS', 'SG', 'SGP', 'DE', 'DEU', 'FR', 'FRA', 'IT', 'ITA', 'ES', 'ESP'],
]);
/** Titles and headings that may open the words before the name ("MAG. STEFAN GRUBER", "APIS KAUR/JASLEEN"). */
const leadingHeading = /^(?:[A-Z]+\.?[ \t]+)/;

/** The name in capitals that ends where `end` is, on the line from `lineStart`, after a field's start; undefined when none. */
function capitalNameEndingAt(text: string, lineStart: number, end: number): { start: number; end: number } | undefined {
  const match = capitalWordsAtEnd.exec(text.slice(lineStart, end));
  if (match === null) return undefined;
  let start = lineStart + match.index;
  let name = match[0];
  for (let heading = leadingHeading.exec(name); heading !== null; heading = leadingHeading.exec(name)) {
    if (!headingWords.has(heading[0].trimEnd().replace(/\.$/, ''))) break;
    start += heading[0].length;
    name = name.slice(heading[0].length);
  }
  const words = name.split(/[ \t,/]+/).filter((word) => word !== '');
  if (words.length < 2 || words[0]!.length < 2) return undefined;
  if (words.some((word) => headingWords.has(word.replace(/\.$/, '')))) return undefined;
  // "REYES DELA CRUZ, PH passport …": the country's code before the label is the gap's, not the name's last word.
  if (/,[ \t]?[A-Z]{2,3}$/.test(name) && countryCodes.has(words.at(-1)!)) return undefined;
  if (words.every((word) => word.length < 3 || wordsThatAreNotNames.has(capitalise(word)))) return undefined;
  return opensField(text, lineStart, start) ? { start, end: start + name.length } : undefined;
}

/** Whether a value starts at `start`: the line's start, a numbered row's mark, a field's opener, two blanks, a Hangul word. */
function opensField(text: string, lineStart: number, start: number): boolean {
  let at = start;
  while (at > lineStart && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at -= 1;
  if (at === lineStart || start - at >= 2 || text.charCodeAt(start - 1) === 0x09) return true;
  const before = text.charCodeAt(at - 1);
  return fieldOpeners.has(before) || isHangulSyllable(before) || rowMarkBefore.test(text.slice(Math.max(lineStart, at - 5), at));
}

/** The identifiers a Korean full name may stand right before: its owner's email too. */
const koreanNameIdentifierTypes: ReadonlySet<PiiType> = new Set(['PASSPORT', 'DATE_OF_BIRTH', 'FRN', 'RRN', 'EMAIL']);

/**
 * Adds to `candidates` the names in capitals that stand right before a passport, a date of birth or a registration number
 * found on their line, and the Korean full names right before one of those or an email (a blank or a bracket between),
 * 0.7; none where a candidate already covers the name.
 *
 * @example
 * const text = 'TANAKA YUI  TR0937715  03SEP1990';
 * const candidates = [{ type: 'PASSPORT', start: 12, end: 21, text: 'TR0937715', score: 0.9, recognizer: 'passport' }];
 * addNamesBeforeIdentifiers(text, candidates);
 * candidates[1]?.text; // 'TANAKA YUI'
 */
export function addNamesBeforeIdentifiers(text: string, candidates: PiiFinding[]): void {
  const found: PiiFinding[] = [];
  for (const identifier of candidates) {
    const type = identifier.type as PiiType;
    if (!koreanNameIdentifierTypes.has(type)) continue;
    const lineStart = text.lastIndexOf('\n', identifier.start - 1) + 1;
    const name =
      koreanFullNameBefore(text, identifier) ??
      (personIdentifierTypes.has(type)
        ? (capitalNameBefore(text, lineStart, identifier.start) ?? slashedNameOnLine(text, lineStart, identifier.start))
        : undefined);
    if (name === undefined || overlapsAny(candidates, name) || overlapsAny(found, name)) continue;
    found.push({
      type: 'PERSON',
      start: name.start,
      end: name.end,
      text: text.slice(name.start, name.end),
      score: 0.7,
      recognizer: recognizerName,
    });
  }
  for (const finding of found) candidates.push(finding);
}

/**
 * An airline's or a manifest's SURNAME/GIVEN NAMES earlier on the identifier's line, a cell or more before it
 * ("KE695,2025-05-12,001,TRAN/THI BICH NGOC,Trần Thị Bích Ngọc,VNM,1993-02-17,C7391046"): a shape no word has.
 */
function slashedNameOnLine(text: string, lineStart: number, identifierStart: number): { start: number; end: number } | undefined {
  const match = slashedName.exec(text.slice(lineStart, identifierStart));
  // Eight letters at least: pairs of abbreviations are shorter ("OAS/GIS", "DL/ID").
  if (match === null || match[0].replace(/[^A-Z]/g, '').length < 8) return undefined;
  return { start: lineStart + match.index, end: lineStart + match.index + match[0].length };
}
const slashedName = /(?<![A-Za-z/])[A-Z]{2,}(?:[ -][A-Z]{2,})?\/[A-Z]{2,}(?:[ -][A-Z]{2,}){0,3}(?![A-Za-z/])/;

/**
 * A Korean full name as a word of its own right before `identifierStart`: one blank or an opening bracket between, or a
 * field's slash, bar or comma with blanks around it ("윤재희 / 920708", "구순례, 1956년 4월 2일생").
 */
function koreanFullNameBefore(text: string, identifier: { start: number; type: string }): { start: number; end: number } | undefined {
  const identifierStart = identifier.start;
  let end = identifierStart;
  const registration = registrationTypes.has(identifier.type);
  if (registration) end = registrationLabelStartBefore(text, end);
  if (text.charCodeAt(end - 1) === 0x28) end -= 1;
  // A registration number in brackets after a blank, as a family's list writes each member ("배우자: 한도윤 (881130-…)").
  if (registration && text.charCodeAt(end - 1) === 0x20 && end < identifierStart) end -= 1;
  else if (text.charCodeAt(end - 1) === 0x20) end -= 1;
  if (isFieldMark(text.charCodeAt(end - 1))) {
    end -= 1;
    while (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09) end -= 1;
  }
  if (end === identifierStart || !isHangulSyllable(text.charCodeAt(end - 1))) return undefined;
  const start = hangulRunStartBefore(text, end);
  if (end - start < 3 || end - start > 4 || endsWithParticle(text, end)) return undefined;
  const name = text.slice(start, end);
  if (isLikelyKoreanFullName(name)) return { start, end };
  // A resident's or a foreigner's registration number is a person's alone, and the old-fashioned or rarer given names of
  // a family's elders stand before it too, where a label's colon or the line's mark opens the field and the number
  // follows in brackets or after a blank ("시어머니: 김말순 (540712-…)", "> 한도윤 830112-…"); an everyday word is no
  // name all the same ("신고용 주민등록번호:", "가입용 주민번호 …" hold the number's label between).
  // What a number is for ends its label in 용 ("신고용 880405-…", "제출용"): no rarer given name is read so.
  if (!registration || end - start !== 3 || name.endsWith('용')) return undefined;
  const fieldOpensBefore = fieldOpening.test(text.slice(Math.max(0, start - 6), start));
  return fieldOpensBefore && blankOrBracketBetween(text, { end, identifierStart }) && isPlausibleKoreanName(name)
    ? { start, end }
    : undefined;
}

/** A label's colon and its blank, or a line's start, a quoting mark, a bullet or a row's number, right before a field's value. */
const fieldOpening = /(?:[:：]|(?:^|\n)[ \t]*(?:[>\-•*·]|\d{1,2}[.)])?)[ \t]*$/;

/** Whether only blanks, or an opening bracket after them, stand between the name's end and the number. */
function blankOrBracketBetween(text: string, span: { end: number; identifierStart: number }): boolean {
  return /^[ \t]*\(?$/.test(text.slice(span.end, span.identifierStart));
}

/** The registration numbers that only a person holds. */
const registrationTypes: ReadonlySet<string> = new Set(['RRN', 'FRN']);

/**
 * Where the label of a registration number starts, when one stands right before it after the name ("[모] 오세린
 * 주민등록번호 900718-…"); else `end`.
 */
function registrationLabelStartBefore(text: string, end: number): number {
  const before = registrationLabelBefore.exec(text.slice(Math.max(0, end - 16), end));
  if (before === null) return end;
  let start = end - before[0].length;
  while (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09) start -= 1;
  return start < end - before[0].length ? start + 1 : end;
}

const registrationLabelBefore = /(?:주민등록번호|주민번호|외국인등록번호)[ \t]*[:：]?[ \t]*$/;

function isFieldMark(code: number): boolean {
  return code === 0x2f || code === 0x7c || code === 0x2c;
}

/** Particles taken after a final consonant, after none, and after either. */
const particlesAfterConsonant = new Set([...'은이을과'].map((syllable) => syllable.charCodeAt(0)));
const particlesAfterVowel = new Set([...'는가를와로'].map((syllable) => syllable.charCodeAt(0)));
const particlesAfterEither = new Set([...'도의'].map((syllable) => syllable.charCodeAt(0)));

/**
 * Whether the word ending at `end` ends in a particle in the form the syllable before it takes: "계정은 user@…" is "the
 * account is", while "김다은" ends in a given name (은 after a vowel would be 는).
 */
function endsWithParticle(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (particlesAfterEither.has(last)) return true;
  const final = hasFinalConsonant(text.charCodeAt(end - 2));
  return final ? particlesAfterConsonant.has(last) : particlesAfterVowel.has(last);
}

/**
 * The name in capitals that ends before `identifierStart` with only a gap between (`gapBeforeIdentifier`), the latest such
 * end first: "DOB" in "PATEL ANJALI   DOB 22JUL1985" ends capitals too, and is the gap's label, not the name.
 */
function capitalNameBefore(text: string, lineStart: number, identifierStart: number): { start: number; end: number } | undefined {
  const reachStart = Math.max(lineStart, identifierStart - gapReach);
  for (let end = identifierStart - 1; end > reachStart; end -= 1) {
    const code = text.charCodeAt(end - 1);
    if (!((code >= 0x41 && code <= 0x5a) || code === 0x2e) || !gapBeforeIdentifier.test(text.slice(end, identifierStart))) continue;
    const name = capitalNameEndingAt(text, lineStart, end);
    if (name !== undefined) return name;
  }
  return undefined;
}
