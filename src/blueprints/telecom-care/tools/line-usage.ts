// A line's data allowance this cycle: plan allowance plus top-ups, what is used and left, and whether the speed is limited.
import type { Language } from '../../../models/builtin/index.ts';
import { daysBetween } from '../calendar.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { formatDate, formatGb, formatSpeed } from './tool-support.ts';

export interface DataUsage {
  number: string;
  planId: string;
  /** null: unlimited. */
  allowanceGb: number | null;
  topUpGb: number;
  usedGb: number;
  remainingGb: number | null;
  percentUsed: number | null;
  /** The allowance is used up: the plan's throttle speed (or per-MB charges) applies. */
  overAllowance: boolean;
  cycle: { start: string; end: string };
  daysLeft: number;
  summary: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * @example
 * dataUsage({ line, plan, today: '2026-11-20', language: 'en' }).summary;
 */
export function dataUsage(options: { line: Line; plan: Plan; today: string; language: Language }): DataUsage {
  const { line, plan, language } = options;
  const topUpGb = line.addOns.filter((addOn) => addOn.expiresOn >= options.today).reduce((sum, addOn) => sum + addOn.gb, 0);
  const allowance = plan.dataGb === null ? null : plan.dataGb + topUpGb;
  const remaining = allowance === null ? null : round(Math.max(0, allowance - line.dataUsedGb));
  const over = allowance !== null && line.dataUsedGb >= allowance;
  const daysLeft = Math.max(0, daysBetween(options.today, line.cycle.end) + 1);
  const used = formatGb(round(line.dataUsedGb), language);
  const end = formatDate(line.cycle.end, language);
  let summary: string;
  if (allowance === null)
    summary =
      language === 'ko'
        ? `이번 달 ${used} 사용 (무제한 요금제), 주기 종료 ${end}`
        : `${used} used this cycle (unlimited plan); cycle ends ${end}`;
  else if (!over)
    summary =
      language === 'ko'
        ? `${formatGb(allowance, language)} 중 ${used} 사용, ${formatGb(remaining, language)} 남음 (${end}까지 ${daysLeft}일)`
        : `${used} of ${formatGb(allowance, language)} used, ${formatGb(remaining, language)} left (${daysLeft} days to ${end})`;
  else if (plan.throttleMbps !== null)
    summary =
      language === 'ko'
        ? `기본 제공 ${formatGb(allowance, language)}를 모두 사용해 ${end}까지 ${formatSpeed(plan.throttleMbps)}로 제한됩니다. 데이터 충전으로 속도를 되찾을 수 있습니다.`
        : `All ${formatGb(allowance, language)} used; speed is limited to ${formatSpeed(plan.throttleMbps)} until ${end}. A data top-up restores full speed.`;
  else
    summary =
      language === 'ko'
        ? `기본 제공 ${formatGb(allowance, language)}를 초과해 초과분은 MB당 10원이 청구됩니다.`
        : `Beyond the ${formatGb(allowance, language)} allowance; extra data is charged at ₩10 per MB.`;
  return {
    number: line.number,
    planId: plan.planId,
    allowanceGb: allowance,
    topUpGb,
    usedGb: round(line.dataUsedGb),
    remainingGb: remaining,
    percentUsed: allowance === null ? null : Math.min(100, Math.round((line.dataUsedGb / allowance) * 100)),
    overAllowance: over,
    cycle: line.cycle,
    daysLeft,
    summary,
  };
}
