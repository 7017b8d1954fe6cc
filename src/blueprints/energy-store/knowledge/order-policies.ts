// Knowledge: returns and exchanges, cancellation, and shipping — the rules the order tools enforce, quoted from storePolicy.
import { storePolicy as policy } from '../store-policy.ts';
import { type PolicyTopic, won } from './policy-document.ts';

const days = policy.returnWindowDays;

export const returnsAndExchanges: PolicyTopic = {
  slug: 'returns-and-exchanges',
  title: { ko: '반품 및 교환 정책', en: 'Returns and exchanges' },
  tags: ['returns', 'exchanges', 'refund'],
  text: {
    ko: `# 반품 및 교환 정책

## 신청 기간
- 배송 완료일로부터 **${days}일 이내**에 반품 또는 교환을 신청할 수 있습니다.
- 주문 상태가 **배송 완료(delivered)** 인 주문만 반품·교환할 수 있습니다. 아직 배송 중인 주문은 배송이 끝난 뒤 신청해 주세요.
- 한 주문 상품(주문 라인)은 반품 또는 교환을 **한 번만** 신청할 수 있습니다.

## 반품
- 반품은 주문 라인 단위로 접수하며, 해당 라인의 **상품 금액 전액**(단가 × 수량)을 처음 결제한 수단으로 환불합니다.
- 처음 낸 배송비(${won(policy.shippingFee)})는 단순 변심 반품 시 돌려드리지 않습니다.
- 반품 접수 즉시 환불이 처리되며, 카드 결제는 카드사 사정에 따라 ${policy.cardRefundBusinessDays}영업일 뒤 승인 취소가 보입니다. 누리 포인트로 결제한 금액은 즉시 포인트로 돌아갑니다.
- 회수 기사가 2~3일 안에 방문합니다. 상품은 받은 상태 그대로(개봉하지 않은 엔진오일·케미컬 제품) 포장해 주세요.

## 교환
- 같은 상품의 **다른 옵션**(용량, 색상, 길이 등)으로만 교환할 수 있으며, 바꿀 옵션이 **재고가 있어야** 합니다. 다른 상품으로 바꾸려면 반품 후 새로 주문해 주세요.
- 새 옵션이 더 비싸면 차액을 처음 결제한 수단으로 추가 결제하고, 더 싸면 차액을 환불합니다.

## 반품·교환이 안 되는 상품
- **선불 주유카드와 주유 상품권**, **EV 충전 멤버십**은 반품·교환 대상이 아닙니다. (멤버십 해지는 'EV 충전 멤버십' 안내를 보세요.)
- 개봉했거나 사용한 오일·케미컬 제품, 고객 부주의로 훼손된 상품.

## 불량·오배송
- 불량이거나 주문과 다른 상품이 왔다면 기간과 관계없이 고객센터(${policy.supportPhone}, ${policy.supportHours.ko})로 사진과 함께 알려 주세요. 왕복 배송비는 누리에너지가 부담합니다.`,
    en: `# Returns and exchanges

## When you can ask
- You can return or exchange items within **${days} days of delivery**.
- Only orders whose status is **delivered** can be returned or exchanged. If an order is still on its way, ask once it has arrived.
- Each order line can be returned or exchanged **once**.

## Returns
- Returns are made per order line, and we refund the **full item amount** (unit price × quantity) to the payment method you paid with.
- The original shipping fee (${won(policy.shippingFee)}) is not refunded for change-of-mind returns.
- The refund is issued as soon as the return is booked; card refunds show on your statement after ${policy.cardRefundBusinessDays} business days, depending on the card issuer. Amounts paid with Nuri points go back to your points at once.
- A courier collects the parcel within 2–3 days. Please pack items as they came (oils and chemicals unopened).

## Exchanges
- You can exchange an item only for **another option of the same product** (size, colour, length…), and that option must be **in stock**. For a different product, return the item and place a new order.
- If the new option costs more, we charge the difference to the original payment method; if it costs less, we refund the difference.

## What cannot be returned
- **Prepaid fuel cards and fuel gift cards**, and **EV charging memberships** cannot be returned or exchanged (see "EV charging membership" for cancelling a membership).
- Opened or used oils and chemicals, and items damaged through misuse.

## Faulty or wrong items
- If an item is faulty or not what you ordered, tell the customer centre (${policy.supportPhone}, ${policy.supportHours.en}) with photos, at any time. We pay shipping both ways.`,
  },
};

export const cancellation: PolicyTopic = {
  slug: 'order-cancellation',
  title: { ko: '주문 취소 및 변경', en: 'Cancelling and changing an order' },
  tags: ['cancellation', 'order change', 'refund'],
  text: {
    ko: `# 주문 취소 및 변경

## 주문 상태
| 상태 | 뜻 | 취소 | 옵션 변경 |
|---|---|---|---|
| 결제 완료(pending) | 결제가 끝나고 출고를 준비하는 중 | 가능 | 가능 |
| 출고(processed) | 택배사에 넘겨져 운송장 번호가 나온 상태 | 불가 | 불가 |
| 배송 완료(delivered) | 받으신 상태 | 불가 (반품으로) | 불가 (교환으로) |
| 취소(cancelled) | 취소된 주문 | - | - |

## 취소
- **결제 완료(pending)** 상태의 주문만 취소할 수 있습니다. 주문 전체가 취소되며, 상품 금액과 배송비를 포함한 **결제 금액 전액**을 처음 결제한 수단으로 환불합니다.
- 이미 출고된 주문은 취소할 수 없습니다. 받으신 뒤 ${days}일 이내에 반품을 신청해 주세요.
- 카드 승인 취소는 ${policy.cardRefundBusinessDays}영업일 안에 반영됩니다.

## 옵션 변경
- 결제 완료 상태에서는 주문한 상품을 **같은 상품의 다른 옵션**(예: 엔진오일 1L → 4L)으로 바꿀 수 있습니다. 바꿀 옵션은 재고가 있어야 합니다.
- 가격이 오르면 차액을 추가 결제하고, 내리면 차액을 환불합니다. 배송비는 주문할 때 정해진 금액 그대로이며 다시 계산하지 않습니다.
- 수량 변경이나 다른 상품 추가는 주문을 취소한 뒤 새로 주문해 주세요.`,
    en: `# Cancelling and changing an order

## Order status
| Status | Meaning | Cancel | Change option |
|---|---|---|---|
| pending | Paid; we are preparing the parcel | yes | yes |
| processed | Handed to the courier, tracking number issued | no | no |
| delivered | You have received it | no (return it) | no (exchange it) |
| cancelled | Cancelled | - | - |

## Cancelling
- Only **pending** orders can be cancelled. The whole order is cancelled and we refund the **full amount paid**, items and shipping fee, to the original payment method.
- An order that has shipped cannot be cancelled; once it arrives, you can return it within ${days} days.
- Card refunds appear within ${policy.cardRefundBusinessDays} business days.

## Changing an option
- While an order is pending you can swap an item for **another option of the same product** (e.g. engine oil 1L → 4L), if that option is in stock.
- If the price goes up we charge the difference; if it goes down we refund it. The shipping fee stays as set when you ordered.
- To change quantities or add products, cancel the order and place a new one.`,
  },
};

export const shipping: PolicyTopic = {
  slug: 'shipping',
  title: { ko: '배송 안내', en: 'Shipping' },
  tags: ['shipping', 'delivery', 'tracking'],
  text: {
    ko: `# 배송 안내
- 배송비: 상품 금액 합계 ${won(policy.freeShippingThreshold)} 이상이면 **무료**, 그보다 적으면 **${won(policy.shippingFee)}** 입니다. 제주·도서산간 지역도 추가 요금이 없습니다.
- 평일 오후 2시까지 결제한 주문은 당일 출고되고, 보통 출고 다음 날(1~2일 안)에 도착합니다. 주말·공휴일 주문은 다음 영업일에 출고됩니다.
- 택배사: CJ대한통운, 한진택배, 롯데택배, 우체국택배, 로젠택배. 출고되면 운송장 번호를 문자와 주문 상세에서 확인할 수 있습니다.
- 여러 상품을 주문하면 창고가 달라 나누어 배송될 수 있으며, 이때도 배송비는 한 번만 받습니다.
- 한 주문에 같은 상품은 최대 **${policy.maximumQuantityPerItem}개**까지 담을 수 있습니다.
- 200L 드럼 유압유와 가정용 충전기 설치 상품은 화물 배송 또는 설치 기사 방문으로 진행되며, 출고 전에 연락드립니다.`,
    en: `# Shipping
- Shipping fee: **free** when the items come to ${won(policy.freeShippingThreshold)} or more, otherwise **${won(policy.shippingFee)}**. No surcharge for Jeju or remote islands.
- Orders paid by 2 p.m. on a weekday ship the same day and usually arrive the next day (1–2 days). Weekend and holiday orders ship the next business day.
- Couriers: CJ Logistics, Hanjin, Lotte Global Logistics, Korea Post and Logen. Once shipped, the tracking number is sent by text and shown in the order details.
- Orders with several items may arrive in more than one parcel from different warehouses; you still pay shipping once.
- One order can hold at most **${policy.maximumQuantityPerItem} units** of the same item.
- 200 L hydraulic-oil drums and home chargers with installation go by freight or with an installer's visit; we call you before dispatch.`,
  },
};
