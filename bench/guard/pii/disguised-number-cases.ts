// Identifiers written to slip past a filter or typed with a word processor's dashes, in Korean and English sentences:
// phone numbers in Korean digit words or half in them, with an O for a zero, with odd separators; resident, card and
// social security numbers with en dashes; accounts after a bank's short name; numbers spelled out in English words. With
// sentences that hold the same shapes and no identifier. Scored for genstack and the peer, a case counting only with its
// type and exact span.

import { measureCases, type Scan, type TypedCase } from './typed-case-counts.ts';

const phones = [
  ...['공일공 일이삼사 오육칠팔', '010 일이삼사 오육칠팔', '공일공-1234-5678', '공1공 9876 5432', '영일영 1234 5678'],
  ...['O1O-1234-5678', 'o1o 9876 5432', '010ㅡ1234ㅡ5678', '010~9876~5432', '010_1234_5678', '010*9876*5432'],
  ...['010 - 1234 - 5678', '010–9876–5432', '02 - 123 - 4567'],
  // Groups as they are said: 에 after each, or 다시 for the hyphen.
  ...['공일공에 일이삼사에 오육칠팔', '010에 9876에 5432', '공일공 다시 구팔칠육 다시 오사삼이'],
];
const phoneFrames: ReadonlyArray<(value: string) => string> = [
  (value) => `연락처 ${value} 로 문자 주세요`,
  (value) => `번호는 ${value}이에요`,
  (value) => `text me at ${value} after six`,
  (value) => `my number is ${value}`,
];
/** Numbers spelled out in English words, as a filter dodger or a speech transcript writes them, with the words before them. */
const spelledInEnglish: readonly TypedCase[] = [
  ['call me at ', 'four one five, eight six seven, five three oh nine', 'PHONE'],
  ['my cell is ', 'four one five eight six seven five three zero nine', 'PHONE'],
  ['text me at ', 'nine one seven, five five five, zero one two three', 'PHONE'],
  ['reach me on ', 'oh seven four double oh, one two three four five six', 'PHONE'],
  ['my number is ', 'two one two - eight six seven - five three oh nine', 'PHONE'],
  ['연락처 ', '010 one two three four 5678', 'PHONE'],
  ['번호는 ', 'zero one zero, nine eight seven six, five four three two', 'PHONE'],
  ['my ssn is ', 'five three six, two two, one two three four', 'US_SSN'],
  ['card number ', 'four two four two, four two four two, four two four two, four two four two', 'CREDIT_CARD'],
  ['주민번호 ', 'nine zero zero one zero one, one two three four five six seven', 'RRN'],
].map(([before, value, type]) => ({ text: `${before}${value} please`, type: type!, value: value! }));

const others: readonly TypedCase[] = [
  ...spelledInEnglish,
  { text: '주민번호 900101–1234567 입니다', type: 'RRN', value: '900101–1234567' },
  { text: 'RRN 900101—1234567 on file', type: 'RRN', value: '900101—1234567' },
  { text: '카드 4111–1111–1111–1111 로 결제했어요', type: 'CREDIT_CARD', value: '4111–1111–1111–1111' },
  { text: 'card 5500—0000—0000—0004 please', type: 'CREDIT_CARD', value: '5500—0000—0000—0004' },
  { text: 'SSN 536−22−1234', type: 'US_SSN', value: '536−22−1234' },
  { text: '카뱅 3333-01-1234567 로 보내주세요', type: 'BANK_ACCOUNT', value: '3333-01-1234567' },
  { text: '국민 123456-01-123456 이에요', type: 'BANK_ACCOUNT', value: '123456-01-123456' },
  { text: '신한 110 123 456789 로 입금할게요', type: 'BANK_ACCOUNT', value: '110 123 456789' },
  { text: 'refund to KB 123456-01-123456', type: 'BANK_ACCOUNT', value: '123456-01-123456' },
  // A resident or foreigner number in Korean digit words after its label, as it is said.
  { text: '주민번호 구공공일공일 다시 일이삼사오육칠 입니다', type: 'RRN', value: '구공공일공일 다시 일이삼사오육칠' },
  { text: '주민번호는 팔오일이일오에 일이삼사오육칠이요', type: 'RRN', value: '팔오일이일오에 일이삼사오육칠' },
  { text: '외국인등록번호 팔이공육이팔 오사공공팔오삼', type: 'FRN', value: '팔이공육이팔 오사공공팔오삼' },
];

/** The same shapes without an identifier: ranges, counts, order numbers, digit words in ordinary Korean. */
const negatives = [
  '배송은 3–5영업일 걸려요',
  '2020–2024 요금표를 보여 주세요',
  '0~5세 아동은 무료예요',
  '공사 중입니다',
  '일이삼 순서로 오세요',
  '3일이면 와요',
  '주문 O-100123 확인해 줘',
  '국민 여러분 110 123 456789 참고',
  '우리 가족 3명 123 456 789012',
  'scores were 0 - 1234 - 5678 points',
  'cancel order O-100123',
  'pages 120–135 of the manual',
  '0시에 출발해서 1234번 버스 타요',
  '3시에 1234에 오세요',
  '주민센터 일이삼 번 창구로 오세요',
  '외국인 고객 일이삼사 명 방문',
  'I ordered two or three items and got five',
  'one two three, here we go, four five six',
  'oh no, my two kids broke three plates',
  'room two oh five, floor three',
  'it costs twenty five dollars for two nights',
];

/**
 * @example
 * disguisedNumberCases().positives[0]; // { text: '연락처 공일공 일이삼사 오육칠팔 로 문자 주세요', type: 'PHONE', value: '공일공 일이삼사 오육칠팔' }
 */
export function disguisedNumberCases(): { positives: TypedCase[]; negatives: string[] } {
  const positives = phones.flatMap((value) => phoneFrames.map((frame) => ({ text: frame(value), type: 'PHONE', value })));
  return { positives: [...positives, ...others], negatives };
}

/**
 * @example
 * await measureDisguisedNumbers({ genstack: scanWithGenstack, peer: (text) => peer.scan(text) });
 */
export async function measureDisguisedNumbers(scanners: { genstack: Scan; peer: Scan }) {
  return measureCases(disguisedNumberCases(), scanners);
}
