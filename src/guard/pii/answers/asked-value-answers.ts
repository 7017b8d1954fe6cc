// The identifier a turn gives in answer to the turn before it that asked for one: "AGENT: And the three digits on the
// back?\nCALLER: 307.", "상담원: 건강보험증 번호 아시면 말씀해 주세요.\n민원인: 5-1048273915요." Alone, "307" or a run of
// letters and digits is anything; the question is the label it lacks, and the value must still have that type's shape.
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { turnsIn, type Turn } from '../names/speaker-names.ts';
import { hasShapeOf } from '../value-shapes.ts';
import { isHangulSyllable } from '../names/hangul.ts';
import { spelledDigitOf } from '../plain-forms.ts';
import { readKoreanSpokenDates, readSpokenDate } from '../spoken-dates.ts';
import { spelledGroupsOf } from '../spelled-english-numbers.ts';
import { koreanSpokenExpiries } from './korean-spoken-expiries.ts';
import {
  andAfterSpeaker,
  askableTypes,
  askedTypes,
  askedWordPiece,
  askingPiece,
  typesNamedIn,
  typesOfNumberAskedAfter,
} from './asked-types.ts';

const recognizerName = 'asked-value';
/** An answer is a value and a few words around it; a longer turn is read by the labelled recognisers. */
const longestAnswer = 120;
/** How many parts of an answer are read ("Harpreet Singh Gill, 1979-08-02."). */
const partsRead = 4;

/**
 * Where an answer's parts meet: a comma, a question mark, a sentence's end (not a label's "no."), " / ", "and" (이랑,
 * 하고).
 */
const partBreak = /\s*(?:[,;!?？]|\s\/(?=\s)|(?<!\b[Nn]o)\.(?=\s|$)|\s(?:and|or|이랑|하고|그리고)(?=\s))\s*/g;
/** Where the number asked for is printed, before it: "진료카드에 있는 번호", "카드에 적힌 번호는", "진료카드에 적힌 거", "진료카드에 …". */
const printedNumberLead = String.raw`(?:[가-힣]{1,8}에(?:서)?\s*)?(?:있는|적힌|나온|나와\s*있는)\s*(?:번호(?:는|가)?|거|것)|[가-힣]{1,8}에(?=\s+\d|\s*$)`;
const printedNumberLeadAlone = new RegExp(String.raw`^\s*(?:${printedNumberLead})\s*$`);
/** What opens an answer before its value: a yes, "it's", "my number is", "steam is", 네, "제 번호는", "진료카드에 있는 번호". */
const leadingWords = new RegExp(
  String.raw`^(?:(?:yes|yeah|yep|yup|sure|ok|okay|oh(?![ \t,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)|um|uhm|uh|erm|ah|no|nope|right|so|and|hi|hello|try|maybe|the(?=\s+\d)|it'?s|it is|it says|it reads|says|reads|that'?s|that is|this is|mine is|(?:my|the|his|her) [a-z ]{1,24} is|[a-z]{2,12} is|[a-z]{2,12} no\.?(?: is)?|[a-z]{2,12} number is|네|예|아|음|어|그게|제 [가-힣 ]{1,10}[은는]|[가-힣]{1,6}[은는]|${printedNumberLead})(?:[\s,.:!]+|$))+`,
  'i',
);

/**
 * Values given in answer: for each turn that asks for identifiers (`askedTypes`), the turn right after it from another
 * speaker, part by part, each part taken as the first asked type whose shape it has. 0.85.
 *
 * @example
 * askedValueRecognizer.find('AGENT: And the three digits on the back?\nCALLER: 307.', {})[0]?.type; // 'CARD_CVV'
 */
export const askedValueRecognizer: PiiRecognizer = {
  name: recognizerName,
  types: askableTypes,
  mightMatch: mayHoldAskedValue,
  find: (text) => [...findAskedValues(text)],
};

/**
 * Whether `text` may hold a value given in answer: a line break, a turn that asks, two turns and a word that names an
 * identifier; the cheap test before the search.
 */
export function mayHoldAskedValue(text: string): boolean {
  return (
    hasFeatures(textFeatures(text), textFeature.lineBreak) &&
    (askingPiece.test(text) || andAfterSpeaker.test(text)) &&
    turnsIn(text).length > 0 &&
    askedWordPiece.test(text) &&
    findAskedValues(text).length > 0
  );
}

const findAskedValues = rememberLastText((text: string): readonly PiiFinding[] => {
  const turns = withUnlabelledQuestions(text, turnsIn(text));
  const findings: PiiFinding[] = [];
  const cardSpokenOf = /card|카드|CV[VC]/i.test(text);
  for (let index = 1; index < turns.length; index += 1) {
    const question = turns[index - 1]!;
    const answer = turns[index]!;
    if (!isReplyTo(text, { question, answer })) continue;
    const questionWords = text.slice(question.wordsStart, question.lineEnd);
    let asked = askedTypes(questionWords, { cardSpokenOf });
    // "What's the new number?" after "I need to update my passport number": the turn before the question names it.
    const before = turns[index - 2];
    if (asked.length === 0 && before !== undefined)
      asked = typesOfNumberAskedAfter(questionWords, text.slice(before.wordsStart, before.lineEnd), { cardSpokenOf });
    if (asked.length > 0) readAnswer(text, { answer, asked, findings, nameFirst: asksNetworkNameFirst(questionWords, asked) });
  }
  return findings;
});

/**
 * The values that `text`, a whole message, gives in answer to a message before it that asked for `asked` (`askedTypes`):
 * its first line read as an answer turn is ("312847596", "M29045713 입니다", "sure it's PA4417829, expiry 19 Jan 2034").
 * A longer message is left to the labelled recognisers, as a long turn is.
 *
 * @example
 * valuesGivenInAnswer('M29045713 입니다', ['PASSPORT'])[0]?.text; // 'M29045713'
 */
export function valuesGivenInAnswer(text: string, asked: readonly PiiType[]): PiiFinding[] {
  const lineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  let wordsStart = 0;
  while (wordsStart < lineEnd && isOpening(text.charCodeAt(wordsStart))) wordsStart += 1;
  const findings: PiiFinding[] = [];
  if (lineEnd - wordsStart > longestAnswer || asked.length === 0) return findings;
  readAnswer(text, { answer: { lineStart: 0, wordsStart, lineEnd }, asked, findings });
  return findings;
}

/**
 * The turns, each with the line before it when no speaker opens that line: a message asks, unlabelled, and the reply
 * comes with its sender ("Hi Jiwon, … 여권번호만 먼저 보내주셔도 돼요.\n> Jiwon: 네! M29045713 입니다.").
 */
function withUnlabelledQuestions(text: string, turns: readonly Turn[]): readonly Turn[] {
  let all: Turn[] | undefined;
  for (let index = 0; index < turns.length; index += 1) {
    const turn = turns[index]!;
    const question = unlabelledLineBefore(text, { turn, previousEnd: index === 0 ? -1 : turns[index - 1]!.lineEnd });
    if (question !== undefined) (all ??= turns.slice(0, index)).push(question);
    all?.push(turn);
  }
  return all ?? turns;
}

/** The line before `turn`, blank lines aside, when it is not the turn before (which ends at `previousEnd`). */
function unlabelledLineBefore(text: string, at: { turn: Turn; previousEnd: number }): Turn | undefined {
  let lineEnd = at.turn.lineStart - 1;
  while (lineEnd > 0 && text.charCodeAt(lineEnd - 1) === 0x0a) lineEnd -= 1;
  if (lineEnd <= at.previousEnd || lineEnd <= 0) return undefined;
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  if (lineStart <= at.previousEnd || text.slice(lineStart, lineEnd).trim() === '') return undefined;
  return { lineStart, wordsStart: lineStart, lineEnd };
}

/** Whether `answer` is the next line after `question`, blank lines aside, and another speaker's. */
function isReplyTo(text: string, turns: { question: Turn; answer: Turn }): boolean {
  const { question, answer } = turns;
  if (answer.lineEnd - answer.wordsStart > longestAnswer || text.slice(question.lineEnd, answer.lineStart).trim() !== '') return false;
  return text.slice(question.lineStart, question.wordsStart).trim() !== text.slice(answer.lineStart, answer.wordsStart).trim();
}

/**
 * A network's name asked before its password ("the new wifi – name and password?", "SSID and key?"): an answer of two parts
 * gives the name first, which is the router's and no secret ("VM4471823 / rpZ8kdmFx2tq").
 */
const networkNameThenPassword = /\b(?:name|SSID|network)[ \t]+(?:and|&|\/)[ \t]+(?:the[ \t]+)?(?:password|pass(?:word)?|key|pw)\b/i;

/** Whether the question asks a network's name, then its password, and no login. */
function asksNetworkNameFirst(questionWords: string, asked: readonly PiiType[]): boolean {
  return !asked.includes('USERNAME') && asked.includes('PASSWORD') && networkNameThenPassword.test(questionWords);
}

function readAnswer(text: string, reply: { answer: Turn; asked: readonly PiiType[]; findings: PiiFinding[]; nameFirst?: boolean }): void {
  const { answer, asked, findings } = reply;
  const words = text.slice(answer.wordsStart, answer.lineEnd);
  // "1985년 3월 12일이요", "87년 11월 2일이요": a date in digits and Korean units, which a part's value would cut at 년.
  const written = asked.includes('DATE_OF_BIRTH') ? koreanWrittenDate.exec(words) : null;
  if (written !== null) {
    findings.push(
      createFinding({
        type: 'DATE_OF_BIRTH',
        text: written[0],
        start: answer.wordsStart + written.index,
        score: 0.85,
        recognizer: recognizerName,
      }),
    );
    return;
  }
  const expiries = asked.includes('CARD_EXPIRY') ? koreanSpokenExpiries(words) : [];
  if (expiries.length > 0) {
    for (const expiry of expiries)
      findings.push(
        createFinding({
          type: 'CARD_EXPIRY',
          text: expiry.text,
          start: answer.wordsStart + expiry.start,
          score: 0.85,
          recognizer: recognizerName,
        }),
      );
    return;
  }
  const spoken = spokenDateAnswer(words, asked);
  if (spoken !== undefined) {
    findings.push(createFinding({ ...spoken, start: answer.wordsStart + spoken.start, score: 0.85, recognizer: recognizerName }));
    return;
  }
  const grouped = numberInGroupsAnswer(words, asked);
  if (grouped !== undefined) {
    findings.push(createFinding({ ...grouped, start: answer.wordsStart + grouped.start, score: 0.85, recognizer: recognizerName }));
    return;
  }
  const said = koreanDigitWordAnswers(words, asked);
  if (said.length > 0) {
    for (const value of said)
      findings.push(createFinding({ ...value, start: answer.wordsStart + value.start, score: 0.85, recognizer: recognizerName }));
    return;
  }
  let partStart = 0;
  // The answer's own question before a part names what that part gives ("… 건강보험증 번호도 필요하세요? 62814093357 예요").
  let offered: readonly PiiType[] = asked;
  partBreak.lastIndex = 0;
  for (let part = 0; part < partsRead && partStart < words.length; part += 1) {
    const separator = partBreak.exec(words);
    const partEnd = separator === null ? words.length : separator.index;
    const value = valueIn(words, { start: partStart, end: partEnd });
    // A later part that names its own item is another value ("A03918274 요. 신청번호는 K250708A3391 이에요").
    const before = value === undefined ? '' : words.slice(partStart, value.start);
    const namesOwnItem = part > 0 && /[가-힣]/.test(before) && !printedNumberLeadAlone.test(before);
    const networkName = reply.nameFirst === true && part === 0 && separator !== null;
    if (value !== undefined && !namesOwnItem && !networkName) {
      // The value may come with words after it ("70 4418 2963 is the membership number", "943 476 5870 i think").
      const head = identifierHead.exec(value.text)?.[0];
      const wordsAfterHead = head !== undefined && /^[ \t]+[A-Za-z]/.test(value.text.slice(head.length));
      const text =
        asked.some((candidate) => fitsAnswer(candidate, value.text)) || head === undefined || !wordsAfterHead ? value.text : head;
      // The answer's own word before the value names which of the asked items it gives ("username is quietfern_92" after a
      // question for the password and the username).
      const namedBefore = before === '' ? [] : typesNamedIn(before).filter((candidate) => asked.includes(candidate));
      const type =
        residentTypeOf(text, asked) ??
        [...namedBefore, ...offered].find((candidate) => fitsAnswer(candidate, text)) ??
        spokenTypeOf(value.text, asked);
      if (type !== undefined)
        findings.push(createFinding({ type, text, start: answer.wordsStart + value.start, score: 0.85, recognizer: recognizerName }));
      else addNumberAfterIssuer(findings, { value, asked, wordsStart: answer.wordsStart });
    }
    if (separator === null) break;
    const ownQuestion = /[?？]/.test(separator[0]) ? typesNamedIn(words.slice(partStart, partEnd)) : [];
    offered = ownQuestion.length > 0 ? [...ownQuestion, ...asked] : asked;
    partStart = separator.index + separator[0].length;
  }
}

/** A state or a country that issued a licence or a passport, named before its number ("Illinois W452-7018-3396"). */
const issuerBefore = /^[A-Z][a-z]{2,14}(?:[ \t][A-Z][a-z]{2,14})?[ \t]+(?=[A-Z\d])/;
const issuedTypes: readonly PiiType[] = ['DRIVER_LICENSE', 'PASSPORT'];

/** The number after its issuer's name, as an answer to "your CDL number and state?" gives it, when a licence or a passport was asked. */
function addNumberAfterIssuer(
  findings: PiiFinding[],
  answer: { value: { start: number; text: string }; asked: readonly PiiType[]; wordsStart: number },
): void {
  const issuer = issuerBefore.exec(answer.value.text)?.[0];
  if (issuer === undefined) return;
  const text = answer.value.text.slice(issuer.length);
  // The number itself, not its label after the state ("Alabama DL 7349201", which the licence's search reads).
  if (!/^[A-Z]{0,2}\d/.test(text)) return;
  const type = issuedTypes.find((candidate) => answer.asked.includes(candidate) && fitsAnswer(candidate, text));
  if (type === undefined) return;
  const start = answer.wordsStart + answer.value.start + issuer.length;
  findings.push(createFinding({ type, text, start, score: 0.85, recognizer: recognizerName }));
}

/**
 * Korean digit words in groups apart by blanks or by 다시, the hyphen read out, as speech-to-text writes a number ("칠팔
 * 공이 공구", "삼칠 오이 팔공 사", "구삼공육일사 다시 일팔이이 팔육공"), up to an ending (요, 이요, 입니다) or a blank.
 */
const koreanDigitWordGroups =
  /(?<![가-힣A-Za-z0-9])[0-9공영일이삼사오육칠팔구]{1,7}(?:[ \t]+(?:다시[ \t]+)?[0-9공영일이삼사오육칠팔구]{1,7})*(?=(?:이요|요|이에요|예요|입니다|이고요|고요)?(?:[ \t.,!~]|$))/g;
/** A number said is read from this many digits: a birth date's six, fewer being any word's syllables ("이사", "오일"). */
const fewestSaidDigits = 6;

/**
 * Numbers an answer reads out in Korean digit words, each taken as the first asked type whose shape its digits have; a
 * number said again after a correction is a second value ("삼칠 오이 팔공 일 아 아니다 … 삼칠 오이 팔공 사 요"). A last 이
 * before 요 is the copula, not a two ("공일 이팔사구오공 이요").
 */
function koreanDigitWordAnswers(words: string, asked: readonly PiiType[]): { type: PiiType; start: number; text: string }[] {
  const values: { type: PiiType; start: number; text: string }[] = [];
  koreanDigitWordGroups.lastIndex = 0;
  for (let match = koreanDigitWordGroups.exec(words); match !== null; match = koreanDigitWordGroups.exec(words)) {
    let text = match[0];
    // Digits alone are read as the answer's parts are; a number half in digits is one a filter turned back ("사팔일이 0669 …").
    if (!/[공영일이삼사오육칠팔구]/.test(text)) continue;
    if (text.endsWith('이') && words.charAt(match.index + text.length) === '요') text = text.slice(0, -1).trimEnd();
    // 다시 ("again") is how a hyphen is read out: "일일 다시 일구 다시 …" is 11-19-….
    const said = text.replace(/[ \t]+다시[ \t]+/g, '-');
    const digits = said.replace(/[^0-9공영일이삼사오육칠팔구]/g, '').replace(/./g, (syllable) => koreanDigitValue(syllable));
    if (digits.length < fewestSaidDigits) continue;
    const grouped = said.replace(/[공영일이삼사오육칠팔구]/g, (syllable) => koreanDigitValue(syllable)).replace(/[ \t]+/g, ' ');
    // A birth date asked for with a PIN is the date when its digits read as one ("칠오 공팔 이팔": 750828).
    const birthDate = asked.includes('DATE_OF_BIRTH') && hasShapeOf('DATE_OF_BIRTH', digits) ? 'DATE_OF_BIRTH' : undefined;
    const type = birthDate ?? asked.find((candidate) => hasShapeOf(candidate, grouped) || hasShapeOf(candidate, digits));
    if (type !== undefined) values.push({ type, start: match.index, text });
  }
  return values;
}

function koreanDigitValue(syllable: string): string {
  return String(spelledDigitOf(syllable.charCodeAt(0)) ?? syllable);
}

/** A date in digits with 년, 월 and 일, its year in two digits or four. */
const koreanWrittenDate = /(?<!\d)(?:19|20)?\d{2}년\s*(?:1[0-2]|0?[1-9])월\s*(?:3[01]|[12]\d|0?[1-9])일/;

const trailingHedge = /\s+(?:i think|i guess|i believe|probably|maybe)$/i;

/**
 * The value a part holds: its words after a yes or "it's", up to the first Hangul after it ("670604에 1이요",
 * "P8472913A 필리핀 여권이야"), blanks and closing marks aside.
 */
function valueIn(words: string, part: { start: number; end: number }): { start: number; text: string } | undefined {
  let start = part.start;
  while (start < part.end && isOpening(words.charCodeAt(start))) start += 1;
  const lead = leadingWords.exec(words.slice(start, part.end));
  if (lead !== null) start += lead[0].length;
  while (start < part.end && isOpening(words.charCodeAt(start))) start += 1;
  let end = part.end;
  for (let at = start + 1; at < end; at += 1)
    if (isHangulSyllable(words.charCodeAt(at))) {
      end = at;
      break;
    }
  while (end > start && /[\s"'”’).!~]/.test(words[end - 1]!)) end -= 1;
  // A doubt said after the value ("31027755 i think") is no part of it.
  const hedge = trailingHedge.exec(words.slice(start, end));
  if (hedge !== null) end = start + hedge.index;
  return end > start ? { start, text: words.slice(start, end) } : undefined;
}

/**
 * A date said in words as the whole first sentence of an answer to a question for a date of birth or a card's expiry
 * ("Second of October, nineteen seventy-nine.", "Eleven twenty-eight."): its span and the type asked.
 */
function spokenDateAnswer(words: string, asked: readonly PiiType[]): { type: PiiType; start: number; text: string } | undefined {
  const birth = asked.includes('DATE_OF_BIRTH');
  if (!birth && !asked.includes('CARD_EXPIRY')) return undefined;
  // "오정숙이고요 육십팔년 삼월 십사일이요": a Korean caller's date in words, after the name asked for with it.
  const korean = birth ? readKoreanSpokenDates(words)[0] : undefined;
  if (korean !== undefined) return { type: 'DATE_OF_BIRTH', start: korean.start, text: words.slice(korean.start, korean.end) };
  const sentenceEnd = words.search(/[.!?](?:\s|$)/);
  const end = sentenceEnd === -1 ? words.length : sentenceEnd;
  const value = valueIn(words, { start: 0, end });
  if (value === undefined || !/[a-z]/i.test(value.text)) return undefined;
  const date = readSpokenDate(value.text);
  if (date === undefined) return birth ? spokenBirthDateAfterComma(words, end) : undefined;
  if (date.day !== undefined) return birth ? { type: 'DATE_OF_BIRTH', ...value } : undefined;
  return asked.includes('CARD_EXPIRY') ? { type: 'CARD_EXPIRY', ...value } : undefined;
}

/** The most digits a speaker says between two pauses. */
const longestSpokenGroup = 5;

/**
 * A number read out in groups apart by commas as the whole first sentence of an answer, in digits or in words ("8 0 3 3,
 * 2 1 9 4, 0 6", "four, oh, eight"): the commas are the speaker's pauses, not breaks between the answer's parts.
 */
function numberInGroupsAnswer(words: string, asked: readonly PiiType[]): { type: PiiType; start: number; text: string } | undefined {
  const sentenceEnd = words.search(/[.!?](?:\s|$)/);
  const value = valueIn(words, { start: 0, end: sentenceEnd === -1 ? words.length : sentenceEnd });
  // Digits said one by one with no pause are one group of any length ("seven seven one", "two zero eight one").
  const digitWordsOnly = value !== undefined && onlyDigitWords.test(value.text);
  if (value === undefined || (!value.text.includes(',') && !digitWordsOnly)) return undefined;
  const groups = spelledGroupsOf(value.text, { words: 0, digits: 3 })?.split(' ');
  // Each group as short as a pause leaves it: "00918263, 30/11/2001" is two values.
  if (groups === undefined || (!digitWordsOnly && groups.some((group) => group.length > longestSpokenGroup))) return undefined;
  const digits = groups.join('');
  const type = asked.find((candidate) => hasShapeOf(candidate, digits));
  return type === undefined ? undefined : { type, ...value };
}

/**
 * The asked type a part said in words has: a CVV's or a PIN's digits one by one ("six one two"), or a card's
 * expiry as a month and a year ("oh eight twenty seven"), where the answer gives several values apart by "and".
 */
function spokenTypeOf(value: string, asked: readonly PiiType[]): PiiType | undefined {
  if (!/^[a-z]/i.test(value)) return undefined;
  if (onlyDigitWords.test(value)) {
    const digits = spelledGroupsOf(value, { words: 0, digits: 3 })?.replaceAll(' ', '');
    // Only a code this short: a longer identifier's digits in one part are a piece of it ("M-O-R-G-A, eight five two …").
    if (digits !== undefined) return asked.find((candidate) => shortSpokenCodes.has(candidate) && hasShapeOf(candidate, digits));
  }
  const date = asked.includes('CARD_EXPIRY') ? readSpokenDate(value) : undefined;
  return date !== undefined && date.day === undefined ? 'CARD_EXPIRY' : undefined;
}

const shortSpokenCodes: ReadonlySet<PiiType> = new Set(['CARD_CVV', 'PASSWORD']);

/** A registration number's whole shape, a birth date and seven digits: a health card asked with it has another. */
const residentNumberShape = /^\d{6}[- ]?[1-8]\d{6}$/;

/** A resident's or a foreigner's registration number, when the question asked for one and the value has its shape. */
function residentTypeOf(value: string, asked: readonly PiiType[]): PiiType | undefined {
  if (!residentNumberShape.test(value)) return undefined;
  return asked.find((candidate) => (candidate === 'RRN' || candidate === 'FRN') && hasShapeOf(candidate, value));
}

/** Digit words alone, one by one ("seven seven one", "oh eight one"). */
const onlyDigitWords = /^(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[ \t,-]+|$))+$/i;

/** A birth date said after the name a request asked for with it ("Sarah Louise Morgan, eleventh of June seventy-five."). */
function spokenBirthDateAfterComma(words: string, end: number): { type: PiiType; start: number; text: string } | undefined {
  const comma = words.indexOf(',');
  if (comma === -1 || comma > end) return undefined;
  const value = valueIn(words, { start: comma + 1, end });
  if (value === undefined || readSpokenDate(value.text)?.day === undefined) return undefined;
  return { type: 'DATE_OF_BIRTH', ...value };
}

/** An identifier at the start of an answer's part: capitals, digits and hyphens, groups apart by single blanks. */
const identifierHead = /^[A-Z0-9](?:[A-Z0-9-]|[ \t](?=[A-Z0-9]))*(?![a-z])/;

/** A blank, a quote or an opening bracket before a value. */
function isOpening(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x28;
}

const otherValueLabel = /^(?:DOB|D\.O\.B\.?|SSN|PIN|VIN|MRN|NHS|IMEI|IBAN)[ \t:]/i;

/** A login name or a password given in answer holds a digit or a mark: "Nope" or "Yes please" is no answer of either. */
function fitsAnswer(type: PiiType, value: string): boolean {
  if ((type === 'USERNAME' || type === 'PASSWORD') && !/[\d_.@#!$%]/.test(value)) return false;
  // A part that opens with another value's label gives that value ("DL no. MH12 20110034567. DOB 12-08-1992").
  if (otherValueLabel.test(value)) return false;
  return hasShapeOf(type, value);
}
