// explain_bill: a month's bill (or the latest) item by item per line, and what changed against the month before.
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { addMonths } from '../calendar.ts';
import type { Bill, BillItemKind } from '../schemas/bill-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import { customerOf, ownedBill } from './telecom-records.ts';
import { defineTool, fail, formatDate, say, won } from './tool-support.ts';

const parameters = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/u)
    .optional()
    .describe('Billing month as YYYY-MM; omit for the latest bill'),
  billId: z.string().optional().describe('A bill id such as B-202610-100001, instead of a period'),
});

const kindLabels: Record<BillItemKind, { ko: string; en: string }> = {
  plan: { ko: '월정액', en: 'plan fees' },
  addon: { ko: '데이터 충전', en: 'data top-ups' },
  roaming: { ko: '로밍', en: 'roaming' },
  overage: { ko: '초과 사용', en: 'usage beyond allowance' },
  discount: { ko: '할인', en: 'discounts' },
  'suspension-fee': { ko: '정지 기간 요금', en: 'suspension fees' },
  vat: { ko: '부가세', en: 'VAT' },
  'late-fee': { ko: '연체 가산금', en: 'late fees' },
  adjustment: { ko: '조정', en: 'adjustments' },
};

function totalsByKind(bill: Bill): Map<BillItemKind, number> {
  const totals = new Map<BillItemKind, number>();
  for (const item of [...bill.lines.flatMap((line) => line.items), ...bill.accountItems])
    totals.set(item.kind, (totals.get(item.kind) ?? 0) + item.amount);
  return totals;
}

function explain(options: { bill: Bill; previous: Bill | undefined; context: ToolContext }): string[] {
  const { bill, previous, context } = options;
  const ko = context.language === 'ko';
  const sentences: string[] = [];
  const paid = bill.payments.reduce((sum, payment) => sum + payment.amount, 0);
  sentences.push(
    ko
      ? `${bill.period} 청구 금액은 ${won(bill.total)}이며 납부 기한은 ${formatDate(bill.dueDate, 'ko')}입니다.`
      : `The ${bill.period} bill is ${won(bill.total)}, due ${formatDate(bill.dueDate, 'en')}.`,
  );
  if (previous) {
    const difference = bill.total - previous.total;
    sentences.push(
      difference === 0
        ? say(context, { ko: '지난달과 금액이 같습니다.', en: 'The same as the month before.' })
        : ko
          ? `지난달(${won(previous.total)})보다 ${won(Math.abs(difference))} ${difference > 0 ? '늘었습니다' : '줄었습니다'}.`
          : `${won(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'} than the month before (${won(previous.total)}).`,
    );
    const now = totalsByKind(bill);
    const before = totalsByKind(previous);
    for (const kind of ['roaming', 'addon', 'overage', 'late-fee', 'plan', 'discount'] as const) {
      const delta = (now.get(kind) ?? 0) - (before.get(kind) ?? 0);
      if (delta === 0) continue;
      const label = say(context, kindLabels[kind]);
      sentences.push(ko ? `· ${label}: ${delta > 0 ? '+' : ''}${won(delta)}` : `· ${label}: ${delta > 0 ? '+' : ''}${won(delta)}`);
    }
  }
  const lateFee = bill.accountItems.find((item) => item.kind === 'late-fee');
  if (lateFee)
    sentences.push(
      ko
        ? `연체 가산금 ${won(lateFee.amount)}은 지난 청구서가 납부 기한 뒤에 납부(또는 미납)되어 부과된 금액입니다.`
        : `The late fee of ${won(lateFee.amount)} is because the previous bill was paid after its due date (or is still unpaid).`,
    );
  sentences.push(
    say(context, {
      ko: '부가세 10%는 연체 가산금을 제외한 모든 요금에 붙습니다.',
      en: 'VAT of 10% applies to every charge except late fees.',
    }),
  );
  if (bill.status === 'paid') sentences.push(ko ? `납부 완료된 청구서입니다 (${won(paid)}).` : `This bill is paid (${won(paid)}).`);
  else if (bill.status === 'overdue')
    sentences.push(
      ko
        ? `미납 상태입니다. 남은 금액 ${won(bill.total - paid)}을 납부하지 않으면 납기일로부터 60일 후 이용이 정지됩니다.`
        : `This bill is overdue: ${won(bill.total - paid)} is outstanding, and lines are suspended 60 days after the due date.`,
    );
  return sentences;
}

/**
 * @example
 * const tool = explainBillTool(records);
 * await tool.run({ period: '2026-10' }, context);
 */
export function explainBillTool(records: RecordCollections) {
  return defineTool({
    name: 'explain_bill',
    description:
      "Explain one of the customer's monthly bills (a given period or bill id, otherwise the latest): items per line (plan fees, discounts, top-ups, roaming, overage, VAT), account items such as late fees, payment status, and what changed against the month before.",
    parameters,
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const customer = customerOf(records, context);
      const bills = records
        .listByOwner<Bill>('bills', customer.customerId)
        .sort((first, second) => first.period.localeCompare(second.period));
      let bill: Bill | undefined;
      if (args.billId !== undefined) bill = ownedBill({ records, context, billId: args.billId });
      else if (args.period !== undefined) bill = bills.find((candidate) => candidate.period === args.period);
      else bill = bills.at(-1);
      if (!bill)
        return fail(context, 'not_found', {
          ko: args.period ? `${args.period} 청구서가 없습니다.` : '청구서가 아직 없습니다.',
          en: args.period ? `There is no bill for ${args.period}.` : 'There are no bills yet.',
        });
      const previousPeriod = addMonths(`${bill.period}-01`, -1).slice(0, 7);
      const previous = bills.find((candidate) => candidate.period === previousPeriod);
      const paid = bill.payments.reduce((sum, payment) => sum + payment.amount, 0);
      return {
        billId: bill.billId,
        period: bill.period,
        status: bill.status,
        issuedAt: bill.issuedAt,
        dueDate: bill.dueDate,
        total: bill.total,
        totalText: won(bill.total),
        outstanding: bill.total - paid,
        lines: bill.lines.map((billLine) => ({
          number: billLine.number,
          label: records.get<Line>('lines', billLine.number)?.label,
          items: billLine.items.map((item) => ({
            kind: item.kind,
            label: say(context, item.label),
            amount: item.amount,
            amountText: won(item.amount),
          })),
          subtotal: billLine.items.reduce((sum, item) => sum + item.amount, 0),
        })),
        accountItems: bill.accountItems.map((item) => ({
          kind: item.kind,
          label: say(context, item.label),
          amount: item.amount,
          amountText: won(item.amount),
        })),
        previous: previous ? { billId: previous.billId, period: previous.period, total: previous.total } : null,
        difference: previous ? bill.total - previous.total : null,
        explanation: explain({ bill, previous, context }),
      };
    },
  });
}
