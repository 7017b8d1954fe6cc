// Energy retail tariffs: Korean and English fact templates, distractors and bare-word policy passages.
import type { Domain } from './corpus-types.ts';

export const energy: Domain = {
  id: 'energy',
  names: {
    ko: ['햇살', '바람결', '물결', '초록', '빛고을', '솔바람', '달빛', '별하', '가온', '한결', '푸름', '늘봄'],
    en: ['Solstice', 'Meadow', 'Tidal', 'Evergreen', 'Summit', 'Prairie', 'Beacon', 'Cascade', 'Horizon', 'Willow', 'Zephyr', 'Canyon'],
  },
  entity: { ko: (name) => `${name} 전기요금제`, en: (name) => `${name} electricity tariff` },
  sections: {
    ko: ['단가와 계약', '해지와 태양광', '청구와 납부', '충전과 이사'],
    en: ['Rates and contract', 'Exit fees and solar', 'Billing and payment', 'Charging and moving'],
  },
  facts: [
    {
      id: 'rate',
      values: [110, 190, 1],
      ko: {
        fact: (e, v) => `${e.full}의 전력량 요금은 1kWh당 ${v}원으로 계약 기간 동안 고정됩니다.`,
        keyword: (e) => `${e.full} 전력량 요금 단가`,
        paraphrase: (e) => `${e.name} 요금제는 전기 1킬로와트시에 얼마예요`,
        short: (e) => `${e.name} 단가`,
      },
      en: {
        fact: (e, v) => `The ${e.full} charges ${v} won per kWh, fixed for the contract term.`,
        keyword: (e) => `${e.full} unit rate per kWh`,
        paraphrase: (e) => `how much does one kilowatt hour cost on ${e.name}`,
        short: (e) => `${e.name} rates`,
      },
    },
    {
      id: 'contract',
      values: [12, 36, 12],
      ko: {
        fact: (_e, v) => `계약 기간은 ${v}개월이며 만료 한 달 전에 갱신 안내를 보내 드립니다.`,
        keyword: (e) => `${e.full} 계약 기간 갱신`,
        paraphrase: (e) => `${e.name} 요금제 계약이 끝나면 어떻게 갱신하나요`,
        short: (e) => `${e.name} 계약`,
      },
      en: {
        fact: (_e, v) => `The contract lasts ${v} months and we send a renewal notice one month before it ends.`,
        keyword: (e) => `${e.full} contract length renewal`,
        paraphrase: (e) => `when does my ${e.name} contract end and how do I renew`,
        short: (e) => `${e.name} contracts`,
      },
    },
    {
      id: 'exit',
      values: [10_000, 60_000, 5000],
      ko: {
        fact: (_e, v) => `계약 기간 중 다른 공급사로 옮기면 중도 해지 수수료 ${v}원이 청구됩니다.`,
        keyword: (e) => `${e.full} 중도 해지 수수료`,
        paraphrase: (e) => `${e.name} 요금제 도중에 다른 회사로 옮기려면 수수료가 있나요`,
        short: (e) => `${e.name} 해지`,
      },
      en: {
        fact: (_e, v) => `Switching to another supplier before the term ends incurs an exit fee of ${v} won.`,
        keyword: (e) => `${e.full} exit fee`,
        paraphrase: (e) => `do I pay anything if I switch supplier early from ${e.name}`,
        short: (e) => `${e.name} exit`,
      },
    },
    {
      id: 'solar',
      values: [60, 120, 1],
      ko: {
        fact: (_e, v) => `태양광 설비에서 남은 전력을 판매하면 1kWh당 ${v}원을 다음 달 요금에서 차감합니다.`,
        keyword: (e) => `${e.full} 태양광 잉여 전력 판매`,
        paraphrase: (e) => `${e.name} 요금제에서 태양광으로 만든 전기를 팔면 얼마나 빼 주나요`,
        short: (e) => `${e.name} 태양광`,
      },
      en: {
        fact: (_e, v) => `Surplus power exported from solar panels earns a credit of ${v} won per kWh on next month's bill.`,
        keyword: (e) => `${e.full} solar export credit`,
        paraphrase: (e) => `how much do I get for selling solar electricity back on ${e.name}`,
        short: (e) => `${e.name} solar`,
      },
    },
    {
      id: 'billing',
      values: [1, 28, 1],
      ko: {
        fact: (_e, v) => `요금은 매월 ${v}일에 청구되며 자동이체를 신청하면 1% 할인됩니다.`,
        keyword: (e) => `${e.full} 요금 청구일 자동이체`,
        paraphrase: (e) => `${e.name} 전기요금은 매달 며칠에 빠져나가요`,
        short: (e) => `${e.name} 청구`,
      },
      en: {
        fact: (_e, v) => `Bills are issued on day ${v} of each month, and direct debit gives a 1% discount.`,
        keyword: (e) => `${e.full} billing date direct debit`,
        paraphrase: (e) => `what day of the month is my ${e.name} bill sent`,
        short: (e) => `${e.name} billing`,
      },
    },
    {
      id: 'late',
      values: [1, 3, 1],
      ko: {
        fact: (_e, v) => `납부 기한을 넘기면 미납 금액에 월 ${v}.5%의 가산금이 붙습니다.`,
        keyword: (e) => `${e.full} 납부 기한 가산금`,
        paraphrase: (e) => `${e.name} 요금을 늦게 내면 얼마가 더 붙나요`,
        short: (e) => `${e.name} 가산금`,
      },
      en: {
        fact: (_e, v) => `Payments after the due date add a surcharge of ${v}.5% of the unpaid amount per month.`,
        keyword: (e) => `${e.full} late payment surcharge`,
        paraphrase: (e) => `what happens if I pay my ${e.name} bill late`,
        short: (e) => `${e.name} surcharges`,
      },
    },
    {
      id: 'charging',
      values: [50, 90, 1],
      ko: {
        fact: (_e, v) => `전기차 충전 시간대인 밤 11시부터 아침 7시까지는 1kWh당 ${v}원의 할인 단가가 적용됩니다.`,
        keyword: (e) => `${e.full} 전기차 충전 할인 단가`,
        paraphrase: (e) => `${e.name} 요금제로 밤에 전기차를 충전하면 싸게 되나요`,
        short: (e) => `${e.name} 충전`,
      },
      en: {
        fact: (_e, v) => `Electric vehicle charging between 11 pm and 7 am is billed at a discounted ${v} won per kWh.`,
        keyword: (e) => `${e.full} EV charging night rate`,
        paraphrase: (e) => `is it cheaper to charge my electric car overnight with ${e.name}`,
        short: (e) => `${e.name} charging`,
      },
    },
    {
      id: 'moving',
      values: [3, 14, 1],
      ko: {
        fact: (_e, v) => `이사할 때는 전출일 ${v}일 전까지 신청하면 정산 요금을 새 주소로 옮겨 드립니다.`,
        keyword: (e) => `${e.full} 이사 전출 신청`,
        paraphrase: (e) => `${e.name} 요금제 쓰다가 이사하려면 언제까지 알려야 해요`,
        short: (e) => `${e.name} 이사`,
      },
      en: {
        fact: (_e, v) =>
          `When moving home, apply at least ${v} days before the move-out date and the final bill moves to your new address.`,
        keyword: (e) => `${e.full} moving home notice`,
        paraphrase: (e) => `how early should I tell ${e.name} that I am relocating`,
        short: (e) => `${e.name} moving`,
      },
    },
  ],
  generic: {
    ko: [
      '전기요금 단가와 계약 조건은 정부 고시와 연료비 조정에 따라 바뀔 수 있습니다.',
      '요금 청구나 납부, 이사 정산에 관한 문의는 에너지 고객센터에서 상담받을 수 있습니다.',
      '태양광 설비와 전기차 충전기 설치는 별도의 신청 절차가 필요합니다.',
      '중도 해지 수수료와 가산금 기준은 공급 약관에 따릅니다.',
    ],
    en: [
      'Unit rates and contract terms may change with government notices and fuel cost adjustments.',
      'Questions about billing, payment or final bills when moving can be handled by the energy support center.',
      'Installing solar panels or an EV charger requires a separate application.',
      'Exit fees and late payment surcharges follow the supply terms.',
    ],
  },
  comparison: {
    ko: (e, other) => `${other.full}와 비교하면 ${e.full}는 단가 구조와 계약 기간, 해지 수수료가 다릅니다.`,
    en: (e, other) => `Compared with the ${other.full}, the ${e.full} has a different rate structure, contract length and exit fee.`,
  },
  policyTitle: { ko: '전기 공급 약관 요약', en: 'Electricity supply terms summary' },
  bare: {
    ko: [
      { query: '누진', passage: '누진제가 적용되는 주택용 요금은 사용량 구간이 올라갈수록 단가가 높아집니다.' },
      { query: '검침', passage: '검침원이 방문하지 못한 달에는 지난달 사용량을 기준으로 추정해 청구합니다.' },
    ],
    en: [
      { query: 'outage', passage: 'During power outages, report the fault and a repair crew is dispatched within four hours.' },
      { query: 'rebate', passage: 'Rebates are paid for certified energy-efficient appliances bought within the last year.' },
    ],
  },
};
