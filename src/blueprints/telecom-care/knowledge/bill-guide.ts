// The bill explanation guide (ko and en): line items, VAT, proration, discounts, late fees and suspension for non-payment.
import {
  billing,
  commitmentDiscountRate,
  dataOveragePerMb,
  lateFeeRate,
  multiLineDiscounts,
  nonPaymentSuspensionDays,
  voiceOveragePerSecond,
  voluntarySuspension,
} from '../telecom-policy.ts';
import { operatorName } from '../troubleshooting-steps.ts';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const won = (value: number) => `₩${value.toLocaleString('en-US')}`;

export function billGuide(): { ko: string; en: string } {
  const [large, small] = multiLineDiscounts;
  return {
    ko: `# ${operatorName.ko} 청구서 안내

## 청구 주기와 납부 기한

요금은 매월 1일부터 말일까지 한 달 단위로 계산합니다. 청구서는 다음 달 ${billing.issueDay}일에 발행되고 납부 기한은 다음 달 ${billing.dueDay}일입니다. 자동이체를 등록하면 납부 기한 당일에 결제됩니다.

## 청구서 항목

청구서는 회선별로 항목을 나눠 보여 줍니다.

| 항목 | 설명 |
| --- | --- |
| 월정액 | 요금제의 한 달 요금(부가세 별도). 월 중간에 개통·변경하면 일할 계산합니다. |
| 선택약정 할인 | 약정 요금제는 월정액의 ${percent(commitmentDiscountRate)}를 할인합니다. |
| 법인 다회선 할인 | 법인 계정의 회선이 ${small?.minimumLines}개 이상이면 월정액 ${percent(small?.rate ?? 0)}, ${large?.minimumLines}개 이상이면 ${percent(large?.rate ?? 0)} 할인합니다. |
| 데이터 충전 | 그달에 구매한 데이터 충전 금액. |
| 로밍 | 해외에서 데이터를 쓴 날의 일일권, 통화·문자 요금. |
| 초과 사용 | 속도 제한이 없는 요금제에서 기본 제공량을 넘긴 데이터(MB당 ${dataOveragePerMb}원), 음성 초과 통화(초당 ${voiceOveragePerSecond}원). |
| 부가가치세 | 위 항목 합계의 10%. |
| 연체 가산금 | 지난 청구서를 기한 안에 내지 않았을 때 부과됩니다(부가세 없음). |

요금표의 모든 금액은 부가세 별도이며 청구서에서 10%를 더합니다. 예: 월정액 59,000원 요금제는 부가세 5,900원을 더해 64,900원이 청구됩니다.

## 일할 계산

월 중간에 개통하거나 요금제를 바꾸면 그달 월정액을 날짜 수로 나눕니다. 30일인 달의 21일에 59,000원 요금제로 개통했다면 21일부터 30일까지 10일분인 19,667원이 청구됩니다. 요금제를 바꾼 달은 변경 전 요금제의 사용 일수와 변경 후 요금제의 남은 일수를 각각 계산해 더합니다.

## 일시 정지 기간의 요금

고객 요청 일시 정지 기간에는 월정액 대신 월 ${won(voluntarySuspension.monthlyFee)}(부가세 별도, 일할)이 청구됩니다. 분실·도난 정지 기간에는 요금이 없습니다.

## 미납과 이용 정지

- 납부 기한까지 내지 않은 청구서는 미납이 되고, 다음 청구서에 미납 금액의 ${percent(lateFeeRate)}가 연체 가산금으로 한 번 부과됩니다.
- 납부 기한으로부터 ${nonPaymentSuspensionDays}일이 지나도록 미납이면 계정의 모든 회선이 요금 미납 정지됩니다. 정지 전 문자와 이메일로 두 번 안내합니다.
- 미납 요금을 모두 납부하면 정지는 즉시 해제됩니다. 일부만 납부하면 해제되지 않습니다.
- 미납 정지 기간에도 월정액은 청구됩니다.

## 납부 방법

등록된 카드나 계좌로 챗봇·앱·고객센터에서 즉시 납부할 수 있습니다. 청구서 하나씩 전액 납부하며, 가장 오래된 미납 청구서부터 내는 것을 권합니다.
`,
    en: `# ${operatorName.en} guide to your bill

## Billing cycle and due date

Charges are counted per calendar month, from the 1st to the last day. The bill is issued on the ${billing.issueDay}th of the next month and is due on the ${billing.dueDay}th of the next month. With autopay the bill is charged on its due date.

## Bill items

The bill lists items line by line.

| Item | What it is |
| --- | --- |
| Monthly fee | The plan's fee for the month (VAT excluded); prorated by days when a line starts or changes plan mid-month. |
| Commitment discount | Commitment plans take ${percent(commitmentDiscountRate)} off the monthly fee. |
| Business multi-line discount | Business accounts with ${small?.minimumLines}+ lines get ${percent(small?.rate ?? 0)} off plan fees, ${large?.minimumLines}+ lines ${percent(large?.rate ?? 0)}. |
| Data top-up | Top-ups bought that month. |
| Roaming | Daily passes for days data was used abroad, plus calls and texts abroad. |
| Usage beyond allowance | Data beyond the allowance on plans without a speed limit (₩${dataOveragePerMb} per MB) and calls beyond the voice allowance (₩${voiceOveragePerSecond} per second). |
| VAT | 10% of the items above. |
| Late fee | Charged when the previous bill was not paid by its due date (no VAT). |

All prices in our price lists exclude VAT; the bill adds 10%. For example, a ₩59,000 plan is billed ₩59,000 + ₩5,900 VAT = ₩64,900.

## Proration

When a line starts or changes plan mid-month, the monthly fee is split by days. A ₩59,000 plan activated on the 21st of a 30-day month is billed for 10 days: ₩19,667. In a month with a plan change, the days on the old plan and the days left on the new plan are each charged at their plan's rate.

## Charges while suspended

During a temporary suspension at your request you pay ${won(voluntarySuspension.monthlyFee)} a month (VAT excluded, prorated) instead of the plan fee. Lost or stolen suspensions are free.

## Unpaid bills and suspension

- A bill not paid by its due date becomes overdue, and the next bill carries a one-off late fee of ${percent(lateFeeRate)} of the unpaid amount.
- If a bill is still unpaid ${nonPaymentSuspensionDays} days after its due date, every line on the account is suspended for non-payment. We warn twice by text and email first.
- Paying every overdue bill lifts the suspension at once; a partial payment does not.
- Plan fees keep being charged during a non-payment suspension.

## How to pay

Pay at once with a saved card or bank account through the assistant, the app or the call centre. Each payment settles one bill in full; paying the oldest overdue bill first is best.
`,
  };
}
