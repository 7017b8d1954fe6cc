// Short answers to a question for a name ("김영희요", "It's Kevin."): real names, and everyday nouns and replies in the
// same frames, each scanned as the guard scans a message that follows such a question.
import { koreanSurnames } from './values/people.ts';

const koreanGiven = ['민준', '서연', '지훈', '하은', '영희', '철수', '지우', '수빈', '현우', '미경'];
/** Whether the name ends in a final consonant, which takes 이요 where a vowel takes 요. */
const closed = (name: string) => (name.charCodeAt(name.length - 1) - 0xac00) % 28 !== 0;
const koreanFrames: ReadonlyArray<(name: string) => string> = [
  (name) => `${name}요`.replace(/^(.*[^\s])요$/, (_, base: string) => (closed(base) ? `${base}이요` : `${base}요`)),
  (name) => `네, ${name}입니다`,
  (name) => `${name}${closed(name) ? '이에요' : '예요'}`,
];
const englishNames = ['Kevin Lee', 'Sarah Kim', 'Jessica', 'Carlos Garcia', 'Priya Raman', 'Tom'];
const englishFrames: ReadonlyArray<(name: string) => string> = [(name) => name, (name) => `It's ${name}.`, (name) => `sure, ${name}`];
/** Answers that are not names: a product, a question back, a refusal, a number. */
const notNames = [
  ...['정수기요', '소고기요', '고지서요', '네', '왜요?', '말하기 싫어요', '주문번호 20241128', '배송 언제 와요?', '이번 달 요금이요'],
  ...['Not sure', 'Why do you need it?', 'Order 12345', 'I want a refund', 'no thanks', 'Premium Plan'],
];

/**
 * @example
 * nameAnswerCases().names[0]; // { text: '김민준요', name: '김민준' }
 */
export function nameAnswerCases(): { names: Array<{ text: string; name: string }>; notNames: string[] } {
  const korean = koreanSurnames
    .filter((surname) => surname.length === 1)
    .slice(0, 20)
    .flatMap((surname) => koreanGiven.map((given) => surname + given));
  return {
    names: [
      ...korean.flatMap((name) => koreanFrames.map((frame) => ({ text: frame(name), name }))),
      ...englishNames.flatMap((name) => englishFrames.map((frame) => ({ text: frame(name), name }))),
    ],
    notNames,
  };
}
