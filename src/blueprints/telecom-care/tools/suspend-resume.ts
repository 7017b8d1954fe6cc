// suspend_line and resume_line: lost/stolen and voluntary suspensions by the customer, and resuming them (not while arrears remain).
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { addDays, daysBetween } from '../calendar.ts';
import type { Bill } from '../schemas/bill-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import { customerSuspensionReasons, suspensionReasonLabels, voluntarySuspension } from '../telecom-policy.ts';
import { ownedLine, today } from './telecom-records.ts';
import { defineTool, fail, formatDate, say, won } from './tool-support.ts';

const suspendParameters = z.object({
  number: z.string().min(1).describe('Mobile number of the line, e.g. 010-1234-5678'),
  reason: z
    .enum(customerSuspensionReasons)
    .describe("'lost' or 'stolen' phone (immediate, free), or 'customer-request' for a temporary break"),
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u)
    .optional()
    .describe(
      `customer-request only: last day of the suspension, YYYY-MM-DD, at most ${voluntarySuspension.maximumDays} days ahead (default 30 days)`,
    ),
});

function prepareSuspension(options: { records: RecordCollections; context: ToolContext; args: z.output<typeof suspendParameters> }) {
  const { records, context, args } = options;
  const line = ownedLine({ records, context, number: args.number });
  const day = today(context);
  if (line.status !== 'active')
    fail(context, 'invalid_state', {
      ko: line.status === 'suspended' ? '이미 정지된 회선입니다.' : '해지된 회선은 정지할 수 없습니다.',
      en: line.status === 'suspended' ? 'The line is already suspended.' : 'A cancelled line cannot be suspended.',
    });
  if (args.reason !== 'customer-request') return { line, day, plannedEnd: null };
  const plannedEnd = args.until ?? addDays(day, 29);
  const days = daysBetween(day, plannedEnd) + 1;
  if (days < 1 || days > voluntarySuspension.maximumDays)
    fail(context, 'invalid_arguments', {
      ko: `일시 정지는 오늘부터 최대 ${voluntarySuspension.maximumDays}일까지 가능합니다.`,
      en: `A temporary suspension can last from today up to ${voluntarySuspension.maximumDays} days.`,
    });
  const year = day.slice(0, 4);
  const thisYear = line.suspensionHistory.filter((entry) => entry.reason === 'customer-request' && entry.from.startsWith(year)).length;
  if (thisYear >= voluntarySuspension.perYear)
    fail(context, 'limit_reached', {
      ko: `일시 정지는 한 해에 ${voluntarySuspension.perYear}번까지 가능합니다. 올해 이미 ${thisYear}번 사용하셨습니다.`,
      en: `A line can be suspended at your request ${voluntarySuspension.perYear} times a year; this line already was ${thisYear} times this year.`,
    });
  return { line, day, plannedEnd };
}

function prepareResume(options: { records: RecordCollections; context: ToolContext; number: string }) {
  const { records, context } = options;
  const line = ownedLine({ records, context, number: options.number });
  if (line.status === 'active') fail(context, 'invalid_state', { ko: '이미 사용 중인 회선입니다.', en: 'The line is already active.' });
  if (line.status === 'cancelled' || !line.suspension)
    fail(context, 'invalid_state', { ko: '해지된 회선은 재개할 수 없습니다.', en: 'A cancelled line cannot be resumed.' });
  const suspension = line.suspension;
  if (suspension.reason === 'non-payment') {
    const overdue = records.listByOwner<Bill>('bills', line.customerId).filter((bill) => bill.status === 'overdue');
    const amount = overdue.reduce((sum, bill) => sum + bill.total - bill.payments.reduce((paid, payment) => paid + payment.amount, 0), 0);
    if (overdue.length > 0)
      fail(context, 'overdue_balance', {
        ko: `미납 요금 ${won(amount)}(${overdue.length}건)을 납부하면 바로 이용이 재개됩니다.`,
        en: `The line resumes as soon as the overdue ${won(amount)} (${overdue.length} bill(s)) is paid.`,
      });
  }
  return { line, suspension };
}

/**
 * @example
 * const [suspendLine, resumeLine] = suspendResumeTools(records);
 */
export function suspendResumeTools(records: RecordCollections) {
  const suspendLine = defineTool({
    name: 'suspend_line',
    description: `Suspend a line: 'lost' or 'stolen' phones are blocked at once at no charge; 'customer-request' pauses the line for up to ${voluntarySuspension.maximumDays} days (${voluntarySuspension.perYear} times a year, ₩${voluntarySuspension.monthlyFee.toLocaleString('en-US')} a month instead of the plan fee).`,
    parameters: suspendParameters,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { line, day, plannedEnd } = prepareSuspension({ records, context, args });
      const reason = suspensionReasonLabels[args.reason];
      const ko = context.language === 'ko';
      const details =
        args.reason === 'customer-request'
          ? ko
            ? [
                `· 기간: ${formatDate(day, 'ko')} ~ ${formatDate(plannedEnd!, 'ko')}`,
                `· 요금: 정지 기간에는 월정액 대신 월 ${won(voluntarySuspension.monthlyFee)}(부가세 별도, 일할)이 청구됩니다.`,
              ]
            : [
                `· From ${formatDate(day, 'en')} to ${formatDate(plannedEnd!, 'en')}`,
                `· Charges: ${won(voluntarySuspension.monthlyFee)} a month (VAT excluded, prorated) instead of the plan fee.`,
              ]
          : ko
            ? [`· ${formatDate(day, 'ko')}부터 즉시, 요금 없음. USIM이 차단되어 다른 사람이 사용할 수 없습니다.`]
            : [`· From ${formatDate(day, 'en')}, immediately and free of charge. The SIM is blocked so nobody else can use it.`];
      return ko
        ? [`${line.number} 회선을 ${reason.ko}합니다. 발신·수신 통화, 문자, 데이터가 모두 중지됩니다.`, ...details].join('\n')
        : [`Suspend ${line.number} (${reason.en}). Calls in and out, texts and data all stop.`, ...details].join('\n');
    },
    run: (args, context) => {
      const { line, day, plannedEnd } = prepareSuspension({ records, context, args });
      const suspension = { reason: args.reason, since: day, plannedEnd };
      records.update<Line>('lines', line.number, (stored) => ({ ...stored, status: 'suspended', suspension }));
      return { number: line.number, status: 'suspended', suspension, reasonText: say(context, suspensionReasonLabels[args.reason]) };
    },
  });

  const resumeLine = defineTool({
    name: 'resume_line',
    description:
      'Resume a suspended line (after a lost phone is found, or a temporary suspension ends early). A line suspended for non-payment resumes only once every overdue bill is paid.',
    parameters: z.object({ number: z.string().min(1).describe('Mobile number of the line, e.g. 010-1234-5678') }),
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { line, suspension } = prepareResume({ records, context, number: args.number });
      const reason = suspensionReasonLabels[suspension.reason];
      const day = today(context);
      return say(context, {
        ko: [
          `${line.number} 회선의 ${reason.ko}를 해제하고 ${formatDate(day, 'ko')}부터 다시 사용합니다.`,
          `· ${formatDate(suspension.since, 'ko')}부터 정지되어 있었습니다.`,
          '· 오늘부터 요금제 월정액이 일할로 다시 청구됩니다.',
          ...(suspension.reason === 'lost' || suspension.reason === 'stolen'
            ? ['· 새 휴대폰을 쓰신다면 USIM을 옮겨 끼우거나 매장에서 새 USIM을 받으세요.']
            : []),
        ].join('\n'),
        en: [
          `Lift the ${reason.en} on ${line.number} and use it again from ${formatDate(day, 'en')}.`,
          `· Suspended since ${formatDate(suspension.since, 'en')}.`,
          '· The plan fee is charged again, prorated, from today.',
          ...(suspension.reason === 'lost' || suspension.reason === 'stolen'
            ? ['· On a new phone, move your SIM over or get a new SIM at a store.']
            : []),
        ].join('\n'),
      });
    },
    run: (args, context) => {
      const { line, suspension } = prepareResume({ records, context, number: args.number });
      const day = today(context);
      records.update<Line>('lines', line.number, (stored) => ({
        ...stored,
        status: 'active',
        suspension: null,
        suspensionHistory: [...stored.suspensionHistory, { reason: suspension.reason, from: suspension.since, to: day }],
      }));
      return { number: line.number, status: 'active', resumedOn: day };
    },
  });

  return [suspendLine, resumeLine];
}
