// Hospital patient guidance by department: Korean and English fact templates, distractors and bare-word policy passages.
import type { Domain } from './corpus-types.ts';

export const hospital: Domain = {
  id: 'hospital',
  names: {
    ko: [
      '정형외과',
      '소화기내과',
      '심장내과',
      '피부과',
      '안과',
      '소아청소년과',
      '산부인과',
      '신경과',
      '재활의학과',
      '이비인후과',
      '비뇨의학과',
      '건강검진센터',
    ],
    en: [
      'Orthopedics',
      'Gastroenterology',
      'Cardiology',
      'Dermatology',
      'Ophthalmology',
      'Pediatrics',
      'Obstetrics',
      'Neurology',
      'Rehabilitation',
      'Otolaryngology',
      'Urology',
      'Screening',
    ],
  },
  entity: { ko: (name) => name, en: (name) => `${name} clinic` },
  sections: {
    ko: ['진료 시간과 예약', '초진과 검사 준비', '결과와 증명서', '예약 취소와 보험'],
    en: ['Clinic hours and booking', 'First visits and test preparation', 'Results and certificates', 'Missed visits and insurance'],
  },
  facts: [
    {
      id: 'hours',
      values: [7, 10, 1],
      ko: {
        fact: (e, v) => `${e.full} 외래 진료는 평일 오전 ${v}시부터 오후 5시까지 진행됩니다.`,
        keyword: (e) => `${e.full} 외래 진료 시간`,
        paraphrase: (e) => `${e.name}는 몇 시부터 진료를 보나요`,
        short: (e) => `${e.name} 진료`,
      },
      en: {
        fact: (e, v) => `The ${e.full} sees outpatients on weekdays from ${v} am to 5 pm.`,
        keyword: (e) => `${e.full} outpatient hours`,
        paraphrase: (e) => `what time does ${e.name} start seeing patients`,
        short: (e) => `${e.name} hours`,
      },
    },
    {
      id: 'booking',
      values: [1, 5, 1],
      ko: {
        fact: (_e, v) => `진료 예약은 앱이나 전화로 할 수 있으며 예약 변경은 ${v}일 전까지 가능합니다.`,
        keyword: (e) => `${e.full} 진료 예약 변경`,
        paraphrase: (e) => `${e.name} 예약을 바꾸려면 며칠 전에 연락해야 하나요`,
        short: (e) => `${e.name} 예약`,
      },
      en: {
        fact: (_e, v) => `Appointments can be booked in the app or by phone and rescheduled up to ${v} days in advance.`,
        keyword: (e) => `${e.full} appointment rescheduling`,
        paraphrase: (e) => `how late can I move my ${e.name} booking`,
        short: (e) => `${e.name} appointments`,
      },
    },
    {
      id: 'first-visit',
      values: [20, 60, 10],
      ko: {
        fact: (_e, v) => `초진 환자는 신분증과 진료의뢰서를 지참하고 진료 ${v}분 전까지 원무과에 접수해 주세요.`,
        keyword: (e) => `${e.full} 초진 준비 서류`,
        paraphrase: (e) => `${e.name} 처음 가는데 무엇을 챙겨가야 해요`,
        short: (e) => `${e.name} 초진`,
      },
      en: {
        fact: (_e, v) =>
          `First-time patients should bring ID and a referral letter and register at reception ${v} minutes before the visit.`,
        keyword: (e) => `${e.full} first visit documents`,
        paraphrase: (e) => `what should I bring to my first ${e.name} appointment`,
        short: (e) => `${e.name} referral`,
      },
    },
    {
      id: 'fasting',
      values: [2, 8, 1],
      ko: {
        fact: (_e, v) => `검사 전날 밤 9시 이후에는 금식하고 검사 당일 ${v}시간 전부터는 물도 마시지 마세요.`,
        keyword: (e) => `${e.full} 검사 전 금식`,
        paraphrase: (e) => `${e.name} 검사받기 전에 밥을 먹어도 되나요`,
        short: (e) => `${e.name} 금식`,
      },
      en: {
        fact: (_e, v) => `Fast from 9 pm the night before the test and stop drinking water ${v} hours beforehand.`,
        keyword: (e) => `${e.full} test fasting instructions`,
        paraphrase: (e) => `can I eat before my ${e.name} examination`,
        short: (e) => `${e.name} fasting`,
      },
    },
    {
      id: 'results',
      values: [3, 14, 1],
      ko: {
        fact: (_e, v) => `검사 결과는 ${v}일 후 외래 방문이나 앱에서 확인할 수 있습니다.`,
        keyword: (e) => `${e.full} 검사 결과 확인`,
        paraphrase: (e) => `${e.name}에서 받은 검사 결과는 언제 나와요`,
        short: (e) => `${e.name} 결과`,
      },
      en: {
        fact: (_e, v) => `Test results are available ${v} days later at a follow-up visit or in the app.`,
        keyword: (e) => `${e.full} test results availability`,
        paraphrase: (e) => `when will my ${e.name} results be ready`,
        short: (e) => `${e.name} results`,
      },
    },
    {
      id: 'certificate',
      values: [10_000, 30_000, 1000],
      ko: {
        fact: (_e, v) => `진단서 발급 수수료는 ${v}원이며 원무과 무인 발급기에서도 뽑을 수 있습니다.`,
        keyword: (e) => `${e.full} 진단서 발급 수수료`,
        paraphrase: (e) => `${e.name} 진단서를 떼려면 돈이 얼마나 들어요`,
        short: (e) => `${e.name} 진단서`,
      },
      en: {
        fact: (_e, v) => `A medical certificate costs ${v} won and can also be printed at the self-service kiosk.`,
        keyword: (e) => `${e.full} medical certificate fee`,
        paraphrase: (e) => `how much is it to get a doctor's note from ${e.name}`,
        short: (e) => `${e.name} certificates`,
      },
    },
    {
      id: 'no-show',
      values: [2, 4, 1],
      ko: {
        fact: (_e, v) => `예약을 취소하지 않고 ${v}번 이상 오지 않으면 한 달 동안 온라인 예약이 제한됩니다.`,
        keyword: (e) => `${e.full} 예약 미방문 제한`,
        paraphrase: (e) => `${e.name} 예약하고 안 가면 불이익이 있나요`,
        short: (e) => `${e.name} 취소`,
      },
      en: {
        fact: (_e, v) => `Missing ${v} or more appointments without cancelling suspends online booking for a month.`,
        keyword: (e) => `${e.full} missed appointment penalty`,
        paraphrase: (e) => `what happens if I don't show up for my ${e.name} visit`,
        short: (e) => `${e.name} cancelling`,
      },
    },
    {
      id: 'insurance',
      values: [3, 10, 1],
      ko: {
        fact: (_e, v) => `실손보험 청구에 필요한 진료비 영수증과 세부 내역서는 퇴원 후 ${v}일 이내에 무료로 발급됩니다.`,
        keyword: (e) => `${e.full} 실손보험 청구 서류`,
        paraphrase: (e) => `${e.name} 보험 청구하려면 영수증을 어떻게 받아요`,
        short: (e) => `${e.name} 보험`,
      },
      en: {
        fact: (_e, v) => `Receipts and itemised bills for insurance claims are issued free within ${v} days of discharge.`,
        keyword: (e) => `${e.full} insurance claim receipts`,
        paraphrase: (e) => `how do I get paperwork for my insurance claim from ${e.name}`,
        short: (e) => `${e.name} insurance`,
      },
    },
  ],
  generic: {
    ko: [
      '진료 예약과 검사 일정, 진단서 발급에 관한 문의는 대표 전화로 상담받을 수 있습니다.',
      '검사 결과와 진료비 영수증은 환자 본인이나 위임받은 보호자만 받을 수 있습니다.',
      '초진 환자와 재진 환자의 접수 창구는 서로 다르니 안내 표지를 확인해 주세요.',
      '실손보험 청구 서류와 진단서 양식은 보험사마다 다를 수 있습니다.',
    ],
    en: [
      'Questions about appointments, test schedules or medical certificates can be handled by the main switchboard.',
      'Test results and receipts are released only to the patient or an authorised guardian.',
      'First-time and returning patients register at different desks, so please follow the signs.',
      'Insurance claim forms and certificate templates may differ by insurer.',
    ],
  },
  comparison: {
    ko: (e, other) => `${other.full}와 비교하면 ${e.full}는 진료 시간과 예약 변경 기준, 검사 준비 방법이 다릅니다.`,
    en: (e, other) => `Compared with the ${other.full}, the ${e.full} has different clinic hours, booking rules and test preparation.`,
  },
  policyTitle: { ko: '병원 이용 안내 요약', en: 'Hospital visitor guide summary' },
  bare: {
    ko: [
      { query: '주차', passage: '주차장은 외래 환자에게 하루 3시간까지 무료로 제공됩니다.' },
      { query: '면회', passage: '면회는 하루 두 번, 보호자 한 명만 병동에 들어갈 수 있습니다.' },
    ],
    en: [
      { query: 'parking', passage: 'Parked vehicles of outpatients are free for the first three hours of the day.' },
      { query: 'visiting', passage: 'Visitors may enter the ward twice a day, one guardian at a time.' },
    ],
  },
};
