// Knowledge: what stations offer (services, hours, prices) and the EV charging membership rules.
import { storePolicy as policy } from '../store-policy.ts';
import type { PolicyTopic } from './policy-document.ts';

export const stationServices: PolicyTopic = {
  slug: 'station-services',
  title: { ko: '주유소 서비스 안내', en: 'Station services' },
  tags: ['stations', 'car wash', 'maintenance', 'ev charging'],
  text: {
    ko: `# 주유소 서비스 안내
전국 누리에너지 주유소마다 제공하는 서비스가 다릅니다. 지역(시·구)이나 서비스로 가까운 주유소를 찾을 수 있습니다.

| 서비스 | 안내 |
|---|---|
| 24시간 | 심야에도 주유·충전 가능 (세차·정비는 운영 시간 안에만) |
| 셀프 주유 | 직접 주유하며 리터당 약 30~50원 저렴 |
| 자동 세차 | 기본 세차 7,000원, 멤버십 플러스·프리미엄 회원 월 1~2회 무료. 차량 높이 2.1m 이하 |
| EV 급속 충전 | 100kW 이상 급속 충전기, kWh당 요금은 주유소별 가격표 참고 |
| EV 완속 충전 | 7kW 완속 충전기, 최대 14시간 |
| 편의점 | 간식, 음료, 차량용품 판매 |
| 경정비 | 엔진오일 교환(공임 무료, 오일 구매 시), 타이어 공기압, 배터리 점검·교체. 평일 09:00~18:00 |
| LPG 충전 | LPG 차량 충전 |
| 수소 충전 | 수소차 충전, kg당 요금 |

- 유가는 매일 오전 6시에 바뀌며, 챗봇과 앱이 안내하는 가격은 그날 기준입니다.
- 주유 1리터당 ${policy.stationPointsPerLitre}포인트가 적립됩니다.
- 온라인으로 산 엔진오일을 경정비 가능 주유소에 가져오시면 교환 공임이 무료입니다.`,
    en: `# Station services
Each Nuri Energy station offers a different set of services. You can look stations up by area (city or district) or by service.

| Service | Details |
|---|---|
| 24h | Fuel and charging at night too (car wash and maintenance only in opening hours) |
| Self-service | Fill up yourself, about ₩30–50 cheaper per litre |
| Car wash | Basic wash ₩7,000; one or two free washes a month for Plus and Premium EV members. Vehicles up to 2.1 m tall |
| EV fast charging | 100 kW+ fast chargers; the price per kWh is on each station's price list |
| EV slow charging | 7 kW AC chargers, up to 14 hours |
| Convenience store | Snacks, drinks and car accessories |
| Maintenance | Oil change (free labour when you buy the oil), tyre pressure, battery checks and replacement. Weekdays 09:00–18:00 |
| LPG | LPG refuelling |
| Hydrogen | Hydrogen refuelling, priced per kg |

- Pump prices change every day at 6 a.m.; prices quoted by the assistant and the app are today's.
- You earn ${policy.stationPointsPerLitre} points per litre of fuel.
- Bring engine oil bought online to a station with maintenance and the oil change labour is free.`,
  },
};

export const evMembership: PolicyTopic = {
  slug: 'ev-charging-membership',
  title: { ko: 'EV 충전 멤버십', en: 'EV charging membership' },
  tags: ['ev', 'membership', 'charging'],
  text: {
    ko: `# EV 충전 멤버십
| 등급 | 월간 | 연간 | 혜택 |
|---|---|---|---|
| 베이직 | ₩4,900 | ₩49,000 | 급속 충전 kWh당 20원 할인 |
| 플러스 | ₩9,900 | ₩99,000 | kWh당 50원 할인, 자동 세차 월 1회 |
| 프리미엄 | ₩19,900 | ₩199,000 | kWh당 90원 할인, 자동 세차 월 2회, 충전기 예약 |

- 연간 요금은 12개월을 10개월 값에 이용하는 요금입니다.
- 멤버십은 온라인 스토어에서 주문하며, 결제 다음 날부터 적용됩니다. 충전 회원카드(RFID)는 따로 주문하거나 앱의 QR로 충전할 수 있습니다.
- 월간 멤버십은 매월 같은 날 등록된 결제 수단으로 자동 결제되며, 다음 결제일 전까지 앱에서 해지하면 다음 달부터 결제되지 않습니다.
- 멤버십은 상품 반품·교환 대상이 아닙니다. 대신 **결제 후 ${policy.membershipCoolingOffDays}일 이내에 충전 이용 내역이 없으면** 고객센터(${policy.supportPhone})에서 전액 환불해 드립니다. 그 뒤에는 남은 기간에 대한 환불 없이 만료일까지 이용할 수 있습니다.
- 할인은 누리에너지 충전소에만 적용되며, 로밍 충전소(환경부·한국전력)에서는 각 사업자의 요금이 적용됩니다.`,
    en: `# EV charging membership
| Plan | Monthly | Annual | Perks |
|---|---|---|---|
| Basic | ₩4,900 | ₩49,000 | ₩20 off per kWh of fast charging |
| Plus | ₩9,900 | ₩99,000 | ₩50 off per kWh, one car wash a month |
| Premium | ₩19,900 | ₩199,000 | ₩90 off per kWh, two car washes a month, charger booking |

- The annual plan gives 12 months for the price of 10.
- Order a membership in the online store; it starts the day after payment. Order an RFID member card separately, or charge with the app's QR code.
- Monthly plans renew on the same day each month with your saved payment method; cancel in the app before the next renewal date and you will not be charged again.
- Memberships cannot be returned or exchanged like goods. Instead, **within ${policy.membershipCoolingOffDays} days of payment and with no charging session used**, the customer centre (${policy.supportPhone}) refunds it in full. After that there is no refund for the remaining period; the membership runs until it expires.
- Discounts apply at Nuri Energy chargers only; roaming chargers (Ministry of Environment, KEPCO) charge their own rates.`,
  },
};
