// Money on an order: item totals, what was paid and refunded, and charging or refunding a difference (points go back to the balance).
import type { ToolContext } from '../../../assistants/index.ts';
import { formatNumber } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Customer, Order, OrderItem, PaymentEntry, PaymentMethod } from '../schemas/index.ts';
import { storePolicy } from '../store-policy.ts';
import { failure } from './tool-text.ts';

export function lineTotal(item: Pick<OrderItem, 'price' | 'quantity'>): number {
  return item.price * item.quantity;
}

export function itemTotal(order: Pick<Order, 'items'>): number {
  return order.items.reduce((sum, item) => sum + lineTotal(item), 0);
}

/** Payments minus refunds: what the customer has actually paid so far. */
export function netPaid(order: Pick<Order, 'paymentHistory'>): number {
  return order.paymentHistory.reduce((sum, entry) => sum + (entry.kind === 'payment' ? entry.amount : -entry.amount), 0);
}

/** Refunds and extra charges go to the method the order was paid with. */
export function originalPaymentMethod(order: Order, customer: Customer): PaymentMethod | undefined {
  const first = order.paymentHistory.find((entry) => entry.kind === 'payment');
  return customer.paymentMethods.find((method) => method.id === first?.paymentMethodId);
}

/** A payment entry for a positive amount, a refund for a negative one, none for zero. */
export function paymentEntry(options: { method: PaymentMethod; amount: number; at: Date; note: string }): PaymentEntry[] {
  const { method, amount, at, note } = options;
  if (amount === 0) return [];
  return [{ paymentMethodId: method.id, amount: Math.abs(amount), kind: amount > 0 ? 'payment' : 'refund', at: at.toISOString(), note }];
}

/** Points paid are taken from the balance, points refunded go back; cards and accounts settle outside the store. */
export function settlePoints(options: { records: RecordCollections; customerId: string; method: PaymentMethod; amount: number }): void {
  const { records, customerId, method, amount } = options;
  if (method.type !== 'points' || amount === 0) return;
  records.update<Customer>(collections.customers, customerId, (customer) => ({
    ...customer,
    loyaltyPoints: customer.loyaltyPoints - amount,
  }));
}

/** Paying with points needs the balance to cover the whole amount, and at least the minimum points payment. */
export function requirePoints(options: { customer: Customer; method: PaymentMethod; amount: number; context: ToolContext }): void {
  const { customer, method, amount, context } = options;
  if (method.type !== 'points' || amount <= 0) return;
  if (customer.loyaltyPoints >= amount && customer.loyaltyPoints >= storePolicy.minimumPointsPayment) return;
  throw failure(context, 'insufficient_points', {
    ko: `포인트가 부족해요. 필요한 포인트 ${formatNumber(amount, 'ko')}P, 보유 포인트 ${formatNumber(customer.loyaltyPoints, 'ko')}P예요.`,
    en: `Not enough points: ${formatNumber(amount, 'en')} needed, ${formatNumber(customer.loyaltyPoints, 'en')} available.`,
  });
}
