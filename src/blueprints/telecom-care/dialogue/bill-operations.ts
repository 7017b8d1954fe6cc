// Bills: explaining a month's bill (or the latest, and why it changed) and paying an unpaid one with a saved method.
import { createGazetteer, type DialogueOperation, type OperationTurn } from '../../../assistants/index.ts';
import { askAgain, awaitingAnswer, confirmThenAct, listConcisely, outcomeProblem, refersBack } from './dialogue-support.ts';
import { operationExamples } from './operation-examples.ts';

interface ExplainedBill {
  billId: string;
  period: string;
  status: 'paid' | 'due' | 'overdue';
  totalText: string;
  outstanding: number;
  lines: Array<{ number: string; label?: string; items: Array<{ label: string; amountText: string }>; subtotal: number }>;
  accountItems: Array<{ label: string; amountText: string }>;
  explanation: string[];
}

const englishMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A billing month named in the message: { period } when the year is written, { month } when only the month is. */
function periodIn(text: string): { period?: string; month?: number; previous?: boolean } {
  const full = /(20\d{2})\s*[-./년]\s*(\d{1,2})\s*월?/u.exec(text);
  if (full) return { period: `${full[1]}-${full[2]!.padStart(2, '0')}` };
  const korean = /(?<!\d)(\d{1,2})\s*월/u.exec(text);
  if (korean && Number(korean[1]) >= 1 && Number(korean[1]) <= 12) return { month: Number(korean[1]) };
  const lower = text.toLowerCase();
  const english = englishMonths.findIndex((month) => new RegExp(`\\b${month}[a-z]*\\b`, 'u').test(lower));
  if (english >= 0 && !/\bmay i\b/u.test(lower)) return { month: english + 1 };
  if (/(지지난\s*달|전전\s*달|month before last)/u.test(lower)) return { previous: true };
  return {};
}

function won(amount: number): string {
  return `₩${new Intl.NumberFormat('en-US').format(amount)}`;
}

async function explain(turn: OperationTurn, args: Record<string, unknown>): Promise<{ bill: ExplainedBill } | { problem: string }> {
  const outcome = await turn.call('explain_bill', args);
  return outcome.status === 'ok' ? { bill: outcome.result as ExplainedBill } : { problem: outcomeProblem(turn, outcome) };
}

export function billOperations(): DialogueOperation[] {
  const explainBill: DialogueOperation = {
    id: 'explain_bill',
    label: { ko: '청구서 설명', en: 'explain a bill' },
    examples: operationExamples.explain_bill,
    requiresAuthentication: true,
    async handle(turn) {
      const wanted = periodIn(turn.text);
      const billId = /\bB-\d{6}-\d{6}\b/iu.exec(turn.text)?.[0] ?? (refersBack(turn.text) ? turn.memory.lastMentioned.bill : undefined);
      let found = await explain(turn, billId ? { billId } : wanted.period ? { period: wanted.period } : {});
      if ('bill' in found && !billId && (wanted.month !== undefined || wanted.previous)) {
        // Only a month was named: take the latest bill's year, or the year before for a later month.
        const [year, month] = found.bill.period.split('-').map(Number) as [number, number];
        const target = wanted.previous
          ? month === 1
            ? { year: year - 1, month: 12 }
            : { year, month: month - 1 }
          : { year: wanted.month! > month ? year - 1 : year, month: wanted.month! };
        const period = `${target.year}-${String(target.month).padStart(2, '0')}`;
        if (period !== found.bill.period) found = await explain(turn, { period });
      }
      if ('problem' in found) return { text: found.problem, done: true };
      const bill = found.bill;
      turn.memory.lastMentioned.bill = bill.billId;
      const why = /(왜|이유|늘었|올랐|줄었|달라|바뀌|why|change|went up|higher|increase)/iu.test(turn.text);
      if (why && bill.explanation.length > 1)
        return {
          text: [...bill.explanation, ...bill.accountItems.map((item) => `· ${item.label}: ${item.amountText}`)].join('\n'),
          done: true,
        };
      const perLine = bill.lines.map((line) => `· ${line.label ? `${line.number} (${line.label})` : line.number}: ${won(line.subtotal)}`);
      const items = bill.lines.length === 1 ? bill.lines[0]!.items.map((item) => `  - ${item.label}: ${item.amountText}`) : [];
      const account = bill.accountItems.map((item) => `· ${item.label}: ${item.amountText}`);
      return {
        text: [
          bill.explanation[0] ?? '',
          ...listConcisely(turn, [...perLine, ...items], 8).split('\n'),
          ...account,
          ...bill.explanation.slice(1),
          ...(bill.status !== 'paid'
            ? [turn.say({ ko: '지금 납부하시려면 "요금 납부할게요"라고 말씀해 주세요.', en: 'To pay it now, say "pay my bill".' })]
            : []),
        ].join('\n'),
        done: true,
      };
    },
  };

  const payBill: DialogueOperation = {
    id: 'pay_bill',
    label: { ko: '요금 납부', en: 'pay a bill' },
    examples: operationExamples.pay_bill,
    requiresAuthentication: true,
    async handle(turn) {
      if (awaitingAnswer(turn) && !/(카드|계좌|은행|card|bank|account|\d{4})/iu.test(turn.text)) return askAgain(turn);
      const billId = /\bB-\d{6}-\d{6}\b/iu.exec(turn.text)?.[0]?.toUpperCase() ?? (turn.slots.billId as string | undefined);
      if (billId) turn.slots.billId = billId;
      const outcome = await turn.call('list_payment_methods', {});
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
      const { methods } = outcome.result as {
        methods: Array<{ id: string; label: string; last4: string | null; type: string; autopay: boolean }>;
      };
      const gazetteer = createGazetteer(
        methods.map((method) => ({
          id: method.id,
          names: [
            method.label,
            ...(method.last4 ? [method.last4] : []),
            method.type === 'card' ? '카드' : '계좌',
            method.type === 'card' ? 'card' : 'bank account',
          ],
        })),
      );
      const named = gazetteer.find(turn.text, { limit: 1, minScore: 0.9 })[0]?.id;
      const methodId = named ?? (turn.slots.methodId as string | undefined) ?? (methods.find((method) => method.autopay) ?? methods[0])?.id;
      if (!methodId) return { text: turn.say({ ko: '등록된 결제 수단이 없어요.', en: 'There is no saved payment method.' }), done: true };
      turn.slots.methodId = methodId;
      const others = methods
        .filter((method) => method.id !== methodId)
        .map((method) => `${method.label}${method.last4 ? ` ****${method.last4}` : ''}`);
      const reply = await confirmThenAct(turn, {
        tool: 'pay_bill',
        args: { ...(billId ? { billId } : {}), paymentMethodId: methodId },
        report: (result) => {
          const paid = result as { period: string; amountText: string; resumedLines: string[] };
          return turn.say({
            ko: `${paid.period} 청구서 ${paid.amountText} 납부가 완료되었습니다.${paid.resumedLines.length ? ` 정지되었던 회선 ${paid.resumedLines.join(', ')}의 이용이 재개되었어요.` : ''}`,
            en: `Your ${paid.period} bill of ${paid.amountText} is paid.${paid.resumedLines.length ? ` Service is back on ${paid.resumedLines.join(', ')}.` : ''}`,
          });
        },
      });
      if (!reply.done && others.length > 0)
        reply.text += `\n${turn.say({ ko: `다른 결제 수단: ${others.join(', ')}`, en: `Other payment methods: ${others.join(', ')}` })}`;
      return reply;
    },
  };

  return [explainBill, payBill];
}
