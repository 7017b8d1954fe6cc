// Swap one line for another option of the same product: modify_order (pending orders) and exchange_items (delivered, in the window).
import type { DialogueOperation, OperationTurn } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { OrderStatus } from '../schemas/index.ts';
import { confirmChange } from './confirm-change.ts';
import { resolveOrder } from './order-lookup.ts';
import { askWhichLine, fetchOrder, linesNamed, replacementFor } from './order-line-lookup.ts';
import { optionsText, won } from './reply-text.ts';

interface SwapKind {
  id: 'modify_order' | 'exchange_items';
  status: OrderStatus;
  label: { ko: string; en: string };
  purpose: { ko: string; en: string };
  examples: { ko: string[]; en: string[] };
  done: (result: { orderId: string; newOptions: Record<string, string>; priceDifference: number }, turn: OperationTurn) => string;
}

function difference(amount: number, turn: OperationTurn): string {
  if (amount > 0)
    return turn.say({
      ko: ` 차액 ${won(amount)}은 원래 결제 수단으로 결제됐어요.`,
      en: ` The difference of ${won(amount)} was charged to the original payment method.`,
    });
  if (amount < 0)
    return turn.say({
      ko: ` 차액 ${won(-amount)}은 원래 결제 수단으로 환불돼요.`,
      en: ` The difference of ${won(-amount)} is refunded to the original payment method.`,
    });
  return '';
}

const kinds: SwapKind[] = [
  {
    id: 'modify_order',
    status: 'pending',
    label: { ko: '주문 옵션 변경', en: 'change an order' },
    purpose: { ko: '변경할', en: 'change' },
    examples: {
      ko: [
        '주문한 엔진오일 용량을 바꾸고 싶어요',
        '주문 옵션 변경해 주세요',
        '1L 말고 4L로 바꿔 주세요',
        '배송 전에 주문 수정할 수 있어요?',
        '그 주문 옵션 바꿀래요',
        '주문 내용 변경하고 싶어요',
        '월간 말고 연간으로 변경해줘',
        '색상 바꿀 수 있나요 아직 출고 전인데',
        '용량 변경 부탁드려요',
        '주문변경',
        '사이즈 잘못 골랐어요 바꿔 주세요',
        '주문한 거 다른 옵션으로 바꿔줘',
      ],
      en: [
        'change my order to the 4L size',
        'I want to modify my order',
        'switch the 1L to 4L please',
        'can I change the option before it ships',
        'change that order',
        'update my order to the annual plan',
        'I picked the wrong size, change it',
        'swap the colour on my order',
        'modify order O-100123',
        'edit my pending order',
        'change the variant in my order',
        'I want a different size in my order',
      ],
    },
    done: (result, turn) =>
      turn.say({
        ko: `주문 ${result.orderId}을(를) ${optionsText(result.newOptions, 'ko')}(으)로 변경했어요.`,
        en: `Order ${result.orderId} now has ${optionsText(result.newOptions, 'en')}.`,
      }) + difference(result.priceDifference, turn),
  },
  {
    id: 'exchange_items',
    status: 'delivered',
    label: { ko: '교환 신청', en: 'exchange an item' },
    purpose: { ko: '교환할', en: 'exchange' },
    examples: {
      ko: [
        '받은 상품 교환하고 싶어요',
        '교환 신청할게요',
        '다른 용량으로 교환해 주세요',
        '색상이 마음에 안 들어서 교환하고 싶어요',
        '배송 받은 엔진오일 4L로 교환 가능해요?',
        '사이즈 교환 요청',
        '그거 교환해줘',
        '교환하려면 어떻게 해요 받은 지 며칠 안 됐어요',
        '다른 옵션으로 교환 부탁드려요',
        '교환신청',
        '와이퍼 길이 다른 걸로 교환할래요',
        '배송 완료된 주문 교환',
      ],
      en: [
        'I want to exchange an item',
        'exchange the oil for the 4L size',
        'can I swap what I received for another colour',
        'request an exchange',
        'exchange that item please',
        'the wiper is the wrong length, exchange it',
        'exchange my delivered order',
        'I need a different size of what I got',
        'swap the delivered item',
        'exchange it for the annual plan',
        'start an exchange',
        'exchange request for order O-100123',
      ],
    },
    done: (result, turn) =>
      turn.say({
        ko: `교환을 접수했어요: ${optionsText(result.newOptions, 'ko')}(으)로 보내 드리고 기존 상품은 회수해요.`,
        en: `Exchange requested: we'll send ${optionsText(result.newOptions, 'en')} and collect the old item.`,
      }) + difference(result.priceDifference, turn),
  },
];

export function swapOperations(records: RecordCollections): DialogueOperation[] {
  return kinds.map((kind) => ({
    id: kind.id,
    label: kind.label,
    requiresAuthentication: true,
    examples: kind.examples,
    async handle(turn) {
      const found = await resolveOrder(turn, records, { statuses: [kind.status], purpose: kind.purpose });
      if ('reply' in found) return found.reply;
      turn.memory.lastMentioned.order = found.orderId;
      const order = await fetchOrder(turn, found.orderId);
      if ('done' in order) return order;
      const named = linesNamed(order, turn);
      const line =
        (named.length === 1 ? named[0] : undefined) ??
        order.items.find((item) => item.itemId === turn.slots.itemId) ??
        (order.items.length === 1 ? order.items[0] : undefined);
      if (!line)
        return askWhichLine(turn, order, {
          ko: `어느 상품을 ${kind.purpose.ko.replace(/할$/u, '할까요')}?`,
          en: `Which item should I ${kind.purpose.en}?`,
        });
      turn.slots.itemId = line.itemId;
      turn.memory.lastMentioned.item = line.itemId;
      const replacement = await replacementFor(turn, line);
      if ('done' in replacement) return replacement;
      turn.slots.newItemId = replacement.itemId;
      delete turn.slots.asking;
      return confirmChange(turn, {
        request: { tool: kind.id, args: { orderId: found.orderId, itemId: line.itemId, newItemId: replacement.itemId } },
        report: (result) => kind.done(result as Parameters<SwapKind['done']>[0], turn),
      });
    },
  }));
}
