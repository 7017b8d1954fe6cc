// The PERSON recogniser: Korean and English personal names recognised from the context words around them.
import { findNamesInXmlElements } from './xml-name-elements.ts';
import { findContactCardNames } from './contact-card-names.ts';
import { findForeignNamesWithGlosses } from './foreign-names-with-glosses.ts';
import { findNamesBeforeJapaneseHonorifics } from './japanese-honorific-names.ts';
import { findNamesInBracketsAfterPeople, mayHoldNamesInBracketsAfterPeople } from './names-in-brackets-after-people.ts';
import { hasFeatures, textFeature, textFeatures, textTrigger, type TextFeatures } from '../text-features.ts';
import { overlapIndex } from '../resolve-overlaps.ts';
import type { PiiFinding, PiiRecognizer, ScanOptions } from '../types.ts';
import { findKnownEnglishNames } from './english-known-names.ts';
import { isHangulSyllable } from './hangul.ts';
import { findRomanisedKoreanNames, romanisedSpellingAfter } from './romanised-korean-names.ts';
import { findEnglishNames, findNamesCalledWithOi, opensLineWithLowerCaseGreeting } from './english-names.ts';
import { findNamesAfterContactWords } from './english-contact-names.ts';
import { findNamesBeforeDetails } from './english-names-before-details.ts';
import { findSignOffName, mayEndWithSignOff } from './english-sign-off-names.ts';
import { findNamesAfterClosingLines, mayHoldClosingWithoutComma } from './english-closing-signatures.ts';
import { findVocativeNames } from './vocative-names.ts';
import { findSpeakerNames } from './speaker-names.ts';
import { findNamesAfterRoles } from './english-role-names.ts';
import { findListedFirstNamePairs } from './listed-first-name-pairs.ts';
import { findSubjectNames } from './english-subject-names.ts';
import {
  findKoreanNamesAfterRelatives,
  findKoreanNamesBeforeHoldings,
  findKoreanNamesByCue,
  findKoreanNamesAsSubjects,
  findKoreanNamesCalled,
  holdsNameBeforeVowelCopula,
} from './korean-name-cues.ts';
import { findKoreanNamesInCapitals } from './korean-names-in-capitals.ts';
import { findNamesAsDocumentsPrintThem, mayHoldNameAsDocumentPrintsIt } from './names-as-documents-print-them.ts';
import { findAddressees } from './addressee-names.ts';
import { findInvertedNames } from './inverted-latin-names.ts';
import { addressRecognizer } from '../addresses/index.ts';
import { findNamesInKoreanFields, mayHoldKoreanField } from './korean-field-names.ts';
import { findKoreanNames, findKoreanNamesAroundRoles } from './korean-names.ts';
import { findKoreanNamesBeforePhones } from './korean-names-before-phones.ts';
import { findNamesInTables } from './table-names.ts';
import { findCouplesSharingSurname } from './couples.ts';
import { findNamesInRecords } from './record-names.ts';
import { findRepeatedNames } from './repeated-names.ts';
import { findNamesBeforeSexAndAge } from './names-before-sex-and-age.ts';
import { findNamesBeforeStaffNumbers } from './names-before-staff-numbers.ts';
import { findKoreanNamesInSlashRows, mayHoldSlashRow } from './korean-names-in-slash-rows.ts';
import { findSpacedKoreanNames } from './spaced-korean-names.ts';
import { findNamesAfterAnyLabel } from './names-after-any-label.ts';
import { findPossessiveNames, mayHoldPossessive } from './possessive-names.ts';
import { findInitialsAndSurnames, mayHoldInitials } from './initials-and-surnames.ts';
import { findTitledOfficersAndNurses, mayHoldTitledOfficerOrNurse } from './titled-officers-and-nurses.ts';
import { findNamesAfterCrewAndTrialRanks, mayHoldCrewOrTrialRank } from './crew-and-trial-ranks.ts';
import { findNamesOpeningNumberedDetailRows, mayHoldNumberedDetailRow } from './names-opening-numbered-detail-rows.ts';
import { findNamesPeopleAreKnownBy, mayHoldNameKnownBy } from './names-people-are-known-by.ts';
import { findDeclarantsAndDashSignatures, mayHoldDeclarantOrDashSignature } from './declarants-and-dash-signatures.ts';
import { findNamesBeforeRolesInBrackets } from './names-before-roles-in-brackets.ts';
import { findGivenNamesWithI } from './korean-given-names-with-i.ts';
import { findKoreanSignOffName, mayEndWithKoreanSignOff } from './korean-sign-off-names.ts';
import { findNamesBeforeParents, mayHoldParentWord } from './korean-names-before-parents.ts';
import { findKoreanNameRuns } from './korean-name-runs.ts';
import { findKoreanNamesInLatinText } from './korean-names-in-latin-text.ts';
import { findKoreanPopularGivenNames } from './korean-popular-given-names.ts';
import { findKoreanGivenNamesBeforeKin, mayHoldGivenNameBeforeKin } from './korean-given-names-before-kin.ts';
import { findLatinNamesBeforeKoreanKin } from './latin-names-before-korean-kin.ts';
import { findNamesAfterRelatives } from './english-names-after-relatives.ts';
import { findSelfIntroductions } from './english-self-introductions.ts';
import { findNamesUnderResumeHeadings, mayHoldResumeHeading } from './names-under-resume-headings.ts';
import { mayHoldLabelledCells } from '../tables/index.ts';
import {
  findHangulNamesSpelledInLatin,
  findHanNamesInFields,
  hangulSpellingAfter,
  hangulSpellingBefore,
  hanSpellingBeside,
  mayHoldHanNameField,
} from './paired-spellings.ts';
import { findNamesInCells, mayHoldCells } from './cell-names.ts';
import { nameListedBefore, namesListedAfter } from './name-lists.ts';
import { findNicknameFields, nicknameAfter } from './nicknames.ts';
import { findKoreanNamesAfterStaffMarks } from './korean-names-after-staff-marks.ts';
import { findKoreanNamesOfHandlers } from './korean-names-of-handlers.ts';
import { findIntroductionsAfterGreetings } from './introductions-after-greetings.ts';
import { findThankedNames } from './thanked-names.ts';
import { findDisplayNames, findEmailAttributionNames, mayHoldDisplayName, mayHoldEmailAttribution } from './email-attributions.ts';
import { findKoreanNamesBesideRecordMarks } from './korean-names-beside-record-marks.ts';
import { findKoreanNamesOpeningListRows } from './korean-names-opening-list-rows.ts';
import { findVietnameseNamesInHangul } from './vietnamese-names-in-hangul.ts';
import { findHanNamesWithRomanisations, holdsHanNameWithRomanisation, mayPairHanAndLatinNames } from './han-names-with-romanisations.ts';
import { findJapaneseScriptNames, mayHoldJapaneseScriptName } from './japanese-script-names.ts';
import { findKoreanStageNames, mayHoldKoreanStageName } from './korean-stage-names.ts';
import { withoutWorkplaceWords } from './workplace-words-as-names.ts';
import { withoutNamesInOrganisationsDisplayNames } from './organisations-display-names.ts';
import { withoutVietnamesePlaceNames } from './vietnamese-place-names.ts';
import { withoutPetsNames } from './pets-as-names.ts';
import { withoutFirmsShortNames } from './firms-short-names.ts';
import { withoutShopsBeforeBranches } from './shops-before-branches.ts';
import { withoutCommunityAndRiteWords } from './community-and-rite-words-as-names.ts';
import { findKoreanSendersBeforeTimes } from './korean-senders-before-times.ts';
import { findLatinNamesAfterKoreanKin } from './latin-names-after-korean-kin.ts';
import { findVietnameseNamesWithToneMarks } from './vietnamese-names-with-tone-marks.ts';
import { findSupportCaseHandlers, mayHoldSupportCaseNote } from './support-case-handlers.ts';
import { findStaffAfterDesks, mayHoldStaffAfterDesk } from './staff-after-desks.ts';
import { findInterpreterNames, mayHoldInterpreter } from './interpreters.ts';
import { findNamesOfNewContacts, mayHoldNewContactsName } from './names-of-new-contacts.ts';
import { findNamesInLogBrackets, mayHoldLogBracketName } from './names-in-log-brackets.ts';
import { findCourtCaseParties, mayHoldCourtCaseParty } from './court-case-parties.ts';
import { findChildrenWithAges, mayHoldChildrenWithAges } from './children-with-ages.ts';
import { findKoreanNamesSigningEnglishLines, mayHoldKoreanNameSigningEnglishLine } from './korean-names-signing-english-lines.ts';
import { findNamesAfterBy } from './names-after-by.ts';
import { findInlineSignOffs, mayHoldInlineSignOff } from './inline-sign-offs.ts';
import { findNamesAsPaymentsShowThem, mayHoldPrintedName } from './names-as-payments-show-them.ts';
import { findNamesOpeningJobRows } from './names-opening-job-rows.ts';
import { findNamesAfterThatsMe } from './names-after-thats-me.ts';
import { findNamesRestatedBySpeakers } from './names-restated-by-speakers.ts';
import { findGivenNamesListedAfterGroups } from './given-names-listed-after-groups.ts';
import { findNamesInDeathNotices } from './names-in-death-notices.ts';
import { findStaffBookedAtTimes } from './staff-booked-at-times.ts';
import { findSignOffsInEmailThreads, mayHoldEmailThread } from './sign-offs-in-email-threads.ts';
import { findProfileNamesWithAges } from './profile-names-with-ages.ts';
import { hangulBesideRomanisedKoreanName } from './hangul-beside-romanised-korean-names.ts';
import { findKoreanNamesAfterPosts, mayHoldKoreanNameAfterPost } from './korean-names-after-posts.ts';
import { findParentsOfTheMarried, mayHoldParentsOfTheMarried } from './parents-of-the-married.ts';
import { findChatHeadingParties, mayOpenWithChatHeading } from './chat-heading-parties.ts';
import { findMessengerHeadingPairs } from './messenger-heading-pairs.ts';
import { findJournalEntryAuthors } from './journal-entry-authors.ts';
import { findGreetingsToNamesInCapitals } from './greetings-to-names-in-capitals.ts';
import { findStaffTitlesBeforeGivenNames } from './staff-titles-before-given-names.ts';
import { findSpeakersNamesInCapitals } from './speakers-names-in-capitals.ts';
import { findKoreanNamesBesideDutyPosts, mayHoldKoreanNameBesideDutyPost } from './korean-names-beside-duty-posts.ts';
import { findKoreanStaffOfServices, mayHoldKoreanStaffOfService } from './korean-staff-of-services.ts';
import { findNamesAsTransfersShowThem, mayHoldNameAsTransferShowsIt } from './names-as-transfers-show-them.ts';

/**
 * A "First Last" pair the feature pass saw, or, in a text of no Hangul, a letter beyond English's ("Małgorzata Nowak"),
 * which the pass does not read as one.
 */
function mayHoldFullLatinName(text: string, features: TextFeatures): boolean {
  return hasFeatures(features, textFeature.latinNameShape) || (!hasFeatures(features, textFeature.hangul) && accentedLatin.test(text));
}

const accentedLatin = /[À-ɏ]/;

/** A Chinese character, which a name in Chinese or Japanese writing holds. */
const hanCharacter = /[\u3400-\u9fff]/;

/** Digits in the longest numeric run from which a Korean phone number may be there (02-123-4567 has nine). */
const phoneRunDigits = 9;

export { isPlausibleKoreanName } from './korean-names.ts';

/** Whether every finding `finding` overlaps starts where it does and ends before it: a shorter reading of the same name. */
function extendsOnly(findings: readonly PiiFinding[], finding: PiiFinding): boolean {
  return findings.every(
    (other) => other.end <= finding.start || other.start >= finding.end || (other.start === finding.start && other.end < finding.end),
  );
}

/**
 * Whether every finding `finding` overlaps has its very span and a lower score, as a weak reading of the same word has
 * ("Tserendorj" read below the least score, then before 씨): `deduplicate` keeps the higher.
 */
function outscoresSameSpan(findings: readonly PiiFinding[], finding: PiiFinding): boolean {
  return findings.every(
    (other) =>
      other.end <= finding.start ||
      other.start >= finding.end ||
      (other.start === finding.start && other.end === finding.end && other.score < finding.score),
  );
}

/** Keeps one finding per span, the highest-scoring, so that a label and an honorific around one name count once. */
function deduplicate(findings: PiiFinding[], textLength: number): PiiFinding[] {
  // A numeric key (exact while start × length stays below 2^53) spares a string per finding.
  const bySpan = new Map<number, PiiFinding>();
  const stride = textLength + 1;
  for (const finding of findings) {
    const key = finding.start * stride + finding.end;
    const existing = bySpan.get(key);
    if (existing === undefined || existing.score < finding.score) bySpan.set(key, finding);
  }
  return [...bySpan.values()].sort((left, right) => left.start - right.start);
}

function holdsNameAsSubject(features: TextFeatures, text: string): boolean {
  return (features.triggers & textTrigger.koreanServiceVerb) !== 0 && findKoreanNamesAsSubjects(text).length > 0;
}

function mayHoldNameBeforeVowelCopula(text: string, features: TextFeatures): boolean {
  return (features.triggers & textTrigger.koreanVowelCopula) !== 0 && holdsNameBeforeVowelCopula(text);
}

/** A colon, or a bracket that may close a chat export's sender ("[김동현] 네 팀장님"): every turn opens with one. */
function mayHoldTurns(text: string, features: TextFeatures): boolean {
  return hasFeatures(features, textFeature.colon) || text.includes(']');
}

/**
 * Whether the layout of the text names someone with no context word: a signature, a name called out, a name alone in a
 * table's cell, a chat's speaker, a Hangul name before its passport spelling. Each search is remembered for the text, so
 * the fast path (`holdsNoPiiCue`), the precheck and the search read it once. A search's own gate is asked here first
 * where it has one, so most texts are let go without the call through the search's memory: for the posts', the parents',
 * the fields' and the rows' searches, that made a Korean chat turn holding no cue 7% faster to scan.
 *
 * @example
 * holdsNameByLayout('민지야 나 번호 바꿨어'); // true
 * holdsNameByLayout('배송 언제 와요?'); // false
 */
export function holdsNameByLayout(text: string, features: TextFeatures = textFeatures(text)): boolean {
  const latin = hasFeatures(features, textFeature.upperLatin);
  return (
    (latin && mayEndWithSignOff(text) && findSignOffName(text) !== undefined) ||
    (latin && mayHoldClosingLine(text, features) && findNamesAfterClosingLines(text).length > 0) ||
    (latin && opensLineWithLowerCaseGreeting(text) && findEnglishNames(text).length > 0) ||
    findVocativeNames(text).length > 0 ||
    (hasFeatures(features, textFeature.vietnameseHornO) && findNamesCalledWithOi(text).length > 0) ||
    (mayHoldCells(text) && findNamesInCells(text).length > 0) ||
    (mayHoldTurns(text, features) && findSpeakerNames(text).length > 0) ||
    (mayHoldEmailAttribution(text) && findEmailAttributionNames(text).length > 0) ||
    (mayHoldDisplayName(text) && findDisplayNames(text).length > 0) ||
    (mayHoldNamesInBracketsAfterPeople(text) && findNamesInBracketsAfterPeople(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && findNamesBeforeJapaneseHonorifics(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.upperLatin) && findHangulNamesSpelledInLatin(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && text.includes('(') && findForeignNamesWithGlosses(text).length > 0) ||
    (hasFeatures(features, textFeature.capitalWords) && findKoreanNamesInCapitals(text).length > 0) ||
    (mayHoldNameAsDocumentPrintsIt(text, features) && findNamesAsDocumentsPrintThem(text).length > 0) ||
    findNamesInRecords(text).length > 0 ||
    (hasFeatures(features, textFeature.digit) && findNamesBeforeSexAndAge(text).length > 0) ||
    (hasFeatures(features, textFeature.digit) && findNamesBeforeStaffNumbers(text).length > 0) ||
    (hasFeatures(features, textFeature.digit | textFeature.upperLatin) && findNamesOpeningJobRows(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && findNamesAfterThatsMe(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin | textFeature.colon) && findNamesRestatedBySpeakers(text).length > 0) ||
    (latin && findGivenNamesListedAfterGroups(text).length > 0) ||
    (latin && findNamesInDeathNotices(text).length > 0) ||
    (latin && hasFeatures(features, textFeature.digit) && findStaffBookedAtTimes(text).length > 0) ||
    (latin && mayHoldEmailThread(text) && findSignOffsInEmailThreads(text).length > 0) ||
    (latin && hasFeatures(features, textFeature.digit) && findProfileNamesWithAges(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.digit) &&
      mayHoldSlashRow(text) &&
      findKoreanNamesInSlashRows(text).length > 0) ||
    (hasFeatures(features, textFeature.colon | textFeature.upperLatin) &&
      mayHoldFullLatinName(text, features) &&
      findNamesAfterAnyLabel(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && mayHoldPossessive(text) && findPossessiveNames(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && mayHoldInitials(text) && findInitialsAndSurnames(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && mayHoldTitledOfficerOrNurse(text) && findTitledOfficersAndNurses(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && mayHoldCrewOrTrialRank(text) && findNamesAfterCrewAndTrialRanks(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin | textFeature.digit) &&
      mayHoldNumberedDetailRow(text) &&
      findNamesOpeningNumberedDetailRows(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) && mayHoldNameKnownBy(text) && findNamesPeopleAreKnownBy(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin) &&
      mayHoldDeclarantOrDashSignature(text) &&
      findDeclarantsAndDashSignatures(text).length > 0) ||
    ((features.flags & (textFeature.upperLatin | textFeature.hangul)) !== 0 &&
      text.includes('(') &&
      findNamesBeforeRolesInBrackets(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && findGivenNamesWithI(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && findVietnameseNamesInHangul(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayEndWithKoreanSignOff(text) && findKoreanSignOffName(text) !== undefined) ||
    (hasFeatures(features, textFeature.hangul) && mayHoldParentWord(text) && findNamesBeforeParents(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.lowerLatin) && findKoreanNamesInLatinText(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && findKoreanPopularGivenNames(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayHoldGivenNameBeforeKin(text) && findKoreanGivenNamesBeforeKin(text).length > 0) ||
    (latin && findLatinNamesBeforeKoreanKin(text).length > 0) ||
    (latin && hasFeatures(features, textFeature.hangul) && findLatinNamesAfterKoreanKin(text).length > 0) ||
    (latin && findSelfIntroductions(text).length > 0) ||
    (latin && findVietnameseNamesWithToneMarks(text).length > 0) ||
    (latin && mayHoldSupportCaseNote(text) && findSupportCaseHandlers(text).length > 0) ||
    (latin && mayHoldStaffAfterDesk(text) && findStaffAfterDesks(text).length > 0) ||
    (latin && mayHoldInterpreter(text) && findInterpreterNames(text).length > 0) ||
    (latin && mayHoldNewContactsName(text) && findNamesOfNewContacts(text).length > 0) ||
    (mayHoldLogBracketName(text) && findNamesInLogBrackets(text).length > 0) ||
    (latin && mayHoldCourtCaseParty(text) && findCourtCaseParties(text).length > 0) ||
    (latin && hasFeatures(features, textFeature.digit) && mayHoldChildrenWithAges(text) && findChildrenWithAges(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.lowerLatin) &&
      mayHoldKoreanNameSigningEnglishLine(text) &&
      findKoreanNamesSigningEnglishLines(text).length > 0) ||
    (latin && text.includes(' by ') && findNamesAfterBy(text).length > 0) ||
    (latin && mayHoldInlineSignOff(text) && findInlineSignOffs(text).length > 0) ||
    (latin && mayHoldPrintedName(text) && findNamesAsPaymentsShowThem(text).length > 0) ||
    (latin && findInvertedNames(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.digit) &&
      text.includes('반 ') &&
      findKoreanNamesBesideRecordMarks(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.colon) &&
      mayHoldKoreanField(text) &&
      findNamesInKoreanFields(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul | textFeature.colon) && findKoreanSendersBeforeTimes(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayHoldKoreanNameAfterPost(text) && findKoreanNamesAfterPosts(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayHoldParentsOfTheMarried(text) && findParentsOfTheMarried(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayOpenWithChatHeading(text) && findChatHeadingParties(text).length > 0) ||
    (latin && findMessengerHeadingPairs(text).length > 0) ||
    (latin && hasFeatures(features, textFeature.digit) && findJournalEntryAuthors(text).length > 0) ||
    (hasFeatures(features, textFeature.capitalWords) && findGreetingsToNamesInCapitals(text).length > 0) ||
    (latin && findStaffTitlesBeforeGivenNames(text).length > 0) ||
    (hasFeatures(features, textFeature.upperLatin | textFeature.latinColon) && findSpeakersNamesInCapitals(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) &&
      mayHoldKoreanNameBesideDutyPost(text) &&
      findKoreanNamesBesideDutyPosts(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayHoldKoreanStaffOfService(text) && findKoreanStaffOfServices(text).length > 0) ||
    (hasFeatures(features, textFeature.hangul) && mayHoldNameAsTransferShowsIt(text) && findNamesAsTransfersShowThem(text).length > 0)
  );
}

/** A closing on a line of its own before a name: after a comma ("Thanks heaps,\n"), or in a closing's own words. */
function mayHoldClosingLine(text: string, features: TextFeatures): boolean {
  return hasFeatures(features, textFeature.lineBreak) && (text.includes(',\n') || mayHoldClosingWithoutComma(text));
}

/** Rows of people's details are Hangul names on lines of their own before a number or an email. */
function mayOpenListRows(features: TextFeatures): boolean {
  return (
    hasFeatures(features, textFeature.hangul | textFeature.lineBreak) && (features.flags & (textFeature.digit | textFeature.atSign)) !== 0
  );
}

/** A label word (DOB, born, NHS) with digits in the text, and a full name set apart before one (remembered for the text). */
function mayHoldNameBeforeDetails(text: string, features: TextFeatures): boolean {
  return (
    (features.triggers & textTrigger.englishLabel) !== 0 &&
    hasFeatures(features, textFeature.digit) &&
    findNamesBeforeDetails(text).length > 0
  );
}

/**
 * Names need context: a bare capitalised word or a syllable that happens to be a surname is never a finding.
 *
 * @example
 * personNameRecognizer.find('홍길동 고객님, Dear Ms. Jane Doe', {}).map((finding) => finding.text); // ['홍길동', 'Jane Doe']
 */
export const personNameRecognizer: PiiRecognizer = {
  name: 'person-name',
  types: ['PERSON'],
  // Exactly the conditions under which `find` runs one of its searches.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return (
      mayHoldNameBeforeVowelCopula(text, features) ||
      holdsNameAsSubject(features, text) ||
      (features.triggers &
        (textTrigger.koreanNameContext |
          textTrigger.koreanNameCue |
          textTrigger.koreanRelativeOrRole |
          textTrigger.koreanHolding |
          textTrigger.koreanCalled |
          textTrigger.englishNameWord)) !==
        0 ||
      mayHoldNameBeforeDetails(text, features) ||
      (mayOpenListRows(features) && findKoreanNamesOpeningListRows(text).length > 0) ||
      (features.flags &
        (textFeature.latinNameShape | textFeature.latinColon | textFeature.capitalAfterContactWord | textFeature.nameBeforeVerb)) !==
        0 ||
      (hasFeatures(features, textFeature.hangul) && features.mostRunDigits >= phoneRunDigits) ||
      holdsNameByLayout(text, features) ||
      mayHoldLabelledCells(text) ||
      addressRecognizer.mightMatch!(text) ||
      (mayHoldResumeHeading(text) && findNamesUnderResumeHeadings(text).length > 0) ||
      holdsHanNameWithRomanisation(text) ||
      (mayHoldJapaneseScriptName(text) && findJapaneseScriptNames(text).length > 0) ||
      (mayHoldKoreanStageName(text) && findKoreanStageNames(text).length > 0) ||
      (hasFeatures(features, textFeature.hangul) && findSpacedKoreanNames(text).length > 0) ||
      (hasFeatures(features, textFeature.loginMark) && findNamesInXmlElements(text).length > 0) ||
      (hasFeatures(features, textFeature.colon) && findContactCardNames(text).length > 0)
    );
  },
  find(text: string, _options: ScanOptions): PiiFinding[] {
    const features = textFeatures(text);
    const findings: PiiFinding[] = [];
    // The index asks that `findings` only grow, and below they are only pushed to, up to the filters at the end.
    const overlapsFound = overlapIndex(findings);
    // Korean contexts (honorifics, labels, cues) are Hangul; English ones need Latin letters, and a known full name capitals.
    if (hasFeatures(features, textFeature.hangul)) {
      // The trigger bits are exact supersets of the two prefilter patterns, so a clear bit means no match.
      if ((features.triggers & textTrigger.koreanNameContext) !== 0) for (const finding of findKoreanNames(text)) findings.push(finding);
      if ((features.triggers & textTrigger.koreanNameCue) !== 0 || mayHoldNameBeforeVowelCopula(text, features))
        for (const finding of findKoreanNamesByCue(text)) findings.push(finding);
      if ((features.triggers & textTrigger.koreanRelativeOrRole) !== 0) {
        for (const finding of findKoreanNamesAfterRelatives(text)) findings.push(finding);
        for (const finding of findKoreanNamesAroundRoles(text)) findings.push(finding);
      }
      if ((features.triggers & textTrigger.koreanHolding) !== 0)
        for (const finding of findKoreanNamesBeforeHoldings(text)) findings.push(finding);
      if ((features.triggers & textTrigger.koreanCalled) !== 0) for (const finding of findKoreanNamesCalled(text)) findings.push(finding);
      if (features.mostRunDigits >= phoneRunDigits) for (const finding of findKoreanNamesBeforePhones(text)) findings.push(finding);
      // "김민수가 어제 전화했어요": a full name as the subject of a verb of dealing with a service.
      if (holdsNameAsSubject(features, text)) for (const finding of findKoreanNamesAsSubjects(text)) findings.push(finding);
    }
    if ((features.flags & (textFeature.upperLatin | textFeature.lowerLatin)) !== 0) {
      // A colon after anything but an ASCII letter is skipped by the search, so it alone does not start one.
      if (
        (features.triggers & textTrigger.englishNameWord) !== 0 ||
        hasFeatures(features, textFeature.latinColon) ||
        opensLineWithLowerCaseGreeting(text)
      )
        for (const finding of findEnglishNames(text)) findings.push(finding);
      // "Dwayne & Marisol Kettering", "MARISOL & DEREK FONTAINE": a couple sharing a surname.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findCouplesSharingSurname(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "asked by Wendell Osei", "it'll show as R OKAFOR": who did an act after "by", a name as a payment prints it.
      if (hasFeatures(features, textFeature.upperLatin)) {
        for (const finding of findNamesAfterBy(text)) if (!overlapsFound(finding)) findings.push(finding);
        for (const finding of findNamesAsPaymentsShowThem(text)) if (!overlapsFound(finding)) findings.push(finding);
      }
      // "… yet. Kind regards, Rowan, Duty Manager": a writer who signs within a line.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findInlineSignOffs(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Reply (Seller Support, Kemi):": the agent a support case's note names beside the team.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findSupportCaseHandlers(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Reply from Harbor Bank Fraud Investigations (Alicia):": the staff member a desk's reply names in brackets.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findStaffAfterDesks(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "interpreter: Omar (Arabic)", "Caller (via Omar):": the interpreter a legal aid's or a clinic's record names.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findInterpreterNames(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "hi is this Jordan?", "Yes! Wren here.": the name a text to a new number asks after or confirms.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findNamesOfNewContacts(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "R v KIM Min-jun", "JESSICA ANNE HOLLOWAY, Petitioner,": a court's parties, witnesses and judges by their place.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findCourtCaseParties(text))
          if (!overlapsFound(finding) || extendsOnly(findings, finding)) findings.push(finding);
      // "children 2 — Ruby (7), Archie (4)": the children a household's form lists with their ages.
      if (hasFeatures(features, textFeature.upperLatin | textFeature.digit))
        for (const finding of findChildrenWithAges(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Nguyễn Thị Hồng Nhung": a Vietnamese full name with its tone marks, before a listed syllable of it is read alone.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findVietnameseNamesWithToneMarks(text)) findings.push(finding);
      // Every "First Last" pair holds the name shape; most English messages ("do I get …") hold none.
      if (hasFeatures(features, textFeature.latinNameShape)) {
        for (const finding of findKnownEnglishNames(text)) findings.push(finding);
        for (const finding of findRomanisedKoreanNames(text)) findings.push(finding);
        for (const finding of findNamesAfterRoles(text)) findings.push(finding);
        // A listed first name and a surname with no context word, unless a name found above holds them.
        for (const finding of findListedFirstNamePairs(text)) if (!overlapsFound(finding)) findings.push(finding);
      }
      // A single listed first name after a role or a verb of reaching someone ("talked to Carlos").
      if (hasFeatures(features, textFeature.capitalAfterContactWord))
        for (const finding of findNamesAfterContactWords(text)) findings.push(finding);
      // "hey it's Valen 👋": the writer's name where the message opens by saying who writes.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findSelfIntroductions(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Emergency contact: wife Sarita Adhikari", "call from daughter (Funmi Adeyinka)": any name after a relative's word.
      if (hasFeatures(features, textFeature.upperLatin))
        for (const finding of findNamesAfterRelatives(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "DR: NAKAMURA, KENJI MD", "Pt WISNIEWSKI, Tomasz": a name surname first, in capitals and a comma, as labels print it.
      if (hasFeatures(features, textFeature.upperLatin)) for (const finding of findInvertedNames(text)) findings.push(finding);
      // A listed first name as the subject of a verb a person does ("Carlos called me"), unless a name found above holds it
      // ("Dr Emily Chen will see you": "Chen will").
      if (hasFeatures(features, textFeature.nameBeforeVerb))
        for (const finding of findSubjectNames(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Amara Obi (DOB 2019-06-08)": a full name set apart before a detail only a person has, given with its digits.
      if (mayHoldNameBeforeDetails(text, features))
        for (const finding of findNamesBeforeDetails(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Loan officer: Brent Calloway, NMLS …": a full name that fills a field, whatever the field's label.
      if (hasFeatures(features, textFeature.colon))
        for (const finding of findNamesAfterAnyLabel(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Agnieszka's brother", "Declan Mulvey's NI number": a person named by what is theirs.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldPossessive(text))
        for (const finding of findPossessiveNames(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "EHS (J. Whitcomb)", "Deputy M. Ibarra": initials before a surname.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldInitials(text))
        for (const finding of findInitialsAndSurnames(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "PC 2291 Rashid Mahmood", "Nurse Blessing Eze": an officer or a nurse after a rank or a title.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldTitledOfficerOrNurse(text))
        for (const finding of findTitledOfficersAndNurses(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Capt. Graham Whyte", "FO Hannah Stokes", "2/E Rommel Dela Cruz", "CRA Devin Holloway": a crew's or a trial's people by rank.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldCrewOrTrialRank(text))
        for (const finding of findNamesAfterCrewAndTrialRanks(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "2. Jhun-Jhun Villareal — Bosun — DOB 02 Sep 1984": a person opening a numbered row of their own details.
      if (hasFeatures(features, textFeature.upperLatin | textFeature.digit) && mayHoldNumberedDetailRow(text))
        for (const finding of findNamesOpeningNumberedDetailRows(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "I only know him as Kuba", "addressed as 'Gaz'": the name a witness knows a person by.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldNameKnownBy(text))
        for (const finding of findNamesPeopleAreKnownBy(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "I, Daeho Ryu, of 41 Pembroke Gardens", "– Gareth, Library Systems": a declarant, a writer signing after a dash.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldDeclarantOrDashSignature(text))
        for (const finding of findDeclarantsAndDashSignatures(text)) if (!overlapsFound(finding)) findings.push(finding);
      // "Hi Sharon, Nikhil from JB Hi-Fi": the writer named right after the greeting.
      if (hasFeatures(features, textFeature.upperLatin)) {
        for (const finding of findIntroductionsAfterGreetings(text)) if (!overlapsFound(finding)) findings.push(finding);
        // "Lovely, thanks Gwen.": a person thanked by name.
        for (const finding of findThankedNames(text)) if (!overlapsFound(finding)) findings.push(finding);
      }
      // "…on the 15th.\nJack": a message signed with a first name alone.
      const signOff = hasFeatures(features, textFeature.upperLatin) && mayEndWithSignOff(text) ? findSignOffName(text) : undefined;
      if (signOff !== undefined && !overlapsFound(signOff)) findings.push(signOff);
      // "Thanks heaps,\nJordan", "Diolch,\nGwenllian Hughes": the name on the line after a closing in any words.
      if (hasFeatures(features, textFeature.upperLatin) && mayHoldClosingLine(text, features))
        for (const finding of findNamesAfterClosingLines(text)) if (!overlapsFound(finding)) findings.push(finding);
    }
    // "<Name>Schäfer, Katharina</Name>": a name in an XML record's person element; every tag holds a "<".
    if (hasFeatures(features, textFeature.loginMark)) for (const finding of findNamesInXmlElements(text)) findings.push(finding);
    // "FN:Thi Lan Nguyen", "ORGANIZER;CN=Dana Whitfield:mailto:…": a contact card's or an invitation's names.
    if (hasFeatures(features, textFeature.colon)) for (const finding of findContactCardNames(text)) findings.push(finding);
    // "민지야 나 번호 바꿨어": a given name called out where a line starts; "Linh ơi,": one called out in Vietnamese.
    for (const finding of findVocativeNames(text)) findings.push(finding);
    if (hasFeatures(features, textFeature.vietnameseHornO)) for (const finding of findNamesCalledWithOi(text)) findings.push(finding);
    // "신입 조하늘: 네!": a chat log's or a transcript's speaker before the colon that opens the line.
    if (mayHoldTurns(text, features)) for (const finding of findSpeakerNames(text)) findings.push(finding);
    // "안도현 10:02  배포 언제?": a workplace chat's sender before the time that opens each message.
    if (hasFeatures(features, textFeature.hangul | textFeature.colon))
      for (const finding of findKoreanSendersBeforeTimes(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "On Tue, 4 Mar 2025 at 14:10, Meera Chaudhry <…> wrote:": the writer of a quoted reply.
    if (mayHoldEmailAttribution(text))
      for (const finding of findEmailAttributionNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "From: Dana Whitfield <dana@…>", "Committer: Pieter van der Merwe <pvdmerwe@…>": an address's display name.
    if (mayHoldDisplayName(text)) for (const finding of findDisplayNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "2025-10-02 18:22 [Care/Aoife] …", "[상담/김민지]": the agent a log's entry credits after the team's word.
    if (mayHoldLogBracketName(text))
      for (const finding of findNamesInLogBrackets(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Son (Ethan, 5)", "엔지니어 2명(임도훈, 추재혁)": a relative's or a party's names in brackets.
    if (mayHoldNamesInBracketsAfterPeople(text))
      for (const finding of findNamesInBracketsAfterPeople(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Tanaka-san,": a Japanese honorific after the name.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findNamesBeforeJapaneseHonorifics(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "| 제우진 | 영업 |", "정하늘 | 교육팀 대리": a name alone in a cell, where no header names the column.
    if (mayHoldCells(text)) for (const finding of findNamesInCells(text)) findings.push(finding);
    // A table pasted as text: the cells of a column headed 이름, 성명 or name; a JSON field keyed so.
    if (mayHoldLabelledCells(text)) for (const finding of findNamesInTables(text)) findings.push(finding);
    // "서준이 어머님", "하지우 학생": a child named by its parent's word or as a student.
    if (hasFeatures(features, textFeature.hangul)) for (const finding of findNamesBeforeParents(text)) findings.push(finding);
    // "입금 확인된 사람 박서윤 이도겸 최유빈": three full names in a row, as a roll is written.
    if (hasFeatures(features, textFeature.hangul)) for (const finding of findKoreanNameRuns(text)) findings.push(finding);
    // "지호도 데리고 감", "윤서 어머님": a popular given name said alone.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findKoreanPopularGivenNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "은주누나", "태성형님": a given name joined to a word of kinship or seniority.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findKoreanGivenNamesBeforeKin(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Jisoo 언니!!", "Yejin unnie": a romanised name before a Korean word of kinship or seniority.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findLatinNamesBeforeKoreanKin(text))
        if (!overlapsFound(finding) || outscoresSameSpan(findings, finding)) findings.push(finding);
    // "아내는 Dilnoza Karimova", "형 Pham Quoc Thinh": a foreigner's relative in Latin letters after the Korean word for them.
    if (hasFeatures(features, textFeature.upperLatin | textFeature.hangul))
      for (const finding of findLatinNamesAfterKoreanKin(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Ask for me at the counter — 박하은", "윤서진, Global Desk": a Korean staff member signing an English message.
    if (hasFeatures(features, textFeature.hangul | textFeature.lowerLatin))
      for (const finding of findKoreanNamesSigningEnglishLines(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Landlord 박정호 says …": a Korean full name alone between the Latin words of an English sentence.
    if (hasFeatures(features, textFeature.hangul | textFeature.lowerLatin))
      for (const finding of findKoreanNamesInLatinText(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "회원명: 류시우", "부: 탁현준 / 회사원": a form's field whose whole value is a full name, whatever its label.
    if (hasFeatures(features, textFeature.hangul | textFeature.colon))
      for (const finding of findNamesInKoreanFields(text)) findings.push(finding);
    // "2) 이미경 / 1964.02.03 / 1-6204718325": a name that opens a numbered row of a person's details.
    if (mayOpenListRows(features))
      for (const finding of findKoreanNamesOpeningListRows(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "(모 한정숙)", "내과 전문의 하동균 (면허 제58213호)", "3학년 2반 15번 이서준": a parent, a colleague or a desk in
    // brackets, a prescriber, a pupil after the class.
    if (
      hasFeatures(features, textFeature.hangul) &&
      (text.includes('(') ||
        text.includes('의 ') ||
        text.includes('사 ') ||
        text.includes('반 ') ||
        text.includes('·') ||
        text.includes('—') ||
        text.includes('–'))
    )
      for (const finding of findKoreanNamesBesideRecordMarks(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "- RN 이하늘", "신경과 R2 송유빈": a nurse or a resident a chart names after the staff's mark.
    if (hasFeatures(features, textFeature.hangul | textFeature.upperLatin))
      for (const finding of findKoreanNamesAfterStaffMarks(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "처리: 헬프데스크 나윤성", "담당 트레이너: 류건우": the staff member who handled a record, after the desk or post.
    if ((features.triggers & (textTrigger.koreanRelativeOrRole | textTrigger.koreanNameContext)) !== 0)
      for (const finding of findKoreanNamesOfHandlers(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "원고 권나래", "사무장 김상철", "언더라이터 맹수진": a suit's party or a firm's, an insurer's or a parish's staff after the post.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findKoreanNamesAfterPosts(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "송기철 · 유정란 의 장남 민재": a wedding invitation's parents and the child who marries.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findParentsOfTheMarried(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "[카톡] 비샬 ↔ 총무 차은석": the two people a one-to-one chat's heading names, and the turns their names open.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findChatHeadingParties(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "WhatsApp — Aoife & Kasia": the two people a pasted chat's heading names after its messenger.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findMessengerHeadingPairs(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "12 Aug 2024 16:40 — Femi (Work Coach)": the staff member who wrote a journal's entry.
    if (hasFeatures(features, textFeature.upperLatin | textFeature.digit))
      for (const finding of findJournalEntryAuthors(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Dear OK JA LIM,": a merged letter's greeting to the name on its record, in capitals.
    if (hasFeatures(features, textFeature.capitalWords))
      for (const finding of findGreetingsToNamesInCapitals(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Designer Rena has 10:30", "coach Jang": a salon's, a gym's or a desk's staff called by post and given name.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findStaffTitlesBeforeGivenNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Bishal: … 이름 영어로 BISHAL GURUNG": a speaker's full name in capitals, holding the speaker's word.
    if (hasFeatures(features, textFeature.upperLatin | textFeature.latinColon))
      for (const finding of findSpeakersNamesInCapitals(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "시험책임자 허민혁 (심장내과)", "곽태준 기장님과": a trial's, a crew's, a customs broker's or an investigation's staff beside the post.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findKoreanNamesBesideDutyPosts(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "고객지원 최하은", "근로감독관 용재석", "(봉사자 표나리)", "추민규 방역관입니다": a service's staff beside the post.
    if (hasFeatures(features, textFeature.hangul) && mayHoldKoreanStaffOfService(text))
      for (const finding of findKoreanStaffOfServices(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "입금자 '노승찬'으로 들어왔어요", "'신재석'으로 떴을 거야": a name as a bank transfer shows its sender.
    if (hasFeatures(features, textFeature.hangul) && mayHoldNameAsTransferShowsIt(text))
      for (const finding of findNamesAsTransfersShowThem(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Goes by: DJ", "영어 이름: Sophie": the name a person goes by, in a field of its own.
    if (hasFeatures(features, textFeature.colon)) for (const finding of findNicknameFields(text)) findings.push(finding);
    // "CURRICULUM VITAE\nSEOJUN PARK, Ph.D.": the owner's name under a CV's heading.
    if (mayHoldResumeHeading(text))
      for (const finding of findNamesUnderResumeHeadings(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "NGUYEN THI HOA\n1420 S 3RD ST …", "…하회리 742 류복순": the person above an address block, or after a Korean address.
    if (addressRecognizer.mightMatch!(text))
      for (const finding of findAddressees(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "남궁해수 M/64", "Sunita Deshpande, 58F": a patient before sex and age, as charts write one.
    if (hasFeatures(features, textFeature.digit)) for (const finding of findNamesBeforeSexAndAge(text)) findings.push(finding);
    // "저 응우옌 반 투안 이에요", "쩐 티 마이도": a Vietnamese name in Hangul, whose surname's spelling is none of Korean's words.
    if (hasFeatures(features, textFeature.hangul)) for (const finding of findVietnameseNamesInHangul(text)) findings.push(finding);
    // "태윤이 생일", "채린이 번호": a given name said with 이 before a person's word.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findGivenNamesWithI(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Gail Hutchins (President)", "Gerald (the landlord)", "남궁소연(딸)": a name before a post or a relation in brackets.
    if ((features.flags & (textFeature.upperLatin | textFeature.hangul)) !== 0 && text.includes('('))
      for (const finding of findNamesBeforeRolesInBrackets(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "…감사합니다 - 응우옌 반 투안": a Korean message signed after a dash.
    const koreanSignOff =
      hasFeatures(features, textFeature.hangul) && mayEndWithKoreanSignOff(text) ? findKoreanSignOffName(text) : undefined;
    if (koreanSignOff !== undefined) findings.push(koreanSignOff);
    // "연구개발본부 배성훈 (사번 1408821)": an employee before the staff number.
    if (hasFeatures(features, textFeature.digit)) for (const finding of findNamesBeforeStaffNumbers(text)) findings.push(finding);
    // "yes that's me, Dom Hartley": a person confirming who they are.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findNamesAfterThatsMe(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Ramil: Ramil Tolentino, 920605-…": a chat's speaker giving their full name after the label of their turn.
    if (hasFeatures(features, textFeature.upperLatin | textFeature.colon))
      for (const finding of findNamesRestatedBySpeakers(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "day shift (Mireille, Kofi)", "grandchildren Emma, Owen and Liam": given names listed after the group they make up.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findGivenNamesListedAfterGroups(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "the passing of Rod, 84", "survived by Joan (née Fraser)": a death notice's dead, survivors and maiden names.
    if (hasFeatures(features, textFeature.upperLatin))
      for (const finding of findNamesInDeathNotices(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Sat 9/21 at 10:00 AM with Kiara": the staff member a booking's time names.
    if (hasFeatures(features, textFeature.upperLatin | textFeature.digit))
      for (const finding of findStaffBookedAtTimes(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "Gracias!\nAlex\n\n---\nFrom: …": the writer who signs a message above the next one of a pasted thread.
    if (hasFeatures(features, textFeature.upperLatin) && mayHoldEmailThread(text))
      for (const finding of findSignOffsInEmailThreads(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "the guy 'Ryan, 34, pilot'": a dating or social profile's headline quoted in a report.
    if (hasFeatures(features, textFeature.upperLatin | textFeature.digit))
      for (const finding of findProfileNamesWithAges(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "3) 13:00 Jakub Nowak, 3 Rowan Court, …": the customer a job list's timed row opens with, before the address.
    if (hasFeatures(features, textFeature.digit | textFeature.upperLatin))
      for (const finding of findNamesOpeningJobRows(text)) if (!overlapsFound(finding)) findings.push(finding);
    if (hasFeatures(features, textFeature.hangul | textFeature.digit))
      for (const finding of findKoreanNamesInSlashRows(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "고객: 배 성 철 이요", "전문의  한 재 욱  (인)": a full name with a blank between its syllables, as speech-to-text writes one.
    if (hasFeatures(features, textFeature.hangul))
      for (const finding of findSpacedKoreanNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "DELA CRUZ/JUAN MIGUEL MR", "FASTER PAYMENT TO K MENSAH": a ticket's passenger, a statement's counterparty.
    for (const finding of findNamesInRecords(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "곽민서 / KWAK MINSEO": a Hangul name and its passport spelling vouch for each other.
    if (hasFeatures(features, textFeature.hangul | textFeature.upperLatin))
      for (const finding of findHangulNamesSpelledInLatin(text)) findings.push(finding);
    // "쑨하오(孙浩)", "아지즈 토시마토프(Aziz Toshmatov)": a foreigner's name in Hangul beside its own spelling.
    if (hasFeatures(features, textFeature.hangul) && text.includes('('))
      for (const finding of findForeignNamesWithGlosses(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "on my passport it's KIM MINJUN": a Korean name as a passport prints it.
    if (hasFeatures(features, textFeature.capitalWords))
      for (const finding of findKoreanNamesInCapitals(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "my passport says ZHANG WEILING": a name in capitals as a document, a card or a record prints it.
    // "Name on card: HANNAH J O'DWYER", where the label's search read "HANNAH" alone: the whole name, if it scores higher.
    if (mayHoldNameAsDocumentPrintsIt(text, features))
      for (const finding of findNamesAsDocumentsPrintThem(text))
        if (!overlapsFound(finding) || extendsOnly(findings, finding)) findings.push(finding);
    // "刘雨桐 (LIU YUTONG)", "高橋 彩花 / Takahashi Ayaka": a Chinese or Japanese name in Han characters and its romanisation.
    if (mayPairHanAndLatinNames(text))
      for (const finding of findHanNamesWithRomanisations(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "崔 ユンホ 様", "佐藤 美咲 (サトウ ミサキ)", "口座名義: チェ ソヨン": names in Japanese script.
    if (mayHoldJapaneseScriptName(text))
      for (const finding of findJapaneseScriptNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "예명: 도니 (가칭)", "활동명 Gelli", "필명 세린달": a stage or a pen name after its Korean label.
    if (mayHoldKoreanStageName(text)) for (const finding of findKoreanStageNames(text)) if (!overlapsFound(finding)) findings.push(finding);
    // "(한자) 朴智勳": a name in Chinese characters in a Korean form's field of its own.
    if (hasFeatures(features, textFeature.hangul) && mayHoldHanNameField(text))
      for (const finding of findHanNamesInFields(text)) findings.push(finding);
    // "이도현 (LEE DOHYUN)", "Kevin Oh | 오경빈": a name's spelling in the other script right after it names the same person;
    // "참석자: 이승훈 본부장, 공서연, 표재성": the names listed after it are people too.
    const mayHoldHan = findings.length > 0 && hanCharacter.test(text);
    const mayHoldHangul = hasFeatures(features, textFeature.hangul);
    for (let index = 0, count = findings.length; index < count; index += 1) {
      const finding = findings[index]!;
      for (const listed of namesListedAfter(text, finding)) findings.push(listed);
      const listedBefore = nameListedBefore(text, finding);
      if (listedBefore !== undefined) findings.push(listedBefore);
      // "Terrence Boateng (goes by Terry)": the name the person goes by, in brackets after the full one.
      const nickname = nicknameAfter(text, finding);
      if (nickname !== undefined) findings.push(nickname);
      const spelled = isHangulSyllable(finding.text.charCodeAt(0))
        ? romanisedSpellingAfter(text, finding)
        : /^[A-Za-zÀ-ÿ]/.test(finding.text)
          ? (hangulSpellingAfter(text, finding) ??
            hangulSpellingBefore(text, finding) ??
            (mayHoldHangul ? hangulBesideRomanisedKoreanName(text, finding) : undefined))
          : undefined;
      if (spelled !== undefined) findings.push(spelled);
      // "Wei Zhang (张伟)", "田中 美咲 / Misaki Tanaka": a Chinese or Japanese name's characters beside it.
      const han = mayHoldHan ? hanSpellingBeside(text, finding) : undefined;
      if (han !== undefined) findings.push(han);
    }
    // "지사 공지봇:", "인수자: …": a site's, a shift's or a form's word, which no repeat of it makes a name.
    // "받는사람: 한강 야시장 운영사무국 <market@…>": a header's display name that is an organisation's.
    // "xã Quỳnh Hồng, huyện Quỳnh Lưu": a Vietnamese address's commune, district or street.
    // "Patient: Pickles · canine", "환자: 나래 (코리안숏헤어, 암컷)": an animal's name, which its breed or species follows.
    // "길마 관리용", "| 오신고 |", "안치실 |", "고마워.": a guild's, a site's, a funeral's or a wedding's word, or a reply.
    // "Ashgrove:" under "Ashgrove Funeral Services": a firm's short name.
    // "벨로아 한남점": a shop's name before its branch.
    const named = withoutShopsBeforeBranches(
      text,
      withoutFirmsShortNames(
        text,
        withoutCommunityAndRiteWords(
          text,
          withoutPetsNames(
            text,
            withoutVietnamesePlaceNames(text, withoutNamesInOrganisationsDisplayNames(text, withoutWorkplaceWords(findings))),
          ),
        ),
      ),
    );
    // "Thanks for your order, Priscilla!" after "Shipping to: Priscilla Mahlangu": a name found once, written again.
    for (const finding of findRepeatedNames(text, named)) named.push(finding);
    return named.length <= 1 ? named : deduplicate(named, text.length);
  },
};
