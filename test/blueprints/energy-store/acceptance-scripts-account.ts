// Scripted conversations about a customer's account (orders, cancel, purchase, change, return, exchange, points), run on any data set.
import assert from 'node:assert/strict';
import type { Customer, Order } from '../../../src/blueprints/energy-store/index.ts';
import { deliveredSwapCase, pendingOrder, pendingSwapCase, purchaseCase } from './acceptance-data.ts';
import { say, type Script } from './acceptance-scripts-shop.ts';

const optionText = (options: Record<string, string>) => Object.values(options)[0] ?? '';

/** Orders list, then "the first one" and "that order" follow-ups, then points. */
export const ordersAndPoints: Script = async (store, language) => {
  const order = pendingOrder(store.records, new Set(language === 'en' ? [pendingOrder(store.records).customerId] : []));
  const customer = store.records.get<Customer>('customers', order.customerId);
  assert.ok(customer);
  const chat = store.conversation();
  const asked = await chat.say(say(language, '내 주문 목록 보여줘', 'show my orders'));
  assert.match(asked.text, language === 'ko' ? /본인 확인/u : /verify/u);
  const listed = await chat.say(customer.email);
  assert.ok(listed.text.includes(order.orderId), listed.text);
  const newest = [...store.records.listByOwner<Order>('orders', customer.customerId)].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : -1,
  )[0];
  assert.ok(newest);
  const first = await chat.say(say(language, '첫 번째 주문 배송 조회해 주세요', 'track the first one'));
  assert.ok(first.text.includes(newest.orderId), first.text);
  const again = await chat.say(say(language, '그 주문 상태 다시 알려줘', 'what is the status of that order?'));
  assert.ok(again.text.includes(newest.orderId));
  const points = await chat.say(say(language, '포인트 얼마나 있어요?', 'how many points do I have?'));
  assert.ok(points.text.includes(customer.loyaltyPoints.toLocaleString('en')), points.text);
};

/** Cancel: a bare no, then a new topic instead of yes, change nothing; a yes cancels; the reply reports the refund. */
export const cancelOrder: Script = async (store, language) => {
  const order = pendingOrder(store.records);
  const customer = store.records.get<Customer>('customers', order.customerId);
  assert.ok(customer);
  const chat = store.conversation();
  await chat.say(say(language, '주문 취소하고 싶어요', 'I want to cancel my order'));
  const summary = await chat.say(customer.email);
  assert.equal(summary.pending, 'cancel_order');
  assert.ok(summary.text.includes(order.orderId));
  assert.match(summary.text, /₩\d/u);
  await chat.say(say(language, '아니요', 'no'));
  assert.equal(store.records.get<Order>('orders', order.orderId)?.status, 'pending');
  const again = await chat.say(say(language, `${order.orderId} 주문 취소해 주세요`, `cancel order ${order.orderId}`));
  assert.equal(again.pending, 'cancel_order');
  await chat.say(say(language, '가까운 강남 주유소 알려줘', 'where is a station in Gangnam?'));
  await chat.say(say(language, '네', 'yes'));
  assert.equal(store.records.get<Order>('orders', order.orderId)?.status, 'pending');
  await chat.say(say(language, '그 주문 취소해 주세요', 'please cancel that order'));
  const done = await chat.say(say(language, '네, 진행해 주세요', 'yes, go ahead'));
  assert.match(done.text, language === 'ko' ? /취소했어요/u : /is cancelled/u);
  assert.equal(store.records.get<Order>('orders', order.orderId)?.status, 'cancelled');
};

/** A purchase: product by name, option asked, a correction of the quantity mid-flow, then yes places the order. */
export const placeOrder: Script = async (store, language) => {
  const { product, customer, second } = purchaseCase(store.records, language === 'ko' ? 0 : 1);
  const before = store.records.listByOwner<Order>('orders', customer.customerId).length;
  const chat = store.conversation();
  await chat.say(say(language, `${product.name.ko} 주문하고 싶어요`, `I want to order the ${product.name.en}`));
  const option = await chat.say(customer.email);
  assert.match(option.text, language === 'ko' ? /어떤 옵션/u : /Which option/u);
  const summary = await chat.say(
    say(language, `${optionText(second.options)}로 2개 주세요`, `the ${optionText(second.options)} one, 2 bottles`),
  );
  assert.equal(summary.pending, 'place_order');
  assert.ok(summary.text.includes(`× 2: ₩${(second.price * 2).toLocaleString('en')}`), summary.text);
  const corrected = await chat.say(say(language, '아니요, 3개로 바꿔 주세요', 'no, make it 3 bottles instead'));
  assert.equal(corrected.pending, 'place_order');
  assert.ok(corrected.text.includes(`× 3: ₩${(second.price * 3).toLocaleString('en')}`), corrected.text);
  assert.equal(store.records.listByOwner<Order>('orders', customer.customerId).length, before);
  const placed = await chat.say(say(language, '네', 'yes'));
  const orders = store.records.listByOwner<Order>('orders', customer.customerId);
  assert.equal(orders.length, before + 1);
  const created = orders.find((order) => placed.text.includes(order.orderId));
  assert.ok(created, placed.text);
  assert.deepEqual(
    created.items.map((item) => [item.itemId, item.quantity]),
    [[second.itemId, 3]],
  );
  assert.equal(created.paymentHistory[0]?.paymentMethodId, customer.paymentMethods[0]?.id);
};

/** Change a pending order's option: the summary lists old and new options; yes swaps the line. */
export const modifyOrder: Script = async (store, language) => {
  const { order, line, other, customer } = pendingSwapCase(store.records);
  const chat = store.conversation();
  await chat.say(say(language, `주문 ${order.orderId} 옵션 변경하고 싶어요`, `I want to change order ${order.orderId}`));
  let reply = await chat.say(customer.email);
  if (!reply.pending && order.items.length > 1) reply = await chat.say(line.itemId);
  if (!reply.pending)
    reply = await chat.say(say(language, `${optionText(other.options)}로 바꿔 주세요`, `change it to ${optionText(other.options)}`));
  assert.equal(reply.pending, 'modify_order', reply.text);
  assert.equal(
    store.records.get<Order>('orders', order.orderId)?.items.some((item) => item.itemId === other.itemId),
    false,
  );
  await chat.say(say(language, '네', 'yes'));
  assert.equal(
    store.records.get<Order>('orders', order.orderId)?.items.some((item) => item.itemId === other.itemId),
    true,
  );
};

/** Return one delivered line: no changes nothing, yes books the return with the refund. */
export const returnItems: Script = async (store, language) => {
  const { order, line, customer } = deliveredSwapCase(store.records);
  const chat = store.conversation();
  await chat.say(say(language, `주문 ${order.orderId} 반품하고 싶어요`, `I want to return something from order ${order.orderId}`));
  let reply = await chat.say(customer.email);
  if (!reply.pending) reply = await chat.say(line.itemId);
  assert.equal(reply.pending, 'return_items', reply.text);
  await chat.say(say(language, '아니요', 'no'));
  assert.equal(store.records.get<Order>('orders', order.orderId)?.returns.length, 0);
  await chat.say(say(language, `${order.orderId} ${line.itemId} 반품해 주세요`, `return ${line.itemId} from ${order.orderId}`));
  const done = await chat.say(say(language, '네', 'yes'));
  assert.match(done.text, /₩\d/u);
  assert.deepEqual(
    store.records.get<Order>('orders', order.orderId)?.returns.map((request) => request.itemIds),
    [[line.itemId]],
  );
};

/** Exchange a delivered line for another option. */
export const exchangeItems: Script = async (store, language) => {
  const { order, line, other, customer } = deliveredSwapCase(store.records);
  const chat = store.conversation();
  await chat.say(say(language, `주문 ${order.orderId} 교환 신청할게요`, `I want to exchange an item from order ${order.orderId}`));
  let reply = await chat.say(customer.email);
  if (!reply.pending && order.items.length > 1) reply = await chat.say(line.itemId);
  if (!reply.pending)
    reply = await chat.say(say(language, `${optionText(other.options)}로 교환해 주세요`, `exchange it for ${optionText(other.options)}`));
  assert.equal(reply.pending, 'exchange_items', reply.text);
  await chat.say(say(language, '네', 'yes'));
  assert.deepEqual(
    store.records.get<Order>('orders', order.orderId)?.exchanges.map((exchange) => exchange.newItemId),
    [other.itemId],
  );
};
