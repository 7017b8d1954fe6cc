// How a line's monthly charges are itemised (plan fee with proration, commitment and multi-line discounts) and the items' bilingual labels.
import type { BillItem } from './schemas/bill-schema.ts';
import type { Line } from './schemas/line-schema.ts';
import type { Plan } from './schemas/plan-schema.ts';
import { commitmentDiscountRate, multiLineDiscounts } from './telecom-policy.ts';

const won = (value: number) => value.toLocaleString('en-US');

export const billItemLabels = {
  planFee: (plan: Plan) => ({ ko: `${plan.name.ko} 월정액`, en: `${plan.name.en} monthly fee` }),
  proratedPlanFee: (plan: Plan, days: { used: number; month: number }) => ({
    ko: `${plan.name.ko} 월정액 (일할 ${days.used}/${days.month}일)`,
    en: `${plan.name.en} monthly fee (prorated ${days.used}/${days.month} days)`,
  }),
  commitmentDiscount: () => ({
    ko: `선택약정 할인 ${commitmentDiscountRate * 100}%`,
    en: `Commitment discount ${commitmentDiscountRate * 100}%`,
  }),
  multiLineDiscount: (rate: number, minimumLines: number) => ({
    ko: `법인 다회선 할인 ${rate * 100}% (${minimumLines}회선 이상)`,
    en: `Business multi-line discount ${rate * 100}% (${minimumLines}+ lines)`,
  }),
  topUp: (gb: number) => ({ ko: `데이터 충전 ${gb}GB`, en: `Data top-up ${gb} GB` }),
  roamingPass: (country: { ko: string; en: string }, days: number) => ({
    ko: `로밍 데이터 일일권 · ${country.ko} (${days}일)`,
    en: `Roaming daily data pass · ${country.en} (${days} day${days === 1 ? '' : 's'})`,
  }),
  dataOverage: (megabytes: number) => ({
    ko: `데이터 초과 사용 (${won(megabytes)}MB)`,
    en: `Data beyond allowance (${won(megabytes)} MB)`,
  }),
  voiceOverage: (minutes: number) => ({ ko: `음성 초과 사용 (${minutes}분)`, en: `Calls beyond allowance (${minutes} min)` }),
  vat: () => ({ ko: '부가가치세 (10%)', en: 'VAT (10%)' }),
  lateFee: (period: string) => ({ ko: `연체 가산금 (${period} 요금의 2%)`, en: `Late fee (2% of the ${period} bill)` }),
};

/**
 * The plan fee of a line for a month (prorated from the activation day) and the discounts that apply to it.
 * @example
 * planCharges({ line, plan, month: monthOf('2026-10-01'), activeLines: 0 });
 */
export function planCharges(options: {
  line: Line;
  plan: Plan;
  month: { start: string; end: string; days: number };
  /** Lines billed on a business account this month (0 for individuals). */
  activeLines: number;
}): BillItem[] {
  const { line, plan, month } = options;
  const items: BillItem[] = [];
  let fee = plan.monthlyFee;
  if (line.activatedAt > month.start) {
    const used = Number(month.end.slice(8)) - Number(line.activatedAt.slice(8)) + 1;
    fee = Math.round((plan.monthlyFee * used) / month.days);
    items.push({ kind: 'plan', label: billItemLabels.proratedPlanFee(plan, { used, month: month.days }), amount: fee });
  } else items.push({ kind: 'plan', label: billItemLabels.planFee(plan), amount: fee });
  if (line.contract !== null && line.contract.startDate <= month.end)
    items.push({ kind: 'discount', label: billItemLabels.commitmentDiscount(), amount: -Math.round(fee * commitmentDiscountRate) });
  const multiLine = multiLineDiscounts.find((discount) => options.activeLines >= discount.minimumLines);
  if (multiLine)
    items.push({
      kind: 'discount',
      label: billItemLabels.multiLineDiscount(multiLine.rate, multiLine.minimumLines),
      amount: -Math.round(fee * multiLine.rate),
    });
  return items;
}
