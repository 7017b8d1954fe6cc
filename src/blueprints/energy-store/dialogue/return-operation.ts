// Return delivered lines within the window: find the order and lines, show the refund summary, return only after a yes.
import type { DialogueOperation } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { confirmChange } from './confirm-change.ts';
import { resolveOrder } from './order-lookup.ts';
import { askWhichLine, fetchOrder, linesNamed } from './order-line-lookup.ts';
import { won } from './reply-text.ts';

export function returnOperation(records: RecordCollections): DialogueOperation {
  return {
    id: 'return_items',
    label: { ko: '반품 신청', en: 'return items' },
    requiresAuthentication: true,
    examples: {
      ko: [
        '반품하고 싶어요',
        '받은 상품 반품 신청할게요',
        '엔진오일 반품해 주세요',
        '환불받고 싶어요 반품할게요',
        '그 주문 반품해줘',
        '단순 변심 반품 가능해요?',
        '반품신청',
        '배송 받은 거 돌려보내고 싶어요',
        '전부 반품할게요',
        '두 번째 상품만 반품',
        '반품 접수 부탁드립니다',
        '필요 없어져서 반품하려고요',
      ],
      en: [
        'I want to return an item',
        'return my order',
        'please return the engine oil',
        'I would like a refund for what I received',
        'return that order',
        'start a return',
        'send it back for a refund',
        'return all the items',
        'return only the second item',
        'I changed my mind about my purchase, return it',
        'return request for order O-100123',
        'how do I return something I got',
      ],
    },
    async handle(turn) {
      const found = await resolveOrder(turn, records, { statuses: ['delivered'], purpose: { ko: '반품할', en: 'return' } });
      if ('reply' in found) return found.reply;
      turn.memory.lastMentioned.order = found.orderId;
      const order = await fetchOrder(turn, found.orderId);
      if ('done' in order) return order;
      const everything = /전부|모두|다\s*반품|전체|all\b|everything|whole/u.test(normalizeText(turn.text).toLowerCase());
      const named = everything ? order.items : linesNamed(order, turn);
      const remembered = (turn.slots.itemIds as string[] | undefined) ?? [];
      const itemIds =
        named.length > 0
          ? named.map((item) => item.itemId)
          : remembered.length > 0
            ? remembered
            : order.items.length === 1
              ? order.items.map((item) => item.itemId)
              : [];
      if (itemIds.length === 0)
        return askWhichLine(turn, order, {
          ko: '어느 상품을 반품할까요? (번호, 또는 "전부")',
          en: 'Which item should I return? (a number, or "all")',
        });
      turn.slots.itemIds = itemIds;
      delete turn.slots.asking;
      return confirmChange(turn, {
        request: { tool: 'return_items', args: { orderId: found.orderId, itemIds } },
        report: (result) => {
          const { returnId, refund } = result as { returnId: string; refund: number };
          return turn.say({
            ko: `반품(${returnId})을 접수했어요. 회수 후 ${won(refund)}이 원래 결제 수단으로 환불돼요.`,
            en: `Return ${returnId} is booked. ${won(refund)} will be refunded to the original payment method.`,
          });
        },
      });
    },
  };
}
