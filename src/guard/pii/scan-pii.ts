// Runs the PII recognisers over a text and returns non-overlapping findings above the score threshold, in text order.
import { trimTitleWords } from './names/title-words-in-names.ts';
import { chatHandleRecognizer } from './recognizers/chat-handles.ts';
import { withoutAllowedValues } from './allowed-values.ts';
import { defaultRecognizers } from './default-recognizers.ts';
import { overlapsAny, resolveOverlapsOfOwnedArray } from './resolve-overlaps.ts';
import { foldCapitalisedWordAccents, linesAroundFoldedWords } from './accent-folding.ts';
import { addCorrectedValues, addRepeatedValues } from './repeated-values.ts';
import { addValuesInSiblingRows } from './values-in-sibling-rows.ts';
import { addNamesOpeningSiblingListRows } from './names/names-opening-sibling-list-rows.ts';
import { removeOrganisationsValues, removePhonesOfLines } from './organisations-lines.ts';
import { removeSharedLines } from './shared-lines.ts';
import { removeSystemsLogins } from './systems-logins.ts';
import { addLoginsInSpeakerLabels } from './logins-in-speaker-labels.ts';
import { addLoginsAfterBy } from './logins-after-by.ts';
import { removeOrganisationsAccounts } from './organisations-accounts.ts';
import { addRepeatsOfEarlierValues, type EarlierValues } from './earlier-values.ts';
import { runEdgesOf } from './run-edges.ts';
import { addBirthDatesBeside, addBirthDatesInBracketsAfterNames } from './birth-dates-beside.ts';
import { addRestatedBirthDates } from './restated-birth-dates.ts';
import { holdsBirthSuffix, holdsForeignBirthWord, mayHoldSpokenBirthDate } from './recognizers/date-of-birth-recognizer.ts';
import { nameAnswerRecognizer } from './names/name-answers.ts';
import { findKoreanNamesAsSubjects, holdsNameBeforeVowelCopula } from './names/korean-name-cues.ts';
import { holdsNameByLayout } from './names/index.ts';
import { holdsHanNameWithRomanisation } from './names/han-names-with-romanisations.ts';
import { mayHoldLabelledCells } from './tables/index.ts';
import { mayHoldLabelledPlate, mayHoldPlateAfterModel } from './recognizers/vehicle-recognizers.ts';
import { mayHoldKoreanDistrictPlate } from './recognizers/korean-district-plates.ts';
import { holdsAccountName } from './recognizers/account-names.ts';
import { mayHoldMarketplaceNickname } from './recognizers/marketplace-nicknames.ts';
import { mayHoldMarketplaceParty } from './recognizers/marketplace-parties.ts';
import { mayHoldGameOrChannelName } from './recognizers/game-and-channel-names.ts';
import { mayHoldAccountList } from './recognizers/account-lists.ts';
import { addLoginsInBracketsAfterNames } from './logins-in-brackets-after-names.ts';
import { mayHoldForumAuthor } from './recognizers/forum-authors.ts';
import { mayHoldAskedValue, valuesGivenInAnswer } from './answers/index.ts';
import { findObfuscatedEmails, mayHoldObfuscatedEmail } from './recognizers/obfuscated-emails.ts';
import { holdsCredential } from './recognizers/credential-recognizer.ts';
import { holdsSecret } from './recognizers/secret-recognizer.ts';
import { mayHoldMacAddress } from './recognizers/mac-address-recognizer.ts';
import { labelTriggers } from './recognizers/label-triggers.ts';
import { plainForms } from './plain-forms.ts';
import { findSpelledNumbers, type SpelledNumber } from './spelled-english-numbers.ts';
import { findKoreanSpelledNumbers, mayHoldKoreanSpelledNumber } from './spelled-korean-numbers.ts';
import { findSpacedNumbers } from './spaced-digits.ts';
import { spelledNumberFindings } from './spelled-number-findings.ts';
import { addLoginsOfNamedPeople } from './logins-of-named-people.ts';
import { addPhonesAfterNamedPeople } from './phones-after-named-people.ts';
import { addPassportsInPersonRows } from './passports-in-person-rows.ts';
import { addNumberedAnswers } from './numbered-answers.ts';
import { addSpacedReadOuts, addSpelledReadOuts } from './spaced-read-outs.ts';
import { addRecordNumbersAfterPatients } from './record-numbers-after-patients.ts';
import { addStudySubjectSiblings } from './study-subject-siblings.ts';
import { mayHoldStudySubject } from './recognizers/study-subject-numbers.ts';
import { addNamesBesideAccountsAndPhones } from './names-beside-accounts-and-phones.ts';
import { addNamesInBracketsAfterPeople } from './names-in-brackets-after-people.ts';
import { addNamesBeforeIdentifiers } from './names-before-identifiers.ts';
import { addNamesAfterArrows } from './names-after-arrows.ts';
import { mayHoldVietnameseAddress } from './addresses/vietnamese-addresses.ts';
import { mayHoldAddressByItsParts } from './addresses/addresses-by-their-parts.ts';
import { mayHoldWelshStreet } from './addresses/english-addresses.ts';
import { mayHoldTurkishAddress } from './addresses/turkish-addresses.ts';
import { addHanNamesBesidePeople, holdsHanCharacter } from './han-names-beside-people.ts';
import { addNamesInOtherScripts } from './names-in-other-scripts.ts';
import { addRepeatsOfNamesInCapitals } from './names/repeated-names.ts';
import { addHangulSpellingsOfForeignNames } from './hangul-spellings-of-foreign-names.ts';
import { decodedForm, type DecodedForm } from './decoded-forms.ts';
import { withLongLinesBroken } from './long-lines.ts';
import { addSpelledNames } from './names/spelled-names.ts';
import { addHangulRepeatsOfForeignNames } from './hangul-repeats-of-foreign-names.ts';
import { personNameRecognizer } from './names/index.ts';
import { findNamesInXmlElements } from './names/xml-name-elements.ts';
import { hasFeatures, textFeature, textFeatures, textTrigger, type TextFeatures } from './text-features.ts';
import type { PiiFinding, PiiRecognizer, PiiType, ScanOptions } from './types.ts';

export const defaultMinScore = 0.5;

// Every precheck of a default recogniser needs one of these: an @, an IPv6 colon, a "First Last" shape, a capitalised word
// after a contact word, a first name before a verb, a fullwidth form, a colon after a Latin letter, a name context word,
// or digits with more (`digitCues`), or a MAC address's hex groups; or, read further in `holdsNoPiiCue`, 예요 after a
// word that may be a name, a disguised number, a Korean name before a service verb, an obfuscated email, a credential
// after its label, a marketplace's nickname, a game's or a channel's handle, a list of accounts, a key's shape, a number spelled out in English words, or a name the layout
// gives (`holdsNameByLayout`: a signature, a name called out, a cell, a chat's speaker), or a chat's sender shown by a
// handle, or a name in an XML record's person element, or a Vietnamese ward or district, or an address part's word abroad,
// or a Welsh street's word.
// Checked by the fast-path test.
const cueFlags =
  textFeature.atSign |
  textFeature.ipv6Colon |
  textFeature.latinNameShape |
  textFeature.latinColon |
  textFeature.capitalAfterContactWord |
  textFeature.nameBeforeVerb |
  textFeature.fullwidthForm;
const cueTriggers =
  textTrigger.koreanNameContext |
  textTrigger.koreanNameCue |
  textTrigger.koreanRelativeOrRole |
  textTrigger.koreanHolding |
  textTrigger.koreanCalled |
  textTrigger.englishNameWord;
const emailTriggers = textTrigger.emailObfuscation | textTrigger.domainDot;
const builtIn: ReadonlySet<PiiRecognizer> = new Set(defaultRecognizers);
/** Lists already checked, with their length then (the lists are readonly; a changed length is checked again). */
const builtInOnly = new WeakMap<readonly PiiRecognizer[], { length: number; builtIn: boolean }>();
// The list of the last call: callers pass the same list on every call, and comparing it costs less than a WeakMap lookup.
let lastList: readonly PiiRecognizer[] | undefined;
let lastListCheck = { length: 0, builtIn: false };

/**
 * Whether no default recogniser could find anything in `text`, decided from the one feature pass: most chat turns
 * ("배송 언제 와요?", "where is my order?") then cost that pass alone.
 *
 * @example
 * holdsNoPiiCue('주문 취소하고 싶어요'); // true
 * holdsNoPiiCue('4L로 바꿔 주세요'); // true: a digit, but no numeric run, label or address anchor
 * holdsNoPiiCue('연락처 010-1234-5678'); // false
 */
export function holdsNoPiiCue(text: string): boolean {
  const features = textFeatures(text);
  if ((features.flags & cueFlags) !== 0 || (features.triggers & cueTriggers) !== 0) return false;
  // A table or a transcript's answer needs a line break, a JSON field a colon: bit tests before the calls.
  if ((features.flags & (textFeature.lineBreak | textFeature.colon)) !== 0 && mayHoldLabelledCells(text)) return false;
  if ((features.flags & textFeature.lineBreak) !== 0 && mayHoldAskedValue(text)) return false;
  if (chatHandleRecognizer.mightMatch!(text)) return false;
  if ((features.triggers & textTrigger.koreanVowelCopula) !== 0 && holdsNameBeforeVowelCopula(text)) return false;
  if ((features.triggers & textTrigger.disguisedNumber) !== 0 && plainForms(text) !== text) return false;
  if ((features.triggers & textTrigger.koreanServiceVerb) !== 0 && findKoreanNamesAsSubjects(text).length > 0) return false;
  if ((features.triggers & emailTriggers) !== 0 && mayHoldObfuscatedEmail(text, features.triggers) && findObfuscatedEmails(text).length > 0)
    return false;
  if (holdsCredential(text, features.triggers) || holdsSecret(text, features.triggers)) return false;
  if (
    ((features.triggers & textTrigger.credentialLabel) !== 0 ||
      (features.flags & textFeature.loginMark) !== 0 ||
      mayHoldMarketplaceNickname(text) ||
      mayHoldMarketplaceParty(text) ||
      mayHoldGameOrChannelName(text) ||
      mayHoldAccountList(text) ||
      ((features.flags & textFeature.lineBreak) !== 0 && mayHoldForumAuthor(text))) &&
    holdsAccountName(text)
  )
    return false;
  if ((features.triggers & textTrigger.spelledDigits) !== 0 && findSpelledNumbers(text).length > 0) return false;
  if (holdsKoreanSpelledNumber(text, features)) return false;
  if (holdsNameByLayout(text, features)) return false;
  if ((features.flags & textFeature.loginMark) !== 0 && findNamesInXmlElements(text).length > 0) return false;
  if ((features.flags & textFeature.hanCharacter) !== 0 && holdsHanNameWithRomanisation(text)) return false;
  if ((features.flags & textFeature.digit) === 0) return !mayHoldMacAddress(text) && !mayHoldSpokenBirthDate(text);
  return (
    !digitCues(text, features) &&
    !mayHoldMacAddress(text) &&
    !(
      hasFeatures(features, textFeature.upperLatin) &&
      (mayHoldLabelledPlate(text) ||
        mayHoldPlateAfterModel(text) ||
        mayHoldVietnameseAddress(text) ||
        mayHoldWelshStreet(text) ||
        mayHoldTurkishAddress(text))
    ) &&
    !mayHoldKoreanDistrictPlate(text) &&
    !mayHoldAddressByItsParts(text) &&
    !mayHoldStudySubject(text)
  );
}

const digitCueFlags =
  textFeature.upperBeforeDigit |
  textFeature.koreanAddressAnchor |
  textFeature.streetWord |
  textFeature.plateShape |
  textFeature.sixDigits |
  textFeature.postcodeDigits |
  textFeature.ideographBeforeDigit;
const labelCueTriggers = textTrigger.koreanLabel | textTrigger.englishLabel;

/**
 * A digit alone cues no recogniser: each that reads digits also needs a numeric run (every identifier), a capital right
 * before a digit (passports, IBANs), six digits alone (the first part of a resident number), an address anchor, a kanji
 * before a digit (a Japanese or a Chinese address's block or road number) or a postcode beside its town or state ("80336 München", "MA 02143"), a label word (dates of birth, medical and insurance numbers,
 * foreign licences), 생 after a birth date or a birth word of another language ("Fecha de nacimiento: 12/03/1985"). "4L로 바꿔 주세요" and "5W-30 엔진오일" then cost the feature pass alone.
 * A label's pair is confirmed by its word (`labelTriggers`, which the recognisers read next anyway): "1Mbps" holds the "mb"
 * of "member", "bottle" the "bo" of "born".
 */
function digitCues(text: string, features: TextFeatures): boolean {
  return (
    features.runs.length > 0 ||
    (features.flags & digitCueFlags) !== 0 ||
    ((features.triggers & labelCueTriggers) !== 0 && labelTriggers(text).length > 0) ||
    holdsBirthSuffix(text) ||
    holdsForeignBirthWord(text)
  );
}

function onlyBuiltIn(recognizers: readonly PiiRecognizer[]): boolean {
  if (recognizers === defaultRecognizers) return true;
  if (recognizers === lastList && recognizers.length === lastListCheck.length) return lastListCheck.builtIn;
  let known = builtInOnly.get(recognizers);
  if (known === undefined || known.length !== recognizers.length) {
    known = { length: recognizers.length, builtIn: recognizers.every((recognizer) => builtIn.has(recognizer)) };
    builtInOnly.set(recognizers, known);
  }
  lastList = recognizers;
  lastListCheck = known;
  return known.builtIn;
}

export interface ScanPiiOptions extends ScanOptions {
  /** Recognisers to run instead of `defaultRecognizers`. */
  recognizers?: readonly PiiRecognizer[];
  /** Recognisers run besides them on every text, such as a policy's custom types (`customRecognizers`). */
  extraRecognizers?: readonly PiiRecognizer[];
  /** Values that are never findings, such as a policy's `pii.allow` (the organisation's own public contact details). */
  allow?: readonly string[];
  /**
   * The message before this text asked for a name (`asksForName`), so a name given as the whole answer is a PERSON
   * ("김영희요", "Sarah Kim"), which alone it is not.
   */
  nameExpected?: boolean;
  /**
   * The identifiers the message before this text asked for (`answerContextOf`): a value given alone in answer is found as
   * the type asked ("312847596" after "Can I have your passport number?"), which alone it is not.
   */
  asked?: readonly PiiType[];
  /**
   * Values found before this text in the same reply or document, such as a streamed reply's windows already sent: where
   * the text writes one again ("Thanks, Priscilla!"), it is found, as it is when the whole text is scanned at once.
   */
  earlier?: EarlierValues;
}

/**
 * Recognisers that cannot produce a requested type are skipped. Overlapping candidates are resolved after the
 * threshold, so a weak candidate never hides a stronger neighbour.
 *
 * @example
 * scanPii('연락처 010-1234-5678, 메일 minsu@example.com').map((finding) => finding.type); // ['PHONE', 'EMAIL']
 * scanPii('주문번호 ORD-2026-000123, 결제 1,234,000원'); // []
 * scanPii('대표번호 02-1234-5678', { allow: ['02-1234-5678'] }); // []
 */
export function scanPii(text: string, options: ScanPiiOptions = {}): PiiFinding[] {
  // A minified export or a pasted paragraph of many thousands of characters on one line: read as shorter lines, each
  // finding holding the text as written (the allowed values are matched against that).
  const readable = withLongLinesBroken(text);
  if (readable !== text) {
    const findings = scanPii(readable, options.allow === undefined ? options : { ...options, allow: undefined }).map((finding) =>
      finding.text.includes('\n') ? { ...finding, text: text.slice(finding.start, finding.end) } : finding,
    );
    return options.allow === undefined ? findings : withoutAllowedValues(findings, options.allow);
  }
  // "jane%40gmail.com", "010&nbsp;1234", "880314\u200b-2146804", "010🍀4471🍀9082": found in the decoded text, each finding
  // spanning the characters as written.
  const decoded = decodedForm(text);
  if (decoded !== undefined) {
    const findings = scanPii(decoded.text, options);
    if (options.types === undefined || options.types.includes('PERSON')) addSpelledNames(decoded.text, decoded.spelled, findings);
    return findings.map((finding) => findingAsWritten(finding, decoded, text));
  }
  // "０１０-１２３４-５６７８", "공일공 일이삼사 오육칠팔": found as the plain forms, each finding holding the text as written.
  const plain = plainFormsOf(text);
  if (plain !== text) return scanPii(plain, options).map((finding) => ({ ...finding, text: text.slice(finding.start, finding.end) }));
  const findings = findingsIn(text, options);
  // "Please add Zoë Müller", "cc Łukasz Wróbel": most searches that know names spell them in ASCII, so the text is read
  // again with its accents dropped, and the names found only so are added.
  const all = mayHoldAccentedName(text, options) ? withNamesReadWithoutAccents(text, findings, options) : findings;
  // After the overlaps: an allowed value must not leave a weaker finding inside it standing.
  return options.allow === undefined ? all : withoutAllowedValues(all, options.allow);
}

/** A finding of a decoded text over the characters of `text` its characters stand for. */
function findingAsWritten(finding: PiiFinding, decoded: DecodedForm, text: string): PiiFinding {
  const start = decoded.starts[finding.start]!;
  const end = decoded.ends[finding.end - 1]!;
  return { ...finding, start, end, text: text.slice(start, end) };
}

/** The findings of `text` as written, overlaps resolved, in text order; `options.allow` not applied. */
function findingsIn(text: string, options: ScanPiiOptions): PiiFinding[] {
  // No rest copy of the options: recognisers ignore fields they do not know, and the copy cost more than a short text's scan.
  const recognizers = options.recognizers ?? defaultRecognizers;
  const extra = options.extraRecognizers;
  const uncued = holdsNoPiiCue(text) && onlyBuiltIn(recognizers);
  const nameExpected = options.nameExpected === true;
  const asked = options.asked;
  const answers = asked !== undefined && asked.length > 0;
  const earlier = options.earlier;
  const remembers = earlier !== undefined && earlier.values.length > 0;
  if (uncued && !nameExpected && !answers && !remembers && (extra === undefined || extra.length === 0)) return [];
  const types = options.types;
  const wanted = types === undefined ? undefined : new Set(types);
  const minScore = options.minScore ?? defaultMinScore;
  const candidates: PiiFinding[] = [];
  const scan = { text, options, wanted, minScore, into: candidates };
  if (!uncued) collectFindings(recognizers, scan);
  if (extra !== undefined) collectFindings(extra, scan);
  if (nameExpected) collectFindings([nameAnswerRecognizer], scan);
  if (answers) collectAnswerValues(text, asked, scan);
  // "four one five, eight six seven …": the digits the words stand for, judged by the same recognisers.
  // Either kind said before or after its written copy is that value, however its groups fall (`addSpelledReadOuts`).
  if (!readingSpelled && (textFeatures(text).triggers & textTrigger.spelledDigits) !== 0) {
    collectSpelledNumbers(text, { options, numbers: findSpelledNumbers(text), into: candidates });
    addSpelledReadOuts(text, findSpelledNumbers(text), candidates);
  }
  // "일공공이 다시 팔사칠 다시 이일구삼공육": a number said in Korean digit words, judged as its digits.
  if (!readingSpelled && !uncued && holdsKoreanSpelledNumber(text, textFeatures(text))) {
    collectSpelledNumbers(text, { options, numbers: findKoreanSpelledNumbers(text), into: candidates });
    addSpelledReadOuts(text, findKoreanSpelledNumbers(text), candidates);
  }
  // "6 2 0 4 1 7 - 2 9 1 5 8 9 2": an OCR'd or spaced number, read without its blanks.
  if (!readingSpelled && !uncued) {
    const spaced = findSpacedNumbers(text);
    if (spaced.length > 0) collectSpelledNumbers(text, { options, numbers: spaced, into: candidates });
  }
  if (!uncued && (wanted === undefined || wanted.has('DATE_OF_BIRTH'))) {
    addBirthDatesBeside(text, candidates);
    addBirthDatesInBracketsAfterNames(text, candidates);
    addRestatedBirthDates(text, candidates);
  }
  if (!uncued && (wanted === undefined || wanted.has('USERNAME'))) {
    addLoginsOfNamedPeople(text, candidates);
    addLoginsInSpeakerLabels(text, candidates);
    addLoginsAfterBy(text, candidates);
    addLoginsInBracketsAfterNames(text, candidates);
  }
  if (!uncued && (wanted === undefined || wanted.has('PHONE'))) addPhonesAfterNamedPeople(text, candidates);
  if (!uncued && (wanted === undefined || wanted.has('PASSPORT'))) addPassportsInPersonRows(text, candidates);
  if (!uncued) addNumberedAnswers(text, candidates, wanted);
  if (!uncued && (wanted === undefined || wanted.has('MEDICAL_RECORD'))) {
    addRecordNumbersAfterPatients(text, candidates);
    addStudySubjectSiblings(text, candidates);
  }
  if (!uncued && (wanted === undefined || wanted.has('PERSON')) && readsNames(recognizers)) {
    addNamesBesideAccountsAndPhones(text, candidates);
    addNamesBeforeIdentifiers(text, candidates);
    addNamesInBracketsAfterPeople(text, candidates);
    addNamesAfterArrows(text, candidates);
    addNamesInOtherScripts(text, candidates);
    addHangulSpellingsOfForeignNames(text, candidates);
    if ((textFeatures(text).flags & textFeature.hangul) !== 0) addHangulRepeatsOfForeignNames(text, candidates);
    // After the other scripts' spellings, which vouch for the Han characters beside them too ("高橋 美咲 (たかはし みさき)").
    if (holdsHanCharacter(text)) addHanNamesBesidePeople(text, candidates);
    addRepeatsOfNamesInCapitals(text, candidates);
  }
  let organisationsLines: ReadonlySet<string> | undefined;
  if (!uncued && candidates.length > 0) {
    organisationsLines = removeOrganisationsValues(text, candidates);
    removeSystemsLogins(text, candidates);
    removeOrganisationsAccounts(text, candidates);
    // After every search of a person's values: a row's cell found by any of them lends its kind to the rows like it.
    addValuesInSiblingRows(text, candidates);
    // "2. Yudi Hermawan C2871659" below "1. Rizky Pratama C3390417": a list of people's rows, each opening with the name.
    if (wanted === undefined || wanted.has('PERSON')) addNamesOpeningSiblingListRows(text, candidates);
  }
  if (remembers) addRepeatsOfEarlierValues(text, candidates, { earlier, wanted });
  if (candidates.length > 0) {
    // Before the repeats are looked for: "Ate Joy" repeats as "Joy".
    trimTitleWords(candidates);
    // One index of the text's runs serves both searches.
    const edges = runEdgesOf(text);
    addRepeatedValues(text, candidates, edges);
    addCorrectedValues(text, candidates, edges);
    // "N 15482093" beside "N15482093": a document's number read out with blanks is the number found run together.
    if (!uncued) addSpacedReadOuts(text, candidates);
    // The repeats' and the slips' searches bring back an organisation's line where it was removed.
    if (organisationsLines !== undefined) removePhonesOfLines(candidates, organisationsLines);
    // Last: the sibling rows lend a shared line's row their kinds, and its number reads as a slip of its neighbour's.
    if (!uncued) removeSharedLines(text, candidates);
  }
  // Nothing can overlap in fewer than two candidates, and the array is already a fresh one.
  return candidates.length <= 1 ? candidates : resolveOverlapsOfOwnedArray(candidates);
}

/** A Vietnamese address's ward, district or street, which reads as a name without its tone marks ("Phường" as "Phuong"). */
const vietnameseUnitWord = /(?:Phường|Quận|Huyện|Xã|Tỉnh|Thị xã|Thành phố|Đường|Ấp|Khu phố)[ \t]/y;
/** The length from which a text is read again without accents only around the lines that hold them (`namesAroundFoldedWords`). */
const longText = 2048;

function mayHoldAccentedName(text: string, options: ScanPiiOptions): boolean {
  return (textFeatures(text).flags & textFeature.accentedLatin) !== 0 && (options.types === undefined || options.types.includes('PERSON'));
}

/**
 * `findings` with the names found in `text` read without its accents that overlap none of them, each holding the text as
 * written; in text order.
 */
function withNamesReadWithoutAccents(text: string, findings: PiiFinding[], options: ScanPiiOptions): PiiFinding[] {
  const folded = foldCapitalisedWordAccents(text);
  if (folded === text) return findings;
  const names = (text.length > longText ? namesAroundFoldedWords(text, folded, options) : findingsIn(folded, options)).filter((finding) => {
    vietnameseUnitWord.lastIndex = finding.start;
    return finding.type === 'PERSON' && !overlapsAny(findings, finding) && !vietnameseUnitWord.test(text);
  });
  if (names.length === 0) return findings;
  const all = [...findings, ...names.map((name) => ({ ...name, text: text.slice(name.start, name.end) }))];
  return all.sort((first, second) => first.start - second.start);
}

/**
 * A long document with one accented word ("Nestlé") is read again only around the lines that hold one; a finding keeps
 * its span in the whole text, and one that would join lines apart there is left.
 */
function namesAroundFoldedWords(text: string, folded: string, options: ScanPiiOptions): PiiFinding[] {
  const reading = linesAroundFoldedWords(text, folded);
  return findingsIn(reading.text, options).flatMap((finding) => {
    const start = reading.offsetInWhole(finding.start);
    const end = reading.offsetInWhole(finding.end - 1) + 1;
    return end - start === finding.end - finding.start ? [{ ...finding, start, end }] : [];
  });
}

/** Whether the recognisers include the name search, whose findings the names beside numbers join. */
function readsNames(recognizers: readonly PiiRecognizer[]): boolean {
  return recognizers === defaultRecognizers || recognizers.includes(personNameRecognizer);
}

/** Whether `text` holds a number said in Korean digit words: Hangul and two digit words side by side before the search. */
function holdsKoreanSpelledNumber(text: string, features: TextFeatures): boolean {
  return (features.flags & textFeature.hangul) !== 0 && mayHoldKoreanSpelledNumber(text) && findKoreanSpelledNumbers(text).length > 0;
}

/** Set while the digits of spelled or spaced numbers are scanned, which hold none (their words before them are read once). */
let readingSpelled = false;

/** Adds to `read.into` the findings on `read.numbers`, each number scanned as its digits after the words before it. */
function collectSpelledNumbers(
  text: string,
  read: { options: ScanPiiOptions; numbers: readonly SpelledNumber[]; into: PiiFinding[] },
): void {
  const { options, numbers, into } = read;
  readingSpelled = true;
  try {
    for (const finding of spelledNumberFindings(text, (probe) => scanPii(probe, { ...options, nameExpected: false }), numbers))
      into.push(finding);
  } finally {
    readingSpelled = false;
  }
}

/** `plainForms(text)` where the feature pass saw a fullwidth form or a sign of a disguised number; `text` itself otherwise. */
function plainFormsOf(text: string): string {
  const features = textFeatures(text);
  if ((features.flags & textFeature.fullwidthForm) === 0 && (features.triggers & textTrigger.disguisedNumber) === 0) return text;
  return plainForms(text);
}

/** The values `text` gives in answer to a message that asked for `asked`, at the scan's threshold and types. */
function collectAnswerValues(
  text: string,
  asked: readonly PiiType[],
  scan: { wanted: ReadonlySet<string> | undefined; minScore: number; into: PiiFinding[] },
): void {
  for (const finding of valuesGivenInAnswer(text, asked))
    if (finding.score >= scan.minScore && (scan.wanted === undefined || scan.wanted.has(finding.type))) scan.into.push(finding);
}

/** Runs `recognizers` over one scan's text, adding the findings that pass its threshold and types to `into`. */
function collectFindings(
  recognizers: readonly PiiRecognizer[],
  scan: { text: string; options: ScanPiiOptions; wanted: ReadonlySet<string> | undefined; minScore: number; into: PiiFinding[] },
): void {
  const { text, options, wanted, minScore, into } = scan;
  for (let index = 0; index < recognizers.length; index += 1) {
    const recognizer = recognizers[index]!;
    if (wanted !== undefined && !recognizer.types.some((type) => wanted.has(type))) continue;
    // The features are computed once per text and shared, so a skipped recogniser costs a bit test.
    if (recognizer.mightMatch !== undefined && !recognizer.mightMatch(text)) continue;
    const found = recognizer.find(text, options);
    for (let at = 0; at < found.length; at += 1) {
      const finding = found[at]!;
      if (finding.score >= minScore && (wanted === undefined || wanted.has(finding.type))) into.push(finding);
    }
  }
}
