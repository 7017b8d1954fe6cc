// Finds Korean personal names in context: a surname plus a one- or two-syllable given name next to an honorific, a title or a label.
import { isAsciiDigit } from '../recognizers/digit-boundaries.ts';
import type { PiiFinding } from '../types.ts';
import {
  endsHangulWords,
  hangulRunEndAfter,
  hasFinalConsonant,
  hangulRunStartBefore,
  isHangulSyllable,
  isLatinWordCharacter,
} from './hangul.ts';
import {
  commonWordsLikeNames,
  copulaEndings,
  endingsAfterName,
  fullNameOnlyHonorifics,
  honorificsAfterName,
  jobLabels,
  jobTitles,
  labelsBeforeName,
  relativeLabels,
  relativesBeforeNameWithoutColon,
  modifierEndings,
  countersAfterOne,
  nounsAfterDeterminer,
  placeEndings,
  placeWords,
  groupEndings,
  singleSyllableGivenNames,
  endingsNotAfterJob,
  nonFinalNameSyllables,
  verbEndingsLikeGivenNames,
  selfIntroductionLabels,
  colonOnlyLabels,
  signOffs,
  spacedOnlyHonorifics,
  titlesLikeCommonWords,
} from './korean-name-words.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { isKoreanDistrictName } from './korean-district-names.ts';
import { givenNameSyllables, hasCommonGivenName } from './korean-given-name-syllables.ts';
import { doubleSyllableSurnames, singleSyllableSurnames, surnameLength } from './korean-surnames.ts';
import { latinNameAfter, latinNameBefore, lowerCaseNameAfter, type LatinName } from './latin-name.ts';

export const koreanNameRecognizerName = 'korean-person-name';

const honorifics = byLastCharacter(honorificsAfterName);
const labelWords = [...labelsBeforeName, '저는 ', '전 '];
const labels = byLastCharacter(labelWords);
/** The labels after which only a self-introduction counts, spelled as a hit finds them ("저는 " with its space). */
const selfIntroductionLabelWords: ReadonlySet<string> = new Set(labelWords.filter((label) => selfIntroductionLabels.has(label.trimEnd())));

// A prefilter on the last syllables of the context words, written as character classes: an alternation of
// forty literal words runs at a third of the speed. Longer alternatives come first so that "환자명" is not cut at "환자". Which word ended at a hit is then looked up by its last character.
const contextEndPattern =
  /[당호청신약험표성환해전무익담]자[분명]?|[성자객본]명|[청신령대차송금취본]인명?|[대교의호][리수사]|표이사|담[사원]|치의|이름|성함|[금대차업점]주명?|는 ?분|저는 |전 |고객(?![님명])|귀하|외(?= ?\d)|[님씨장표임군양쌤]/g;
/**
 * The office titles, sign-offs and labels whose last syllables the pattern above does not hold (매니저, 주무관, 기자, 드림,
 * 영문명, 참석자, 서명, 대리인, 받는 사람, 주문하신 분 …), by their last two syllables. A search of their own with a trigger bit shared with the relatives:
 * as alternatives of the pattern above they made its scan of a long document 7% slower, while few texts hold one.
 */
const roleEndPattern =
  /기[자사]|[무계약박집권목도]사|장로|권찰|사원|조원|니[저션]|이저|프로|수석|[상전총]무|[무접사]관|공의|전결|인[계수](?=[ \t:：])|팀(?=[ \t])|[드올]림|문명|[석토인재령검로상진세수계권]자|[생료양비개학]사|환아|서명자?|참조|담당의?(?=[ \t:：])|작성(?=[ \t]*[:：])|신[부랑](?=[ \t])|[리속임증고천의]인|는 ?사람|[신실] ?분(?=[ \t:：])|경[감위사장정]|순경|소방[경위장교사]|조사[관자]|참여자|입회인|전임의|간사|[무업내외]이사|무원|퍼리|턴트|후보자|정사|준법감시|[원보]자(?=[ \t]*[:：])|연구원|간호사|어르신|어린이|조교|원생|[머버언]니|[남여]동생|큰?오빠|누나|막내|둘째|삼촌|레이너|코치|캐디|남편/g;

/** Words grouped by the code of their last character, longest first, so a hit is resolved without slicing the text. */
function byLastCharacter(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of [...words].sort((left, right) => right.length - left.length)) {
    const last = word.charCodeAt(word.length - 1);
    groups.set(last, [...(groups.get(last) ?? []), word]);
  }
  return groups;
}

/** The longest word of `groups` that ends at `end`. */
function wordEndingAt(text: string, options: { end: number; groups: Map<number, string[]> }): string | undefined {
  const candidates = options.groups.get(text.charCodeAt(options.end - 1));
  if (candidates === undefined) return undefined;
  for (const word of candidates) {
    if (text.startsWith(word, options.end - word.length)) return word;
  }
  return undefined;
}

/**
 * Syllables that may directly follow an honorific: particles, a copula and a quote ("씨예요", "씨라고"), so that "과장광고" or
 * "씨앗" is not a title.
 */
// Sets of character codes: a Hangul `charAt` allocates a string per look.
const syllablesAfterHonorific = codesOf('님은는이가을를의도께에과와랑만한들께요입으로라예였');
/** The particles written after a final consonant only, and those after a vowel only. */
const afterConsonantOnly = codesOf('은이을과');
const afterVowelOnly = codesOf('는가를와랑');

/** Whether the last syllable of `word`, a particle, takes the form the syllable before it asks for. */
function particleFits(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const consonant = hasFinalConsonant(word.charCodeAt(word.length - 2));
  return afterConsonantOnly.has(last) ? consonant : afterVowelOnly.has(last) ? !consonant : true;
}

/** Particles, and 님 after a role ("고객님", "기사님"): after an ordinary word, none makes it a name ("이름 전체랑 생년월일?"). */
const particleSyllables = codesOf('은는이가을를의도에와과로만님랑');
const nonFinalNameCodes = codesOf([...nonFinalNameSyllables].join(''));
const verbEndingLastCodes = codesOf([...verbEndingsLikeGivenNames].map((ending) => ending.at(-1)).join(''));

function codesOf(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((character) => character.charCodeAt(0)));
}
/**
 * What may sit between a label and the name: a topic, subject or object particle ("이름을 김민정으로 바꿔 주세요"), a colon,
 * spaces.
 */
const labelSeparator = /(?:\((?:한글|국문|영문|한자)\))?(?:은요|는요|은|는|이|가|을|를)?[ \t]*(?:[:：=][ \t]*)?(?:\r?\n[ \t]*)?/y;

/**
 * Native given names whose last syllable is a particle's (가을, "autumn", ends in 을): after a surname they are names, as
 * no particle follows a surname's syllable and 가 ("윤가을", "한가을").
 */
const nativeGivenNamesEndingLikeParticles: ReadonlySet<string> = new Set(['가을']);

/**
 * Whether `candidate` (Hangul only) reads as a Korean full name or given name rather than an ordinary word.
 *
 * @example
 * isPlausibleKoreanName('홍길동'); // true
 * isPlausibleKoreanName('이번에'); // false
 */
export function isPlausibleKoreanName(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > 4) return false;
  const surname = surnameLength(candidate);
  const givenLength = candidate.length - surname;
  if (surname === 0 || givenLength < 1 || givenLength > 2) return false;
  // "소비자", "구매자님": an everyday noun in a name's shape; "윤부장", "이집사": a surname and an office's title, no given name.
  if (commonWordsLikeNames.has(candidate) || isCommonKoreanNoun(candidate) || isKoreanDistrictName(candidate)) return false;
  if (givenLength === 2 && jobTitles.has(candidate.slice(surname))) return false;
  const last = candidate.charCodeAt(candidate.length - 1);
  if (nonFinalNameCodes.has(last) && !(givenLength === 2 && nativeGivenNamesEndingLikeParticles.has(candidate.slice(surname))))
    return false;
  // The last syllable first: the slice is taken only for the few that end a verb ending (서, 야, 도, 고, 러).
  if (givenLength === 2 && verbEndingLastCodes.has(last) && verbEndingsLikeGivenNames.has(candidate.slice(-2))) return false;
  // "정보가", "이유로", "고객님": an ordinary word plus a particle or 님, in the particle's form for the word's last sound
  // ("추가은" is no "추가" and a particle: that would be "추가는").
  return !(particleSyllables.has(last) && commonWordsLikeNames.has(candidate.slice(0, -1)) && particleFits(candidate));
}

/**
 * Whether `candidate` reads as a full name where only a nearby number, mark or row says it is one: plausible, its given
 * name of common syllables, and no common noun. `allowCommonPrefix` as in `hasCommonGivenName`.
 *
 * @example
 * isLikelyKoreanFullName('엄태호'); // true
 * isLikelyKoreanFullName('연락처'); // false
 */
export function isLikelyKoreanFullName(candidate: string, options: { allowCommonPrefix?: boolean } = {}): boolean {
  return isPlausibleKoreanName(candidate) && hasCommonGivenName(candidate, options) && !isCommonKoreanNoun(candidate);
}

/**
 * `isLikelyKoreanFullName` for a name of three syllables, or of four after a surname of two ("황보석진"): a surname and
 * a given name of two, the shape a name has where nothing but a row or a post says it is one.
 *
 * @example
 * isLikelyKoreanFullNameOfUsualLength('엄태호'); // true
 * isLikelyKoreanFullNameOfUsualLength('태호'); // false
 */
export function isLikelyKoreanFullNameOfUsualLength(candidate: string): boolean {
  return (candidate.length === 3 || (candidate.length === 4 && surnameLength(candidate) === 2)) && isLikelyKoreanFullName(candidate);
}

function latinFinding(name: LatinName, options: { text: string; strong: boolean }): PiiFinding {
  const certain = name.wordCount >= 2 || name.knownFirstName;
  const score = certain ? (options.strong ? 0.85 : 0.75) : 0.45;
  return {
    type: 'PERSON',
    start: name.start,
    end: name.end,
    text: options.text.slice(name.start, name.end),
    score,
    recognizer: koreanNameRecognizerName,
  };
}

function nameBeforeHonorific(text: string, options: { index: number; honorific: string }): PiiFinding | undefined {
  const { index, honorific } = options;
  const after = text.charCodeAt(index + honorific.length);
  // "탁현우씨고 번호 …": 씨 and the connective 고 (not after a title: "냉장고" holds 장 and 고).
  if (isHangulSyllable(after) && !syllablesAfterHonorific.has(after) && !(honorific === '씨' && after === 0xace0)) return undefined;
  const spaced = text.charCodeAt(index - 1) === 0x20;
  if (spacedOnlyHonorifics.has(honorific) && !spaced) return undefined;
  const nameEnd = spaced ? index - 1 : index;
  const nameStart = hangulRunStartBefore(text, nameEnd);
  if (nameStart === nameEnd) {
    if (nameEnd === 0 || !isLatinWordCharacter(text.charCodeAt(nameEnd - 1))) return undefined;
    const latin = latinNameBefore(text, { end: nameEnd });
    return latin === undefined ? undefined : latinFinding(latin, { text, strong: false });
  }
  // "4567이고 사장님": syllables glued to a number or a Latin word are an ending of it, not a name.
  if (nameStart > 0 && isLatinWordCharacter(text.charCodeAt(nameStart - 1))) return undefined;
  if (nameEnd - nameStart === 1) return spacedNameFinding(text, spacedSyllablesBefore(text, nameStart));
  const candidate = text.slice(nameStart, nameEnd);
  // "김 민수 고객님": the surname written apart from the given name is part of the name.
  const apart = candidate.length === 2 ? koreanNameApartAt(text, nameStart - 2) : undefined;
  if (apart !== undefined && apart.end === nameEnd) return { ...apart, score: 0.85 };
  if (!isPlausibleKoreanName(candidate) || nounsAfterDeterminer.has(candidate)) return undefined;
  // "도재훈 고객님 귀하": an honorific's word before another is no name, though 고 is a surname; nor is a chat's room addressed
  // by its name ("응급의학과 당직방 님과 카카오톡 대화").
  if (candidate.endsWith('님') || groupEndings.has(candidate.charCodeAt(candidate.length - 1))) return undefined;
  // "간병인 여사님": a title before 님 is the title said with respect, not a name.
  if (honorific === '님' && (honorificsAfterName as readonly string[]).includes(candidate)) return undefined;
  // A department glued to a title ("영업팀장") looks like a two-syllable name; only a full name may attach.
  if (candidate.length === 2 && jobTitles.has(honorific) && !spaced) return undefined;
  if (fullNameOnlyHonorifics.has(honorific) && !isFullNameBeforeTitle(candidate)) return undefined;
  // "하원은 할머니가", "정우야 할머니 댁": before an elder's word, a word and its particle or a child called out, no name.
  if (eldersAfterName.has(honorific) && (!spaced || particleOrCallEndings.has(candidate.charCodeAt(candidate.length - 1))))
    return undefined;
  if ((titlesLikeCommonWords.has(honorific) || signOffs.has(honorific)) && !hasCommonGivenName(candidate)) return undefined;
  if (signOffs.has(honorific) && !endsLine(text, index + honorific.length)) return undefined;
  // "김민수 외 2명": the first of a party, before the count of the others.
  if (honorific === '외' && !countFollows(text, index + 1)) return undefined;
  let score = candidate.length >= 3 ? 0.85 : 0.6;
  if (spacedOnlyHonorifics.has(honorific)) score -= 0.15;
  return { type: 'PERSON', start: nameStart, end: nameEnd, text: candidate, score, recognizer: koreanNameRecognizerName };
}

/**
 * Whether `candidate` may be the full name before a title that a kind of one precedes as often: three syllables or more, not
 * ending in a verb's modifier ("가입한 고객") or like a place or desk ("연구소 수석", "영업팀 매니저").
 */
/** An elder's words after a full name ("김정숙 할머니"), written apart from it. */
const eldersAfterName: ReadonlySet<string> = new Set(['할머니', '할아버지']);
/** Particles and a call's endings that end a word before an elder's word ("하원은", "정우야", "하윤이"). */
const particleOrCallEndings: ReadonlySet<number> = new Set([...'은는이가야아도를을의와과랑'].map((syllable) => syllable.charCodeAt(0)));

function isFullNameBeforeTitle(candidate: string): boolean {
  const last = candidate.charCodeAt(candidate.length - 1);
  return candidate.length >= 3 && !modifierEndings.has(last) && !placeEndings.has(last) && !placeWords.has(candidate);
}

const othersCount = / ?\d{1,3} ?[명인]/y;

/** Whether a count of people follows at `at` (" 2명", "3인"). */
function countFollows(text: string, at: number): boolean {
  othersCount.lastIndex = at;
  return othersCount.test(text);
}

/** Whether only blanks and closing punctuation stand between `at` and the end of its line ("김철수 드림.\n"). */
function bracketClosesLine(text: string, open: number): boolean {
  const close = text.indexOf(')', open);
  const lineBreak = text.indexOf('\n', open);
  return close !== -1 && (lineBreak === -1 || close < lineBreak) && endsLine(text, close + 1);
}

/** A phone number alone to the line's end. */
const numberClosesLine = /^[ \t]*\+?[\d() -]{7,20}[ \t]*(?:\r?\n|$)/;

function endsLine(text: string, at: number): boolean {
  for (let index = at; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // A line break, or a bracket that closes the line with a contact ("마상훈 드림 (직통 070-…)"), or a desk's number after a
    // slash or a bar ("해외카드센터 차유림 드림 / 1588-8100").
    if (code === 0x0a || code === 0x0d || (code === 0x28 && bracketClosesLine(text, index))) return true;
    if ((code === 0x2f || code === 0x7c) && numberClosesLine.test(text.slice(index + 1, index + 24))) return true;
    // blank, tab, ! . ~
    if (code !== 0x20 && code !== 0x09 && code !== 0x21 && code !== 0x2e && code !== 0x7e) return false;
  }
  return true;
}

/**
 * A surname written apart from a two-syllable given name by one blank ("성명: 김 민수", "김 민수 고객님"), when the surname
 * at `surnameAt` stands alone and the two join into a full name with a common given name.
 *
 * @example
 * koreanNameApartAt('성명: 김 민수', 4)?.text; // '김 민수'
 */
export function koreanNameApartAt(text: string, surnameAt: number): PiiFinding | undefined {
  if (surnameAt < 0 || text.charCodeAt(surnameAt + 1) !== 0x20 || !isHangulSyllable(text.charCodeAt(surnameAt))) return undefined;
  // "4,800원 건은": a currency or a counter after its number is no surname.
  if (surnameAt > 0 && (isHangulSyllable(text.charCodeAt(surnameAt - 1)) || isAsciiDigit(text.charCodeAt(surnameAt - 1)))) return undefined;
  const givenStart = surnameAt + 2;
  const end = hangulRunEndAfter(text, givenStart);
  if (end - givenStart !== 2) return undefined;
  const given = text.slice(givenStart, end);
  const joined = text[surnameAt]! + given;
  // "보호자 한 명만": 한 (one) before a counter.
  if (joined.startsWith('한') && countersAfterOne.has(given.charCodeAt(0))) return undefined;
  if (nounsAfterDeterminer.has(given) || surnameLength(joined) !== 1 || !isPlausibleKoreanName(joined) || !hasCommonGivenName(joined))
    return undefined;
  return { type: 'PERSON', start: surnameAt, end, text: text.slice(surnameAt, end), score: 0.8, recognizer: koreanNameRecognizerName };
}

/** The fewest syllables of a name spelled out one by one ("김 민 수"): two alone are as often two words. */
const fewestSpacedSyllables = 3;

/** The most syllables of a name spelled out one by one. */
const mostSpacedSyllables = 4;

/**
 * The stretch of single syllables apart by one blank that ends with the syllable at `last` ("김 민 수" before 고객), as
 * far back as it goes but one syllable past the most a name holds: a longer stretch names no one however long it is, and
 * reading it whole at each of its syllables would cost its length squared ("님 님 님 …").
 */
function spacedSyllablesBefore(text: string, last: number): { start: number; end: number } {
  let start = last;
  for (let syllables = 1; syllables <= mostSpacedSyllables; syllables += 1) {
    if (start < 2 || text.charCodeAt(start - 1) !== 0x20 || !isHangulSyllable(text.charCodeAt(start - 2))) break;
    if (start >= 3 && isHangulSyllable(text.charCodeAt(start - 3))) break;
    start -= 2;
  }
  return { start, end: last + 1 };
}

/**
 * The same stretch read forwards from the syllable at `first` ("성명: 김 민 수"); its last syllable may carry a particle or
 * a copula, as the name would ("제 이름은 윤 재 호예요", "저는 김 민 준이라고 합니다").
 */
function spacedSyllablesAfter(text: string, first: number): { start: number; end: number } {
  let end = first + 1;
  while (
    text.charCodeAt(end) === 0x20 &&
    isHangulSyllable(text.charCodeAt(end + 1)) &&
    (!isHangulSyllable(text.charCodeAt(end + 2)) || endingsAfterName.has(text.slice(end + 2, hangulRunEndAfter(text, end + 2))))
  )
    end += 2;
  return { start: first, end };
}

/**
 * A name spelled out one syllable at a time to slip past a filter ("김 민 수 고객님", "성명: 홍 길 동"): three or four
 * syllables that join into a full name with a common given name.
 */
function spacedNameFinding(text: string, span: { start: number; end: number }): PiiFinding | undefined {
  const syllables = (span.end - span.start + 1) / 2;
  if (syllables < fewestSpacedSyllables || syllables > mostSpacedSyllables) return undefined;
  const joined = text.slice(span.start, span.end).replaceAll(' ', '');
  if (!isPlausibleKoreanName(joined) || !hasCommonGivenName(joined)) return undefined;
  return {
    type: 'PERSON',
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    score: 0.75,
    recognizer: koreanNameRecognizerName,
  };
}

/** Blanks or a colon only between a relative and a name: a particle makes the relative the sentence's subject or object. */
const relativeNameSeparator = /^[ \t]*(?:[:：][ \t]*)?$/;

/**
 * Whether a relative's given name and the kinship open the line before a colon, as a family's chat heads a relative's turn
 * ("성호 삼촌: 고마워", "미정 이모: 경기31바 7720 이다"): the words after are what the relative says, no name of a field.
 */
function isRelativesTurn(text: string, at: { index: number; labelEnd: number; nameStart: number }): boolean {
  if (!text.slice(at.labelEnd, at.nameStart).includes(':')) return false;
  const lineStart = text.lastIndexOf('\n', at.index - 1) + 1;
  const before = text.slice(lineStart, at.index);
  return /^[가-힣]{2} $/.test(before) && givenNameSyllables.has(before.charAt(0)) && givenNameSyllables.has(before.charAt(1));
}

function nameAfterLabel(text: string, options: { index: number; label: string }): PiiFinding | undefined {
  const { index, label } = options;
  const glued =
    index > 0 && (isHangulSyllable(text.charCodeAt(index - 1)) || (label === '팀' && isLatinWordCharacter(text.charCodeAt(index - 1))));
  // 팀 names someone only glued to its team's name ("인사팀 심소정"), not as a word of its own ("팀 회의").
  if (label === '팀' && !glued) return undefined;
  // A label glued to the word before it is another word ("이름표"), but for a desk's title glued to its department.
  const gluedToDesk = glued && !isCompoundNameLabel(text, { index, label });
  if (gluedToDesk && !deskTitles.has(label)) return undefined;
  const labelEnd = index + label.length;
  labelSeparator.lastIndex = labelEnd;
  // Every part of the separator is optional, so `test` always matches and leaves `lastIndex` where the name starts.
  labelSeparator.test(text);
  const nameStart = labelSeparator.lastIndex;
  const selfIntroduction = selfIntroductionLabelWords.has(label);
  // "이름표", "환자분": a label glued to the next syllable is a different word.
  if (nameStart === labelEnd && !label.endsWith(' ')) return undefined;
  if (
    relativeLabels.has(label) &&
    (!(relativeNameSeparator.test(text.slice(labelEnd, nameStart)) && isHangulSyllable(text.charCodeAt(nameStart))) ||
      isRelativesTurn(text, { index, labelEnd, nameStart }))
  )
    return undefined;
  const bare = isBareLabel(text, { labelEnd, nameStart });
  if (!bare && relativesBeforeNameWithoutColon.has(label)) return undefined;
  // An elder sibling's word opens a chat's words as often as it labels one ("누나 차에서 봐", "언니 나 미국 …"): a full
  // name only, of common given-name syllables.
  if (siblingWords.has(label)) {
    const sibling = koreanNameAt(text, { start: nameStart, bare });
    return sibling !== undefined && isLikelyKoreanFullNameOfUsualLength(sibling.text) ? sibling : undefined;
  }
  // "담당 부서", "서명 부탁드립니다": these labels are everyday nouns, and name someone only before a colon, or before a full
  // name that ends the line ("… / 담당 노재석").
  if (bare && colonOnlyLabels.has(label)) return fullNameEndingLine(text, nameStart);
  const first = text.charCodeAt(nameStart);
  if (first >= 0x41 && first <= 0x5a) {
    const latin = latinNameAfter(text, { start: nameStart, allowUppercase: !selfIntroduction });
    return latin === undefined ? undefined : latinFinding(latin, { text, strong: !selfIntroduction });
  }
  // "제 이름은 minsu kim이에요": a listed first name typed in lower case.
  if (first >= 0x61 && first <= 0x7a) {
    const latin = lowerCaseNameAfter(text, { start: nameStart });
    return latin === undefined ? undefined : latinFinding(latin, { text, strong: false });
  }
  // A desk's title glued to its department is read for a full name only, below ("인사팀 김 대리" names no one).
  if (isHangulSyllable(first) && !isHangulSyllable(text.charCodeAt(nameStart + 1))) {
    if (gluedToDesk) return undefined;
    const spaced = spacedNameFinding(text, spacedSyllablesAfter(text, nameStart)) ?? koreanNameApartAt(text, nameStart);
    return spaced ?? (bare ? undefined : nameAfterPlaceWords(text, nameStart));
  }
  // "소유자 성명: 황보 민재": a surname of two syllables written apart from the given name.
  const doubleApart = bare ? undefined : doubleSurnameApartAt(text, nameStart);
  if (doubleApart !== undefined) return doubleApart;
  // "성명(한글): 구룽 비카스": a foreign name in Hangul, its words apart, filling the field after a colon; read first, as its
  // first word may pass for a Korean given name ("구룽").
  const foreign = bare ? undefined : foreignNameFillingLine(text, nameStart);
  if (foreign !== undefined) return foreign;
  const name = koreanNameAt(text, { start: nameStart, selfIntroduction, bare, afterJob: jobLabels.has(label) });
  // "환경정책팀장 안태근": a desk's title glued to its department, before a full name that ends the field, as an official
  // document's approval line writes it.
  if (gluedToDesk) return name !== undefined && name.end - name.start >= 3 && endsField(text, name.end) ? name : undefined;
  if (name === undefined) return bare ? undefined : nameAfterPlaceWords(text, nameStart);
  // "작성: 배차팀": a team wrote it; no given name ends in 팀.
  if (name.text.endsWith('팀')) return undefined;
  // "참조: 강력2팀 경위 …", "영업1부": a desk numbered after its name; no name is glued to a number and a desk's word.
  numberedDeskAfter.lastIndex = name.end;
  if (numberedDeskAfter.test(text)) return undefined;
  // "참조: 한빛 법인지원 <biz-support@…>": a brand before its desk, which no person's name comes before.
  deskAfterBrand.lastIndex = name.end;
  if (deskAfterBrand.test(text)) return undefined;
  return goesOnAsSpeech(text, { label, labelStart: index, nameEnd: name.end }) ? undefined : name;
}

const siblingWords: ReadonlySet<string> = new Set(['누나', '언니', '오빠']);

const numberedDeskAfter = /\d{1,2}(?:팀|부|과|계|반)/y;
/** A firm's desk for its business, retail or technical customers, written after the brand ("법인지원", "고객센터"). */
const deskAfterBrand = /[ \t]+(?:법인|고객|기술|기업|개인)(?:지원|센터|상담)(?:팀|실|센터)?(?=[ \t<(,.]|$)/y;

/**
 * Titles of a desk that a department's name is glued to ("안전관리팀장", "환경정책과장"), and a team's name itself before
 * its member ("인사팀 심소정 (내선 2214)", "CS2팀 반지훈").
 */
const deskTitles: ReadonlySet<string> = new Set(['팀장', '과장', '부장', '실장', '팀']);

/** A two-syllable surname, a blank and a given name of one or two syllables that ends the field ("황보 민재"). */
function doubleSurnameApartAt(text: string, start: number): PiiFinding | undefined {
  if (text.charCodeAt(start + 2) !== 0x20 || !doubleSyllableSurnames.has(text.slice(start, start + 2))) return undefined;
  if (isHangulSyllable(text.charCodeAt(start - 1))) return undefined;
  const end = hangulRunEndAfter(text, start + 3);
  if (end - start - 3 < 1 || end - start - 3 > 2 || !endsField(text, end)) return undefined;
  return { type: 'PERSON', start, end, text: text.slice(start, end), score: 0.8, recognizer: koreanNameRecognizerName };
}

/**
 * Two to four words of Hangul, apart by single blanks, that fill the rest of the line: a foreign name transcribed
 * ("구룽 비카스", "응우옌 반 투안"), none of its words an honorific, a title or an everyday noun.
 */
const hangulWordsToLineEnd = /[가-힣]{1,4}(?: [가-힣]{1,4}){1,3}(?=[ \t]*(?:\r?\n|$))/y;
/** A post or a team before the name, which no foreign name's word is ("작성자: 안전담당 은지오", "품질팀 …"). */
const postOrTeamWord = /.(?:담당|팀)$/;

const dutyOrDeskWord = /(?:담당|관리|지원|팀|과|실)$/;

/** The head of an office, a site or a branch ("영업소장", "현장소장", "지점장"). */
const headsPost = /[가-힣]장$/;

function foreignNameFillingLine(text: string, start: number): PiiFinding | undefined {
  hangulWordsToLineEnd.lastIndex = start;
  const match = hangulWordsToLineEnd.exec(text);
  if (match === null) return undefined;
  const words = match[0].split(' ');
  // A Korean full name before another word ("김민수 고객", "이영희 외") is read as one.
  if (words[0]!.length >= 3 && hasCommonGivenName(words[0]!)) return undefined;
  // A duty or a desk before a Korean full name ("작성자: 안전담당 은지오"): the name is read after the desk's words.
  if (dutyOrDeskWord.test(words[0]!)) return undefined;
  // … or a head's post ("작성: 영업소장 엄태식", "현장소장 문하준"): a Korean full name ends the line.
  if (words.length === 2 && headsPost.test(words[0]!) && isLikelyKoreanFullNameOfUsualLength(words[1]!)) return undefined;
  if (
    words.some(
      (word) =>
        honorificsAfterName.includes(word) ||
        jobTitles.has(word) ||
        // A post that ends in a title ("작성: 영업소장 …", "현장소장", "지점장"): the name is read after it.
        (word.length >= 3 && jobTitles.has(word.slice(-2))) ||
        isCommonKoreanNoun(word) ||
        commonWordsLikeNames.has(word) ||
        postOrTeamWord.test(word),
    )
  )
    return undefined;
  return { type: 'PERSON', start, end: start + match[0].length, text: match[0], score: 0.7, recognizer: koreanNameRecognizerName };
}

/** A full name with common given-name syllables at `start` that ends its line, or nothing. */
function fullNameEndingLine(text: string, start: number): PiiFinding | undefined {
  const end = hangulRunEndAfter(text, start);
  const candidate = text.slice(start, end);
  if (candidate.length < 3 || candidate.length > 4 || !endsLine(text, end)) return undefined;
  return isPlausibleKoreanName(candidate) && hasCommonGivenName(candidate)
    ? { type: 'PERSON', start, end, text: candidate, score: 0.75, recognizer: koreanNameRecognizerName }
    : undefined;
}

/** How many words of place or role a form may write between a label's colon and the name. */
const mostPlaceWords = 3;

/**
 * The name after the words of a department, a clinic or a role that a form writes between a label's colon and the person
 * ("담당: 헬프데스크 이정훈", "의뢰 의사: 튼튼내과의원 원장 주은혜", "보호자: 부 황석진"): a full name with common given-name
 * syllables that ends the field.
 */
function nameAfterPlaceWords(text: string, start: number): PiiFinding | undefined {
  // A form's field is short: a sentence after a label is prose, read by the other searches.
  if (!endsLineWithin(text, start, longestPlaceField)) return undefined;
  let wordStart = start;
  for (let skipped = 0; skipped < mostPlaceWords; skipped += 1) {
    const wordEnd = hangulRunEndAfter(text, wordStart);
    if (wordEnd === wordStart || text.charCodeAt(wordEnd) !== 0x20 || !isHangulSyllable(text.charCodeAt(wordEnd + 1))) return undefined;
    wordStart = wordEnd + 1;
    const nameEnd = hangulRunEndAfter(text, wordStart);
    const candidate = text.slice(wordStart, nameEnd);
    if (candidate.length < 3 || candidate.length > 4 || !endsField(text, nameEnd)) continue;
    if (isPlausibleKoreanName(candidate) && hasCommonGivenName(candidate))
      return { type: 'PERSON', start: wordStart, end: nameEnd, text: candidate, score: 0.75, recognizer: koreanNameRecognizerName };
  }
  return undefined;
}

/** How long a field with a department and a name may run ("튼튼내과의원 원장 주은혜 (직통 02-…)"). */
const longestPlaceField = 40;

/** Whether the line ends (or the text) within `reach` characters of `start`. */
function endsLineWithin(text: string, start: number, reach: number): boolean {
  const limit = Math.min(text.length, start + reach);
  for (let at = start; at < limit; at += 1) if (text.charCodeAt(at) === 0x0a) return true;
  return limit === text.length;
}

/** Whether a form's field ends at `at`: the line's or the text's end, a separator, or a blank before no Hangul. */
function endsField(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (at >= text.length || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x2c || code === 0x28 || code === 0x7c) return true;
  return (code === 0x20 || code === 0x09) && !isHangulSyllable(text.charCodeAt(at + 1));
}

/** Roles that open the turns of a chat transcript ("상담원: 반환 요청 접수해 드리겠습니다", "고객: 주문한 운동화…"). */
const speakerRoles: ReadonlySet<string> = new Set(['고객', '상담원', '상담사', '손님', '직원', '본인']);
const particleAfterWord = codesOf('은는이가을를도의에');

/**
 * Whether the value after a speaker's role and its colon at a line's start goes on as speech rather than giving a name:
 * the word is followed by a particle or by another Hangul word ("상담원: 서류는 …", "상담원: 양수인 정보도 …"), where a
 * name stands alone or before its number ("고객: 홍길동 010-…", "손님: 윤태호요").
 *
 * @example
 * goesOnAsSpeech('상담원: 반환 요청 접수해 드릴게요', { label: '상담원', labelStart: 0, nameEnd: 7 }); // true
 */
export function goesOnAsSpeech(text: string, at: { label: string; labelStart: number; nameEnd: number }): boolean {
  if (!speakerRoles.has(at.label) || (at.labelStart > 0 && text.charCodeAt(at.labelStart - 1) !== 0x0a)) return false;
  const colon = text.charCodeAt(at.labelStart + at.label.length);
  if (colon !== 0x3a && colon !== 0xff1a) return false;
  const next = text.charCodeAt(at.nameEnd);
  if (particleAfterWord.has(next) && !isHangulSyllable(text.charCodeAt(at.nameEnd + 1))) return true;
  // "상담원: 김민수 고객님, …": an honorific or a title after the name keeps it one.
  if (next !== 0x20 || !isHangulSyllable(text.charCodeAt(at.nameEnd + 1))) return false;
  return !honorificsAfterName.some((honorific) => text.startsWith(honorific, at.nameEnd + 1));
}

/** The last syllables of the persons a form names before 성명, 이름 or 성함 (환자, 고객, 신청인, 예금주, 환아). */
const personNounEndings = codesOf('자객인주아');
const nameLabelWords: ReadonlySet<string> = new Set(['성명', '이름', '성함']);

/** Whether a name label glued to the word before it names that person ("환자성명", "보호자이름", "예금주성명"). */
function isCompoundNameLabel(text: string, at: { index: number; label: string }): boolean {
  return nameLabelWords.has(at.label) && personNounEndings.has(text.charCodeAt(at.index - 1));
}

/**
 * Whether no colon stands between a label and the word after it: after a bare label a two-syllable word is far more often
 * a noun than a name ("보호자 연령", "고객 유형", even "이름 정정"), so `isNameAfterBareLabel` decides it. After a colon
 * ("보호자: 김철") any plausible name goes through.
 */
export function isBareLabel(text: string, options: { labelEnd: number; nameStart: number }): boolean {
  for (let index = options.labelEnd; index < options.nameStart; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x3a || code === 0xff1a || code === 0x3d) return false;
  }
  return true;
}

/** Whether a candidate may stand after a job such as 상담원 (see `jobLabels`). */
function isNameAfterJob(candidate: string): boolean {
  return hasCommonGivenName(candidate) && !endingsNotAfterJob.has(candidate.charCodeAt(candidate.length - 1));
}

/**
 * Whether a candidate may stand after a bare label: two syllables only with a one-syllable given name no noun ends with,
 * three not ending in a particle ("이름 정정이 필요해요", "이름을 한글로 써 주세요": a noun and its particle; given names
 * almost never end in 이, 가, 을, 를, 는 or 로), a verb's ending ("이름 정정해 주세요", "성함을 여쭤봐도") or an adverb's
 * ("이름 정확히 써 주세요").
 */
export function isNameAfterBareLabel(candidate: string): boolean {
  // "성함 한번만 확인 부탁드립니다": once (한번), and no given name starts with 번.
  if (candidate.startsWith('한번')) return false;
  const last = candidate.charCodeAt(candidate.length - 1);
  if (candidate.length === 2) return singleSyllableGivenNames.has(last);
  return candidate.length > 3 || !notNameEndingsAfterBareLabel.has(last);
}

const notNameEndingsAfterBareLabel = codesOf('이가을를는도로해했됐된할될던히게봐줘워면다고');

/**
 * The Korean name that starts at `start` and fills its word up to a particle or copula ("홍길동이고요" → "홍길동").
 *
 * @example
 * koreanNameAt('성명: 홍길동입니다', { start: 4 })?.text; // '홍길동'
 */
export function koreanNameAt(
  text: string,
  options: { start: number; selfIntroduction?: boolean; bare?: boolean; afterJob?: boolean },
): PiiFinding | undefined {
  const { start } = options;
  const word = text.slice(start, hangulRunEndAfter(text, start));
  // "주치의: 신경과": a noun whose last syllable a particle shares (과, 와, 이) is no name and its particle.
  if (isCommonKoreanNoun(word) || isTownBeforeItsOffice(text, { start, end: start + word.length })) return undefined;
  for (let length = Math.min(4, word.length); length >= 2; length -= 1) {
    const candidate = word.slice(0, length);
    const ending = word.slice(length);
    const endingAllowed = options.selfIntroduction === true ? copulaEndings.has(ending) : endingsAfterName.has(ending);
    if (!endingAllowed || !isPlausibleKoreanName(candidate)) continue;
    // "지수예요": the 예 is the copula's after a vowel, not a third syllable of the name ("지수예" and 요).
    if (ending === '요' && candidate.endsWith('예') && length > 2) continue;
    // 예요 after the word makes it the value the label names, even of two syllables ("이름은 지수예요"); not 이에요, which
    // follows nouns as often ("이름은 한글이에요").
    if (options.bare === true && !isNameAfterBareLabel(candidate) && !(length === 2 && ending === '예요')) continue;
    if (options.afterJob === true && !isNameAfterJob(candidate)) continue;
    const score = length >= 3 ? 0.85 : 0.7;
    return { type: 'PERSON', start, end: start + length, text: candidate, score, recognizer: koreanNameRecognizerName };
  }
  // A Korean surname before a foreign given name in Hangul, filling a labelled field ("환자명: 김대니얼 (Daniel Kim)").
  if (options.bare !== true && options.selfIntroduction !== true && transcribedGivenName(word) && endsField(text, start + word.length))
    return { type: 'PERSON', start, end: start + word.length, text: word, score: 0.7, recognizer: koreanNameRecognizerName };
  return undefined;
}

/** The last syllables of a town's, a township's, a neighbourhood's and a village's name (봉담읍, 남면, 고덕동, 신리). */
const townEndings: ReadonlySet<number> = new Set([...'읍면동리'].map((syllable) => syllable.charCodeAt(0)));
/** The public offices a town's name comes before ("봉담읍 행정복지센터", "신림동 주민센터", "남면 사무소"). */
const townOfficeAfter = /^[ \t]*(?:행정복지센터|주민센터|주민자치센터|사무소|민원실|파출소|치안센터|보건지소|우체국)/;

/** Whether the word is a town's name before its public office ("담당: 봉담읍 행정복지센터 민원팀 …"), not a name. */
function isTownBeforeItsOffice(text: string, word: { start: number; end: number }): boolean {
  return townEndings.has(text.charCodeAt(word.end - 1)) && townOfficeAfter.test(text.slice(word.end, word.end + 12));
}

/**
 * A single-syllable surname, then three or four syllables of which one is of those that spell foreign sounds (ㄹ before a
 * vowel's end, final ㅅ's 스, 트, 크): a given name transcribed from another language ("대니얼", "제시카", "브라이언").
 */
function transcribedGivenName(word: string): boolean {
  if ((word.length !== 4 && word.length !== 5) || !singleSyllableSurnames.has(word.charAt(0)) || isCommonKoreanNoun(word)) return false;
  // A desk or a place: "인프라팀", "브랜드센터".
  if (deskOrPlaceEnding.test(word)) return false;
  for (let index = 1; index < word.length; index += 1) if (transcriptionSyllables.has(word.charAt(index))) return true;
  return false;
}

const deskOrPlaceEnding = /(?:팀|부|과|실|센터|점|소|원|관|장)$/;
const transcriptionSyllables: ReadonlySet<string> = new Set([...'얼엘슨스트크클프즈드브릭린잭켈엠앤퍼티샤셀벨렌콜폴존쥴카시']);

/**
 * Korean names (and Latin-script names of foreigners) that an honorific, a title or a label marks as a person.
 *
 * @example
 * findKoreanNames('성명: 홍길동, 담당 김민수 과장님께 연락').map((finding) => finding.text); // ['홍길동', '김민수']
 */
export function findKoreanNames(text: string): PiiFinding[] {
  return namesAtContextEnds(text, contextEndPattern);
}

/**
 * Korean names before the office titles and sign-offs of `roleEndPattern`, and after its labels (see
 * `textTrigger.koreanRelativeOrRole`).
 *
 * @example
 * findKoreanNamesAroundRoles('고객지원팀 박지훈 매니저입니다').map((finding) => finding.text); // ['박지훈']
 */
export function findKoreanNamesAroundRoles(text: string): PiiFinding[] {
  return namesAtContextEnds(text, roleEndPattern);
}

/** The names before an honorific or after a label that ends where `pattern` (global, by last syllables) matches. */
function namesAtContextEnds(text: string, pattern: RegExp): PiiFinding[] {
  const findings: PiiFinding[] = [];
  pattern.lastIndex = 0;
  // `test` instead of `exec`: no match array per hit, and `lastIndex` is exactly where the context word ends.
  while (pattern.test(text)) {
    const end = pattern.lastIndex;
    const honorific = wordEndingAt(text, { end, groups: honorifics });
    if (honorific !== undefined && !isPlaceOfVehicles(text, end - honorific.length, honorific)) {
      const finding = nameBeforeHonorific(text, { index: end - honorific.length, honorific });
      if (finding !== undefined) {
        findings.push(finding);
        if (isHangulSyllable(text.charCodeAt(finding.start))) namesListedBefore(text, { start: finding.start, findings });
      }
    }
    const label = wordEndingAt(text, { end, groups: labels });
    if (label !== undefined) {
      const finding = nameAfterLabel(text, { index: end - label.length, label });
      if (finding !== undefined) {
        findings.push(finding);
        if (isHangulSyllable(text.charCodeAt(finding.start))) namesListedAfter(text, { end: finding.end, findings });
      }
    }
  }
  return findings;
}

/**
 * 차장 glued to 주, 승, 하, 세 or 정 is a place for cars (주차장, 승차장, 세차장), not a deputy manager's title after a name;
 * 원장 glued to 위 is a committee's chair.
 */
function isPlaceOfVehicles(text: string, titleStart: number, title: string): boolean {
  return (
    (title === '차장' && '주승하세정'.includes(text.charAt(titleStart - 1))) ||
    // 원장 glued to 위 is a committee's chair (위원장), after the committee's name ("장학위원장"), not after a name.
    (title === '원장' && text.charAt(titleStart - 1) === '위')
  );
}

/** A comma, a middle dot or an ideographic comma between the names of a list, with blanks around it. */
const listSeparator = /[ \t]*[,·、][ \t]*/y;
const listSeparatorBefore = /[,·、][ \t]*$/;

/**
 * Full names listed before the one an honorific follows ("김민수, 이영희 님께"), pushed onto `found.findings`, each after
 * anything but a Latin letter or a digit.
 */
function namesListedBefore(text: string, found: { start: number; findings: PiiFinding[] }): void {
  for (let at = found.start; ;) {
    const separator = listSeparatorBefore.exec(text.slice(Math.max(0, at - 8), at));
    if (separator === null) return;
    let end = at - separator[0].length;
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
    const start = hangulRunStartBefore(text, end);
    const finding = start > 0 && isLatinWordCharacter(text.charCodeAt(start - 1)) ? undefined : listedNameAt(text, { start, end });
    if (finding === undefined) return;
    found.findings.push(finding);
    at = start;
  }
}

/**
 * Full names listed after the one a label names ("참석자: 김민수, 이영희, 박철수"), pushed onto `found.findings`, each standing
 * alone (a list separator, a bracket, a number or the line's end after it), so that "성명: 홍길동, 주소지 서울" stops at 주소지.
 */
function namesListedAfter(text: string, found: { end: number; findings: PiiFinding[] }): void {
  for (let at = found.end; ;) {
    listSeparator.lastIndex = at;
    if (!listSeparator.test(text)) return;
    const start = listSeparator.lastIndex;
    const end = hangulRunEndAfter(text, start);
    const finding = endsHangulWords(text, end) ? listedNameAt(text, { start, end }) : undefined;
    if (finding === undefined) return;
    found.findings.push(finding);
    at = end;
  }
}

/** The name of a list between `item.start` and `item.end`: three or four syllables with a common given name. */
function listedNameAt(text: string, item: { start: number; end: number }): PiiFinding | undefined {
  const { start, end } = item;
  if (end - start < 3 || end - start > 4) return undefined;
  const candidate = text.slice(start, end);
  if (!isPlausibleKoreanName(candidate) || !hasCommonGivenName(candidate)) return undefined;
  return { type: 'PERSON', start, end, text: candidate, score: 0.75, recognizer: koreanNameRecognizerName };
}
