// Knowledge: loyalty points and tiers, payment methods, and privacy — quoted from storePolicy so the tools and the text agree.
import { storePolicy as policy, tierLabels } from '../store-policy.ts';
import { type PolicyTopic, won } from './policy-document.ts';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
const tierRows = (language: 'ko' | 'en') =>
  (['basic', 'silver', 'gold', 'platinum'] as const)
    .map((tier) => `| ${tierLabels[tier][language]} | ${won(policy.tierThresholds[tier])} | ${percent(policy.earnRates[tier])} |`)
    .join('\n');

export const loyaltyPoints: PolicyTopic = {
  slug: 'loyalty-points',
  title: { ko: '누리 포인트와 회원 등급', en: 'Nuri points and member tiers' },
  tags: ['points', 'loyalty', 'tier'],
  text: {
    ko: `# 누리 포인트와 회원 등급

## 적립
- 온라인 스토어: 주문이 **배송 완료**되면 상품 금액(배송비 제외)에 등급별 적립률을 곱한 만큼 적립됩니다. 취소·반품된 금액은 적립되지 않습니다.
- 주유소: 주유 1리터당 **${policy.stationPointsPerLitre}포인트**, EV 충전은 결제 금액의 1%가 적립됩니다. 결제할 때 회원카드나 앱 바코드를 보여 주세요.

## 등급 (최근 12개월 적립 포인트 기준, 매월 1일 갱신)
| 등급 | 기준 | 온라인 적립률 |
|---|---|---|
${tierRows('ko')}

## 사용
- 1포인트 = 1원이며, 잔액이 **${policy.minimumPointsPayment.toLocaleString('en-US')}포인트 이상**이고 결제 금액 전체를 덮을 때 '누리 포인트' 결제 수단으로 주문 전액을 결제할 수 있습니다. 포인트와 카드를 나누어 결제하는 복합 결제는 아직 지원하지 않습니다.
- 포인트로 결제한 주문을 취소하거나 반품하면 포인트가 즉시 돌아옵니다.
- 포인트 유효기간은 적립일로부터 **${policy.pointsValidityYears}년**이며, 소멸 30일 전에 앱과 문자로 알려 드립니다.
- 포인트는 현금으로 바꾸거나 다른 회원에게 선물할 수 없습니다.`,
    en: `# Nuri points and member tiers

## Earning
- Online store: when an order is **delivered**, you earn its item total (shipping excluded) times your tier's rate. Cancelled or returned amounts earn nothing.
- At stations: **${policy.stationPointsPerLitre} points per litre** of fuel, and 1% of EV charging payments. Show your member card or the app barcode when you pay.

## Tiers (points earned in the last 12 months, reviewed on the 1st of each month)
| Tier | Threshold | Online earn rate |
|---|---|---|
${tierRows('en')}

## Spending
- One point is worth ₩1. With **${policy.minimumPointsPayment.toLocaleString('en-US')} points or more** and enough to cover the whole order, you can pay for an order with the "Nuri points" payment method. Splitting one payment between points and a card is not supported yet.
- If an order paid with points is cancelled or returned, the points come back at once.
- Points are valid for **${policy.pointsValidityYears} years** from the day they were earned; we remind you by app and text 30 days before they expire.
- Points cannot be exchanged for cash or given to another member.`,
  },
};

export const payment: PolicyTopic = {
  slug: 'payment',
  title: { ko: '결제 수단', en: 'Payment methods' },
  tags: ['payment', 'card', 'refund'],
  text: {
    ko: `# 결제 수단
- 주문에는 회원 정보에 **등록된 결제 수단**만 쓸 수 있습니다: 신용·체크카드, 계좌이체, 누리 포인트.
- 결제 수단 등록·삭제는 보안을 위해 앱이나 웹의 '내 정보 > 결제 수단'에서 본인 인증 후 직접 해 주세요. 상담(챗봇 포함)으로는 카드 번호를 받지 않습니다.
- 환불은 항상 **처음 결제한 수단**으로 돌려드립니다. 카드 ${policy.cardRefundBusinessDays}영업일, 계좌이체 1~2영업일, 포인트는 즉시입니다.
- 무이자 할부: 5만 원 이상 결제 시 카드사별 2~6개월 무이자 할부가 가능합니다(행사 기간은 카드사 공지 기준).
- 현금영수증과 세금계산서는 주문 상세에서 발급할 수 있습니다.`,
    en: `# Payment methods
- Orders can only be paid with a payment method **saved on your account**: credit or debit card, bank transfer, or Nuri points.
- For security, add or remove payment methods yourself in the app or on the web under "My account > Payment methods" after verifying your identity. Our agents (including the chat assistant) never take card numbers.
- Refunds always go back to the **payment method you paid with**: cards in ${policy.cardRefundBusinessDays} business days, bank transfers in 1–2 business days, points at once.
- Interest-free instalments: 2–6 months depending on the card issuer for payments of ₩50,000 or more.
- Cash receipts and tax invoices can be issued from the order details.`,
  },
};

export const privacy: PolicyTopic = {
  slug: 'privacy',
  title: { ko: '개인정보 보호와 본인 확인', en: 'Privacy and identity checks' },
  tags: ['privacy', 'authentication', 'personal data'],
  text: {
    ko: `# 개인정보 보호와 본인 확인
- 주문·포인트·주소처럼 계정 정보를 안내하거나 바꾸기 전에 **본인 확인**을 합니다: 가입한 **이메일 주소**, 또는 **이름과 배송지 우편번호(5자리)** 를 알려 주세요.
- 본인 확인에 실패하면 어느 항목이 틀렸는지 알려 드리지 않습니다. 개인정보를 추측하는 시도를 막기 위해서입니다.
- 한 상담에서는 한 분의 계정만 다룹니다. 가족의 주문을 확인하려면 그분이 직접 문의해 주세요.
- 주문 변경·취소·반품 같은 요청은 내용을 모두 보여 드리고 **"예"라고 확인**하신 뒤에만 처리합니다.
- 상담 기록은 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 3년간 보관한 뒤 파기합니다. 카드 번호 전체와 비밀번호는 저장하지 않습니다.
- 개인정보 열람·정정·삭제 요청: 고객센터 ${policy.supportPhone} (${policy.supportHours.ko}).`,
    en: `# Privacy and identity checks
- Before we share or change account information (orders, points, addresses), we **verify your identity**: give us the **email address** you signed up with, or your **name and delivery postcode (5 digits)**.
- If verification fails we do not say which detail was wrong, so nobody can guess personal data piece by piece.
- One conversation handles one customer's account. To check a family member's order, they need to contact us themselves.
- Changes such as modifying, cancelling or returning an order happen only after we list the details and you **confirm with "yes"**.
- Conversation records are kept for 3 years under Korea's Act on Consumer Protection in Electronic Commerce and then destroyed. We never store full card numbers or passwords.
- To see, correct or delete your personal data: customer centre ${policy.supportPhone} (${policy.supportHours.en}).`,
  },
};
