// Cancel a pending order: find it, show the tool's summary (items, refund, payment method), cancel only after a yes.
import type { DialogueOperation } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { confirmChange } from './confirm-change.ts';
import { resolveOrder } from './order-lookup.ts';
import { won } from './reply-text.ts';

export function cancelOrderOperation(records: RecordCollections): DialogueOperation {
  return {
    id: 'cancel_order',
    label: { ko: '주문 취소', en: 'cancel an order' },
    requiresAuthentication: true,
    examples: {
      ko: [
        '주문 취소하고 싶어요',
        '주문 취소해 주세요',
        '그 주문 취소할래요',
        '방금 한 주문 취소해줘',
        '주문을 취소하려고요',
        '결제한 거 취소할 수 있어요?',
        '주문취소 부탁드려요',
        '실수로 주문했어요 취소해 주세요',
        '첫 번째 주문 취소',
        '엔진오일 주문 취소하고 싶은데요',
        '주문 철회하고 싶어요',
        '취소해줘 그 주문',
      ],
      en: [
        'cancel my order',
        'I want to cancel an order',
        'please cancel that order',
        'cancel the order I just placed',
        'can I cancel my purchase',
        'I ordered by mistake, cancel it',
        'cancel the first order',
        'I need to cancel the engine oil order',
        'stop my order please',
        'cancel order O-100123',
        'I changed my mind, cancel the order',
        'cancellation please',
      ],
    },
    async handle(turn) {
      const found = await resolveOrder(turn, records, { statuses: ['pending'], purpose: { ko: '취소할', en: 'cancel' } });
      if ('reply' in found) return found.reply;
      turn.memory.lastMentioned.order = found.orderId;
      return confirmChange(turn, {
        request: { tool: 'cancel_order', args: { orderId: found.orderId } },
        report: (result) => {
          const { orderId, refund } = result as { orderId: string; refund: number };
          return turn.say({
            ko: `주문 ${orderId}을(를) 취소했어요. ${won(refund)}이 원래 결제 수단으로 환불돼요(카드는 영업일 3~5일 소요).`,
            en: `Order ${orderId} is cancelled. ${won(refund)} goes back to the original payment method (cards take 3–5 business days).`,
          });
        },
      });
    },
  };
}
