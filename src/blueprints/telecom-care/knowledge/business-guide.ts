// The business account guide (ko and en): who may act for the account, many lines, discounts, billing and IoT lines.
import { multiLineDiscounts } from '../telecom-policy.ts';
import { operatorName } from '../troubleshooting-steps.ts';

export function businessGuide(): { ko: string; en: string } {
  const [large, small] = multiLineDiscounts;
  return {
    ko: `# ${operatorName.ko} 법인 고객 안내

## 본인 확인

법인 계정은 사업자등록번호(123-45-67890 형식)와 계정에 등록된 이메일(대표 관리 이메일 또는 담당자 이메일)로 확인합니다. 확인된 담당자는 계정의 모든 회선을 조회·변경할 수 있습니다. 개인 고객은 본인 명의 회선의 휴대폰 번호와 생년월일로 확인합니다. 정보가 맞지 않으면 어느 항목이 틀렸는지 알려 드리지 않으며, 5번 틀리면 상담사에게 연결합니다.

## 회선 관리

- 한 계정에 회선 수 제한은 없습니다. 회선 목록은 상태(사용 중, 정지, 해지)별로 나눠 볼 수 있습니다.
- 각 회선에는 사용자 이름과 부서를 표시할 수 있습니다.
- 직원 퇴사 시 회선 해지나 명의 변경은 상담사가 처리합니다. 분실 정지, 데이터 충전, 로밍, 요금제 변경은 챗봇에서 바로 할 수 있습니다.

## 법인 요금제와 할인

- 법인 요금제(비즈 5G·비즈 LTE)는 법인 계정만 가입할 수 있고, 법인 회선은 개인 요금제로 바꿀 수 없습니다.
- 다회선 할인: 사용 중인 회선이 ${small?.minimumLines}개 이상이면 월정액 ${Math.round((small?.rate ?? 0) * 100)}%, ${large?.minimumLines}개 이상이면 ${Math.round((large?.rate ?? 0) * 100)}% 할인됩니다. 약정 할인과 함께 받을 수 있습니다.
- 비즈 5G 데이터풀 20 요금제는 회선당 20GB를 같은 요금제의 회사 회선이 함께 씁니다.
- 비즈 LTE IoT는 카드 단말기·차량 관제기용 요금제로 고정 IP를 제공하며 음성 통화가 없습니다.

## 청구와 납부

- 청구서는 계정 하나에 한 장이며 회선별 항목이 나뉘어 있습니다. 세금계산서는 청구서 발행일에 등록 이메일로 발행됩니다.
- 자동이체(법인 카드 또는 법인 계좌)를 권장합니다. 미납 시 규정은 개인 고객과 같으며, 미납 정지는 계정의 모든 회선에 적용됩니다.

## 전담 지원

비즈 5G 무제한, 비즈 5G 프로 100, 비즈 5G 글로벌 회선이 있는 계정은 평일 9시~18시 전담 고객센터를 이용할 수 있습니다.
`,
    en: `# ${operatorName.en} business account guide

## Verifying who you are

Business accounts are verified with the business registration number (123-45-67890) and an email registered on the account (the account's admin email or the contact person's). Once verified, the contact can view and change every line on the account. Individuals are verified with the mobile number of one of their own lines and their date of birth. When details do not match we never say which one was wrong, and after five failed tries we connect an agent.

## Managing lines

- There is no limit on lines per account; the line list can be filtered by status (active, suspended, cancelled).
- Each line can show its user's name and department.
- When an employee leaves, cancelling or transferring a line is done by an agent. Lost-phone suspensions, top-ups, roaming and plan changes can be done with the assistant right away.

## Business plans and discounts

- Business plans (Business 5G, Business LTE) are for business accounts only, and business lines cannot move to individual plans.
- Multi-line discount: ${Math.round((small?.rate ?? 0) * 100)}% off plan fees with ${small?.minimumLines}+ active lines, ${Math.round((large?.rate ?? 0) * 100)}% with ${large?.minimumLines}+; it combines with the commitment discount.
- Business 5G Data Pool 20 shares 20 GB per line among the company's lines on that plan.
- Business LTE IoT is for card terminals and fleet trackers: a static IP and no voice calls.

## Billing and payment

- One bill per account, itemised per line. The tax invoice is emailed to the registered address on the day the bill is issued.
- Autopay from a company card or bank account is recommended. Unpaid-bill rules are the same as for individuals, and a non-payment suspension applies to every line on the account.

## Priority support

Accounts with Business 5G Unlimited, Business 5G Pro 100 or Business 5G Global lines can use the priority support desk on weekdays from 9:00 to 18:00.
`,
  };
}
