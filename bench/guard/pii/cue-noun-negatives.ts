// Hard negatives and positives for the weak Korean name cues (a copula, 예요 after a vowel, a service verb, a dative, a relative, words of holding, brackets,
// 라고, 님): everyday three-syllable nouns that read like a surname and a given name ("소비자입니다", "정수기인데요"), and
// real names in the same frames, so that refusing the nouns is seen to cost no names.
import { koreanSurnames } from './values/people.ts';

/** Whether the word ends in a final consonant, which takes 이 (이라고, 이) where a vowel takes none (라고, 가). */
const closed = (word: string) => (word.charCodeAt(word.length - 1) - 0xac00) % 28 !== 0;
const frames: ReadonlyArray<(word: string) => string> = [
  (word) => `${word}입니다`,
  (word) => `${word}인데요 확인 부탁드려요`,
  (word) => `${word}에게 보냈어요`,
  (word) => `남편 ${word}${closed(word) ? '이' : '가'} 왔어요`,
  (word) => `${word} 명의로 가입했어요`,
  (word) => `(${word}) 문의`,
  (word) => `${word}${closed(word) ? '이라고' : '라고'} 합니다`,
  (word) => `${word}님 안녕하세요`,
  (word) => `안녕하세요, ${word}${closed(word) ? '이에요' : '예요'}`,
  (word) => `${word}${closed(word) ? '이' : '가'} 어제 전화했어요`,
];

/**
 * Nouns written together with the list in src/guard/pii/names/korean-common-nouns.ts (so they measure its plumbing), and
 * nouns that list does not hold (so they measure what a list cannot reach).
 */
const listedNouns = [
  ...['소비자', '장애인', '임신부', '노동자', '여행자', '채무자', '구매자', '이용자', '정수기', '공유기', '소화기', '차단기'],
  ...['고지서', '설명서', '정산서', '전세금', '장학금', '위약금', '유지비', '설치비', '전기세', '소득세', '지하철', '여름철'],
  ...['조수석', '지정석', '가정용', '여성용', '이동식', '기계식', '금요일', '기준일', '소고기', '고구마', '강아지', '마사지'],
];
const heldOutNouns = [
  ...['가로수', '고속철', '금고실', '기념비', '기름값', '노숙자', '도자기', '도화지', '모래성', '문방구', '민들레', '반바지'],
  ...['방앗간', '백설기', '변두리', '봉숭아', '서예가', '설탕물', '성냥갑', '소나기', '손전등', '신문지', '심리학', '양배추'],
  ...['여고생', '연필심', '오두막', '옥탑방', '원두막', '위스키', '유리창', '이발소', '인절미', '장독대', '전복죽', '정원수'],
];
const givenNames = [
  ...['민준', '서준', '지호', '현우', '지훈', '성민', '영호', '상철', '철수', '민석', '준형', '재원', '지원', '수인', '정수'],
  ...['서연', '지우', '하은', '윤서', '지민', '수빈', '혜진', '미경', '영희', '경숙', '순자', '은주', '소율', '서율', '지선'],
];

const fill = (words: readonly string[]) => words.flatMap((word) => frames.map((frame) => frame(word)));

/**
 * @example
 * cueNounNegatives().listed.length; // listed nouns × frames
 */
export function cueNounNegatives(): { listed: string[]; heldOut: string[] } {
  return { listed: fill(listedNouns), heldOut: fill(heldOutNouns) };
}

/**
 * Each single-syllable surname with each given name, in the same frames; every text holds exactly that name.
 * @example
 * cueNamePositives()[0]; // { text: '김민준입니다', name: '김민준' }
 */
export function cueNamePositives(): Array<{ text: string; name: string }> {
  const names = koreanSurnames.filter((surname) => surname.length === 1).flatMap((surname) => givenNames.map((given) => surname + given));
  return names.flatMap((name) => frames.map((frame) => ({ text: frame(name), name })));
}
