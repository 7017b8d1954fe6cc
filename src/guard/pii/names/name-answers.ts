// A name given as the whole answer to a question that asked for it ("성함이 어떻게 되세요?" → "김영희요", "May I have your
// name?" → "Sarah Kim"): alone, "김영희요" reads like any noun, so only the question before it makes it a name.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { latinNameAfter, lowerCaseNameAfter } from './latin-name.ts';

export const nameAnswerRecognizerName = 'name-answer';

/** Longer messages are sentences, which the context searches read; an answer is a name and a few words around it. */
const longestAnswer = 40;

const koreanNameWord = /성함|이름|성명|실명|예약자\s*(?:분\s*)?(?:성함|이름|명)|가입자\s*(?:성함|이름|명)|명의자|보호자\s*(?:성함|이름)/;
// A desk's shorthand asks too, the name and another detail with 요 ("성함이랑 연락처요.", "성함하고 생년월일요").
const koreanAsking =
  /\?|어떻게|알려|말씀|부탁|확인|여쭤|여쭙|뭐|무엇|입력|적어|불러|해\s*주세요|해\s*주시|(?:성함|이름)(?:이랑|하고)\s*[가-힣]{2,6}요/;
// A hotline's counsellor asks a frightened caller only what to call them ("What name can I call you?").
const englishAsking =
  /\b(?:your|the (?:caller|customer|patient|account holder|cardholder)'?s?) (?:full |first |last )?name\b|\bwho (?:am I|I am) (?:speaking|talking|chatting) (?:with|to)\b|\bwhom? do I have the pleasure\b|\bname (?:on|for) (?:the|your) (?:account|booking|reservation|order|card)\b|\bwhat (?:name )?(?:can|could|should|shall|may|do) (?:I|we) call you\b/i;

/**
 * Whether a message (an assistant's) asks for the other person's name.
 *
 * @example
 * asksForName('본인 확인을 위해 성함을 말씀해 주세요'); // true
 * asksForName('May I have your full name, please?'); // true
 * asksForName('이름표는 매장에서 드려요'); // false
 */
export function asksForName(message: string): boolean {
  if (koreanNameWord.test(message) && koreanAsking.test(message)) return !/이름표|이름으로 된 상품/.test(message);
  return englishAsking.test(message);
}

// What may stand around the name in an answer: a "yes", "저는", "제 이름은", "my name is", "it's", and a copula or 요 after it.
const koreanAnswer =
  /^[\s"'“‘]*(?:(?:네|예)[,.!\s]*)?(?:(?:저는|전|제 이름은|이름은|성함은|예약자(?:명은| 이름은)?)\s*)?([\uac00-\ud7a3]{2,4}?)(?:이에요|예요|입니다|이요|요|이고요|인데요|이라고 합니다|라고 합니다|이라고 해요|라고 해요)?[\s.,!~"'”’]*$/d;
/**
 * A full name that opens an answer and goes on to the other details asked for, joined by "and" as Koreans say it ("송재희고요
 * 010-…", "안민준이고 이메일은 …"): the name needs three syllables or four, as the words after it are no part of it.
 */
const koreanAnswerGoingOn =
  /^[\s"'“‘]*(?:(?:네|예)[,.!\s]*)?(?:(?:저는|전|제 이름은|이름은|성함은)\s*)?([\uac00-\ud7a3]{3,4}?)(?:이고요|고요|이고|이구요|구요)[ \t,]/d;
const latinAnswerStart =
  /^[\s"'“‘]*(?:(?:yes|yeah|yep|sure|ok|okay)[,.!\s]+)?(?:(?:it'?s|it is|i'?m|i am|my name is|this is|the name is)\s+)?/i;

/**
 * The name a short message gives as its whole answer; the caller asks only where the message before it asked for a name
 * (`asksForName`).
 *
 * @example
 * findNameAnswer('김영희요').map((finding) => finding.text); // ['김영희']
 * findNameAnswer("It's Sarah Kim.").map((finding) => finding.text); // ['Sarah Kim']
 * findNameAnswer('배송 언제 와요?'); // []
 */
export function findNameAnswer(text: string): PiiFinding[] {
  const goingOn = koreanAnswerGoingOn.exec(text)?.indices?.[1];
  if (goingOn !== undefined) {
    const candidate = text.slice(goingOn[0], goingOn[1]);
    if (isPlausibleKoreanName(candidate) && !isCommonKoreanNoun(candidate)) return [answer(text, goingOn[0], goingOn[1])];
  }
  if (text.length > longestAnswer) return [];
  const korean = koreanAnswer.exec(text);
  const span = korean?.indices?.[1];
  if (korean !== null && span !== undefined) {
    const candidate = text.slice(span[0], span[1]);
    return isPlausibleKoreanName(candidate) && !isCommonKoreanNoun(candidate) ? [answer(text, span[0], span[1])] : [];
  }
  const opening = latinAnswerStart.exec(text);
  const start = opening === null ? 0 : opening[0].length;
  // A call's speech-to-text writes the name in lower case ("yeah it's linda hargreaves"): a listed first name then.
  const name = latinNameAfter(text, { start, allowUppercase: true }) ?? lowerCaseNameAfter(text, { start });
  if (name === undefined || !/^[\s.!"'”’]*$/.test(text.slice(name.end))) return [];
  return [answer(text, name.start, name.end)];
}

function answer(text: string, start: number, end: number): PiiFinding {
  return { type: 'PERSON', start, end, text: text.slice(start, end), score: 0.75, recognizer: nameAnswerRecognizerName };
}

/** `findNameAnswer` as a recogniser, for `scanPii` to run when the text answers a question for a name. */
export const nameAnswerRecognizer: PiiRecognizer = {
  name: nameAnswerRecognizerName,
  types: ['PERSON'],
  find: (text) => findNameAnswer(text),
};
