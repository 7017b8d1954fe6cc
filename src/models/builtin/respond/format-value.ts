// Data-to-text helpers: numbers with thousands separators, readable keys, one-line renderings of small values.
import { type Language, splitIdentifier } from '../language/index.ts';

/** Nested values deeper than this read as "…": a reply is for people, not a dump. */
const maximumInlineDepth = 4;

const numberFormats = new Map<Language, Intl.NumberFormat>();

/**
 * @example
 * formatNumber(1234567.891, 'en'); // '1,234,567.89'
 */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** Korean names of words common in tool results; a key is translated only when every word is known. */
const koreanKeyWords: Record<string, string> = {
  name: '이름',
  status: '상태',
  state: '상태',
  city: '도시',
  location: '위치',
  temperature: '기온',
  temp: '기온',
  date: '날짜',
  time: '시간',
  total: '합계',
  price: '가격',
  amount: '금액',
  quantity: '수량',
  qty: '수량',
  order: '주문',
  id: '번호',
  number: '번호',
  email: '이메일',
  phone: '전화번호',
  address: '주소',
  message: '메시지',
  description: '설명',
  items: '항목',
  item: '항목',
  count: '개수',
  balance: '잔액',
  humidity: '습도',
  weather: '날씨',
  forecast: '예보',
  high: '최고',
  low: '최저',
  title: '제목',
  subject: '제목',
  result: '결과',
  results: '결과',
  error: '오류',
  type: '유형',
  category: '분류',
  unit: '단위',
  product: '상품',
  customer: '고객',
  created: '생성',
  updated: '수정',
  at: '시각',
  delivery: '배송',
  shipping: '배송',
  tracking: '운송장',
  currency: '통화',
  day: '요일',
  percent: '(%)',
  condition: '상태',
  wind: '바람',
  speed: '속도',
  rain: '강수',
  eta: '도착 예정',
  carrier: '택배사',
  url: '링크',
  note: '메모',
  start: '시작',
  end: '종료',
  duration: '기간',
  minutes: '분',
  hours: '시간',
  days: '일',
  plan: '요금제',
  fee: '요금',
  discount: '할인',
};

/**
 * A JSON key as people write it.
 * @example
 * humanizeKey('temperature_c', 'en'); // 'Temperature c'
 * humanizeKey('order_status', 'ko'); // '주문 상태'
 */
export function humanizeKey(key: string, language: Language): string {
  const words = splitIdentifier(key);
  if (words.length === 0) return key;
  if (language === 'ko')
    return words.every((word) => koreanKeyWords[word]) ? words.map((word) => koreanKeyWords[word]).join(' ') : words.join(' ');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One value on one line: numbers formatted, booleans in words, short arrays joined, objects as key: value pairs.
 * @example
 * formatInline(true, 'ko'); // '예'
 */
export function formatInline(value: unknown, language: Language, depth = 0): string {
  if (value === null || value === undefined) return '—';
  if (depth > maximumInlineDepth && typeof value === 'object') return '…';
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'boolean') return language === 'ko' ? (value ? '예' : '아니요') : value ? 'yes' : 'no';
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (Array.isArray(value)) return value.map((item) => formatInline(item, language, depth + 1)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${humanizeKey(key, language)}: ${formatInline(item, language, depth + 1)}`)
    .join(', ');
}
