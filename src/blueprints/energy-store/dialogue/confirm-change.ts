// The confirm step every change shares: list the tool's summary and ask; run the SAME call only after a yes; a no changes nothing.
import { isDeepStrictEqual } from 'node:util';
import type { OperationReply, OperationTurn } from '../../../assistants/index.ts';
import { confirmQuestion, outcomeProblem } from './reply-text.ts';

export interface ChangeRequest {
  tool: string;
  args: Record<string, unknown>;
}

/**
 * First call: the runtime answers `confirmation_required` with a summary, which we show with a yes/no question (done: false).
 * After the customer's yes to that same request, the same call runs and `report` words the result.
 * @example
 * return confirmChange(turn, { request: { tool: 'cancel_order', args: { orderId } }, report: () => '취소했어요.' });
 */
export async function confirmChange(
  turn: OperationTurn,
  options: { request: ChangeRequest; report: (result: unknown) => string },
): Promise<OperationReply> {
  const { request } = options;
  const pending = turn.slots.pending as ChangeRequest | undefined;
  const same = pending !== undefined && pending.tool === request.tool && isDeepStrictEqual(pending.args, request.args);
  if (same && turn.continuing && turn.answer === 'no') {
    delete turn.slots.pending;
    return {
      text: turn.say({ ko: '알겠습니다. 아무것도 변경하지 않았어요.', en: "All right, I haven't changed anything." }),
      done: true,
    };
  }
  // Anything but a yes to the very same request leaves the data alone: the customer has moved on, so the request lapses.
  if (same && turn.continuing && turn.answer === undefined) {
    delete turn.slots.pending;
    return {
      text: turn.say({
        ko: '확인 답변이 없어서 진행하지 않았고 아무것도 변경하지 않았어요. 다른 요청이 있으시면 다시 말씀해 주세요.',
        en: "I didn't get a yes, so I haven't changed anything. What would you like to do instead?",
      }),
      done: true,
    };
  }
  const outcome = await turn.call(request.tool, request.args);
  if (outcome.status === 'confirmation_required') {
    turn.slots.pending = request;
    return { text: `${outcome.summary}\n${turn.say(confirmQuestion)}`, done: false };
  }
  delete turn.slots.pending;
  if (outcome.status === 'ok') return { text: options.report(outcome.result), done: true };
  return { text: outcomeProblem(turn, outcome), done: true };
}
