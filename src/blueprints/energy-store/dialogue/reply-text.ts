// Bilingual wording the energy-store operations share: prices, dates, statuses, numbered lists and the yes/no question.
import type { OperationTurn } from '../../../assistants/index.ts';
import type { Language } from '../../../models/builtin/index.ts';
import type { OrderStatus } from '../schemas/index.ts';
import { storePolicy } from '../store-policy.ts';

export { won, optionsText } from '../tools/tool-text.ts';

type Line = { ko: string; en: string };

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  ko: new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Seoul' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Seoul' }),
};

/**
 * A date as people read it in Korea: '2025년 6월 3일' / '3 Jun 2025'.
 * @example
 * readableDate('2025-06-03T01:00:00Z', 'ko'); // '2025년 6월 3일'
 */
export function readableDate(iso: string, language: Language): string {
  return dateFormats[language].format(new Date(iso));
}

export const orderStatusNames: Record<OrderStatus, Line> = {
  pending: { ko: '결제 완료(출고 전)', en: 'paid, not yet shipped' },
  processed: { ko: '출고·배송 중', en: 'shipped, on its way' },
  delivered: { ko: '배송 완료', en: 'delivered' },
  cancelled: { ko: '취소됨', en: 'cancelled' },
};

export const shipmentStatusNames: Record<string, Line> = {
  'label-created': { ko: '송장 발행', en: 'label created' },
  'in-transit': { ko: '배송 중', en: 'in transit' },
  'out-for-delivery': { ko: '배송 출발', en: 'out for delivery' },
  delivered: { ko: '배송 완료', en: 'delivered' },
};

/** "1. …\n2. …" — numbered so the customer can answer "the second one" / "두 번째". */
export function numberedList(lines: readonly string[]): string {
  return lines.map((line, index) => `${index + 1}. ${line}`).join('\n');
}

/** "블루웨이 … 외 2건" / "Blueway … and 2 more". */
export function itemsShort(names: readonly string[], language: Language): string {
  const [first = '', ...rest] = names;
  if (rest.length === 0) return first;
  return language === 'ko' ? `${first} 외 ${rest.length}건` : `${first} and ${rest.length} more`;
}

export const confirmQuestion: Line = {
  ko: '이대로 진행할까요? (네/아니요)',
  en: 'Shall I go ahead? (yes/no)',
};

/** What the store does, for the greeting and for a request it does not handle. */
export const storeServices: Line = {
  ko: '엔진오일·차량용품 찾기와 주문, 가까운 주유소와 유가, 주문·배송 조회와 취소·변경·반품·교환, 포인트 확인',
  en: "finding and ordering engine oils and car products, nearby stations and today's prices, checking, cancelling, changing, returning or exchanging orders, and your points",
};

export const customerCentre: Line = {
  ko: `고객센터(${storePolicy.supportPhone}, ${storePolicy.supportHours.ko})`,
  en: `the customer centre (${storePolicy.supportPhone}, ${storePolicy.supportHours.en})`,
};

/** The text of a tool outcome that did not succeed, ready to show (the tools already speak the user's language). */
export function outcomeProblem(turn: Pick<OperationTurn, 'say'>, outcome: { status: string; message?: string }): string {
  if (outcome.message) return outcome.message;
  return turn.say({
    ko: '요청을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.',
    en: "I couldn't complete that. Please try again shortly.",
  });
}
