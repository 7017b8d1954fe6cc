// Korean customer-service chat and delivery-request templates, including texts with no PII at all.
import { compose } from '../compose.ts';
import type { Template } from '../template-types.ts';

export const koreanServiceTemplates: Template[] = [
  {
    name: 'ko-chat-late-order',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, negatives, random }) =>
      compose`안녕하세요, ${pii.personKo().part}입니다. 주문번호 ${negatives.orderNumber()} 배송이 아직 안 왔어요. ${random.pick(['연락처는', '제 번호는', '핸드폰'])} ${pii.phoneKo()} 이에요.`,
  },
  {
    name: 'ko-chat-refund-account',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, negatives }) => {
      const account = pii.bankAccount();
      return compose`${negatives.koreanWord()} ${negatives.productName()} ${negatives.quantityKo()} 주문했는데 ${negatives.priceKo()} 결제됐어요. 환불 계좌는 ${account.bankKo} ${account.part} (예금주 ${pii.personKo().part}) 입니다.`;
    },
  },
  {
    name: 'ko-chat-password-reset',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, random }) => {
      const name = pii.personKo();
      return compose`비밀번호 재설정 메일이 안 와요ㅠ 가입 이메일 ${pii.email(name.romanised)}, 휴대폰 ${pii.phoneKo()} ${random.pick(['입니다.', '이에요', '확인 부탁드려요'])}`;
    },
  },
  {
    name: 'ko-chat-visit-callback',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`정말 급해서 그러는데요 ${negatives.dateKo()} ${negatives.time()}에 방문 예약한 ${pii.personKo().part}인데 ${pii.phoneKo()}로 전화 좀 부탁드려요`,
  },
  {
    name: 'ko-chat-identity-rrn',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, negatives, random }) =>
      compose`본인 확인용으로 ${random.pick(['주민번호', '주민등록번호', '주민 번호'])} ${pii.rrn()} 보내드립니다. 고객센터 ${negatives.businessNumber()}는 계속 통화중이네요.`,
  },
  {
    name: 'ko-chat-card-cancel',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`${pii.card().part} 카드로 결제한 건 취소해주세요. ${negatives.amountAccount()}, 금액 ${negatives.priceKo()}, 주문일 ${negatives.dateKo()}.`,
  },
  {
    name: 'ko-chat-inline-name-phone',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, random }) =>
      compose`${pii.personKo().part} ${random.pick(['고객님', '님', '씨'])} 문의 건 처리 완료했습니다. 추가 문의는 ${pii.phoneKo()}로 연락 주시면 됩니다.`,
  },
  {
    name: 'ko-chat-email-only',
    genre: 'customer-chat',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`영수증을 ${pii.email('receipt')} 으로 다시 보내주실 수 있나요? ${negatives.invoice()} 건이에요. 조금 급합니다.`,
  },
  {
    name: 'ko-chat-no-pii-tracking',
    genre: 'customer-chat',
    lang: 'ko',
    noPii: true,
    build: ({ negatives }) =>
      compose`${negatives.koreanWord()} 주 ${negatives.dateKo()}에 주문한 김치 ${negatives.quantityKo()} 언제 와요? 운송장 ${negatives.tracking()} 조회가 안 돼요. 고객센터 ${negatives.businessNumber()}는 연결이 안 되네요.`,
  },
  {
    name: 'ko-chat-no-pii-price',
    genre: 'customer-chat',
    lang: 'ko',
    noPii: true,
    build: ({ negatives }) =>
      compose`${negatives.productName()} 정품 맞나요? 제품코드 ${negatives.productCode()}, 가격 ${negatives.priceKo()}인데 최근엔 ${negatives.priceKo()}였던 것 같아서요.`,
  },
  {
    name: 'ko-chat-no-pii-app',
    genre: 'customer-chat',
    lang: 'ko',
    noPii: true,
    build: ({ negatives }) =>
      compose`앱 버전 ${negatives.version()}에서 로그인이 안 돼요. 오늘 ${negatives.time()}부터 그래요. 정말 불편합니다. 이번 달 요금 ${negatives.priceKo()} 맞나요?`,
  },
  {
    name: 'ko-chat-no-pii-plain',
    genre: 'customer-chat',
    lang: 'ko',
    noPii: true,
    build: ({ random }) =>
      compose`${random.pick(['요금제 변경은 어디서 하나요?', '해지 위약금이 얼마인지 궁금합니다.', '배송지 변경 가능한가요?', '영업시간이 어떻게 되나요?', '포인트 소멸 기준 알려주세요.'])} ${random.pick(['', '감사합니다.', '답변 부탁드려요.'])}`,
  },
  {
    name: 'ko-delivery-slash-fields',
    genre: 'delivery',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`[배송요청] 받는 분: ${pii.personKo().part} / 연락처: ${pii.phoneKo()} / 주소: ${pii.addressKo()} / 우편번호 ${negatives.postalCode('ko')} / 요청사항: 부재 시 경비실에 맡겨주세요`,
  },
  {
    name: 'ko-delivery-free-text',
    genre: 'delivery',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`${pii.personKo().part}님 앞으로 ${negatives.quantityKo()} 보내주세요. 주소는 ${pii.addressKo()}이고, 도착 전에 ${pii.phoneKo()}로 연락 바랍니다. 운송장번호 ${negatives.tracking()}`,
  },
  {
    name: 'ko-delivery-address-change',
    genre: 'delivery',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`주소 변경 요청합니다.\n기존: ${pii.addressKo('lot')}\n변경: ${pii.addressKo('road')}\n주문번호 ${negatives.orderNumber()}`,
  },
  {
    name: 'ko-delivery-quick',
    genre: 'delivery',
    lang: 'ko',
    build: ({ pii, negatives }) =>
      compose`퀵 요청 - 픽업지 ${pii.addressKo()} (${negatives.stationKo()} 근처), 수령인 ${pii.personKo().part} ${pii.phoneKo()}, 착불 ${negatives.priceKo()}`,
  },
  {
    name: 'ko-delivery-landline',
    genre: 'delivery',
    lang: 'ko',
    build: ({ pii, negatives, random }) =>
      compose`${random.pick(['사무실', '매장', '가게'])}로 받을게요. ${pii.addressKo('road')} ${negatives.company()}, 대표전화 ${negatives.businessNumber()} 말고 직통 ${pii.phoneKo()}로 연락 주세요.`,
  },
  {
    name: 'ko-delivery-no-pii',
    genre: 'delivery',
    lang: 'ko',
    noPii: true,
    build: ({ negatives }) =>
      compose`${negatives.dateKo()} 출고 예정입니다. 운송장 ${negatives.tracking()}, 총 ${negatives.quantityKo()}, 배송비 ${negatives.priceKo()}. ${negatives.stationKo()} 물류센터에서 ${negatives.time()} 출발.`,
  },
];
