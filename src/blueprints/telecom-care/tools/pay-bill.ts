// pay_bill: pays a due or overdue bill in full with one of the customer's payment methods; clearing all arrears lifts non-payment suspensions.
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { koreaDateTime } from '../calendar.ts';
import type { Bill } from '../schemas/bill-schema.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import { customerOf, ownedBill, today } from './telecom-records.ts';
import { defineTool, fail, formatDate, say, won } from './tool-support.ts';

const parameters = z.object({
  billId: z.string().optional().describe('The bill to pay, e.g. B-202609-100001; omit for the oldest unpaid bill'),
  paymentMethodId: z.string().min(1).describe("One of the customer's saved payment methods, e.g. PM-100001-1"),
});

function prepare(options: { records: RecordCollections; context: ToolContext; args: z.output<typeof parameters> }) {
  const { records, context, args } = options;
  const customer = customerOf(records, context);
  const unpaid = records
    .listByOwner<Bill>('bills', customer.customerId)
    .filter((bill) => bill.status !== 'paid')
    .sort((first, second) => first.period.localeCompare(second.period));
  const bill = args.billId !== undefined ? ownedBill({ records, context, billId: args.billId }) : unpaid[0];
  if (!bill) return fail(context, 'invalid_state', { ko: '납부할 청구서가 없습니다.', en: 'There is no unpaid bill.' });
  if (bill.status === 'paid')
    fail(context, 'invalid_state', { ko: `${bill.period} 청구서는 이미 납부되었습니다.`, en: `The ${bill.period} bill is already paid.` });
  const method = customer.paymentMethods.find((candidate) => candidate.id === args.paymentMethodId.trim());
  if (!method)
    fail(context, 'unknown_payment_method', {
      ko: `등록된 결제 수단이 아닙니다. 사용 가능: ${describeMethods(customer)}`,
      en: `That is not one of your payment methods. Available: ${describeMethods(customer)}`,
    });
  const amount = bill.total - bill.payments.reduce((sum, payment) => sum + payment.amount, 0);
  const stillOverdue = unpaid.filter((other) => other.billId !== bill.billId && other.status === 'overdue');
  const resumable =
    stillOverdue.length === 0
      ? records.listByOwner<Line>('lines', customer.customerId).filter((line) => line.suspension?.reason === 'non-payment')
      : [];
  return { customer, bill, method, amount, resumable };
}

function describeMethods(customer: Customer): string {
  return customer.paymentMethods.map((method) => `${method.id} (${method.label}${method.last4 ? ` ****${method.last4}` : ''})`).join(', ');
}

/**
 * @example
 * const tool = payBillTool(records);
 * await tool.run({ billId: 'B-202609-100001', paymentMethodId: 'PM-100001-1' }, context);
 */
export function payBillTool(records: RecordCollections) {
  return defineTool({
    name: 'pay_bill',
    description:
      "Pay a due or overdue bill in full with one of the customer's saved payment methods (the oldest unpaid bill when no bill id is given). Paying off every overdue bill lifts non-payment suspensions at once.",
    parameters,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { bill, method, amount, resumable } = prepare({ records, context, args });
      const card = `${method.label}${method.last4 ? ` ****${method.last4}` : ''}`;
      const lines = resumable.map((line) => line.number).join(', ');
      return say(context, {
        ko: [
          `${bill.period} 청구서(${bill.billId})를 납부합니다.`,
          `· 금액: ${won(amount)} (납부 기한 ${formatDate(bill.dueDate, 'ko')}, ${bill.status === 'overdue' ? '미납' : '납부 예정'})`,
          `· 결제 수단: ${card}`,
          ...(lines ? [`· 납부 후 요금 미납으로 정지된 회선 ${lines}의 이용이 바로 재개됩니다.`] : []),
        ].join('\n'),
        en: [
          `Pay the ${bill.period} bill (${bill.billId}).`,
          `· Amount: ${won(amount)} (due ${formatDate(bill.dueDate, 'en')}, ${bill.status})`,
          `· Payment method: ${card}`,
          ...(lines ? [`· Lines suspended for non-payment (${lines}) resume right after the payment.`] : []),
        ].join('\n'),
      });
    },
    run: (args, context) => {
      const { bill, method, amount, resumable } = prepare({ records, context, args });
      const paidAt = koreaDateTime(context.now());
      records.update<Bill>('bills', bill.billId, (stored) => ({
        ...stored,
        status: 'paid',
        payments: [
          ...stored.payments,
          { paymentId: `PAY-${stored.billId.slice(2)}-${stored.payments.length + 1}`, paidAt, amount, methodId: method.id },
        ],
      }));
      const day = today(context);
      for (const line of resumable)
        records.update<Line>('lines', line.number, (stored) => ({
          ...stored,
          status: 'active',
          suspensionHistory: stored.suspension
            ? [...stored.suspensionHistory, { reason: stored.suspension.reason, from: stored.suspension.since, to: day }]
            : stored.suspensionHistory,
          suspension: null,
        }));
      return {
        billId: bill.billId,
        period: bill.period,
        amountPaid: amount,
        amountText: won(amount),
        paymentMethodId: method.id,
        paidAt,
        resumedLines: resumable.map((line) => line.number),
      };
    },
  });
}
