// Credit cards and banking terms: Korean and English fact templates, distractors and bare-word policy passages.
import type { Domain } from './corpus-types.ts';

export const card: Domain = {
  id: 'card',
  names: {
    ko: ['은하', '마루', '나래', '단비', '여울', '보람', '시나브로', '도담', '이든', '하람', '슬기', '예솔'],
    en: ['Sapphire', 'Onyx', 'Coral', 'Ivory', 'Jade', 'Amber', 'Pearl', 'Ruby', 'Topaz', 'Opal', 'Garnet', 'Quartz'],
  },
  entity: { ko: (name) => `${name}카드`, en: (name) => `${name} Card` },
  sections: {
    ko: ['연회비와 캐시백', '연체와 할부', '한도와 해외 이용', '포인트와 대출'],
    en: ['Annual fee and cashback', 'Late payment and installments', 'Limits and overseas use', 'Points and cash advances'],
  },
  facts: [
    {
      id: 'annual-fee',
      values: [10_000, 200_000, 5000],
      ko: {
        fact: (e, v) => `${e.full}의 연회비는 국내 전용 ${v}원이며 첫해에는 면제됩니다.`,
        keyword: (e) => `${e.full} 연회비`,
        paraphrase: (e) => `${e.name}카드 1년에 내는 회비가 얼마예요`,
        short: (e) => `${e.name} 회비`,
      },
      en: {
        fact: (e, v) => `The ${e.full} has an annual fee of ${v} won, waived in the first year.`,
        keyword: (e) => `${e.full} annual fee`,
        paraphrase: (e) => `how much does the ${e.name} card cost per year`,
        short: (e) => `${e.name} fees`,
      },
    },
    {
      id: 'cashback',
      values: [1, 10, 1],
      ko: {
        fact: (_e, v) => `대형마트와 온라인 쇼핑에서 결제 금액의 ${v}%를 캐시백으로 돌려 드립니다.`,
        keyword: (e) => `${e.full} 마트 캐시백`,
        paraphrase: (e) => `${e.name}카드로 장보면 얼마나 돌려받나요`,
        short: (e) => `${e.name} 캐시백`,
      },
      en: {
        fact: (_e, v) => `You earn ${v}% cashback on supermarket and online shopping purchases.`,
        keyword: (e) => `${e.full} cashback supermarket`,
        paraphrase: (e) => `how much money back do I get shopping online with ${e.name}`,
        short: (e) => `${e.name} cashback`,
      },
    },
    {
      id: 'late-interest',
      values: [12, 20, 1],
      ko: {
        fact: (_e, v) => `결제일에 대금을 내지 못하면 연 ${v}%의 연체 이자가 부과됩니다.`,
        keyword: (e) => `${e.full} 연체 이자율`,
        paraphrase: (e) => `${e.name}카드 대금을 늦게 갚으면 이자가 얼마예요`,
        short: (e) => `${e.name} 연체`,
      },
      en: {
        fact: (_e, v) => `If the statement balance is not paid by the due date, late interest of ${v}% per year applies.`,
        keyword: (e) => `${e.full} late interest rate`,
        paraphrase: (e) => `what interest is charged if I miss a ${e.name} payment`,
        short: (e) => `${e.name} late`,
      },
    },
    {
      id: 'installment',
      values: [2, 12, 1],
      ko: {
        fact: (_e, v) => `5만 원 이상 결제하면 최대 ${v}개월까지 무이자 할부를 이용할 수 있습니다.`,
        keyword: (e) => `${e.full} 무이자 할부 개월`,
        paraphrase: (e) => `${e.name}카드로 할부하면 이자 없이 몇 달까지 돼요`,
        short: (e) => `${e.name} 할부`,
      },
      en: {
        fact: (_e, v) => `Purchases over 50,000 won can be split into interest-free installments of up to ${v} months.`,
        keyword: (e) => `${e.full} interest-free installments`,
        paraphrase: (e) => `can I spread a big purchase on the ${e.name} card without interest`,
        short: (e) => `${e.name} installment`,
      },
    },
    {
      id: 'limit',
      values: [3, 9, 1],
      ko: {
        fact: (_e, v) => `신용 한도는 심사 결과에 따라 최대 ${v}00만 원까지 부여되며 앱에서 증액을 신청할 수 있습니다.`,
        keyword: (e) => `${e.full} 신용 한도 증액`,
        paraphrase: (e) => `${e.name}카드 한도를 올리려면 어떻게 해요`,
        short: (e) => `${e.name} 한도`,
      },
      en: {
        fact: (_e, v) => `Credit limits of up to ${v},000,000 won are granted after review, and you can request an increase in the app.`,
        keyword: (e) => `${e.full} credit limit increase`,
        paraphrase: (e) => `how do I raise the spending limit on my ${e.name} card`,
        short: (e) => `${e.name} limits`,
      },
    },
    {
      id: 'overseas',
      values: [1, 3, 1],
      ko: {
        fact: (_e, v) => `해외에서 결제하면 국제 브랜드 수수료와 별도로 ${v}.2%의 해외 이용 수수료가 붙습니다.`,
        keyword: (e) => `${e.full} 해외 이용 수수료`,
        paraphrase: (e) => `${e.name}카드를 외국에서 쓰면 수수료가 얼마나 붙어요`,
        short: (e) => `${e.name} 수수료`,
      },
      en: {
        fact: (_e, v) => `Overseas transactions add a foreign usage fee of ${v}.2% on top of the network brand fee.`,
        keyword: (e) => `${e.full} foreign transaction fee`,
        paraphrase: (e) => `what does it cost to use the ${e.name} card abroad`,
        short: (e) => `${e.name} overseas`,
      },
    },
    {
      id: 'points',
      values: [1, 20, 1],
      ko: {
        fact: (_e, v) => `포인트는 1,000원당 ${v}점 적립되며 5년이 지나면 소멸됩니다.`,
        keyword: (e) => `${e.full} 포인트 적립 소멸`,
        paraphrase: (e) => `${e.name}카드 포인트는 언제 사라지나요`,
        short: (e) => `${e.name} 포인트`,
      },
      en: {
        fact: (_e, v) => `Points accrue at ${v} per 1,000 won spent and expire after five years.`,
        keyword: (e) => `${e.full} reward points expiry`,
        paraphrase: (e) => `when do my ${e.name} points run out`,
        short: (e) => `${e.name} points`,
      },
    },
    {
      id: 'cash-advance',
      values: [14, 19, 1],
      ko: {
        fact: (_e, v) => `단기카드대출 이용 시 수수료율은 연 ${v}.9%이며 한도는 신용 한도의 40%입니다.`,
        keyword: (e) => `${e.full} 단기카드대출 수수료율`,
        paraphrase: (e) => `${e.name}카드로 현금서비스 받으면 이자가 얼마예요`,
        short: (e) => `${e.name} 대출`,
      },
      en: {
        fact: (_e, v) => `Cash advances carry a fee rate of ${v}.9% per year, limited to 40% of your credit limit.`,
        keyword: (e) => `${e.full} cash advance rate`,
        paraphrase: (e) => `how expensive is withdrawing cash with the ${e.name} card`,
        short: (e) => `${e.name} advances`,
      },
    },
  ],
  generic: {
    ko: [
      '연회비와 할부 수수료, 연체 이자는 카드 상품설명서에 자세히 안내되어 있습니다.',
      '포인트 적립과 캐시백 혜택은 전월 이용 실적에 따라 달라질 수 있습니다.',
      '해외 이용 수수료와 단기카드대출 한도는 신용 평가 결과에 따라 바뀔 수 있습니다.',
      '카드 이용 한도와 결제일 변경은 카드 고객센터에서 상담받을 수 있습니다.',
    ],
    en: [
      'Annual fees, installment charges and late interest are explained in the card product sheet.',
      'Points and cashback benefits may depend on the previous month spending.',
      'Foreign usage fees and cash advance limits may change with your credit assessment.',
      'Card limits and statement dates can be changed through the card support center.',
    ],
  },
  comparison: {
    ko: (e, other) => `${other.full}와 비교하면 ${e.full}는 연회비와 포인트 적립률, 해외 이용 수수료가 다릅니다.`,
    en: (e, other) => `Compared with the ${other.full}, the ${e.full} has a different annual fee, points rate and foreign usage fee.`,
  },
  policyTitle: { ko: '신용카드 회원 약관 요약', en: 'Credit card member terms summary' },
  bare: {
    ko: [
      { query: '분실', passage: '카드를 분실했다면 즉시 앱이나 고객센터에서 사용 정지를 신청해 주세요.' },
      { query: '도난', passage: '도난당한 카드로 생긴 부정 사용은 신고 접수일로부터 60일 전까지 보상됩니다.' },
    ],
    en: [
      { query: 'chargeback', passage: 'Chargebacks for disputed purchases are resolved within thirty days of the claim.' },
      { query: 'skimming', passage: 'Skimmed cards are replaced free once the fraud investigation confirms the copy.' },
    ],
  },
};
