// Account guards shared by the account tools: the signed-in customer, their orders only, their payment methods only.
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Customer, Order, PaymentMethod } from '../schemas/index.ts';
import { failure } from './tool-text.ts';
import { findById } from './id-lookup.ts';

/** The authenticated customer's record, or a failure that asks for authentication. */
export function signedInCustomer(records: RecordCollections, context: ToolContext): Customer {
  const customer = context.customerId ? records.get<Customer>(collections.customers, context.customerId) : undefined;
  if (!customer)
    throw failure(context, 'authentication_required', {
      ko: '먼저 본인 확인이 필요해요. 가입한 이메일, 또는 이름과 우편번호를 알려 주세요.',
      en: 'I need to verify your identity first: your email, or your name and postcode.',
    });
  return customer;
}

/** An order of the signed-in customer; someone else's order is refused without saying whose it is. */
export function ownOrder(options: { records: RecordCollections; context: ToolContext; orderId: string }): {
  order: Order;
  customer: Customer;
} {
  const { records, context } = options;
  const customer = signedInCustomer(records, context);
  const orderId = options.orderId.trim();
  const order = findById((id) => records.get<Order>(collections.orders, id), orderId);
  if (!order) throw failure(context, 'not_found', { ko: `주문 ${orderId}을(를) 찾을 수 없어요.`, en: `I can't find order ${orderId}.` });
  if (order.customerId !== customer.customerId)
    throw failure(context, 'not_your_record', {
      ko: `주문 ${orderId}은(는) 본인 확인된 계정의 주문이 아니라서 안내해 드릴 수 없어요.`,
      en: `Order ${orderId} doesn't belong to the verified account, so I can't help with it.`,
    });
  return { order, customer };
}

export function ownPaymentMethod(options: { customer: Customer; paymentMethodId: string; context: ToolContext }): PaymentMethod {
  const method = options.customer.paymentMethods.find((candidate) => candidate.id === options.paymentMethodId.trim());
  if (!method)
    throw failure(options.context, 'invalid_payment_method', {
      ko: '등록된 결제 수단 중에 없는 결제 수단이에요. 등록된 카드·계좌·포인트 중에서 골라 주세요.',
      en: "That isn't one of your saved payment methods. Please choose a saved card, bank account or points.",
    });
  return method;
}

/** How a payment method reads in a summary: "신한카드 (끝자리 1234)" / "신한카드 (ending 1234)". */
export function paymentMethodText(method: PaymentMethod, language: 'ko' | 'en'): string {
  if (!method.last4) return method.label;
  return language === 'ko' ? `${method.label} (끝자리 ${method.last4})` : `${method.label} (ending ${method.last4})`;
}
