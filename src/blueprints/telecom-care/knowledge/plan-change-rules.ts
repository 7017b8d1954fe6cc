// Plan change rules (ko and en): when a change applies, proration, eligibility, devices, commitments, cancelling and the monthly limit.
import { commitmentDiscountRate } from '../telecom-policy.ts';
import { operatorName } from '../troubleshooting-steps.ts';

const percent = `${Math.round(commitmentDiscountRate * 100)}%`;

export function planChangeRules(): { ko: string; en: string } {
  return {
    ko: `# ${operatorName.ko} 요금제 변경 규정

## 적용 시점

요금제 변경은 신청한 날 바로 적용됩니다. 그달 월정액은 날짜 수로 나누어 변경 전 요금제의 사용 일수와 변경 후 요금제의 남은 일수를 각각 계산합니다. 예: 30일인 달의 21일에 월 59,000원 요금제에서 월 69,000원 요금제로 바꾸면 59,000원 × 20/30 = 39,333원과 69,000원 × 10/30 = 23,000원이 청구됩니다(부가세 별도).

## 데이터 제공량

변경한 달에는 새 요금제의 한 달 제공량이 적용되고, 변경 전에 쓴 데이터도 함께 계산됩니다. 예: 이미 20GB를 쓴 상태에서 24GB 요금제로 바꾸면 이번 달 남은 데이터는 4GB입니다. 구매한 데이터 충전은 말일까지 그대로 유지됩니다.

## 변경 조건

- 한 회선은 한 달(청구 주기)에 한 번만 요금제를 바꿀 수 있습니다.
- 사용 중인 회선만 변경할 수 있습니다. 정지된 회선은 먼저 정지를 해제해야 합니다.
- 개인 고객은 개인 요금제, 법인 고객은 법인 요금제만 가입할 수 있습니다.
- 판매가 종료된 요금제로는 바꿀 수 없습니다. 이미 쓰고 있는 종료 요금제는 계속 쓸 수 있지만 다른 요금제로 바꾸면 돌아갈 수 없습니다.
- 청년 요금제는 만 34세 이하, 틴 요금제는 만 18세 이하, 키즈 요금제는 만 12세 이하, 시니어·실버 요금제는 만 65세 이상 명의자만 가입할 수 있습니다.
- 5G 요금제는 5G 단말에서만 쓸 수 있습니다. 5G 단말은 LTE 요금제도 쓸 수 있습니다.

## 약정

- 약정 요금제(12개월 또는 24개월)는 월정액의 ${percent}를 할인합니다.
- 약정 중에 다른 약정 요금제로 바꾸면 기존 약정 기간이 그대로 이어지고 할인도 계속됩니다.
- 무약정 요금제에서 약정 요금제로 바꾸면 변경일부터 새 약정이 시작됩니다.
- 약정 기간 중 무약정 요금제로 바꾸면 받은 할인의 일부를 할인 반환금으로 내야 하므로 상담사가 금액을 안내한 뒤 처리합니다.

## 해지와 위약금

- 무약정 요금제 회선은 위약금 없이 언제든 해지할 수 있습니다. 해지한 달의 월정액은 해지일까지 날짜 수로 나누어 계산합니다.
- 약정 기간 중에 해지하면 그동안 받은 약정 할인의 일부를 할인 반환금(위약금)으로 냅니다. 금액은 남은 약정 기간에 따라 달라지므로 상담사가 정확한 금액을 안내한 뒤 해지를 처리합니다.
- 약정 기간이 끝난 회선은 위약금 없이 해지할 수 있습니다.
- 회선 해지는 본인 확인 후 상담사가 처리합니다. 휴대폰을 잃어버렸을 때는 해지 대신 회선을 일시 정지할 수 있습니다.

## 확인 절차

요금제를 바꾸기 전에 회선 번호, 현재·새 요금제와 월정액, 적용일, 이번 달 일할 금액을 안내하고 고객의 명확한 동의를 받은 뒤 변경합니다.
`,
    en: `# ${operatorName.en} plan change rules

## When a change applies

A plan change applies on the day it is made. That month's fee is split by days: the days on the old plan and the days left on the new plan are each charged at their plan's rate. Example: moving from a ₩59,000 plan to a ₩69,000 plan on the 21st of a 30-day month is billed ₩59,000 × 20/30 = ₩39,333 plus ₩69,000 × 10/30 = ₩23,000 (VAT excluded).

## Data allowance

In the month of the change the new plan's full monthly allowance applies, and data used before the change counts toward it. Example: with 20 GB already used, moving to a 24 GB plan leaves 4 GB for the rest of the month. Top-ups bought stay valid to the end of the month.

## Conditions

- A line can change plans once per billing month.
- Only an active line can change plans; a suspended line must be resumed first.
- Individuals can choose individual plans only, businesses business plans only.
- Closed plans cannot be chosen. A line already on a closed plan can keep it, but cannot return to it after leaving.
- Youth plans are for account holders aged 34 or younger, Teen 18 or younger, Kids 12 or younger, Senior and Silver 65 or older.
- 5G plans need a 5G device. 5G devices can use LTE plans too.

## Commitments

- Commitment plans (12 or 24 months) take ${percent} off the monthly fee.
- Moving between commitment plans keeps the current commitment period and its discount.
- Moving from a no-commitment plan to a commitment plan starts a new commitment on the day of the change.
- Leaving a commitment early for a no-commitment plan means paying back part of the discount received, so an agent explains the amount and makes that change.

## Cancelling a line and early termination fees

- A line on a no-commitment plan can be cancelled at any time with no fee. The month's fee is prorated to the day of cancellation.
- Cancelling during a commitment means paying back part of the commitment discount received (the early termination fee). The amount depends on the months left, so an agent tells the customer the exact amount before cancelling the line.
- A line whose commitment has ended can be cancelled with no fee.
- An agent cancels a line after verifying the customer. If a phone is lost, the line can be suspended instead of cancelled.

## Confirmation

Before a change we list the line number, the current and new plan with their monthly fees, the effective date and this month's prorated amounts, and make the change only after the customer's clear yes.
`,
  };
}
