// Telecom plans: Korean and English fact templates, distractors and bare-word policy passages.
import type { Domain } from './corpus-types.ts';

export const telecom: Domain = {
  id: 'telecom',
  names: {
    ko: ['누리', '한울', '새봄', '미리내', '가람', '다온', '라온', '해솔', '아라', '온새미', '그루', '버금'],
    en: ['Aurora', 'Birch', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen'],
  },
  entity: { ko: (name) => `${name} 5G 요금제`, en: (name) => `${name} 5G plan` },
  sections: {
    ko: ['요금과 데이터', '해지와 환불', '로밍과 가족 할인', '변경과 단말기'],
    en: ['Price and data', 'Cancellation and refunds', 'Roaming and family discounts', 'Changes and devices'],
  },
  facts: [
    {
      id: 'fee',
      values: [33_000, 89_000, 1000],
      ko: {
        fact: (e, v) => `${e.full}의 월 이용료는 ${v}원이며 부가세가 포함되어 있습니다.`,
        keyword: (e) => `${e.full} 월 이용료`,
        paraphrase: (e) => `${e.name} 요금제 한 달 이용료가 얼마예요`,
        short: (e) => `${e.name} 요금`,
      },
      en: {
        fact: (e, v) => `The ${e.full} costs ${v} won per month, VAT included.`,
        keyword: (e) => `${e.full} monthly cost`,
        paraphrase: (e) => `how much do I pay each month for the ${e.name} plan`,
        short: (e) => `${e.name} costs`,
      },
    },
    {
      id: 'data',
      values: [5, 150, 5],
      ko: {
        fact: (_e, v) => `기본 데이터 ${v}GB를 다 쓰면 최대 1Mbps 속도로 계속 이용할 수 있습니다.`,
        keyword: (e) => `${e.full} 기본 데이터 속도`,
        paraphrase: (e) => `${e.name} 요금제 데이터를 다 쓰면 속도가 어떻게 되나요`,
        short: (e) => `${e.name} 데이터`,
      },
      en: {
        fact: (_e, v) => `After the ${v} GB of included data is used up, you can keep browsing at up to 1 Mbps.`,
        keyword: (e) => `${e.full} included data speed`,
        paraphrase: (e) => `what happens when I use up my data on the ${e.name} plan`,
        short: (e) => `${e.name} data`,
      },
    },
    {
      id: 'termination',
      values: [50_000, 300_000, 10_000],
      ko: {
        fact: (_e, v) => `약정 기간 중에 해지하면 남은 개월 수에 따라 위약금이 최대 ${v}원까지 부과됩니다.`,
        keyword: (e) => `${e.full} 해지 위약금`,
        paraphrase: (e) => `${e.name} 요금제를 해지하려면 위약금을 내야 하나요`,
        short: (e) => `${e.name} 위약금`,
      },
      en: {
        fact: (_e, v) =>
          `Cancelling during the contract term incurs an early termination fee of up to ${v} won, prorated by the remaining months.`,
        keyword: (e) => `${e.full} early termination fee`,
        paraphrase: (e) => `will I be charged if I cancel my ${e.name} plan early`,
        short: (e) => `${e.name} cancellation`,
      },
    },
    {
      id: 'refund',
      values: [7, 30, 1],
      ko: {
        fact: (e, v) => `${e.full}는 가입 후 ${v}일 이내에 취소하면 첫 달 이용료를 전액 환불해 드립니다.`,
        keyword: (e) => `${e.full} 가입 취소 환불`,
        paraphrase: (e) => `${e.name} 요금제 환불은 며칠 안에 신청해야 하나요`,
        short: (e) => `${e.name} 환불`,
      },
      en: {
        fact: (e, v) => `If you cancel the ${e.full} within ${v} days of signing up, the first month's fee is refunded in full.`,
        keyword: (e) => `${e.full} refund`,
        paraphrase: (e) => `can I get my money back if I cancel the ${e.name} plan after signing up`,
        short: (e) => `${e.name} refunds`,
      },
    },
    {
      id: 'roaming',
      values: [5000, 15_000, 500],
      ko: {
        fact: (_e, v) => `해외 로밍은 하루 ${v}원에 데이터를 무제한으로 쓸 수 있으며 도착 후 자동으로 시작됩니다.`,
        keyword: (e) => `${e.full} 해외 로밍 하루 요금`,
        paraphrase: (e) => `${e.name} 요금제로 외국에서 데이터를 쓰려면 얼마인가요`,
        short: (e) => `${e.name} 로밍`,
      },
      en: {
        fact: (_e, v) => `International roaming costs ${v} won per day for unlimited data and starts automatically on arrival.`,
        keyword: (e) => `${e.full} roaming daily charge`,
        paraphrase: (e) => `how much is it to use data abroad on the ${e.name} plan`,
        short: (e) => `${e.name} roaming`,
      },
    },
    {
      id: 'family',
      values: [2, 5, 1],
      ko: {
        fact: (e, v) => `${e.full}를 포함해 가족 ${v}명 이상이 결합하면 매월 이용료의 20%를 할인받습니다.`,
        keyword: (e) => `${e.full} 가족 결합 할인`,
        paraphrase: (e) => `${e.name} 요금제 가족끼리 묶으면 할인되나요`,
        short: (e) => `${e.name} 할인`,
      },
      en: {
        fact: (e, v) => `Families of ${v} or more lines that bundle the ${e.full} get 20% off the monthly fee.`,
        keyword: (e) => `${e.full} family bundle discount`,
        paraphrase: (e) => `do we save money if my family joins the ${e.name} plan together`,
        short: (e) => `${e.name} discounts`,
      },
    },
    {
      id: 'change',
      values: [1, 4, 1],
      ko: {
        fact: (_e, v) => `요금제 변경은 한 달에 ${v}번까지 가능하며 바뀐 요금제는 다음 날부터 적용됩니다.`,
        keyword: (e) => `${e.full} 변경 횟수`,
        paraphrase: (e) => `${e.name} 요금제를 바꾸려면 언제부터 적용돼요`,
        short: (e) => `${e.name} 변경`,
      },
      en: {
        fact: (_e, v) => `You can switch plans up to ${v} times a month; the new plan applies from the next day.`,
        keyword: (e) => `${e.full} plan change limit`,
        paraphrase: (e) => `how often can I switch away from the ${e.name} plan`,
        short: (e) => `${e.name} switching`,
      },
    },
    {
      id: 'installment',
      values: [3, 7, 1],
      ko: {
        fact: (_e, v) => `단말기 할부 이자는 연 ${v}.9%이며 24개월 또는 36개월로 나누어 낼 수 있습니다.`,
        keyword: (e) => `${e.full} 단말기 할부 이자`,
        paraphrase: (e) => `${e.name} 요금제로 휴대폰을 할부로 사면 이자가 얼마예요`,
        short: (e) => `${e.name} 할부`,
      },
      en: {
        fact: (_e, v) => `Device installments carry ${v}.9% annual interest and can be split over 24 or 36 months.`,
        keyword: (e) => `${e.full} device installment interest`,
        paraphrase: (e) => `what interest do I pay when buying a phone in installments with ${e.name}`,
        short: (e) => `${e.name} installments`,
      },
    },
  ],
  generic: {
    ko: [
      '요금제 변경이나 해지, 환불에 관한 문의는 고객센터 114에서 상담받을 수 있습니다.',
      '모든 요금제의 위약금 기준은 이용약관과 공시 지원금 조건에 따릅니다.',
      '데이터 속도와 로밍 요금은 국가와 망 상황에 따라 달라질 수 있습니다.',
      '가족 결합 할인과 단말기 할부 조건은 대리점마다 다를 수 있으니 가입 전에 확인해 주세요.',
    ],
    en: [
      'Questions about changing, cancelling or refunding a plan can be handled by the support center on 114.',
      'Early termination fees for every plan follow the terms of service and the published subsidy conditions.',
      'Data speeds and roaming charges may vary by country and network conditions.',
      'Family bundle discounts and device installment terms may differ by store, so please check before you sign up.',
    ],
  },
  comparison: {
    ko: (e, other) => `${other.full}와 비교하면 ${e.full}는 데이터 제공량과 위약금 조건이 다르고 로밍 혜택도 다릅니다.`,
    en: (e, other) =>
      `Compared with the ${other.full}, the ${e.full} has a different data allowance, cancellation terms and roaming perks.`,
  },
  policyTitle: { ko: '통신 서비스 이용약관 요약', en: 'Mobile service terms summary' },
  bare: {
    ko: [
      { query: '명의', passage: '명의변경을 하려면 양도인과 양수인이 신분증을 가지고 함께 대리점을 방문해야 합니다.' },
      { query: '개통', passage: '개통은 신청 후 영업일 기준 하루 안에 완료되며 완료되면 문자로 알려 드립니다.' },
    ],
    en: [
      { query: 'porting', passage: 'Numbers ported from another carrier keep their existing number and move within one business day.' },
      { query: 'tethering', passage: 'Tethered laptops and tablets share the phone allowance at no extra charge.' },
    ],
  },
};
