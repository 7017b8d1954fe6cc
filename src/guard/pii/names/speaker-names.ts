// Finds the people of a chat log or a transcript from its layout: the speaker named where a line opens ("신입 조하늘: 네!",
// "[박서연] [오후 2:11] …", "[09:14] Chidinma Okeke: Good morning", "> Jiwon: 네!"), and the name a speaker gives when the
// turn before asked for it ("상담원: 성함이 어떻게 되세요?\n손님: 윤태호요.").
import { rememberLastText } from '../last-text-memo.ts';
import { isAsciiLetter } from '../feature-characters.ts';
import { isAsciiDigit } from '../recognizers/digit-boundaries.ts';
import type { PiiFinding } from '../types.ts';
import { hangulRunEndAfter, isHangulSyllable } from './hangul.ts';
import { givenNameSyllables, hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { endingsAfterName, groupEndings, jobTitles, placeEndings } from './korean-name-words.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { surnameLength } from './korean-surnames.ts';
import { companySuffixes, firstNamesThatAreWords, holdsFirmWord, isFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { capitalise, isListedFirstName, isListedLatinName, surnameParticles } from './latin-name.ts';
import { asksForName, findNameAnswer } from './name-answers.ts';
import { isGivenNameCalledOut } from './vocative-names.ts';
import { namesTeamOrFunction } from './team-display-words.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';

export const speakerNameRecognizerName = 'speaker-name';

/** How far past its prefixes a speaker's colon may stand ("총무팀 박 과장: ", "Chidinma Okeke: "). */
const speakerReach = 24;
const bracketedSpeakerReach = 48;
/**
 * What a spoken Korean turn holds and a form's value does not: a polite or plain sentence ending, a question or an
 * exclamation, laughter or tears ("네! 토스뱅크 …입니다", "확인했어요", "ㅋㅋ"). A form's "배송지: 서울시 …" holds none.
 */
const spokenTurn: ReadonlySet<number> = new Set([...'요다까죠네!?ㅋㅎㅠ~'].map((character) => character.charCodeAt(0)));
/**
 * A chat export's bracketed time ("[오후 2:11]", "[9:14 AM]", "[09:14]"), or a Korean time that ends the line ("[임차인 도해솔]
 * 오전 11:23"): the bracket before it holds the sender.
 */
const bracketedTime =
  /[ \t]*(?:\[(?:오전|오후|AM|PM|am|pm)?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:AM|PM|am|pm))?\]|(?:오전|오후)[ \t]*\d{1,2}:\d{2}(?=[ \t]*\r?(?:\n|$)))/y;
/**
 * A sender's display name in a bracket before a bare time (`latinWordSender`), no log's part of a system: a log heads its
 * lines with the same shape ("[Server] 10:15 backup started", "[Scheduler] 02:00 job queued").
 */
function chatDisplayName(text: string, span: { start: number; end: number }): Turn['speaker'] {
  const sender = latinWordSender(text, span);
  if (sender === undefined) return undefined;
  const first = text.slice(sender.start, sender.end).split(' ')[0]!;
  return systemPartEnding.test(first) || systemParts.has(capitalise(first.toUpperCase())) ? undefined : sender;
}

/** The endings of a system's parts and of jobs ("Server", "Scheduler", "Backup…ing", "Replication"). */
const systemPartEnding = /(?:er|ing|ion|ment|ness|ure|ity|ics)$/;
const systemParts: ReadonlySet<string> = new Set([
  ...['Main', 'App', 'Api', 'Db', 'Job', 'Task', 'Queue', 'Cache', 'Proxy', 'Gateway', 'Auth', 'Sync', 'Import', 'Export'],
  ...['Deploy', 'Build', 'Test', 'Prod', 'Staging', 'Dev', 'Kernel', 'Daemon', 'Alert', 'Alarm', 'Sensor', 'Camera', 'Door'],
  ...['Gate', 'Pump', 'Node', 'Cluster', 'Pod', 'Cron', 'Backup', 'Monitor', 'Health', 'Audit', 'Batch', 'Log', 'Web'],
]);

/** A time without brackets after a sender's bracket, then the message ("[Sardor] 10:15 hello"). */
const bareTimeAfterSender = /[ \t]+\d{1,2}:\d{2}(?:[ \t]*(?:AM|PM|am|pm))?(?=[ \t])/y;

/**
 * A chat export's date and time that opens a line before its speaker (KakaoTalk's on a PC and a phone, WhatsApp's, a
 * workplace chat's Korean time: "오전 10:02 이재훈: …", a plant's log of its group chat: "2025-04-02 06:50, Yusuf: …").
 */
// An online journal's or a case log's day, month's name and time before a dash ("12 Jun 11:02 — Work coach (Adeel): …").
const exportedTime =
  /(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}(?: \d{4})? \d{1,2}:\d{2} [—–] |(?:오전|오후) \d{1,2}:\d{2}(?= )|\d{4}년 \d{1,2}월 \d{1,2}일 (?:오전|오후) \d{1,2}:\d{2},|\d{4}\. \d{1,2}\. \d{1,2}\.? (?:(?:오전|오후) )?\d{1,2}:\d{2},|\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])? -|\d{4}-\d{2}-\d{2} \d{1,2}:\d{2},)[ \t]*/y;

/**
 * A time of a recording, a call or an exported thread before its speaker, a date perhaps before it ("00:00:31 CALLER:",
 * "14:02 AGENT:", "09:12 Ngozi Eze:", "04/02 10:14 봉지욱:", "07:14 Office (Lorraine):"), a role's word perhaps before a
 * Korean speaker ("15:03 상담사 지우:", "10:02 PB 성유나:").
 */
const recordingTime =
  /(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?=(?:[A-Z]{2,}|(?:(?:[가-힣]{1,6}|[A-Z]{2,4})[ \t]+)?[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z'-]+)?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:)/y;

/** A firm or a desk of one to three capitalised words, a dash, then one given name: the whole speaker's label. */
// A hyphen with no blank before it joins a double given name ("Jean-Luc:"), no desk and its agent.
const deskBeforeName = /^([A-Z][A-Za-z]{1,14})(?:[ \t]+[A-Z][A-Za-z]{1,14}){0,2}(?:[ \t]*[–—]|[ \t]+-)[ \t]*([A-Z][a-z]{2,14})$/;

/** A listed name in the brackets that end a speaker's label, a firm after it ("(Juliana - Unimed Rio)"). */
const bracketedName = /\([ \t]*([A-Z][a-z]{2,14}(?:[ \t]+[A-Z][a-z]{1,20})?)(?:[ \t]*[-–,][^()]*)?\)$/;

/**
 * A sender and the time of the message, the whole line after a channel ("김태윤 오후 2:41", "Tom Reid 2:41 PM"), the
 * sender's department in brackets perhaps between, as a workplace chat's copy shows it ("배유리 (진단검사의학과) 10:05"); the
 * time alone after a shop's bracket ("[블루핸즈 양재점] 오전 10:34") names no one.
 */
const senderBeforeTime =
  /((?!오전|오후)[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+(?:\([^()\n]{1,20}\)[ \t]*)?(?:(?:오전|오후)[ \t]*)?\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?[ \t]*(?=\r?$|\r?\n)/y;

/**
 * A desk's or a staff member's word (a festival's press office's too: "Press office (Jo):"), or a party's to a sale or a
 * lease ("판매자(이상철):", "집주인(박영숙):"), then one name in brackets, a post in small letters perhaps after it ("Office
 * (Lorraine, coordinator):"): the whole speaker's label. A party's standing in the brackets is no name ("구매자(세대주):").
 */
const staffedDesk =
  /^(?:Agent|Front [Dd]esk|Press (?:[Oo]ffice|[Dd]esk)|Reception|Receptionist|Support|Concierge|Dispatch|Dispatcher|Operator|Advisor|Adviser|Host|Nurse|Driver|Pharmacist|Teller|Cashier|Staff|Office|BDC|Sales|Service|Parts|Finance|Warranty|상담원|상담사|직원|기사님?|간호사|약사)[ \t]*\([ \t]*([A-Z][a-z]{1,14}|[가-힣]{2,3})[ \t]*(?:,[ \t]*[a-z][a-z ]{1,20})?\)$|^(?:판매자|구매자|집주인|세입자|임대인|임차인|매도인|매수인|중개사|담당자)[ \t]*\([ \t]*(?!(?:세대주|세대원|본인|대리인|배우자|명의자|계약자|신청인|신청자|소유자|대표자?)[ \t]*\))([가-힣]{2,4})[ \t]*\)$/;

const desksNamingTheirWork = /^(?:Office|BDC|Sales|Service|Parts|Finance|Warranty)\b/;

/**
 * A name that may staff a desk: a capitalised word that is no channel's or team's ("Agent (Chat)", "Support (Billing)"), or
 * Hangul whose syllables all make given names, or a full name ("민아", "김민아"; not "챗봇").
 */
function isStaffName(name: string): boolean {
  if (isHangulSyllable(name.charCodeAt(0)))
    // The desk vouches for a full name whose first syllables make a word ("상담원(공지후):", as 공지 is a notice).
    return (
      [...name].every((syllable) => givenNameSyllables.has(syllable)) ||
      isKoreanFullName(name) ||
      (name.length === 3 && isPlausibleKoreanName(name) && hasCommonGivenName(name, { allowCommonPrefix: true }))
    );
  return !wordsThatAreNotNames.has(name) && !deskWords.has(name);
}

const deskWords: ReadonlySet<string> = new Set([
  ...['Chat', 'Bot', 'Live', 'Online', 'Phone', 'Email', 'Web', 'App', 'Auto', 'System', 'Team', 'Desk', 'Office', 'Night'],
  ...['Day', 'Weekend', 'Billing', 'Sales', 'Tech', 'Technical', 'Claims', 'Accounts', 'Admin', 'Escalations', 'Returns'],
]);

/**
 * A merchant's, a supplier's, a shipment's and a charity's sides of a chat, a kitchen's or a site's posts and a contract's
 * parties ("Merchant:", "Donor:", "Kitchen:", "Ops:", "Coordinator:", "Party A (employer):"): no person's name, though in a
 * bracket after a label no post that makes the label a person's ("Consignee (job worker):", "Password (Hotline):").
 */
const sidesOfTradeAndAid: readonly string[] = [
  ...['merchant', 'vendor', 'supplier', 'wholesaler', 'farmer', 'grower', 'donor', 'sponsor', 'volunteer', 'kitchen', 'ops'],
  ...['counsellor', 'counselor', 'coordinator', 'translator', 'employer', 'worker', 'consul', 'embassy', 'consulate', 'hotline'],
  ...['party', 'consignee', 'consignor', 'shipper'],
];

/**
 * A platform's or a firm's staff post in capitals before a listed given name, as a community's or a game's chat labels its
 * staff ("CM Sofia:" a community manager, "GM Halvard:" a game master, "CS Mina:" customer service).
 */
const staffLettersBeforeName = '(?:CM|GM|CS|HR|IT|PM)';

/** A Latin speaker: a name of one or two words, or a role and a name ("Agent Farah", "Customer (Tyler)"). */
// A desk of two or three words may stand before the bracket ("Portal Support (Marcus)"), and the firm after the name, in
// the bracket, after a dash or a bar or in a bracket of its own ("Assistant (Juliana - Unimed Rio)", "Lupita - Renta Cancún",
// "Tunde | MTN Care", "Craig @ Lakeside", "Ravi HDFC Loans", "Ngozi (HR Ops)", "Jesse (Koala Mobile)").
const latinSpeaker = new RegExp(
  String.raw`^(?:([A-Z][a-z]{1,14})[ \t]+|${staffLettersBeforeName}[ \t]+|((?:[A-Z][A-Za-z]{1,14}[ \t]+){0,2}[A-Z][A-Za-z]{1,14})[ \t]*\([ \t]*)?([A-Z][a-z]{2,14}(?:-[A-Z][a-zà-öø-ÿ]{1,14})?(?:(?:[ \t]+(?:${surnameParticles}))*[ \t]+(?:[A-Z][a-z]{1,20}|[A-Z]\.))?)(?:[ \t]*[-–|][ \t]*[^()\n]{2,30}|[ \t]+@[ \t]*[A-Z][^()\n]{1,30}|[ \t]+[A-Z]{2,6}(?:[ \t]+[A-Z][A-Za-z]{1,14}){0,2}|[ \t]*\([^()\n]{1,30}\))?\)?$`,
);

/**
 * A full Latin name and a time, then a colon or the line's end; or one name and a Korean time on a line of its own, as a
 * KakaoTalk export on a phone heads each message ("Olivia 오후 2:14").
 */
const latinSenderAndTime =
  /([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z][a-zß-ÿ]+, [A-Z][a-z]+)[ \t]+((?:오전|오후)[ \t]*)?\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?(?::[ \t]|[ \t]*(?=\r?\n))/y;

/** The sender of a line that opens with a full Latin name and a time (`latinSenderAndTime`), and where the words start. */
function senderWithTime(
  text: string,
  line: { start: number; lineEnd: number; prefixed: boolean },
): { wordsStart: number; speaker: { start: number; end: number }; needsSecondTurn: boolean } | undefined {
  const first = text.charCodeAt(line.start);
  if (first < 0x41 || first > 0x5a) return undefined;
  latinSenderAndTime.lastIndex = line.start;
  const match = latinSenderAndTime.exec(text);
  if (match === null || !mayBePersonSpeaking(text, match[1]!)) return undefined;
  const ownLine = text.charCodeAt(latinSenderAndTime.lastIndex - 1) !== 0x20 && text.charCodeAt(latinSenderAndTime.lastIndex - 1) !== 0x09;
  // A workplace's export may head a message with its sender's "Surname, Given" ("Weber, Jonas  9:12 AM"), on a line of its
  // own, with a listed given name, and the same sender heads another message.
  const comma = match[1]!.indexOf(',');
  if (comma !== -1) {
    if (!ownLine || !isListedLatinName(match[1]!.slice(comma + 2))) return undefined;
    return { wordsStart: line.lineEnd, speaker: { start: line.start, end: line.start + match[1]!.length }, needsSecondTurn: true };
  }
  if (!match[1]!.includes(' ')) {
    if (match[2] === undefined || !ownLine || !isLatinSpeaker(match[1]!)) return undefined;
    return { wordsStart: line.lineEnd, speaker: { start: line.start, end: line.start + match[1]!.length }, needsSecondTurn: true };
  }
  // A line of its own after a channel is `senderBeforeTime`'s; without one, the sender needs a listed word ("Daily Standup
  // 09:00" heads an agenda twice).
  if (ownLine && (line.prefixed || !isFullLatinName(match[1]!))) return undefined;
  const speaker = { start: line.start, end: line.start + match[1]!.length };
  return {
    wordsStart: ownLine ? line.lineEnd : latinSenderAndTime.lastIndex,
    speaker,
    needsSecondTurn: ownLine || !isFullLatinName(match[1]!),
  };
}

/** A line that opens with a speaker, named or not, and a colon or a bracketed time. */
export interface Turn {
  lineStart: number;
  /** Where the turn's words start, after the speaker and the colon or the bracketed time. */
  wordsStart: number;
  lineEnd: number;
  /** The speaker's span, when a name. */
  speaker?: { start: number; end: number };
  /** A Korean speaker whose line reads as a form's field, not as speech: it counts when the same name speaks twice. */
  needsSecondTurn?: boolean;
  /** Where the speaker's label starts, after a quoting mark and a chat's time or channel, for a turn that opens with a colon. */
  labelStart?: number;
  /** Whether a chat's time or channel stands before the label ("[18:02] Shazza:"). */
  prefixed?: boolean;
}

/** A program that speaks in a chat, before its firm in brackets ("Chatbot (Sunridge Super): For 2024–25 …"): no person. */
const botSpeakers: ReadonlySet<string> = new Set(['Chatbot', 'Bot', 'Assistant', 'Chatbox', 'Autoresponder']);

/**
 * Speakers named where a line opens, and names given in answer to a turn that asked for one.
 *
 * @example
 * findSpeakerNames('총무팀 박 과장: 계좌 알려주세요\n신입 조하늘: 네! 1000-2739-4418입니다').map((finding) => finding.text); // ['조하늘']
 * findSpeakerNames('배송지: 서울시 강남구'); // []
 */
export const findSpeakerNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const turns = turnsIn(text);
  const findings: PiiFinding[] = [];
  // Where the words of a question for a name stand, read once for the whole text.
  const nameWords = turns.length > 1 ? nameWordPositions(text) : [];
  const header = businessChannelHeader(text);
  for (const [index, turn] of turns.entries()) {
    if (
      turn.speaker !== undefined &&
      (!turn.needsSecondTurn || speaksAgain(text, turns, turn)) &&
      !botSpeakers.has(text.slice(turn.speaker.start, turn.speaker.end)) &&
      (header === undefined || !speaksForChannel(text, { header, speaker: turn.speaker }))
    )
      findings.push(finding(text, turn.speaker));
    // The turn after one that asked for a name answers with it ("Advisor: Can I get your full name?\nCustomer: It's …").
    const previous = turns[index - 1];
    if (previous !== undefined && mentionsName(nameWords, previous) && asksForName(text.slice(previous.wordsStart, previous.lineEnd))) {
      for (const answer of findNameAnswer(text.slice(turn.wordsStart, firstSentenceEnd(text, turn))))
        findings.push(finding(text, { start: turn.wordsStart + answer.start, end: turn.wordsStart + answer.end }));
    }
  }
  if (turns.length > 1) for (const speaker of rosterSpeakers(text, turns)) findings.push(finding(text, speaker));
  if (turns.length > 1) for (const speaker of hangulSpeakersCalledByName(text, turns)) findings.push(finding(text, speaker));
  return findings;
});

/**
 * The bracketed first line with which a business's messaging channel heads its export ("[카카오톡 채널 · 한남 온기 (한식
 * 다이닝)]", "[WhatsApp Business] Green Valley Produce ↔ …"), or undefined.
 */
function businessChannelHeader(text: string): string | undefined {
  if (text.charCodeAt(0) !== 0x5b) return undefined;
  const lineEnd = text.indexOf('\n');
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  return line.includes('채널') || /\b(?:Business|Channel)\b/.test(line) ? line : undefined;
}

/**
 * Whether the speaker is the business the channel's header names, which answers as itself ("온기: 예약 확인되었습니다"): a
 * word no person's full or listed first name, written in the header.
 */
function speaksForChannel(text: string, turn: { header: string; speaker: { start: number; end: number } }): boolean {
  const name = text.slice(turn.speaker.start, turn.speaker.end);
  if (!turn.header.includes(name)) return false;
  return isHangulSyllable(name.charCodeAt(0)) ? !isKoreanFullName(name) : !isLatinSpeaker(name);
}

/**
 * The Hangul speakers no list holds, or who speak once, whom the chat calls by name elsewhere. A migrant's name in Hangul
 * speaks when another turn calls it as people call one another ("투안: …" beside "안녕하세요 투안씨", "올가: 나탈리야, …"
 * beside "리 나탈리야: 올가 안녕"): a desk's or a form's word is written again, but not so ("행정사님,", "배민 라이더입니다").
 * Where three people or more speak, one of them named for certain, any such speaker does whom the chat writes again
 * ("정민: 입금 완료!" beside "연희: ㅇㅋ 정민 주소 업데이트함").
 */
function hangulSpeakersCalledByName(text: string, turns: readonly Turn[]): Array<{ start: number; end: number }> {
  const labels = new Map<
    string,
    { spans: Array<{ start: number; end: number }>; spoken: boolean; endsSpoken: boolean; givenName: boolean }
  >();
  // The speakers named for certain: at once, or as they speak twice.
  const named = new Set<string>();
  const heldBack = new Set<string>();
  for (const turn of turns) {
    if (turn.speaker !== undefined) {
      const name = text.slice(turn.speaker.start, turn.speaker.end);
      if (turn.needsSecondTurn !== true || heldBack.has(name)) named.add(name);
      else heldBack.add(name);
    }
    // A given name that speaks once is held back for a second turn (`needsSecondTurn`); this search may vouch for it.
    const givenName = turn.speaker !== undefined && turn.needsSecondTurn === true;
    const span = givenName
      ? turn.speaker
      : turn.speaker === undefined && turn.labelStart !== undefined
        ? unlistedHangulLabel(text, { start: turn.labelStart, end: turn.wordsStart - 1 })
        : undefined;
    if (span === undefined || !isHangulSyllable(text.charCodeAt(span.start))) continue;
    const label = text.slice(span.start, span.end);
    const entry = labels.get(label) ?? { spans: [], spoken: false, endsSpoken: false, givenName };
    entry.spans.push(span);
    entry.spoken ||= isSpoken(text, { start: turn.wordsStart, end: turn.lineEnd });
    entry.endsSpoken ||= endsInSpeech(text, turn);
    labels.set(label, entry);
  }
  if (labels.size === 0) return [];
  const voices = new Set<string>(labels.keys());
  for (const turn of turns) if (turn.labelStart !== undefined) voices.add(text.slice(turn.labelStart, turn.wordsStart - 1).trim());
  if (voices.size < 2) return [];
  // A group of three people or more, one of them named for certain, as friends' or volunteers' chats are.
  const groupOfPeople = named.size >= 1 && named.size + labels.size >= 3;
  const found: Array<{ start: number; end: number }> = [];
  for (const [label, entry] of labels) {
    if (!entry.spoken) continue;
    // A word no list holds must end a turn as people talk, where the group vouches for it ("통화: 2024-10-22 …" is a field).
    const called =
      (groupOfPeople && (entry.givenName || entry.endsSpoken) && isWrittenOutsideLabels(text, { label, labels: entry.spans })) ||
      (!entry.givenName && isCalledOutsideLabels(text, { label, labels: entry.spans }));
    if (called) for (const span of entry.spans) found.push(span);
  }
  return found;
}

/** Whether the given name stands elsewhere as a word of its own, a particle perhaps after it ("은지 아직", "– 민호,"). */
function isWrittenOutsideLabels(text: string, speaker: { label: string; labels: ReadonlyArray<{ start: number }> }): boolean {
  for (let at = text.indexOf(speaker.label); at !== -1; at = text.indexOf(speaker.label, at + 1)) {
    if (speaker.labels.some((label) => label.start === at) || (at > 0 && isHangulSyllable(text.charCodeAt(at - 1)))) continue;
    if (endingsAfterName.has(text.slice(at + speaker.label.length, hangulRunEndAfter(text, at + speaker.label.length)))) return true;
  }
  return false;
}

/**
 * A label of Hangul that names no role, relative or desk: one word, or a foreigner's name in words, one of them a syllable
 * alone ("투안", "리 나탈리야"), a bracket perhaps after it that says who relays the words ("쏙행(통역):").
 */
function unlistedHangulLabel(text: string, label: { start: number; end: number }): { start: number; end: number } | undefined {
  let end = blankStartBefore(text, label);
  if (text.charCodeAt(end - 1) === 0x29) {
    const open = text.lastIndexOf('(', end);
    if (open > label.start) end = blankStartBefore(text, { start: label.start, end: open });
  }
  const words = text.slice(label.start, end);
  // A party's or a role's word ends as one does ("후원자", "상담원", "행정사", "입주민", "사용자").
  if (speakerRoles.has(words) || staffRoles.has(words) || roleEndings.has(words.charCodeAt(words.length - 1))) return undefined;
  return isHangulWordsName(words) || foreignNameInHangulWords.test(words) || isHangulWord(words) ? { start: label.start, end } : undefined;
}

const roleEndings: ReadonlySet<number> = new Set([...'자원사생객인관민봇'].map((syllable) => syllable.charCodeAt(0)));

/** A surname of one syllable and a given name of up to five, as Koreans abroad write theirs ("리 나탈리야", "김 알렉산드르"). */
const foreignNameInHangulWords = /^[가-힣] [가-힣]{2,5}$/;

/**
 * Whether another turn calls a word of the label (the whole of one word, or a part of two syllables or more of a foreign
 * name) as people call one another: with 씨 after it ("투안씨", "쏙행 씨"), or where a turn's words open with it before a
 * comma or a greeting ("나탈리야, 할머니 …", "올가 안녕 ㅎㅎ").
 */
function isCalledOutsideLabels(text: string, speaker: { label: string; labels: ReadonlyArray<{ start: number }> }): boolean {
  const words = speaker.label.includes(' ') ? speaker.label.split(' ').filter((word) => word.length >= 2) : [speaker.label];
  for (const word of words)
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (speaker.labels.some((label) => at >= label.start && at < label.start + speaker.label.length)) continue;
      if (at > 0 && isHangulSyllable(text.charCodeAt(at - 1))) continue;
      const after = text.slice(at + word.length, at + word.length + 4);
      if (honorificAfterCall.test(after)) return true;
      if (vocativeAfterCall.test(after) && turnOpensBefore.test(text.slice(Math.max(0, at - 30), at))) return true;
    }
  return false;
}

const honorificAfterCall = /^[ \t]?씨(?![가-힣])|^[ \t]?씨[가는도]/;
const vocativeAfterCall = /^(?:,|[ \t]*안녕)/;
/** A turn's colon and blanks right before the word: the word opens what the speaker says. */
const turnOpensBefore = /[:：][ \t]*$/;

/**
 * A Latin speaker no list holds, as a chat names its people ("Shazza:", "jaylen:", "Lily W:", "Tomás (customer):", "Agent Jo:",
 * "Seo-yeon (People team):", a romanised Korean given name's two parts): a role beside the name, or a roster of two or more
 * such speakers who each open two turns or more, one of them a sentence.
 */
/** The home a neighbours' chat names a member by after the name ("Marcus Flat 5:", "Dee Unit 3B:"). */
const homeInBlock = String.raw`(?:Flat|Unit|Apt\.?)[ \t]*\d{1,4}[A-Za-z]?`;
const homeAfterName = new RegExp(`^${homeInBlock}(?![A-Za-z0-9])`);
/**
 * The house a neighbours' chat names a member by in brackets after the name ("Pat (no.12):", "Viv (#7):", "Dee (Unit 3B):").
 */
const homeInBracket = String.raw`(?:${homeInBlock}|[Nn]o\.?[ \t]*\d{1,4}[A-Za-z]?|#[ \t]*\d{1,4}[A-Za-z]?)`;
const rosterLabel = new RegExp(
  String.raw`^(?:(Agent|Rep|Support|Advisor|Adviser|Nurse|Doctor|Dr|Customer|Caller|Client|Tech|Technician|Host|Driver|Staff|Operator|Purser|Steward|Stewardess|Captain|Capt|Counsellor|Counselor|Coordinator|Caseworker|Volunteer|Interpreter|Translator|Officer|Consul)(?:[ \t]+|[ \t]*[–—-][ \t]*)(?=[A-ZÀ-ÖØ-Þ]))?([A-Za-zÀ-ÖØ-öø-ÿ][a-zà-öø-ÿ]{1,14}(?:-[a-z]{2,8})?(?:(?:[ \t](?:${surnameParticles}))*[ \t][A-Z][\p{Ll}]{1,20}){0,2}(?:[ \t][A-Z]\.?)?)(?:[ \t]+${homeInBlock})?(?:[ \t]*\([ \t]*(?:([A-Za-z][A-Za-z ,.&'’-]{1,39}?)|(${homeInBracket}))[ \t]*\))?$`,
  'u',
);
/** What a roster's label may be that names no person: a role, a party, a chat's system, a family word, a note. */
const rolesAndParties: ReadonlySet<string> = new Set([
  ...['agent', 'rep', 'support', 'advisor', 'adviser', 'nurse', 'doctor', 'dr', 'customer', 'caller', 'client', 'tech', 'host'],
  ...['technician', 'driver', 'staff', 'operator', 'system', 'bot', 'assistant', 'user', 'me', 'you', 'admin', 'moderator', 'mod'],
  ...['interviewer', 'interviewee', 'q', 'a', 'note', 'notes', 're', 'from', 'to', 'cc', 'bcc', 'subject', 'date', 'time', 'status'],
  ...['info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'step', 'tip', 'question', 'answer', 'reply', 'response'],
  ...['request', 'input', 'output', 'example', 'name', 'phone', 'email', 'address', 'mom', 'mum', 'dad', 'mummy', 'daddy', 'mama'],
  ...['papa', 'nana', 'grandma', 'grandpa', 'sis', 'bro', 'wife', 'husband', 'hubby', 'boss', 'team', 'everyone', 'all', 'pros'],
  ...['cons', 'summary', 'update', 'edit', 'result', 'total', 'item', 'items', 'order', 'ticket', 'patient', 'pharmacist', 'teacher'],
  ...['manager', 'landlord', 'tenant', 'seller', 'buyer', 'courier', 'receptionist', 'reception', 'front desk', 'bank', 'shop'],
  ...['employee', 'member', 'guest', 'visitor', 'resident', 'parent', 'applicant', 'owner', 'officer', 'advisor', 'specialist'],
  // The same roles in the languages customers write beside English ("Cliente:", "Atendente:", "Kunde:").
  ...['cliente', 'atendente', 'agente', 'kunde', 'kundin', 'klant', 'servicio', 'soporte', 'suporte'],
  // Mothers and fathers as a family's chat of other languages names them ("Mãe: what's the new address again"), with their
  // accents too and without, as the search of names' folded accents reads them ("Mae:").
  ...['mãe', 'mae', 'pai', 'mamãe', 'mamae', 'papai', 'mamá', 'papá', 'madre', 'padre', 'maman', 'mutter', 'vater'],
  // A sale's parties in French, Spanish and German ("Acheteur:", "Vendeur:", "Comprador:", "Verkäufer:").
  ...['acheteur', 'acheteuse', 'vendeur', 'vendeuse', 'comprador', 'vendedor', 'käufer', 'verkäufer', 'locataire', 'propriétaire'],
  // The parties of a loan, a court's or a tribunal's file, and the headings of a clinical note or a handover, which a
  // long document opens its lines with ("Borrower:", "Respondent (landlord):", "Dx:", "Overnight:").
  ...['borrower', 'co-borrower', 'lender', 'respondent', 'complainant', 'claimant', 'plaintiff', 'defendant', 'petitioner'],
  ...['appellant', 'witness', 'insured', 'insurer', 'residence', 'dx', 'overnight', 'plan', 'assessment', 'history', 'diagnosis'],
  ...['impression', 'allergies', 'medications', 'background', 'outgoing', 'incoming', 'disposition', 'outcome', 'findings'],
  ...['recommendation', 'recommendations', 'action', 'actions', 'comments', 'investigator', 'adjuster', 'assessor', 'notary'],
  // A hospital's ranks in a teaching channel, a court's and a law firm's desks ("Reg:", "Consultant:", "Clerk:", "Paralegal:").
  ...['reg', 'registrar', 'consultant', 'clerk', 'paralegal', 'caseworker', 'preparer', 'dispatcher', 'interpreter', 'midwife'],
  // A rental's, a trip's and a ride's parties ("Renter:", "Hirer:", "Passenger:", "Rider:").
  ...['renter', 'hirer', 'passenger', 'traveller', 'traveler', 'rider'],
  // A production's, a show's and a label's desks, and a form's totals and signatures ("Producer:", "Publicist:", "Sub-total
  // (common items):", "Signed (Owner):").
  ...['producer', 'director', 'presenter', 'publicist', 'promoter', 'journalist', 'reporter', 'editor', 'talent', 'crew'],
  ...['sub-total', 'subtotal', 'signed', 'signature'],
  // A lab's, a ship's and a game's sides of a call or a chat, and an adverse event's fields ("Lab:", "Vessel (Bridge):",
  // "player:", "Causality (investigator):").
  ...['lab', 'laboratory', 'vessel', 'ship', 'bridge', 'player', 'gamer', 'causality', 'severity', 'seriousness'],
  // A cabin's and a bridge's posts before the crew member's name ("Purser Jo:", "Captain Ruiz:").
  ...['purser', 'steward', 'stewardess', 'captain', 'capt'],
  ...sidesOfTradeAndAid,
  // A fishing boat's master and mate, who speak for their post in a crew's chat ("Skipper: settlement goes out friday").
  ...['skipper', 'mate', 'deckhand', 'crewman'],
]);

/**
 * The parties a form's label names, which a bracket may gloss ("Cardholder (if different from guest):", "Auftraggeber
 * (payer):"): no person's name, though no role that makes the label before a bracket a person's.
 */
const partiesOfForms: ReadonlySet<string> = new Set(['cardholder', 'payer', 'payee', 'policyholder', 'beneficiary', 'guarantor']);

function isFullLatinName(name: string): boolean {
  const words = name.split(/[ \t]+/);
  return words.length >= 2 && (/[^\p{ASCII}]/u.test(name) || words.some((word) => isListedLatinName(word)));
}

/**
 * Whether a speaker's label may be a person's: no word of it a role or a desk ("Hotel Arcadia Reception", "Cliente"), nor
 * the head of a longer capitalised name elsewhere in the text, as a firm's is ("Voltline" beside "Voltline Energy").
 */
function mayBePersonSpeaking(text: string, name: string): boolean {
  // A firm's name speaks for it in a chat ("Bright Smiles Dental:", "Hotel Arcadia Lisboa:").
  if (name.split(/[ \t]+/).some((word) => rolesAndParties.has(word.toLowerCase()) || companySuffixes.has(word))) return false;
  for (let at = text.indexOf(`${name} `); at !== -1; at = text.indexOf(`${name} `, at + 1)) {
    const next = text.charCodeAt(at + name.length + 1);
    if (next >= 0x41 && next <= 0x5a && !homeAfterName.test(text.slice(at + name.length + 1, at + name.length + 12))) return false;
  }
  return true;
}

/** The side of a conversation a label names by its role: a customer's, a caller's, an agent's, oneself ("Customer:", "나:"). */
const conversationalRoles: ReadonlySet<string> = new Set([
  ...['customer', 'caller', 'client', 'agent', 'advisor', 'adviser', 'patient', 'guest', 'tenant', 'member', 'me'],
  ...['나', '고객', '상담원', '상담사', '손님', '환자', '보호자'],
  // A family's chat, where one side is named by kinship, in English or in romanised Korean ("Mom:", "Noona:", "Unnie:").
  ...['mom', 'mum', 'dad', 'noona', 'nuna', 'unnie', 'eonni', 'oppa', 'hyung', 'eomma', 'appa'],
]);

function isConversationalRole(text: string, turn: Turn): boolean {
  if (turn.labelStart === undefined) return false;
  const label = text.slice(turn.labelStart, turn.wordsStart - 1).trim();
  return conversationalRoles.has(label.toLowerCase());
}

/**
 * One capitalised word that no English role's or desk's ending makes a job ("Devon", "Enkhjin"; not "Handler", "Preparer",
 * "Consultant", "Secondary", "Rx").
 */
function isGivenNameShaped(name: string): boolean {
  return /^[A-Z][a-z]{2,13}$/.test(name) && !/(?:er|or|ant|ent|ist|ary|ian|ee|ing|ion)$/.test(name) && !deskWords.has(name);
}

/**
 * A given name shaped as `isGivenNameShaped` reads one and a surname of one capitalised word, as a foreign worker speaks in a
 * Korean chat with the staff member named beside them ("Jasur Karimov:", "Aigerim Bekova:"; not "Order Status:").
 */
function isFullNameShaped(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length === 2 &&
    isGivenNameShaped(words[0]!) &&
    /^[A-Z][a-z]{2,19}$/.test(words[1]!) &&
    words.every((word) => !wordsThatAreNotNames.has(word) && !deskWords.has(word))
  );
}

/** Whether a bracket's words end in a firm's word ("Coastline Hydro", "Brightline Energy"). */
function namesFirm(qualifier: string): boolean {
  const words = qualifier.split(/[ \t]+/);
  return words.length >= 2 && companySuffixes.has(words[words.length - 1]!);
}

function namesRole(qualifier: string): boolean {
  return qualifier.split(/[ \t,.&-]+/).some((word) => {
    const lower = word.toLowerCase();
    return rolesAndParties.has(lower) && !headingWords.has(lower) && !sidesOfTradeAndAid.includes(lower);
  });
}

/**
 * Words of `rolesAndParties` that head a mail's or a log's line and name no one's post, which a field's gloss holds as often
 * ("Plate (to be cancelled):", "Total (all items):").
 */
const headingWords: ReadonlySet<string> = new Set([
  ...['to', 'from', 'cc', 'bcc', 're', 'q', 'a', 'me', 'you', 'all', 'everyone', 'note', 'notes', 'subject', 'date', 'time'],
  ...['status', 'item', 'items', 'total', 'order', 'ticket', 'name', 'phone', 'email', 'address', 'summary', 'update', 'edit'],
]);

/** A bracket that says a program speaks, not a person ("Sendy (bot):", "Mia (AI assistant):", "Sam (automated):"). */
const programQualifier = /^(?:chat)?bot\b|^(?:AI|ai|virtual|automated|auto-?reply|auto)\b/i;

const abstractNounEnding = /^[A-Z][a-z]+(?:tion|sion|ment|ness)$/;
const titledFullName = /^(?:Mr|Mrs|Ms|Mx|Dr|Sgt|Cpl|Capt|Insp|Officer|PC)\.?[ \t]+[A-Z][a-z]+[ \t]+[A-Z]/;

/** A site's post or desk ("Outbound Lead:", "Ops:"), or a firm or a shop that speaks for itself ("Green Valley Produce:"). */
function speaksForFirmOrTeam(name: string): boolean {
  return namesTeamOrFunction(name) || name.split(/[ \t]+/).some((word) => isFirmWord(word));
}

function rosterSpeakers(text: string, turns: readonly Turn[]): Array<{ start: number; end: number }> {
  // The turns each firm, shop or desk takes: one that takes two or more talks with a customer, whose given name speaks twice
  // ("Mabuhay Pedia Clinic:" and "Carmela:"); a form's field of a firm's word is filled once ("Insurance: …").
  const firmTurns = new Map<string, number>();
  const byName = new Map<string, { spans: Array<{ start: number; end: number }>; sentence: boolean; role: boolean; timed: boolean }>();
  for (const turn of turns) {
    if (turn.speaker !== undefined || turn.labelStart === undefined || !isAsciiLetter(text.charCodeAt(turn.labelStart))) continue;
    const label = text.slice(turn.labelStart, decorationStartBefore(text, { start: turn.labelStart, end: turn.wordsStart - 1 }));
    const match = rosterLabel.exec(label);
    if (match === null) continue;
    const name = match[2]!;
    // "Front Gate (Cpl. Dana Whitlock):": a titled full name in the brackets is who staffs the post the label names; a
    // record's field says whose words follow ("Summary (customer):").
    if (match[3] !== undefined && (titledFullName.test(match[3]) || programQualifier.test(match[3]))) continue;
    if (abstractNounEnding.test(name)) continue;
    if (
      rolesAndParties.has(name.toLowerCase()) ||
      partiesOfForms.has(name.toLowerCase()) ||
      wordsThatAreNotNames.has(name) ||
      botSpeakers.has(name) ||
      // A site's post or desk speaks in its channel ("Outbound Lead:", "Inventory Control:", "Agency Ops:", "Ops:"), and a
      // firm or a shop does for itself ("Green Valley Produce:", "Kitchen:").
      speaksForFirmOrTeam(name)
    ) {
      if (speaksForFirmOrTeam(name)) firmTurns.set(name, (firmTurns.get(name) ?? 0) + 1);
      continue;
    }
    // A shop or a bank that opens the label speaks for itself ("Shop Bếp Xinh:", "Bank Alerts:").
    const blank = name.search(/[ \t]/);
    if (blank !== -1 && rolesAndParties.has(name.slice(0, blank).toLowerCase())) continue;
    const start = turn.labelStart + label.indexOf(name, match[1]?.length ?? 0);
    const entry = byName.get(name) ?? { spans: [], sentence: false, role: false, timed: false };
    entry.spans.push({ start, end: start + name.length });
    entry.sentence ||= /\S+[ \t]+\S+[ \t]+\S+/.test(text.slice(turn.wordsStart, turn.lineEnd));
    // A desk or a firm in brackets makes the name its person's in a chat marked by times, or where it names a role
    // ("Priya (Reception, Elmfield Surgery)", "Kayleigh (Brightmart Support)").
    // A firm in brackets names its staff member too ("Jordan (Coastline Hydro)"), and a house its resident ("Pat (no.12)").
    entry.role ||=
      match[1] !== undefined ||
      match[4] !== undefined ||
      (match[3] !== undefined &&
        (turn.prefixed === true ||
          namesRole(match[3]) ||
          (namesFirm(match[3]) && isGivenNameShaped(name) && mayBePersonSpeaking(text, name))));
    entry.timed ||= turn.prefixed === true;
    byName.set(name, entry);
  }
  const roster = [...byName.entries()].filter(([, entry]) => entry.spans.length >= 2 && entry.sentence);
  // One speaker alone takes turns with a role or a desk when a full name says it is a person's ("Hà Nguyễn",
  // "Nguyen Van Thanh"): two or three words, one of them listed or spelled beyond English's letters.
  // So does one shaped as a given name who takes turns with a firm or a shop ("Carmela:" beside "Mabuhay Pedia Clinic:").
  const firmSpeaks = [...firmTurns.values()].some((count) => count >= 2);
  const rosterOfOne = roster.length === 1 && (isFullLatinName(roster[0]![0]) || (firmSpeaks && isGivenNameShaped(roster[0]![0])));
  // Where a named person speaks ("[21:04] Marcus:", "Faisal:"), the others who take turns with them are people too: any
  // speaker in a chat marked by times, one who speaks twice in sentences elsewhere ("Yousef: yalla send IBAN").
  const peopleSpeak = turns.some((turn) => turn.speaker !== undefined && isAsciiLetter(text.charCodeAt(turn.speaker.start)));
  // Where someone named in any script speaks ("간호사 윤서아:"), or a customer or a caller takes turns ("Customer:", "나:"),
  // one word shaped as a given name who speaks twice in sentences is a person too ("Devon: Hi Arjun. …", "Enkhjin: …").
  const counterpartsSpeak = !peopleSpeak && turns.some((turn) => turn.speaker !== undefined || isConversationalRole(text, turn));
  const speakers = [...byName.entries()].filter(
    ([name, entry]) =>
      entry.role ||
      ((roster.length >= 2 || rosterOfOne) && roster.some(([, member]) => member === entry)) ||
      (peopleSpeak && (entry.timed || (entry.spans.length >= 2 && entry.sentence)) && mayBePersonSpeaking(text, name)) ||
      (counterpartsSpeak &&
        entry.spans.length >= 2 &&
        entry.sentence &&
        (isGivenNameShaped(name) || isFullNameShaped(name)) &&
        mayBePersonSpeaking(text, name)),
  );
  const spans = speakers.flatMap(([, entry]) => entry.spans);
  // Where people speak by name ("Fiona (2F1):", "Camille (2nd AD):"), a given name that speaks once in a sentence and is
  // called by elsewhere in the text speaks too ("Magda: I vote yes." … "Magda the Corsa is Dougie's", "Yanis (locations):
  // …" … "Merci Yanis.").
  const named = new Set([...speakers.map(([name]) => name), ...turns.flatMap((turn) => spokenName(text, turn))]);
  if (named.size === 0) return spans;
  for (const [name, entry] of byName)
    if (
      !named.has(name) &&
      entry.spans.length === 1 &&
      entry.sentence &&
      isGivenNameShaped(name) &&
      !wordsThatAreNotNames.has(name) &&
      isCalledElsewhere(text, { name, start: entry.spans[0]!.start }) &&
      mayBePersonSpeaking(text, name)
    )
      spans.push(entry.spans[0]!);
  return spans;
}

/** The Latin name a turn's speaker goes by, where one is found. */
function spokenName(text: string, turn: Turn): string[] {
  return turn.speaker !== undefined && isAsciiLetter(text.charCodeAt(turn.speaker.start))
    ? [text.slice(turn.speaker.start, turn.speaker.end)]
    : [];
}

/**
 * Whether another turn calls `name` as people call one another: the first word of its words, or after thanks or a greeting
 * ("Fiona (2F1): Magda the Corsa is Dougie's", "Merci Yanis."); a heading's word is written again in other places
 * ("School: …" beside "Bavarian International School").
 */
function isCalledElsewhere(text: string, label: { name: string; start: number }): boolean {
  for (let at = text.indexOf(label.name); at !== -1; at = text.indexOf(label.name, at + 1)) {
    if (at === label.start || isLetter(text.charCodeAt(at + label.name.length))) continue;
    if (wordsBeforeCall.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** The words before a name called in a turn: the turn's colon, or thanks or a greeting. */
const wordsBeforeCall =
  /(?:[^\n]:|\b(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Mm]erci|[Dd]anke|[Gg]racias|[Hh]i|[Hh]ey|[Ss]orry|[Oo]k|[Oo]kay))[ \t]+$/;

/**
 * The turns of a chat log or a transcript: every line that opens with a speaker and a colon ("AGENT:", "신입 조하늘:",
 * "> Jiwon:", "[09:14] Tunde:") or a chat export's sender and time ("[박서연] [오후 2:11]"); remembered for the last text.
 *
 * @example
 * turnsIn('AGENT: Card number?\nCALLER: 4549 1210 3503 4465.').length; // 2
 */
export const turnsIn = rememberLastText((text: string): readonly Turn[] => {
  const turns: Turn[] = [];
  for (let lineStart = 0; lineStart !== -1;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const turn = turnAt(text, { lineStart, lineEnd });
    if (turn !== undefined) turns.push(turn);
    lineStart = lineBreak === -1 ? -1 : lineBreak + 1;
  }
  return turns;
});

/** The turn that the line opens, when it opens with a speaker (named or not) and a colon or a bracketed time. */
function turnAt(text: string, line: { lineStart: number; lineEnd: number }): Turn | undefined {
  let start = line.lineStart;
  let prefixed = false;
  // A quoting mark ("> Jiwon:") and blanks.
  while (start < line.lineEnd && (text.charCodeAt(start) === 0x3e || text.charCodeAt(start) === 0x20)) start += 1;
  // A chat export's date and time before the speaker: KakaoTalk's "2024년 2월 26일 오전 10:05, 허말순 : …" and "2024. 2. 26.
  // 10:05, …", WhatsApp's "14/05/24, 10:11 - Tunde: …", a workplace chat's "오전 10:02 이재훈: …".
  const first = text.charCodeAt(start);
  if (isAsciiDigit(first) || first === 0xc624 /* 오 */) {
    exportedTime.lastIndex = start;
    if (exportedTime.test(text)) {
      start = exportedTime.lastIndex;
      prefixed = true;
    } else {
      // A recording's time before the speaker ("00:00:31 CALLER: …"): skipped, though it marks no chat export.
      recordingTime.lastIndex = start;
      if (recordingTime.test(text)) start = recordingTime.lastIndex;
    }
  }
  if (text.charCodeAt(start) === 0x5b) {
    const close = text.indexOf(']', start);
    if (close !== -1 && close < line.lineEnd && close - start <= 21) {
      // "[박서연] [오후 2:11] …": a chat export's sender, then its time, counts as a Korean given name alone too, or as a
      // foreigner's name in Hangul words ("[응우옌 반 안] [오전 9:15]").
      const sender = bracketSender(text, { start: start + 1, end: close });
      bracketedTime.lastIndex = close + 1;
      if (bracketedTime.test(text)) {
        const words = text.slice(start + 1, close);
        const afterRole = sender === undefined ? (senderAfterRole(words, start + 1) ?? senderBeforeRole(words, start + 1)) : undefined;
        // A word of Hangul no list holds ("[투안] [오전 7:02]"), a Latin one ("[Nomin]", "[Gabi 🇧🇷]") or a given name after
        // a role ("[버디장 승아]") is a sender's name when it sends twice; a channel's notice ("[공지] [오후 2:11]") is sent once.
        const unlisted =
          sender === undefined && afterRole === undefined
            ? isHangulWordsName(words) || isHangulWord(words)
              ? { start: start + 1, end: close }
              : (latinWordSender(text, { start: start + 1, end: close }) ?? givenNameAfterRole(words, start + 1))
            : undefined;
        const speaker = sender ?? afterRole ?? unlisted;
        const needsSecondTurn = unlisted !== undefined && !isHangulWordsName(words);
        return { lineStart: line.lineStart, lineEnd: line.lineEnd, wordsStart: bracketedTime.lastIndex, speaker, needsSecondTurn };
      }
      // "[Sardor] 10:15 hello manager": a chat's copy that heads each message with the sender's display name in brackets
      // and the time bare after it; a name no list holds when it sends twice.
      if (isAsciiLetter(text.charCodeAt(start + 1))) {
        bareTimeAfterSender.lastIndex = close + 1;
        const timed = bareTimeAfterSender.test(text) ? (sender ?? chatDisplayName(text, { start: start + 1, end: close })) : undefined;
        if (timed !== undefined)
          return {
            lineStart: line.lineStart,
            lineEnd: line.lineEnd,
            wordsStart: bareTimeAfterSender.lastIndex,
            speaker: timed,
            needsSecondTurn: sender === undefined,
          };
      }
      // "[김동현] 네 팀장님": a sender without a time is a full name, or speaks twice; "[인사팀 윤하늘] 민재 씨, …": a desk's
      // or a role's words before a full name.
      if (sender !== undefined)
        return {
          lineStart: line.lineStart,
          lineEnd: line.lineEnd,
          wordsStart: close + 1,
          speaker: sender,
          needsSecondTurn: close - start - 1 < 3,
        };
      // Only after a desk's or a role's word: a group's or a contest's title ends in no name ("[동탄맘 모여라]", "[청소년 글쓰기
      // 공모전]").
      const staffSender = senderAfterRole(text.slice(start + 1, close), start + 1);
      if (staffSender !== undefined && deskOrRoleEnding.test(text.slice(start + 1, staffSender.start).trimEnd()))
        return { lineStart: line.lineStart, lineEnd: line.lineEnd, wordsStart: close + 1, speaker: staffSender, needsSecondTurn: false };
      // "[큰딸 은정] …", "[신입 엄태준] …": a family's or a newcomer's word before a name, in a group chat that names its
      // members so; a given name alone when it speaks twice.
      const member = familyOrNewcomerSender(text.slice(start + 1, close), start + 1);
      if (member !== undefined) return { lineStart: line.lineStart, lineEnd: line.lineEnd, wordsStart: close + 1, ...member };
      // "[09:14] Chidinma Okeke: …", "[#backend] 조현수: …": a time or a channel before the speaker makes the text a chat.
      start = close + 1;
      while (start < line.lineEnd && text.charCodeAt(start) === 0x20) start += 1;
      prefixed = true;
    }
  }
  // A team chat's export puts the sender and the time on a line of their own ("[#pay-oncall] 김태윤 오후 2:41"); its copy
  // without the channel heads each message with a Korean sender's full name and the time ("이재원  2:44 PM"), a name when
  // it sends twice.
  if (prefixed || isHangulSyllable(text.charCodeAt(start))) {
    senderBeforeTime.lastIndex = start;
    const sender = senderBeforeTime.exec(text);
    if (sender !== null && senderBeforeTime.lastIndex === line.lineEnd) {
      const name = sender[1]!;
      const speaker = { start, end: start + name.length };
      const fullName = isKoreanFullName(name) || /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name);
      if (prefixed || isKoreanFullName(name))
        return {
          lineStart: line.lineStart,
          lineEnd: line.lineEnd,
          wordsStart: line.lineEnd,
          speaker,
          needsSecondTurn: !prefixed || !fullName,
        };
    }
  }
  // A sender and a time, then the words: a team chat's copy ("Keeley Dawson 09:03: Morning!"); or the sender and the time
  // on a line of their own with no channel before them (a WeChat group's "Zhou Jianguo 09:42"), a name when it sends twice.
  const timed = senderWithTime(text, { start, lineEnd: line.lineEnd, prefixed });
  if (timed !== undefined) return { lineStart: line.lineStart, lineEnd: line.lineEnd, ...timed };
  const colon = colonNear(text, { start, lineEnd: line.lineEnd });
  if (colon === -1) return undefined;
  const turn: Turn = { lineStart: line.lineStart, lineEnd: line.lineEnd, wordsStart: colon + 1, labelStart: start, prefixed };
  const speaker = colonSpeaker(text, { start, colon, lineEnd: line.lineEnd, prefixed });
  if (speaker !== undefined) {
    turn.speaker = speaker.speaker;
    turn.needsSecondTurn = speaker.needsSecondTurn;
  }
  return turn;
}

/** The words every question for a name holds (`asksForName`), found without slicing the turn. */
const nameWord = /ame|AME|성함|이름|성명|실명|명의/g;

function nameWordPositions(text: string): number[] {
  const positions: number[] = [];
  nameWord.lastIndex = 0;
  while (nameWord.test(text)) positions.push(nameWord.lastIndex);
  return positions;
}

/** Whether the turn holds a word that a question for a name needs: most turns hold none, and are not read further. */
function mentionsName(nameWords: readonly number[], turn: Turn): boolean {
  return nameWords.some((at) => at > turn.wordsStart && at <= turn.lineEnd);
}

/** Where the turn's first sentence ends: an answer is read from it alone ("윤태호요. 연락은 이 번호로 …"). */
function firstSentenceEnd(text: string, turn: Turn): number {
  for (let at = turn.wordsStart; at < turn.lineEnd; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2c) return at + 1;
  }
  return turn.lineEnd;
}

/** The channel a chat's agent answers on, which a bracket names as often as the agent ("Agent (Chat)"). */
const channelWords: ReadonlySet<string> = new Set(['Chat', 'Live', 'Web', 'Phone', 'Email', 'Bot', 'Online', 'Voice', 'Sms', 'SMS']);

/**
 * A desk's or a team's words in Latin letters or Hangul, then one capitalised name in brackets, a romanised Korean given
 * name's second syllable perhaps joined by a hyphen ("Help Desk (Eun-ji)"): the whole label.
 */
// A role's later words may be in small letters ("Work coach (Adeel)", "Case manager (Jas)").
const deskThenBracketedName =
  /^([A-Z][A-Za-z]{1,14}(?:[ \t]+[A-Za-z][A-Za-z]{1,14}){0,2}|[가-힣]{2,8})[ \t]*\([ \t]*([A-Z][a-z]{1,14}(?:-[a-z]{2,8})?)[ \t]*\)$/;
/** Months' short spellings that are given names as often ("Jun", "Jan"): in a staffed desk's brackets, a name. */
const givenNamesSpelledAsMonths: ReadonlySet<string> = new Set(['Jun', 'Jan']);

/**
 * The name in a team's brackets that only speaking twice vouches for: not one a staffed desk or a role reads at once, nor a
 * listed one after Latin words, which the bracketed-name search reads; not after a listed first name ("Jesse (Koala)").
 */
function teamThenBracketedName(label: string): { name: string; start: number } | undefined {
  const match = deskThenBracketedName.exec(label);
  if (match === null) return undefined;
  const [, team, name] = match as unknown as [string, string, string];
  // A joined name's first part is judged as the name ("Tier-two" is a queue's, as "Tier" is).
  if (!isTeamsStaffName(name) || !isTeamsStaffName(capitalise(name.split('-')[0]!)) || isListedFirstName(team.split(/[ \t]/)[0]!))
    return undefined;
  // A person's chat name before the firm in brackets ("Bex (Northlink):"): the words before must be a desk's or a team's.
  const lastWord = team.slice(team.search(/\S+$/));
  if (
    !isHangulSyllable(team.charCodeAt(0)) &&
    !staffedTeamWords.has(lastWord) &&
    !staffedTeamWords.has(lastWord.charAt(0).toUpperCase() + lastWord.slice(1))
  )
    return undefined;
  if (isStaffName(name) && (staffedDesk.test(label) || staffRoleThenName.test(label))) return undefined;
  if (!isHangulSyllable(team.charCodeAt(0)) && isLatinSpeaker(name)) return undefined;
  return { name, start: label.lastIndexOf(name) };
}

/** A name in a team's brackets: no channel's, desk's or everyday word, save a month's spelling that names people too. */
function isTeamsStaffName(name: string): boolean {
  return (
    !channelWords.has(name) &&
    !deskWords.has(name) &&
    !queueWords.has(name) &&
    (!wordsThatAreNotNames.has(name) || givenNamesSpelledAsMonths.has(name))
  );
}

/** The last words of a desk's or a team's label, whose bracket then names its staff ("Card Disputes (Renee)"). */
const staffedTeamWords: ReadonlySet<string> = new Set([
  ...['Agent', 'Support', 'Desk', 'Helpdesk', 'Team', 'Care', 'Service', 'Services', 'Disputes', 'Fraud', 'Claims', 'Billing'],
  ...['Lab', 'Dispatch', 'Ops', 'Operations', 'Reception', 'Tech', 'Technician', 'Centre', 'Center', 'Helpline', 'Security'],
  ...['Compliance', 'Sales', 'Admin', 'Office', 'Bookings', 'Reservations', 'Concierge', 'Advisor', 'Adviser', 'Rep', 'Coordinator'],
  // A site's, a yard's or a platform's back office and its moderators, whose staff a worker's or a user's chat names in
  // brackets ("Payroll (Eun-bi):", "IT (Seong):", "Moderator (Ines):").
  ...['Payroll', 'IT', 'HR', 'Accounts', 'Finance', 'Personnel', 'Moderator', 'Mod', 'Safety', 'Logistics'],
  // A benefits office's or a job centre's staff on a claimant's journal ("Work coach (Adeel):", "Case manager (Jas):").
  ...['Coach', 'Manager', 'Caseworker', 'Worker', 'Officer'],
]);

/** A team's tier, queue, language or service level in its brackets ("Support (Tier):", "Shipping (Standard):"). */
const queueWords: ReadonlySet<string> = new Set([
  ...['Tier', 'Level', 'Queue', 'Line', 'Priority', 'Standard', 'Express', 'Premium', 'General', 'Main', 'Escalation', 'Internal'],
  ...['External', 'English', 'Spanish', 'French', 'German', 'Korean', 'Japanese', 'Chinese', 'Overnight', 'Morning', 'Evening'],
  ...['Urgent'],
]);

/** A staff role, then its holder's name in brackets ("Agent (Jia Hui)", "Pharmacist (Tomás)"). */
const staffRoleThenName =
  /^(?:Agent|Rep|Advisor|Adviser|Staff|Support|Nurse|Pharmacist|Officer|Operator|Host|Teller|Cashier|Consultant|Specialist)[ \t]*\([ \t]*([A-Z][a-zà-ÿ]{1,14}(?: [A-Z][a-zà-ÿ]{1,14})?)[ \t]*\)$/;

/** The last word of a desk or a role before a staff member's name in a chat's bracket ("인사팀", "세무회계 담당"). */
// A building site's posts too: its office's engineer, the contractor's agent on site, a gang's foreman, a bookkeeper ("[현장
// 공무 오세린]", "[대광설비 현장대리인 변주원]", "[비계반장 공석진]", "[대현토건 경리 선미나]").
const deskOrRoleEnding =
  /(?:팀|부|과|실|센터|담당|담당자|매니저|상담원|상담사|주임|대리|팀장|과장|차장|부장|실장|원장|선생님|쌤|코치|기사|간호사|약사|설계사|이사|공무|현장대리인|반장|소장|경리|총무)$/;

/** A family's or a newcomer's word before a group chat member's name ("큰딸", "막내", "신입"). */
const familyOrNewcomerWord =
  /^(?:신입|인턴|큰딸|작은딸|막내|첫째|둘째|셋째|큰아들|작은아들|엄마|아빠|언니|오빠|누나|형|동생|할머니|할아버지|이모|고모|삼촌|사촌|큰며느리|사위)$/;

/** The name after a family's or a newcomer's word: a full name, or a given name that must speak twice. */
function familyOrNewcomerSender(words: string, start: number): Pick<Turn, 'speaker' | 'needsSecondTurn'> | undefined {
  if (!familyOrNewcomerWord.test(words.slice(0, words.indexOf(' ')))) return undefined;
  const full = senderAfterRole(words, start);
  if (full !== undefined) return { speaker: full, needsSecondTurn: false };
  const given = givenNameAfterRole(words, start);
  return given === undefined ? undefined : { speaker: given, needsSecondTurn: true };
}

/** A role or a shop before a timed sender's full name ("[원장 류지환] [오후 6:02]", "[그린카센터 강민석] [오후 2:41]"). */
function senderAfterRole(words: string, start: number): Turn['speaker'] {
  const blank = words.lastIndexOf(' ');
  if (blank <= 0 || !isHangulSyllable(words.charCodeAt(0)) || !isKoreanFullName(words.slice(blank + 1))) return undefined;
  return { start: start + blank + 1, end: start + words.length };
}

/** A full name, then one word of role in capitals or Hangul, as an adviser's chat shows it ("[권은지 FP]", "[오민석 팀장]"). */
function senderBeforeRole(words: string, start: number): Turn['speaker'] {
  const blank = words.indexOf(' ');
  if (blank !== 3 || !/^[가-힣]{3} (?:[A-Z]{1,5}|[가-힣]{1,4})$/.test(words) || !isKoreanFullName(words.slice(0, 3))) return undefined;
  return { start, end: start + 3 };
}

/**
 * One or two Latin words no role, desk or everyday word, an emoji perhaps after them, as a chat export's bracket holds a
 * sender's display name ("[Nomin]", "[ploy]", "[Gabi 🇧🇷]").
 */
function latinWordSender(text: string, span: { start: number; end: number }): Turn['speaker'] {
  const end = decorationStartBefore(text, span);
  const words = text.slice(span.start, end);
  if (!/^[A-Za-z][a-z]{1,14}(?: [A-Z][a-z]{1,14})?$/.test(words)) return undefined;
  const first = capitalise(words.split(' ')[0]!.toUpperCase());
  if (rolesAndParties.has(first.toLowerCase()) || deskWords.has(first) || wordsThatAreNotNames.has(first)) return undefined;
  return { start: span.start, end };
}

/**
 * A given name or a full name of rarer syllables after one word of role in a chat export's bracket ("[버디장 승아]",
 * "[임차인 도해솔]").
 */
function givenNameAfterRole(words: string, start: number): Turn['speaker'] {
  const blank = words.lastIndexOf(' ');
  if (blank <= 0 || !isHangulSyllable(words.charCodeAt(0)) || words.indexOf(' ') !== blank) return undefined;
  const name = words.slice(blank + 1);
  // Not a desk after its firm ("[한빛모터스 정비팀]").
  const named =
    name.length === 2
      ? isGivenNameCalledOut(name)
      : name.length === 3 && isPlausibleKoreanName(name) && !placeEndings.has(name.charCodeAt(2)) && !isCommonKoreanNoun(name);
  return named ? { start: start + blank + 1, end: start + words.length } : undefined;
}

/** The sender in a chat export's bracket, when a name: a Korean full or given name, or a listed Latin one. */
function bracketSender(text: string, span: { start: number; end: number }): Turn['speaker'] {
  const name = text.slice(span.start, span.end);
  if (bracketedKinds.has(name) || sendersThatAreNoNames.has(name)) return undefined;
  const isName = isHangulSyllable(name.charCodeAt(0)) ? isGivenNameCalledOut(name) || isKoreanFullName(name) : isLatinSpeaker(name);
  return isName ? span : undefined;
}

/** What a bracket that opens a forwarded or logged message says it is ("[문자] 010-…", "[광고] …"): no sender's name. */
const bracketedKinds: ReadonlySet<string> = new Set([
  ...['문자', '공지', '알림', '광고', '안내', '메시지', '메세지', '카톡', '메일', '발신', '수신', '답장', '전달', '자동응답'],
  // A death's notice forwarded to a group ("[부고] 故 박정례 님께서 …").
  '부고',
]);

/**
 * Two or three Hangul words of one to three syllables, one of a single syllable: a Vietnamese or Chinese name written in
 * Hangul ("응우옌 반 안", "쩐 티 투"), not a channel's title ("공지 사항").
 */
const hangulWordsName = /^[가-힣]{1,3}(?: [가-힣]{1,3}){1,2}$/;

/**
 * A foreigner's name in Hangul words, one of them a syllable alone ("응우옌 반 안", "트란 티 흐엉").
 *
 * @example
 * isHangulWordsName('응우옌 반 투안'); // true
 */
export function isHangulWordsName(words: string): boolean {
  return hangulWordsName.test(words) && words.split(' ').some((word) => word.length === 1);
}

/** Senders of a chat export that name no one: a channel's notices, a role, a relative ("[공지]", "[방장]", "[엄마]"). */
export const sendersThatAreNoNames: ReadonlySet<string> = new Set([
  ...['공지', '알림', '안내', '시스템', '관리자', '운영자', '광고', '방장', '총무', '회장', '반장', '부반장', '담임', '매니저'],
  ...['고객센터', '택배', '배송', '상담원', '상담사', '본사', '지점', '엄마', '아빠', '동생', '언니', '오빠', '누나', '형님'],
  ...['할머니', '할아버지', '할매', '할배', '이모', '삼촌', '고모', '외삼촌', '큰아빠', '작은아빠', '아들', '남편', '아내', '여보'],
  ...['자기', '막내', '첫째', '둘째', '셋째', '가족', '우리집', '회사', '팀장', '사장', '부장', '과장', '대리', '실장', '원장'],
  // The parties of a transcript ("환자: 진료기록 사본 …", "보호자: 네").
  ...['환자', '보호자', '의사', '간호사', '약사', '직원', '손님', '고객', '기사', '학부모', '회원', '통역사', '민원인'],
  // A desk's side of a transcript and the sides of a notice or a letter ("상담: 확인했습니다", "수신: …").
  ...['상담', '문의', '답변', '질문', '회신', '신청인', '수신', '발신'],
  // Who tipped a newsroom off, and what a log's extract is about ("제보자: …", "대상: 위탁계좌 …").
  ...['제보자', '대상', '대상자'],
  // The other side of a marketplace's chat, and the dates of a registration's form ("상대: 네네 주소 보내드릴게요", "신고일: …").
  ...['상대', '상대방', '신고일', '전입일', '전출일', '이사일', '회신일', '의뢰일'],
  // A public office's chat and its citizens, a clinic's side ("주민: 여권 창구 몇 시까지 해요?", "구청: 평일 09:00~18:00", "의원: …").
  ...['주민', '시민', '구청', '시청', '군청', '동사무소', '주민센터', '센터', '경찰', '의원', '병원', '약국', '치과', '공무원'],
  // A plant's or a grid's control room and a site's office, which speak in an operations chat ("[관제] 재가동 확인했습니다").
  ...['관제', '관제실', '상황실', '사무국', '공무'],
  // An address form's fields, one a line ("도로명: 대학로 18", "상세: 2층 203호").
  ...['상세', '상세주소', '도로명', '지번'],
  // The sides of a temple's, a church's and a court's calls and papers ("신도: 여보세요 종무소죠?", "원고: …", "진정인: …").
  ...['신도', '신자', '교인', '성도', '보살', '원고', '피고', '진정인', '피진정인', '사정사', '심사자'],
  // A detective on a records call, a trainer and trainees of a moderators' class, and a wedding's couple as its planner's
  // chat names them ("형사: 계좌 명의 확인됐나요?", "강사: 오늘은 …", "신부: 네 감사해요!"), and a guest list's date ("예식: 6/21").
  ...['형사', '강사', '교육생', '수강생', '신부', '신랑', '혼주', '하객', '예식'],
  // A gym's or a hotel's front desk in its members' chat, and a dispatch log's place field ("인포: 접수 완료!", "위치: 부평역
  // 북광장").
  ...['인포', '프런트', '데스크', '카운터', '위치', '장소'],
]);

/**
 * A word of two to four Hangul syllables that names no role, relative, channel or desk ("투안", not "공지", "엄마", "사장님" or
 * "개발팀").
 */
function isHangulWord(words: string): boolean {
  if (!/^[가-힣]{2,4}$/.test(words) || words.endsWith('님') || placeEndings.has(words.charCodeAt(words.length - 1))) return false;
  return !sendersThatAreNoNames.has(words) && !isCommonKoreanNoun(words);
}

/** The colon within `speakerReach` of `start`, or -1. */
function colonNear(text: string, at: { start: number; lineEnd: number }): number {
  const limit = Math.min(at.lineEnd, at.start + speakerReach);
  for (let index = at.start + 2; index < limit; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x3a || code === 0xff1a) return index;
  }
  // A name with its desk or firm in brackets runs longer ("Priya (Reception, Elmfield Surgery):"): a colon right after the
  // bracket that closes the label.
  const bracketedLimit = Math.min(at.lineEnd, at.start + bracketedSpeakerReach);
  for (let index = limit; index < bracketedLimit; index += 1)
    if (text.charCodeAt(index) === 0x3a && text.charCodeAt(index - 1) === 0x29) return text.lastIndexOf('(', index) > at.start ? index : -1;
  return -1;
}

function colonSpeaker(
  text: string,
  at: { start: number; colon: number; lineEnd: number; prefixed: boolean },
): Pick<Turn, 'speaker' | 'needsSecondTurn'> | undefined {
  // "Priya 🌸:", "Kuya Jun 🇦🇪:": the emoji a chat's display name carries is no part of the name.
  let end = decorationStartBefore(text, { start: at.start, end: at.colon });
  // Any desk's or team's words and a name in brackets, listed or not, when the same label opens another turn ("RoadLog
  // Support (Ty):", "고객센터 (Minji):", "Agent (Jun):" with a month's spelling); a name the desks below read at once is theirs.
  const teamThenName = at.colon + 1 < at.lineEnd ? teamThenBracketedName(text.slice(at.start, end)) : undefined;
  if (teamThenName !== undefined) {
    const start = at.start + teamThenName.start;
    return { speaker: { start, end: start + teamThenName.name.length }, needsSecondTurn: true };
  }
  // A party's word and the name in brackets ("판매자(이상철):") is read below, with the desks'; else a team or a role in
  // brackets after the name, a blank perhaps between ("오지훈(재무팀):", "하예진 (인사팀):").
  if (text.charCodeAt(end - 1) === 0x29 && !staffedDesk.test(text.slice(at.start, end))) {
    const open = text.lastIndexOf('(', end);
    // A parent in a class's chat says whose parent they are in the bracket ("왕리(유하린 엄마):"): the child is named there,
    // where the parent's own word before it is no Korean full name ("류지선(하은 엄마):" is the parent's).
    const child =
      open > at.start && !isKoreanFullName(text.slice(at.start, open).trim())
        ? childBeforeParentWord(text, { start: open + 1, end: end - 1 })
        : undefined;
    if (child !== undefined) return { speaker: child, needsSecondTurn: true };
    const nameEnd = open > at.start ? blankStartBefore(text, { start: at.start, end: open }) : -1;
    if (nameEnd > at.start && isHangulSyllable(text.charCodeAt(nameEnd - 1))) end = nameEnd;
  }
  // A job's letters glued after the name ("황보은정FC:", "김민수PD:").
  let capitals = end;
  while (capitals > at.start && text.charCodeAt(capitals - 1) >= 0x41 && text.charCodeAt(capitals - 1) <= 0x5a) capitals -= 1;
  if (capitals < end && end - capitals <= 4 && isHangulSyllable(text.charCodeAt(capitals - 1))) end = capitals;
  // … or a blank before them, as an insurer's chat writes its planners ("임도현 FC:"), when a full name stands before it.
  else if (capitals < end && end - capitals <= 4 && text.charCodeAt(capitals - 1) === 0x20 && capitals - 1 - at.start >= 3) {
    const nameStart = hangulRunStartWithin(text, { start: at.start, end: capitals - 1 });
    if (isKoreanFullName(text.slice(nameStart, capitals - 1))) end = capitals - 1;
  }
  // A job title after the name ("정하늘 공인중개사:", "박은영 설계사:"): the name is the word before it.
  const titleStart = hangulRunStartWithin(text, { start: at.start, end });
  let kinAfterName = false;
  if (titleStart > at.start + 2 && text.charCodeAt(titleStart - 1) === 0x20 && isTitleAfterSpeaker(text.slice(titleStart, end))) {
    kinAfterName = kinAfterGivenNames.has(text.slice(titleStart, end));
    end = titleStart - 1;
    // A romanised surname or given name before the Korean title, as a farm's or a firm's staff writes in a chat with a
    // foreign worker ("Yoon 과장:"): the title makes it a person's, when the label speaks twice.
    if (isLatinNameBeforeTitle(text.slice(at.start, end)) && at.colon + 1 < at.lineEnd)
      return { speaker: { start: at.start, end }, needsSecondTurn: true };
  }
  // A parent named by the child in a class's chat ("하율맘:", "이서 엄마:"): the child's given name speaks of them.
  const parent = childBeforeParentWord(text, { start: at.start, end });
  if (parent !== undefined) return { speaker: parent };
  if (isHangulSyllable(text.charCodeAt(end - 1))) {
    const start = hangulRunStartWithin(text, { start: at.start, end });
    // Two or three syllables, or four after a surname of two: a given name or a full name, before any other look.
    if (end - start < 2 || end - start > 4 || (end - start === 4 && surnameLength(text.slice(start, end)) !== 2)) return undefined;
    // The name opens the line or follows one word of role ("신입 조하늘", "동생 준서", "IT헬프데스크_남궁현우").
    if (start > at.start && !isRoleWordBefore(text, { lineStart: at.start, nameStart: start })) return undefined;
    const name = text.slice(start, end);
    // A party or a role speaks as such ("환자: 등록번호가 뭐죠??"), and a squad or a chat's room ("정비반:", "당직방:").
    if (sendersThatAreNoNames.has(name) || groupEndings.has(name.charCodeAt(name.length - 1))) return undefined;
    const fullName = name.length >= 3 && isKoreanFullName(name);
    // In a chat export marked by its times, a full name of rarer given-name syllables speaks too, when it speaks twice
    // ("2024년 2월 26일 오전 10:05, 허말순 : …").
    if (!fullName && at.prefixed && name.length >= 3 && isPlausibleKoreanName(name))
      return { speaker: { start, end }, needsSecondTurn: true };
    // So does one that opens its line alone, in any chat, whose given name follows a common word's first
    // syllables ("현재석: 응 엄마한테 물어봄", not "현재" and 석), when it speaks twice; a role's word ends in 자 as often
    // ("심사자:", "작성자:").
    if (
      !fullName &&
      start === at.start &&
      name.length === 3 &&
      isPlausibleKoreanName(name) &&
      givenNameSyllables.has(name.charAt(1)) &&
      givenNameSyllables.has(name.charAt(2)) &&
      !placeEndings.has(name.charCodeAt(2)) &&
      !name.endsWith('자') &&
      !isCommonKoreanNoun(name)
    )
      return { speaker: { start, end }, needsSecondTurn: true };
    // A given name alone opens the line, or follows a staff member's or a relative's word ("상담원 지유", "총무 하람", "동생
    // 준서"): after another word ("전 주소:", "새 주소:") it is as often a field's label.
    const wordBefore = start > at.start ? text.slice(at.start, start - 1) : '';
    const afterRole = start > at.start && isSpeakerRole(wordBefore, at.prefixed);
    // A desk's staff goes by a given name, a foreigner's perhaps, that the chat writes again as the staff introduces
    // themselves or is thanked ("상담원 소피아:" beside "보안센터 소피아입니다", "요양보호사 티엔:" beside "티엔 선생님").
    if (!fullName && afterRole && !isGivenNameCalledOut(name) && isHangulWord(name) && isNamedOutsideLabels(text, name))
      return { speaker: { start, end }, needsSecondTurn: !isSpoken(text, { start: at.colon + 1, end: at.lineEnd }) };
    // A team's word in any chat ("운영팀 세라:", "심사팀 보람:", "운영진 하루:"): a given name when the label speaks twice.
    if (!fullName && !afterRole && staffTeamWord.test(wordBefore) && isGivenNameCalledOut(name))
      return { speaker: { start, end }, needsSecondTurn: true };
    // … or a full name of rarer given-name syllables ("노무팀 성하늬:", "인사팀 하성룡:"), when it speaks twice.
    if (!fullName && !afterRole && staffTeamWord.test(wordBefore) && isRarerFullName(name))
      return { speaker: { start, end }, needsSecondTurn: true };
    if (!fullName && ((start > at.start && !afterRole) || !isGivenNameCalledOut(name))) return undefined;
    // A form's label takes a value: a full name speaks ("네! …입니다", "ㅋㅋ", or anything in a chat marked as one), a given
    // name alone more than once, or once where a chat's time or a role marks the line as a turn and its words are speech.
    const spoken = isSpoken(text, { start: at.colon + 1, end: at.lineEnd });
    const speech = at.prefixed || spoken;
    // The kinship after a given name marks the line as a relative's turn as a role does ("성재 삼촌: 경기31바 7720 이다").
    return { speaker: { start, end }, needsSecondTurn: !((fullName && speech) || ((at.prefixed || afterRole || kinAfterName) && spoken)) };
  }
  // A Korean staff role or a residents' building before a Latin given name ("상담사 Jordi:", "스트롱핏 매니저 Ellie:", "210동
  // Yoon:"): a name listed or not, when it speaks twice.
  const latinAfterRole = latinNameAfterKoreanRole(text, { start: at.start, end, prefixed: at.prefixed });
  if (latinAfterRole !== undefined && at.colon + 1 < at.lineEnd) return { speaker: latinAfterRole, needsSecondTurn: true };
  // A listed first name in capitals, as a transcript prints its speakers beside "CALLER:" ("MIA: Coastline Insurance"), when
  // it speaks again: an airport's or a desk's code in capitals heads one line.
  const label = text.slice(at.start, end);
  if (/^[A-Z]{3,}$/.test(label) && at.colon + 1 < at.lineEnd && isLatinSpeaker(capitalise(label)))
    return { speaker: { start: at.start, end }, needsSecondTurn: true };
  // A desk's word and the name that staffs it in brackets ("Front desk (Sato):", "Agent (민아):"): any name, as the desk says
  // a person speaks.
  const staffed = staffedDesk.exec(label);
  const staffName = staffed?.[1] ?? staffed?.[2];
  // An office's bracket names its branch as often as its staff ("Office (Leeds):"), a dealer's desk its job ("Service
  // (Brakes):"): there only a listed first name speaks, or a Korean surname, which names no branch or job ("Office (Kim):").
  const listedOnly = desksNamingTheirWork.test(label);
  if (
    staffName !== undefined &&
    at.colon + 1 < at.lineEnd &&
    isStaffName(staffName) &&
    (!listedOnly || isListedFirstName(staffName) || isKoreanSurnameInLatin(staffName))
  ) {
    const start = at.start + label.lastIndexOf(staffName);
    return { speaker: { start, end: start + staffName.length } };
  }
  // A staff role and the agent's name in brackets, listed or not ("Agent (Jia Hui): …").
  const roleThenName = at.colon + 1 < at.lineEnd ? staffRoleThenName.exec(text.slice(at.start, end)) : null;
  if (roleThenName !== null && isStaffName(roleThenName[1]!.split(' ')[0]!) && !channelWords.has(roleThenName[1]!)) {
    const start = at.start + roleThenName[0].lastIndexOf(roleThenName[1]!);
    return { speaker: { start, end: start + roleThenName[1]!.length } };
  }
  // A form's label ("Phone:", "Order ID:") holds no listed first name: its words are looked up before the pattern runs.
  if (at.colon + 1 >= at.lineEnd || !holdsListedFirstName(text, { start: at.start, end })) return undefined;
  const words = text.slice(at.start, end);
  // A role spelled as a listed name ("Mae:", a mother's "Mãe:" with its accent folded).
  if (rolesAndParties.has(words.toLowerCase())) return undefined;
  // A desk before a listed name in brackets ("Portal Support (Marcus)"): the name in the brackets speaks.
  const bracketed = bracketedName.exec(words);
  // A firm in the brackets speaks for it, though its first word is a listed name ("Sato-san (Sakura Realty):").
  if (bracketed !== null && isLatinSpeaker(bracketed[1]!) && !holdsFirmWord(bracketed[1]!)) {
    const start = at.start + bracketed.index + bracketed[0].indexOf(bracketed[1]!);
    return { speaker: { start, end: start + bracketed[1]!.length } };
  }
  // A firm's or a desk's name, a dash and the agent's given name ("MTN Care – Ifeoma"); a name before its firm is read below.
  const deskThenName = deskBeforeName.exec(words);
  if (deskThenName !== null && isLatinSpeaker(deskThenName[2]!) && !isListedFirstName(deskThenName[1]!)) {
    const start = at.start + words.length - deskThenName[2]!.length;
    return { speaker: { start, end: start + deskThenName[2]!.length } };
  }
  const match = latinSpeaker.exec(words);
  if (match === null) return undefined;
  // A first word that is itself a listed name starts a two-word name ("Wei Ling", "Chidinma Okeke"), and a firm or a desk
  // may follow it ("Juliana Costa - Unimed Rio").
  if (match[1] !== undefined && isLatinSpeaker(match[1])) {
    // A sole trader's chat name is the given name and the trade ("Baz Tyres", "Baz Plumbing"): the given name is the person's.
    // Three words or more before and with the trade name a firm, as an agency's chat shows itself ("Hana Hwa Travel:").
    if (holdsFirmWord(match[3]!))
      return /[ \t]/.test(match[3]!) ? undefined : { speaker: { start: at.start, end: at.start + match[1].length } };
    const nameEnd = words.indexOf(match[3]!, match[1].length) + match[3]!.length;
    return { speaker: { start: at.start, end: at.start + nameEnd } };
  }
  // Otherwise it is a role before the name ("Agent Farah", "Customer (Tyler)"), or a name before its firm ("Jesse (Koala
  // Mobile)").
  const name = match[3]!;
  if (!isLatinSpeaker(name)) {
    const beforeBracket = match[2];
    return beforeBracket !== undefined && isLatinSpeaker(beforeBracket) && !beforeBracket.includes(' ')
      ? { speaker: { start: at.start, end: at.start + beforeBracket.length } }
      : undefined;
  }
  const start = at.start + words.lastIndexOf(name);
  // A first word that is no role, desk or everyday word is the name's own first part ("Jessa Mae:", "Kuya Ramon:", whose
  // title `trimTitleWords` takes off later).
  const first = match[1];
  if (first !== undefined && !rolesAndParties.has(first.toLowerCase()) && !deskWords.has(first) && !wordsThatAreNotNames.has(first))
    return { speaker: { start: at.start, end: start + name.length } };
  return { speaker: { start, end: start + name.length } };
}

/** One or two capitalised words before a Korean title in a speaker's label ("Yoon 과장", "Min-ho Park 대리"). */
const latinNameBeforeTitle = /^[A-Z][a-z]{1,14}(?:-[a-z]{2,8})?(?: [A-Z][a-z]{1,14})?$/;

/** Whether the words before the title are a name's, no desk's or team's ("Sales 과장:" is a desk's title). */
function isLatinNameBeforeTitle(words: string): boolean {
  return (
    latinNameBeforeTitle.test(words) &&
    words.split(' ').every((word) => !deskWords.has(word) && !wordsThatAreNotNames.has(word) && !rolesAndParties.has(word.toLowerCase()))
  );
}

/** The titles a sales, a care or a crew's chat writes after its staff's names: an office's, a planner's or a captain's ("박은영 설계사:"). */
function isTitleAfterSpeaker(words: string): boolean {
  return jobTitles.has(words) || titlesAfterStaffSpeakers.has(words);
}

/** The kinship a family's chat writes after a relative's given name ("성호 삼촌:", "미정 이모:"). */
// … and an elder sibling as a younger one's chat names them ("지수 언니:", "민호 형:").
const kinAfterGivenNames: ReadonlySet<string> = new Set([
  '삼촌',
  '외삼촌',
  '이모',
  '고모',
  '이모부',
  '고모부',
  '언니',
  '오빠',
  '누나',
  '형',
]);

const titlesAfterStaffSpeakers: ReadonlySet<string> = new Set([
  ...['설계사', '코치', '트레이너', '매니저', '지점장'],
  // A flight crew's chat, a committee's minutes and a private investigator's reports ("김태린 기장:", "윤도하 부기장:",
  // "황인국 위원:", "박정우 탐정:").
  ...['기장', '부기장', '위원', '위원장', '탐정'],
  // An immigration or a tax agent's office and a fishing boat's captain, in a chat with a migrant worker or a client
  // ("정다운 행정사:", "고영남 선장:").
  ...['행정사', '세무사', '노무사', '법무사', '선장', '기관장'],
  // A law office's chief clerk and a welfare centre's social worker, in a chat with a client or a family ("황보민 사무장:",
  // "배하온 사회복지사:").
  ...['사무장', '사회복지사'],
  // A team's coach in its players' chat ("편해솔 감독:"), and a relative a family's chat writes by the given name and the
  // kinship ("성호 삼촌:", "미정 이모:").
  '감독',
  ...kinAfterGivenNames,
]);

/** The Latin given name after a Korean speaker's role, or after a residents' building (`isSpeakerRole`), to the label's end. */
function latinNameAfterKoreanRole(
  text: string,
  label: { start: number; end: number; prefixed: boolean },
): { start: number; end: number } | undefined {
  if (!isHangulSyllable(text.charCodeAt(label.start)) && !isAsciiDigit(text.charCodeAt(label.start))) return undefined;
  const blank = text.lastIndexOf(' ', label.end - 1);
  if (blank <= label.start || !latinGivenName.test(text.slice(blank + 1, label.end))) return undefined;
  const name = text.slice(blank + 1, label.end);
  if (rolesAndParties.has(name.toLowerCase()) || deskWords.has(name) || wordsThatAreNotNames.has(name) || channelWords.has(name))
    return undefined;
  return isSpeakerRole(text.slice(label.start, blank), label.prefixed) ? { start: blank + 1, end: label.end } : undefined;
}

const latinGivenName = /^[A-Z][a-z]{2,14}$/;

/** The staff roles an English thread writes before a Korean given name ("Host 지훈:", "Guide 민재:"). */
const latinStaffRoles: readonly string[] = ['Host', 'Guide'];

/** A staff member's post or a relative's word before the given name a chat's speaker goes by ("상담원 지유", "동생 준서"). */

const speakerRoles: ReadonlySet<string> = new Set([
  ...['상담원', '상담사', '매니저', '총무', '점장', '부점장', '회장', '원장', '팀장', '실장', '선생님', '쌤', '코치', '강사'],
  // A shop's or a branch's staff, an insurer's planner ("동탄점 직원 라온:", "설계사 하람:").
  ...['직원', '설계사', '트레이너'],
  // A log's handler of a call ("[콜/OUT] 담당 이다빈: …").
  '담당',
  ...['동생', '언니', '오빠', '누나', '형', '막내', '사촌', '조카', '큰누나', '작은누나', '큰언니', '작은언니', '큰형', '큰오빠'],
  // A care home's carers and social workers ("요양보호사 티엔:", "사회복지사 지훈:").
  ...['요양보호사', '사회복지사'],
  // A family's chat names its members by their place among the children ("큰딸 은정:", "둘째 아들 …").
  ...['큰딸', '작은딸', '큰아들', '작은아들', '첫째', '둘째', '셋째', '큰며느리', '사위'],
  // A crew's, a developers', an event team's, a songwriters' and a building's roles ("운영 지훈:", "백엔드 지석:", "프론트
  // 유라:", "작사가 은하:", "호스트 민영", "경비 권도훈").
  ...['운영', '백엔드', '프론트', '프로듀서', '작사가', '작곡가', '호스트', '경비', '소장', '관리인', '집주인'],
  // A centre's interpreters and volunteers, a dormitory's resident assistant, a brokerage's private banker, a shop's
  // customer service ("통역 Dara:", "봉사자 Grace:", "RA 채윤:", "PB 성유나:", "CS 나래:").
  ...['통역', '통역사', '봉사자', '자원봉사자', 'RA', 'PB', 'CS'],
  // A lodging platform's host and a tour's guide, as its message thread labels them in English ("Host 지훈:", "Guide 민재:").
  ...latinStaffRoles,
]);

/**
 * A team's or a desk's word in a chat marked by its times ("[오전 9:03] 보안팀 나윤:") stands for a role too; a film crew's
 * department or a residents' flat or building does so in any chat ("제작부 세윤:", "연출부 도경:", "402호 김나래:", "201호
 * 용석:", "302동 민경아:").
 */
const teamWord = /^[가-힣]{1,6}(?:팀|부|과|실|센터)$/;
const crewDepartment = /^[가-힣]{1,4}부$/;
const residentsFlat = /^\d{2,4}[호동]$/;

function isSpeakerRole(words: string, prefixed: boolean): boolean {
  return (
    speakerRoles.has(words) ||
    crewDepartment.test(words) ||
    residentsFlat.test(words) ||
    (prefixed && teamWord.test(words)) ||
    isRoleAfterWorkplace(words)
  );
}

/**
 * A shop's, a branch's or a firm's one or two words, then a staff role, as a trade-in's, a store's or a parish's chat names
 * its staff ("그린폰 매니저 여다인:", "동탄점 직원 라온:", "청년부 담당 전도사 양은혜:").
 */
function isRoleAfterWorkplace(words: string): boolean {
  const blank = words.lastIndexOf(' ');
  if (blank < 2 || !isHangulSyllable(words.charCodeAt(0)) || !staffRoles.has(words.slice(blank + 1))) return false;
  const first = words.indexOf(' ');
  return first === blank || (first >= 2 && words.indexOf(' ', first + 1) === blank);
}

const staffRoles: ReadonlySet<string> = new Set([
  ...['상담원', '상담사', '매니저', '점장', '부점장', '직원', '설계사', '코치', '트레이너'],
  // A parish's or a charity's staff after their department or duty ("청년부 담당 전도사 양은혜:" reads "담당 전도사").
  ...['전도사', '목사', '간사'],
  // A carrier's dispatch desk and a firm's customer support ("세종운수 배차 유나영:", "한결의료재단 고객지원 유나래:",
  // "집밥상자 CS 나래:").
  ...['배차', '고객지원', 'CS'],
]);

/** A parent's word after a child's given or full name in a speaker's label: 맘, 엄마, 아빠, 어머님, 아버님. */
const parentWord = /^([가-힣]{2,3})[ \t]?(?:맘|엄마|아빠|어머님|아버님)(?:[ \t]+([가-힣]{3,4}))?$/;

/** The parent's own full name when the label gives it ("시온맘 봉수정"), or else the child's given name. */
function childBeforeParentWord(text: string, span: { start: number; end: number }): { start: number; end: number } | undefined {
  const match = parentWord.exec(text.slice(span.start, span.end));
  if (match === null) return undefined;
  // A team's roster calls a child by the full name as often ("탁건우 엄마:").
  const child = match[1]!;
  // A given name and its 이 before the parent ("서윤이엄마") is read by the search of given names with 이.
  if (child.length === 2 ? !isGivenNameCalledOut(child) : child.endsWith('이') || !isKoreanFullName(child)) return undefined;
  const parent = match[2];
  if (parent !== undefined && isKoreanFullName(parent)) return { start: span.end - parent.length, end: span.end };
  return { start: span.start, end: span.start + child.length };
}

/** Whether the stretch holds a mark of speech (`spokenTurn`), read in place. */
function isSpoken(text: string, span: { start: number; end: number }): boolean {
  for (let at = span.start; at < span.end; at += 1) if (spokenTurn.has(text.charCodeAt(at))) return true;
  return false;
}

/** Where the blanks that end at `end` start, not before `start`. */
function blankStartBefore(text: string, span: { start: number; end: number }): number {
  let end = span.end;
  while (end > span.start && text.charCodeAt(end - 1) === 0x20) end -= 1;
  return end;
}

/** Where the blanks and emoji that end at `end` start, not before `start`: a surrogate, a symbol, a joiner or a selector. */
function decorationStartBefore(text: string, span: { start: number; end: number }): number {
  let end = span.end;
  for (; end > span.start; end -= 1) {
    const code = text.charCodeAt(end - 1);
    const decoration =
      code === 0x20 ||
      code === 0x09 ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (code >= 0x2600 && code <= 0x27bf) ||
      code === 0xfe0f ||
      code === 0x200d;
    if (!decoration) break;
  }
  return end;
}

/** Where the run of Hangul syllables that ends at `end` starts, not before `start`. */
function hangulRunStartWithin(text: string, span: { start: number; end: number }): number {
  let start = span.end;
  while (start > span.start && isHangulSyllable(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** Whether the only thing before the name is one Hangul word and a blank ("신입 ", "팀장 "), or a desk and an underscore ("IT헬프데스크_"). */
function isRoleWordBefore(text: string, at: { lineStart: number; nameStart: number }): boolean {
  if (text.charCodeAt(at.nameStart - 1) === 0x5f) return !/[ \t]/.test(text.slice(at.lineStart, at.nameStart));
  if (text.charCodeAt(at.nameStart - 1) !== 0x20) return false;
  if (hangulRunEndAfter(text, at.lineStart) === at.nameStart - 1 && at.nameStart - 1 > at.lineStart) return true;
  if (staffTeamWord.test(text.slice(at.lineStart, at.nameStart - 1))) return true;
  // A firm's short name of Hangul and capitals ("한전MCS 이정숙"), or a resident's flat ("402호 김나래").
  const word = text.slice(at.lineStart, at.nameStart - 1);
  return (
    firmShortName.test(word) ||
    residentsFlat.test(word) ||
    isRoleAfterWorkplace(word) ||
    speakerRolesInCapitals.has(word) ||
    latinStaffRoles.includes(word)
  );
}

/**
 * A team's or a help desk's word before a staff member's name in a chat, its letters or number perhaps in it ("운영팀",
 * "설계2팀", "IT헬프", "운영진"): the staff of a dating app's, a game's or a fan club's desk speak so.
 */
const staffTeamWord = /^(?=.{2})[A-Z]{0,4}[가-힣]{0,6}\d?(?:팀|센터|헬프|헬프데스크|데스크)$|^(?:운영|제작|의료|임원|간호)진$/;

/** What follows a staff member's name as they introduce themselves or are called ("소피아입니다", "티엔 선생님", "세라예요"). */
const introductionOrCall = /^(?:입니다|이에요|예요|이고요|씨|님|[ \t]?선생님|[ \t]?쌤)/;

/** Whether the name stands outside the speakers' labels as a self-introduction or a call (`introductionOrCall`). */
function isNamedOutsideLabels(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (at > 0 && isHangulSyllable(text.charCodeAt(at - 1))) continue;
    if (introductionOrCall.test(text.slice(at + name.length, at + name.length + 5))) return true;
  }
  return false;
}

/** The roles in capitals a Korean chat writes before its staff's names ("PB 성유나:", "RA 채윤:", "CS 나래:"). */
const speakerRolesInCapitals: ReadonlySet<string> = new Set(['PB', 'RA', 'CS', 'FC', 'PD', 'MD']);

const firmShortName = /^[가-힣]{1,6}[A-Z]{2,5}$/;

/** A full name of three syllables whose given name is of rarer syllables, no place's, everyday or role's word. */
function isRarerFullName(name: string): boolean {
  return (
    name.length === 3 &&
    isPlausibleKoreanName(name) &&
    !placeEndings.has(name.charCodeAt(2)) &&
    !name.endsWith('자') &&
    !isCommonKoreanNoun(name)
  );
}

function isKoreanFullName(name: string): boolean {
  return name.length >= 3 && name.length <= 4 && isPlausibleKoreanName(name) && hasCommonGivenName(name);
}

/** Whether a word between `start` and `end` is a listed first name (the speaker's, or the name after a role). */
function holdsListedFirstName(text: string, span: { start: number; end: number }): boolean {
  for (let wordStart = span.start; wordStart < span.end;) {
    let wordEnd = wordStart;
    while (wordEnd < span.end && isLetter(text.charCodeAt(wordEnd))) wordEnd += 1;
    if (wordEnd > wordStart + 2 && isListedFirstName(text.slice(wordStart, wordEnd))) return true;
    wordStart = wordEnd + 1;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const joinedGivenName = /-[A-Z][a-zà-öø-ÿ]{1,14}$/;

/** A listed first name, alone or with a surname or an initial ("Jiwon", "Chidinma Okeke", "Priya S."). */
function isLatinSpeaker(name: string): boolean {
  const blank = name.search(/[ \t]/);
  // A given name joined from two ("Jean-Luc", "Anne-Sophie") is listed by its first part.
  const first = (blank === -1 ? name : name.slice(0, blank)).replace(joinedGivenName, '');
  return /^[A-Z][a-z]+$/.test(first) && isListedFirstName(first) && !firstNamesThatAreWords.has(first);
}

/** Whether the given name that speaks in `turn` opens another turn too. */
function speaksAgain(text: string, turns: readonly Turn[], turn: Turn): boolean {
  const name = text.slice(turn.speaker!.start, turn.speaker!.end);
  const others = new Set<string>();
  for (const other of turns) {
    if (other === turn || other.speaker === undefined) continue;
    const otherName = text.slice(other.speaker.start, other.speaker.end);
    if (otherName === name) return true;
    if (isHangulSyllable(otherName.charCodeAt(0)) && endsInSpeech(text, other)) others.add(otherName);
  }
  // A group chat of three voices or more, each named in Hangul and each ending its line as people talk, answers for each of
  // them ("소라: 헉 깜빡했어 오늘 보낼게!\n혜진: 나 이번달 좀 늦어 ㅠ\n은정: 웅웅 괜찮아~"); a form's fields end in their
  // values ("원인: 금형 교체 중 파손", "빈소: ○○장례식장 3호실").
  if (others.size >= 2 && isHangulSyllable(name.charCodeAt(0)) && endsInSpeech(text, turn)) return true;
  return isFullNameAmongTalkers(text, { turns, turn, name });
}

/**
 * Whether a full name that speaks once, its figures rather than a sentence, does so in a group of three voices or more where
 * another member named for certain talks ("편해솔 감독: 다들 주민번호 필요해요\n차은결: 040826-… / 국민 …"): a team's, a
 * crew's or a family's chat, whose members answer a request with their values; a form's labels never talk. A word that ends
 * as a form's field does is no member's name ("정산일:", "빈소명:", "조식비:").
 */
function isFullNameAmongTalkers(text: string, at: { turns: readonly Turn[]; turn: Turn; name: string }): boolean {
  if (at.name.length !== 3 || !isKoreanFullName(at.name) || fieldEndings.has(at.name.charCodeAt(2))) return false;
  const group = talkersOf(text, at.turns);
  // Another member than this name talks.
  return group.voices >= 3 && (group.talkers.size > 1 || (group.talkers.size === 1 && !group.talkers.has(at.name)));
}

/** The chat's voices and the names that talk, read once for the turns of the last text. */
let lastTalkers: { turns: readonly Turn[]; voices: number; talkers: ReadonlySet<string> } | undefined;

function talkersOf(text: string, turns: readonly Turn[]): { voices: number; talkers: ReadonlySet<string> } {
  if (lastTalkers?.turns === turns) return lastTalkers;
  const voices = new Set<string>();
  const talkers = new Set<string>();
  for (const turn of turns) {
    if (turn.labelStart !== undefined) voices.add(text.slice(turn.labelStart, turn.wordsStart - 1).trim());
    if (turn.speaker === undefined || turn.needsSecondTurn === true) continue;
    if (isSpoken(text, { start: turn.wordsStart, end: turn.lineEnd })) talkers.add(text.slice(turn.speaker.start, turn.speaker.end));
  }
  lastTalkers = { turns, voices: voices.size, talkers };
  return lastTalkers;
}

/** The last syllables of a form's fields that read as full names: a name's, a day's, a cost's, a place's and a kind's. */
const fieldEndings: ReadonlySet<number> = new Set([...'명일비지종'].map((syllable) => syllable.charCodeAt(0)));

/** Whether the turn's line ends in a mark of speech (`spokenTurn`) or an emoji, after trailing blanks. */
function endsInSpeech(text: string, turn: Turn): boolean {
  let end = turn.lineEnd;
  while (end > turn.wordsStart && /\s/.test(text.charAt(end - 1))) end -= 1;
  const last = text.charCodeAt(end - 1);
  return end > turn.wordsStart && (spokenTurn.has(last) || casualEnding.has(last) || (last >= 0xdc00 && last <= 0xdfff));
}

/** The plain endings of talk among friends and family ("보낼게", "늦어", "괜찮아", "그치", "가자"). */
const casualEnding: ReadonlySet<number> = new Set([...'게어아지야래냐자해'].map((character) => character.charCodeAt(0)));

function finding(text: string, span: { start: number; end: number }): PiiFinding {
  return { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.7, recognizer: speakerNameRecognizerName };
}
