// A labelled set for custom types: Korean and English messages with an organisation's identifiers (employee numbers,
// customer numbers, meter ids) and look-alikes that are not (order numbers, ids with the wrong length, numbers without
// their label), generated from a seed so every run scores the same texts.
import { seededRandom } from '../pii/random.ts';
import type { CustomPatternInput } from '../../../src/guard/pii/custom/index.ts';

/** The three patterns an energy retailer might declare. */
export const benchPatterns: CustomPatternInput[] = [
  { type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}\\b', context: ['사번', 'employee', 'staff'] },
  {
    type: 'CUSTOMER_NO',
    pattern: '\\b\\d{3}-\\d{4}-\\d{3}\\b',
    context: ['고객번호', '고객 번호', 'customer number', 'customer no'],
    contextRequired: true,
  },
  { type: 'METER_ID', pattern: '\\bMTR-?\\d{8}\\b', ignoreCase: true, context: ['계량기', 'meter'] },
];

export interface CustomItem {
  text: string;
  lang: 'ko' | 'en';
  /** The identifiers the text holds, as type and value. */
  labels: Array<{ type: string; value: string }>;
}

type Template = (value: string) => string;

const positives: Record<string, { ko: Template[]; en: Template[]; value: (digits: (count: number) => string) => string }> = {
  EMPLOYEE_ID: {
    value: (digits) => `EMP-${digits(6)}`,
    ko: [
      (v) => `사번 ${v} 직원의 출장 신청을 확인해 주세요`,
      (v) => `${v} 님 연차가 몇 일 남았나요?`,
      (v) => `담당 직원(사번: ${v})에게 연결해 주세요`,
    ],
    en: [
      (v) => `Employee ${v} reported the outage at 9am.`,
      (v) => `Please reset the badge for staff member ${v}.`,
      (v) => `Ticket assigned to ${v}.`,
    ],
  },
  CUSTOMER_NO: {
    value: (digits) => `${digits(3)}-${digits(4)}-${digits(3)}`,
    ko: [(v) => `고객번호 ${v}로 요금 조회 부탁드려요`, (v) => `제 고객 번호는 ${v}입니다. 이사 신청하려고요`],
    en: [(v) => `My customer number is ${v}, I want to change my plan.`, (v) => `Customer no. ${v} has an overdue bill.`],
  },
  METER_ID: {
    value: (digits) => `MTR-${digits(8)}`,
    ko: [(v) => `계량기 ${v} 검침값이 이상해요`, (v) => `${v.toLowerCase()} 교체 일정 알려주세요`],
    en: [(v) => `Meter ${v} shows zero usage since Monday.`, (v) => `Please book a reading for ${v.replace('-', '')}.`],
  },
};

// Look-alikes a careless pattern would take: the right shape without the label, or a near miss of the shape.
const negatives: { ko: Template[]; en: Template[] } = {
  ko: [
    (d) => `주문번호 ORD-${d.slice(0, 6)} 배송 조회해 주세요`,
    (d) => `EMP-${d.slice(0, 5)} 로 시작하는 코드가 맞나요?`,
    (d) => `송장 ${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7, 10)} 조회가 안 돼요`,
    (d) => `요금이 ${d.slice(0, 2)},${d.slice(2, 5)}원 나왔어요`,
  ],
  en: [
    (d) => `Order ORD-${d.slice(0, 6)} has not arrived.`,
    (d) => `Tracking ${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7, 10)} shows no update.`,
    (d) => `Is MTR-${d.slice(0, 5)} the right code?`,
    (d) => `The bill was $${d.slice(0, 3)}.${d.slice(3, 5)} this month.`,
  ],
};

/**
 * @example
 * customItems({ count: 600 }).filter((item) => item.labels.length === 0).length; // the look-alikes
 */
export function customItems(options: { count: number; seed?: number }): CustomItem[] {
  const random = seededRandom(options.seed ?? 2611);
  const items: CustomItem[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const lang = index % 2 === 0 ? 'ko' : 'en';
    if (index % 3 === 2) {
      items.push({ text: random.pick(negatives[lang])(random.digits(10)), lang, labels: [] });
      continue;
    }
    const type = random.pick(Object.keys(positives));
    const family = positives[type]!;
    const value = family.value(random.digits);
    const text = random.pick(family[lang])(value);
    // The templates may write the value in another case or without its hyphen; the label is what the text holds.
    const written = [value, value.toLowerCase(), value.replace('-', '')].find((form) => text.includes(form))!;
    items.push({ text, lang, labels: [{ type, value: written }] });
  }
  return items;
}
