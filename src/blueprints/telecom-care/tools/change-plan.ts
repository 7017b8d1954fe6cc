// change_plan: moves a line to another open plan of its segment, effective today with the month prorated by days.
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { addMonths, ageOn, monthOf } from '../calendar.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { findPlan } from './plan-catalogue.ts';
import { customerOf, ownedLine, planOf, today } from './telecom-records.ts';
import { defineTool, fail, formatDate, formatGb, say, won } from './tool-support.ts';

const parameters = z.object({
  number: z.string().min(1).describe('Mobile number of the line, e.g. 010-1234-5678'),
  plan: z.string().min(1).describe("The new plan: id (e.g. '5G-PLUS-110') or name in Korean or English"),
});

function checkEligibility(options: {
  context: ToolContext;
  line: Line;
  current: Plan;
  target: Plan;
  age: number | undefined;
  day: string;
}) {
  const { context, line, current, target, age, day } = options;
  if (line.status !== 'active')
    fail(context, 'invalid_state', { ko: '사용 중인 회선만 요금제를 바꿀 수 있습니다.', en: 'Only an active line can change plans.' });
  if (target.planId === current.planId)
    fail(context, 'invalid_state', {
      ko: `이미 ${current.name.ko} 요금제를 쓰고 있습니다.`,
      en: `The line is already on ${current.name.en}.`,
    });
  if (target.segment !== current.segment)
    fail(context, 'segment_mismatch', {
      ko: target.segment === 'business' ? '법인 요금제는 법인 고객만 가입할 수 있습니다.' : '법인 회선은 법인 요금제로만 바꿀 수 있습니다.',
      en:
        target.segment === 'business'
          ? 'Business plans are for business accounts only.'
          : 'Business lines can only move to business plans.',
    });
  if (!target.openForSubscription)
    fail(context, 'plan_closed', {
      ko: `${target.name.ko}는 판매가 종료된 요금제입니다.`,
      en: `${target.name.en} is closed to new subscriptions.`,
    });
  const { minAge, maxAge } = target.eligibility ?? {};
  if (age !== undefined && ((minAge !== undefined && age < minAge) || (maxAge !== undefined && age > maxAge)))
    fail(context, 'age_not_eligible', {
      ko: `${target.name.ko}는 ${minAge !== undefined ? `만 ${minAge}세 이상` : `만 ${maxAge}세 이하`} 고객 전용입니다.`,
      en: `${target.name.en} is only for customers aged ${minAge !== undefined ? `${minAge} or older` : `${maxAge} or younger`}.`,
    });
  if (target.network === '5G' && line.device.network !== '5G')
    fail(context, 'device_not_supported', {
      ko: `${line.device.model}은(는) LTE 단말이라 5G 요금제를 쓸 수 없습니다.`,
      en: `The ${line.device.model} is an LTE device, so it cannot use a 5G plan.`,
    });
  if (line.contract !== null && line.contract.endDate > day && target.contractMonths === 0)
    fail(context, 'contract_active', {
      ko: `약정이 ${formatDate(line.contract.endDate, 'ko')}까지 남아 있어 무약정 요금제로 바꾸면 할인 반환금이 생깁니다. 상담사에게 연결해 드릴게요.`,
      en: `The commitment runs until ${formatDate(line.contract.endDate, 'en')}; moving to a no-commitment plan means an early-termination charge, so an agent must handle it.`,
    });
  if (line.planChangedAt !== null && line.planChangedAt >= monthOf(day).start)
    fail(context, 'plan_change_limit', {
      ko: `요금제는 한 달에 한 번만 바꿀 수 있습니다 (이번 달 ${formatDate(line.planChangedAt, 'ko')}에 변경).`,
      en: `A line can change plans once a billing month (already changed on ${formatDate(line.planChangedAt, 'en')}).`,
    });
}

function prepare(options: { records: RecordCollections; context: ToolContext; args: z.output<typeof parameters> }) {
  const { records, context, args } = options;
  const customer = customerOf(records, context);
  const line = ownedLine({ records, context, number: args.number });
  const current = planOf(records, line.planId);
  const target = findPlan({ records, context, query: args.plan });
  const day = today(context);
  const age = customer.type === 'individual' ? ageOn(customer.birthDate, day) : undefined;
  checkEligibility({ context, line, current, target, age, day });
  const month = monthOf(day);
  const daysBefore = Number(day.slice(8)) - 1;
  const daysAfter = month.days - daysBefore;
  const contract =
    target.contractMonths === 0
      ? null
      : (line.contract ?? { months: target.contractMonths, startDate: day, endDate: addMonths(day, target.contractMonths) });
  return {
    line,
    current,
    target,
    day,
    contract,
    proration: {
      daysBefore,
      daysAfter,
      currentPart: Math.round((current.monthlyFee * daysBefore) / month.days),
      newPart: Math.round((target.monthlyFee * daysAfter) / month.days),
    },
  };
}

/**
 * @example
 * const tool = changePlanTool(records);
 * await tool.run({ number: '010-1234-5678', plan: '5G Plus 110' }, context);
 */
export function changePlanTool(records: RecordCollections) {
  return defineTool({
    name: 'change_plan',
    description:
      'Change the plan of a line, effective today: the month is prorated by days between the old and new plan, the new allowance applies to this cycle. Rules: same segment (business plans for business accounts only), open plans only, age limits, 5G plans need a 5G device, once per billing month; leaving a commitment early needs an agent.',
    parameters,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { line, current, target, day, contract, proration } = prepare({ records, context, args });
      const ko = context.language === 'ko';
      const discount = contract ? (ko ? ' (약정 할인 25% 적용 전)' : ' (before the 25% commitment discount)') : '';
      const lines = ko
        ? [
            `${line.number} 회선의 요금제를 변경합니다: ${current.name.ko} (월 ${won(current.monthlyFee)}) → ${target.name.ko} (월 ${won(target.monthlyFee)}), 부가세 별도.`,
            `· 적용일: ${formatDate(day, 'ko')} (오늘)`,
            `· 이번 달 요금은 일할 계산: ${current.name.ko} ${proration.daysBefore}일 ${won(proration.currentPart)} + ${target.name.ko} ${proration.daysAfter}일 ${won(proration.newPart)}${discount}`,
            `· 데이터: 이번 달부터 ${formatGb(target.dataGb, 'ko')} 제공, 지금까지 쓴 ${formatGb(line.dataUsedGb, 'ko')}도 포함해 계산됩니다.`,
            ...(contract && !line.contract
              ? [`· 약정: 오늘부터 ${formatDate(contract.endDate, 'ko')}까지 ${contract.months}개월 약정, 월정액 25% 할인`]
              : contract
                ? [`· 약정: 기존 약정이 ${formatDate(contract.endDate, 'ko')}까지 그대로 이어집니다.`]
                : []),
          ]
        : [
            `Change the plan of ${line.number}: ${current.name.en} (${won(current.monthlyFee)}/month) → ${target.name.en} (${won(target.monthlyFee)}/month), VAT excluded.`,
            `· Effective ${formatDate(day, 'en')} (today)`,
            `· This month is prorated: ${proration.daysBefore} days of ${current.name.en} ${won(proration.currentPart)} + ${proration.daysAfter} days of ${target.name.en} ${won(proration.newPart)}${discount}`,
            `· Data: ${formatGb(target.dataGb, 'en')} from this cycle; the ${formatGb(line.dataUsedGb, 'en')} used so far counts toward it.`,
            ...(contract && !line.contract
              ? [`· Commitment: ${contract.months} months from today to ${formatDate(contract.endDate, 'en')}, 25% off the monthly fee`]
              : contract
                ? [`· Commitment: your current one continues until ${formatDate(contract.endDate, 'en')}.`]
                : []),
          ];
      return lines.join('\n');
    },
    run: (args, context) => {
      const { line, current, target, day, contract, proration } = prepare({ records, context, args });
      records.update<Line>('lines', line.number, (stored) => ({ ...stored, planId: target.planId, planChangedAt: day, contract }));
      return {
        number: line.number,
        previousPlanId: current.planId,
        planId: target.planId,
        planName: say(context, target.name),
        effectiveDate: day,
        proration,
        contract,
      };
    },
  });
}
