// Sample bills: six months per account, itemised per line by the same rules the tools and the bill guide explain.
import { addDays, addMonths, daysBetween, monthOf, pad } from '../calendar.ts';
import type { Bill, BillItem } from '../schemas/bill-schema.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Line } from '../schemas/line-schema.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { billItemLabels } from '../bill-items.ts';
import {
  billing,
  dataOveragePerMb,
  dataTopUps,
  lateFeeRate,
  roamingCountries,
  roamingZone,
  voiceOveragePerSecond,
} from '../telecom-policy.ts';
import { planCharges } from '../bill-items.ts';
import { sampleToday } from './sample-lines.ts';
import type { SampleRandom } from './sample-random.ts';

/** The six billed months before the sample day's cycle. */
export const samplePeriods = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] as const;

interface BillOptions {
  random: SampleRandom;
  customer: Customer;
  lines: readonly Line[];
  plans: ReadonlyMap<string, Plan>;
  /** How many of the latest bills before October are unpaid (0: a customer in good standing). */
  arrears: number;
}

function usageItems(options: { random: SampleRandom; line: Line; plan: Plan }): BillItem[] {
  const { random, plan } = options;
  const items: BillItem[] = [];
  if (plan.dataGb !== null && plan.throttleMbps !== null && random.chance(0.06)) {
    const option = random.pick(dataTopUps);
    items.push({ kind: 'addon', label: billItemLabels.topUp(option.gb), amount: option.price });
  }
  if (random.chance(0.03)) {
    const code = random.pick(Object.keys(roamingCountries));
    const country = roamingCountries[code]!;
    const days = random.int(2, 7);
    if (!plan.roaming.zones.includes(country.zone))
      items.push({
        kind: 'roaming',
        label: billItemLabels.roamingPass(country.name, days),
        amount: days * roamingZone(country.zone).dailyPass.price,
      });
  }
  if (plan.dataGb !== null && plan.throttleMbps === null && random.chance(0.3)) {
    const megabytes = random.int(50, 1500);
    items.push({ kind: 'overage', label: billItemLabels.dataOverage(megabytes), amount: megabytes * dataOveragePerMb });
  }
  if (typeof plan.voiceMinutes === 'number' && plan.voiceMinutes > 0 && random.chance(0.2)) {
    const minutes = random.int(3, 60);
    items.push({ kind: 'overage', label: billItemLabels.voiceOverage(minutes), amount: Math.round(minutes * 60 * voiceOveragePerSecond) });
  }
  return items;
}

function paidAt(date: string, random: SampleRandom): string {
  return `${date}T${pad(random.int(8, 22))}:${pad(random.int(0, 59))}:00+09:00`;
}

/**
 * @example
 * sampleBills({ random, customer, lines, plans, arrears: 0 }); // six bills, oldest first
 */
export function sampleBills(options: BillOptions): Bill[] {
  const { random, customer } = options;
  const bills: Bill[] = [];
  const customerDigits = customer.customerId.slice(2);
  for (const [index, period] of samplePeriods.entries()) {
    const month = monthOf(`${period}-01`);
    const billable = options.lines.filter((line) => line.status !== 'cancelled' && line.activatedAt <= month.end);
    if (billable.length === 0) continue;
    const lines = billable.map((line) => {
      const plan = options.plans.get(line.planId)!;
      const items = [
        ...planCharges({ line, plan, month, activeLines: customer.type === 'business' ? billable.length : 0 }),
        ...usageItems({ random, line, plan }),
      ];
      const taxable = items.reduce((sum, item) => sum + item.amount, 0);
      items.push({ kind: 'vat', label: billItemLabels.vat(), amount: Math.round(taxable * 0.1) });
      return { number: line.number, items };
    });
    const previous = bills.at(-1);
    const accountItems: BillItem[] = [];
    if (previous && (previous.status !== 'paid' || (previous.payments[0]?.paidAt.slice(0, 10) ?? '') > previous.dueDate))
      accountItems.push({
        kind: 'late-fee',
        label: billItemLabels.lateFee(previous.period),
        amount: Math.round(previous.total * lateFeeRate),
      });
    const total = [...lines.flatMap((line) => line.items), ...accountItems].reduce((sum, item) => sum + item.amount, 0);
    const next = addMonths(month.start, 1).slice(0, 7);
    const issuedAt = `${next}-${pad(billing.issueDay)}`;
    const dueDate = `${next}-${pad(billing.dueDay)}`;
    const unpaid = index < samplePeriods.length - 1 && index >= samplePeriods.length - 1 - options.arrears;
    let paymentDate: string | undefined;
    if (!unpaid) {
      if (random.chance(0.05) && index < samplePeriods.length - 1) paymentDate = addDays(dueDate, random.int(3, 20));
      else if (customer.autopayMethodId !== null) paymentDate = dueDate;
      else paymentDate = addDays(dueDate, -random.int(0, 19));
    }
    if (paymentDate !== undefined && paymentDate > sampleToday) paymentDate = undefined;
    const methodId = customer.autopayMethodId ?? customer.paymentMethods[0]!.id;
    const billId = `B-${period.replace('-', '')}-${customerDigits}`;
    bills.push({
      billId,
      customerId: customer.customerId,
      period,
      issuedAt,
      dueDate,
      lines,
      accountItems,
      total,
      status: paymentDate !== undefined ? 'paid' : daysBetween(dueDate, sampleToday) > 0 ? 'overdue' : 'due',
      payments:
        paymentDate === undefined
          ? []
          : [{ paymentId: `PAY-${billId.slice(2)}`, paidAt: paidAt(paymentDate, random), amount: total, methodId }],
    });
  }
  return bills;
}
