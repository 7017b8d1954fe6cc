// Scripted telecom-care conversations drawn from the installed data: real individual customers, their lines, bills and real plans.
import type { RecordCollections } from '../../src/blueprints/index.ts';
import type { Bill, Customer, Line, Plan } from '../../src/blueprints/telecom-care/index.ts';
import { seededRandom, type Random } from '../retrieval/seeded-random.ts';
import { turnLanguage, type ConversationScript, type ScriptTurn, type TurnKind } from './script-types.ts';
import { monthNames } from '../shared/month-names.ts';

type Text = { ko: string; en: string };

const symptoms: Array<{ problem: Text; tried: Text }> = [
  {
    problem: { ko: '사진 문자(MMS)가 안 보내져요', en: "I can't send picture messages" },
    tried: { ko: '껐다 켜 봤는데 그대로예요', en: 'I already restarted the phone, still the same' },
  },
  {
    problem: { ko: '데이터가 갑자기 안 터져요', en: 'my mobile data stopped working' },
    tried: { ko: '비행기 모드도 해봤어요', en: 'tried airplane mode on and off already' },
  },
  {
    problem: { ko: '전화가 안 걸려요 신호가 없어요', en: 'No signal, I cannot make calls' },
    tried: { ko: '재부팅 했는데도 안 돼요', en: 'rebooted it, nothing changed' },
  },
];

const policyQuestions: Text[] = [
  { ko: '해외 로밍 요금은 어떻게 되나요?', en: 'How much does roaming cost abroad?' },
  { ko: '약정 중에 해지하면 위약금 있어요?', en: 'is there a fee if I end my contract early?' },
  { ko: '분실 정지하면 요금은 어떻게 돼요', en: 'What happens to my bill if I suspend a lost phone?' },
  { ko: '요금제 변경은 한 달에 몇 번까지 돼요?', en: 'How often can I change my plan?' },
];

function planComparison(random: Random, plans: readonly Plan[]): Text {
  const [first, second] = [random.pick(plans), random.pick(plans)];
  if (first.planId === second.planId || random.next() < 0.25)
    return random.pick([
      { ko: `${first.name.ko} 요금제 자세히 알려 주세요`, en: `Tell me about the ${first.name.en} plan` },
      { ko: '월 5만원 이하 요금제 추천해 주세요', en: 'recommend a plan under 50,000 won a month' },
    ]);
  return random.pick([
    {
      ko: `${first.name.ko}랑 ${second.name.ko} 차이가 뭐예요?`,
      en: `What's the difference between ${first.name.en} and ${second.name.en}?`,
    },
    { ko: `${first.name.ko} ${second.name.ko} 비교해 주세요`, en: `compare ${first.name.en} vs ${second.name.en}` },
  ]);
}

function authentication(random: Random, options: { number: string; birthDate: string }): Text {
  const [year, month, day] = options.birthDate.split('-');
  return random.pick([
    { ko: `${options.number}, 생년월일은 ${options.birthDate}입니다`, en: `${options.number}, born ${options.birthDate}` },
    {
      ko: `번호는 ${options.number.replaceAll('-', '')} 이고 ${year}${month}${day}생이에요`,
      en: `my number is ${options.number} and my date of birth is ${options.birthDate}`,
    },
    { ko: `${options.number} ${year}년 ${Number(month)}월 ${Number(day)}일`, en: `${options.number} / ${year}.${month}.${day}` },
  ]);
}

function billQuestion(random: Random, bill: Bill | undefined): Text {
  if (!bill || random.next() < 0.4) return { ko: '지난달 청구서 설명해 주세요', en: 'Can you explain my last bill?' };
  const month = Number(bill.period.slice(5, 7));
  return random.pick([
    { ko: `${month}월 요금이 왜 이렇게 많이 나왔어요?`, en: `why was my ${monthNames[month - 1]} bill so high?` },
    { ko: `${month}월 청구 내역 알려 주세요`, en: `What's on my ${monthNames[month - 1]} bill?` },
  ]);
}

/**
 * Conversations of 7–10 turns: greeting, plan comparison, data usage with authentication, bill, troubleshooting, policy, thanks.
 * @example
 * const scripts = telecomScripts({ records, count: 100, seed: 7 });
 */
export function telecomScripts(options: { records: RecordCollections; count: number; seed: number }): ConversationScript[] {
  const { records } = options;
  const random = seededRandom(options.seed);
  const plans = records.all<Plan>('plans').filter((plan) => plan.segment === 'individual' && plan.openForSubscription);
  const individuals = records.all<Customer>('customers').filter((customer) => customer.type === 'individual');
  return Array.from({ length: options.count }, (_, index) => {
    const language = random.next() < 0.15 ? 'mixed' : random.next() < 0.5 ? 'ko' : 'en';
    let customer = random.pick(individuals);
    let line = records.get<Line>('lines', customer.phone);
    while (!line || line.status !== 'active' || customer.type !== 'individual') {
      customer = random.pick(individuals);
      line = records.get<Line>('lines', customer.phone);
    }
    const bills = records.listByOwner<Bill>('bills', customer.customerId);
    const symptom = random.pick(symptoms);
    const optional = (kind: TurnKind, chance: number, text: () => Text) => (random.next() < chance ? [{ kind, text: text() }] : []);
    const plan: Array<{ kind: TurnKind; text: Text }> = [
      {
        kind: 'greeting',
        text: random.pick([
          { ko: '안녕하세요', en: 'Hello' },
          { ko: '안녕하세요!', en: 'hi' },
        ]),
      },
      ...optional('plan_compare', 0.7, () => planComparison(random, plans)),
      {
        kind: 'data_usage',
        text: random.pick([
          { ko: '이번 달 데이터 얼마나 남았어요?', en: 'How much data have I used this month?' },
          { ko: '데이터 사용량 조회해 주세요', en: 'check my data usage please' },
        ]),
      },
      { kind: 'authenticate', text: authentication(random, { number: line.number, birthDate: customer.birthDate }) },
      { kind: 'bill_explain', text: billQuestion(random, bills.at(-1 - random.integer(Math.min(3, bills.length)))) },
      { kind: 'troubleshooting', text: symptom.problem },
      ...optional('troubleshooting_follow_up', 0.6, () => symptom.tried),
      ...optional('policy', 0.7, () => random.pick(policyQuestions)),
      {
        kind: 'thanks',
        text: random.pick([
          { ko: '감사합니다', en: 'thanks' },
          { ko: '고마워요', en: 'great, thank you' },
        ]),
      },
    ];
    const turns: ScriptTurn[] = plan.map(({ kind, text }) => {
      const turn = turnLanguage({ language, coin: random.next() });
      return { kind, language: turn, text: text[turn] };
    });
    return { id: `telecom-care-${String(index).padStart(4, '0')}`, assistantId: 'telecom-care', language, turns };
  });
}
