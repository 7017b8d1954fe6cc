// A purchase in conversation: product → option → quantity → one of the customer's saved payment methods → summary → yes → order.
import type { DialogueOperation, OperationReply, OperationTurn } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Customer, PaymentMethod, Product } from '../schemas/index.ts';
import { paymentMethodText } from '../tools/account-access.ts';
import { askWhichProduct, notFoundReply } from './catalog-operations.ts';
import { confirmChange } from './confirm-change.ts';
import { nameKey } from './dialogue-indexes.ts';
import { lookUpProduct, variantsNamed } from './product-lookup.ts';
import { fromList, ordinalIn, quantityIn, rememberList } from './references.ts';
import { numberedList, optionsText, outcomeProblem, won } from './reply-text.ts';

const typeWords: Record<PaymentMethod['type'], RegExp> = {
  card: /카드|card|credit/u,
  bank: /계좌|이체|은행|bank|transfer/u,
  points: /포인트|points?/u,
};

function paymentNamed(methods: readonly PaymentMethod[], turn: OperationTurn): PaymentMethod | undefined {
  const compact = nameKey(turn.text);
  const lower = normalizeText(turn.text).toLowerCase();
  const byPosition = turn.slots.asking === 'payment' ? fromList(turn.memory, 'payment', ordinalIn(turn.text)) : undefined;
  return (
    methods.find((method) => method.id === byPosition) ??
    methods.find((method) => compact.includes(nameKey(method.label)) || (method.last4 !== undefined && compact.includes(method.last4))) ??
    (() => {
      const ofType = methods.filter((method) => typeWords[method.type].test(lower));
      return ofType.length === 1 ? ofType[0] : undefined;
    })()
  );
}

async function productOf(turn: OperationTurn, records: RecordCollections): Promise<Product | OperationReply> {
  if (!turn.slots.productId) {
    const lookup = await lookUpProduct(turn, records);
    if (!lookup.picked) return lookup.candidates.length > 0 ? askWhichProduct(turn, lookup.candidates) : notFoundReply(turn);
    turn.slots.productId = lookup.picked.productId;
    if (lookup.picked.itemId) turn.slots.itemId = lookup.picked.itemId;
  }
  const outcome = await turn.call('get_product', { productId: turn.slots.productId as string });
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
  const product = outcome.result as Product;
  turn.memory.lastMentioned.product = product.productId;
  return product;
}

export function placeOrderOperation(records: RecordCollections): DialogueOperation {
  return {
    id: 'place_order',
    label: { ko: '상품 주문', en: 'place an order' },
    requiresAuthentication: true,
    examples: {
      ko: [
        '엔진오일 4L 두 개 주문할게요',
        '이거 주문하고 싶어요',
        '그 상품 살게요',
        '첫 번째 거 구매할래요',
        '연간 멤버십 결제해 주세요',
        '주문할게요',
        '5W-30 엔진오일 하나 사고 싶어요',
        '이걸로 주문해 주세요',
        '신한카드로 주문해줘',
        '요소수 3통 구매',
        '장바구니 없이 바로 주문 가능해요?',
        '와이퍼 주문 넣어 주세요',
        '그거 2개 살게요',
      ],
      en: [
        'I want to order this',
        "I'll buy two bottles of the 4L",
        'place an order for that oil',
        'buy the first one',
        'purchase the annual membership',
        'order it please',
        'I would like to buy a 5W-30 engine oil',
        'order two of them with my card',
        'I want to purchase wiper blades',
        'checkout with my points',
        'buy it now',
        "I'd like to place an order",
      ],
    },
    async handle(turn) {
      const product = await productOf(turn, records);
      if ('done' in product) return product;
      const byPosition = turn.slots.asking === 'option' ? fromList(turn.memory, 'option', ordinalIn(turn.text)) : undefined;
      const variant =
        product.variants.find((candidate) => candidate.itemId === byPosition) ??
        variantsNamed(product.variants, turn.text)[0] ??
        product.variants.find((candidate) => candidate.itemId === turn.slots.itemId) ??
        (product.variants.length === 1 ? product.variants[0] : undefined);
      if (!variant) {
        rememberList(
          turn.memory,
          'option',
          product.variants.map((candidate) => candidate.itemId),
        );
        turn.slots.asking = 'option';
        const options = product.variants.map(
          (candidate) =>
            `${optionsText(candidate.options, turn.language)} — ${won(candidate.price)}${candidate.available ? '' : turn.say({ ko: ' (품절)', en: ' (out of stock)' })}`,
        );
        return {
          text: `${turn.say({ ko: `${product.name.ko}, 어떤 옵션으로 드릴까요?`, en: `Which option of ${product.name.en} would you like?` })}\n${numberedList(options)}`,
          done: false,
        };
      }
      turn.slots.itemId = variant.itemId;
      const quantity = quantityIn(turn.text) ?? (turn.slots.quantity as number | undefined) ?? 1;
      turn.slots.quantity = quantity;
      const customer = turn.customerId ? records.get<Customer>(collections.customers, turn.customerId) : undefined;
      const methods = customer?.paymentMethods ?? [];
      const method =
        paymentNamed(methods, turn) ??
        methods.find((candidate) => candidate.id === turn.slots.paymentMethodId) ??
        (methods.length === 1 ? methods[0] : undefined);
      if (!method) {
        if (methods.length === 0)
          return {
            text: turn.say({
              ko: '등록된 결제 수단이 없어요. 앱에서 카드나 계좌를 등록한 뒤 다시 주문해 주세요.',
              en: 'You have no saved payment method. Please add a card or account in the app first.',
            }),
            done: true,
          };
        rememberList(
          turn.memory,
          'payment',
          methods.map((candidate) => candidate.id),
        );
        turn.slots.asking = 'payment';
        return {
          text: `${turn.say({ ko: '어떤 결제 수단으로 결제할까요?', en: 'Which payment method should I use?' })}\n${numberedList(methods.map((candidate) => paymentMethodText(candidate, turn.language)))}`,
          done: false,
        };
      }
      turn.slots.paymentMethodId = method.id;
      delete turn.slots.asking;
      return confirmChange(turn, {
        request: { tool: 'place_order', args: { items: [{ itemId: variant.itemId, quantity }], paymentMethodId: method.id } },
        report: (result) => {
          const { orderId, total } = result as { orderId: string; total: number };
          turn.memory.lastMentioned.order = orderId;
          return turn.say({
            ko: `주문이 완료되었어요. 주문 번호는 ${orderId}, 결제 금액은 ${won(total)}이에요. 출고 전까지는 취소하거나 옵션을 바꿀 수 있어요.`,
            en: `Your order is placed: ${orderId}, ${won(total)} paid. You can cancel it or change the option until it ships.`,
          });
        },
      });
    },
  };
}
