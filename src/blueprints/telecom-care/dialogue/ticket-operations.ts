// Support tickets: opening one (confirmed first) and the status of one ticket or of all the customer's tickets.
import type { DialogueOperation, OperationTurn } from '../../../assistants/index.ts';
import { formatDate } from '../tools/tool-support.ts';
import {
  askAgain,
  awaitingAnswer,
  confirmThenAct,
  listConcisely,
  mobileNumbersIn,
  outcomeProblem,
  refersBack,
} from './dialogue-support.ts';
import { operationExamples } from './operation-examples.ts';

const statusLabels = {
  open: { ko: '접수', en: 'open' },
  'in-progress': { ko: '처리 중', en: 'in progress' },
  resolved: { ko: '해결', en: 'resolved' },
} as const;

/** The ticket category a description points to. */
export function ticketCategory(text: string): string {
  if (/(요금|청구|납부|결제|bill|charge|payment|refund)/iu.test(text)) return 'billing';
  if (/(로밍|roaming)/iu.test(text)) return 'roaming';
  if (/(유심|usim|sim|단말|기기|휴대폰 고장|device|puk)/iu.test(text)) return 'device';
  if (/(요금제|plan)/iu.test(text)) return 'plan';
  if (/(데이터|mms|문자|통화|신호|서비스|기지국|느려|끊|data|signal|call|network|service|slow)/iu.test(text)) return 'network';
  return 'other';
}

/** The words that say what is wrong, without the request around them ("문의 접수해 주세요: …"). */
function subjectOf(text: string): string {
  const stripped = text
    .replace(
      /(문의|민원|불만|고장 신고|신고|티켓|접수|해\s*주세요|할게요|하고 싶어요|부탁(드립니다|해요)?|please|i (need|want|would like|'d like) to|(can|could) you|open a (support )?ticket|file a complaint|report|create a ticket)[.:,!]?/giu,
      ' ',
    )
    .replace(/\s+/gu, ' ')
    .trim();
  return stripped.length >= 4 ? stripped.slice(0, 120) : '';
}

async function showTicket(turn: OperationTurn, ticketId: string) {
  const outcome = await turn.call('get_ticket', { ticketId });
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
  const ticket = outcome.result as {
    ticketId: string;
    subject: string;
    status: keyof typeof statusLabels;
    categoryText: string;
    createdAt: string;
    updates: Array<{ at: string; text: string }>;
  };
  turn.memory.lastMentioned.ticket = ticket.ticketId;
  const last = ticket.updates.at(-1);
  return {
    text: turn.say({
      ko: `${ticket.ticketId} "${ticket.subject}" (${ticket.categoryText}): ${statusLabels[ticket.status].ko}, ${formatDate(ticket.createdAt, 'ko')} 접수.${last ? ` 최근 내용(${formatDate(last.at, 'ko')}): ${last.text}` : ''}`,
      en: `${ticket.ticketId} "${ticket.subject}" (${ticket.categoryText}): ${statusLabels[ticket.status].en}, opened ${formatDate(ticket.createdAt, 'en')}.${last ? ` Latest (${formatDate(last.at, 'en')}): ${last.text}` : ''}`,
    }),
    done: true,
  };
}

export function ticketOperations(): DialogueOperation[] {
  const createTicket: DialogueOperation = {
    id: 'create_ticket',
    label: { ko: '문의 접수', en: 'open a support ticket' },
    examples: operationExamples.create_ticket,
    requiresAuthentication: true,
    async handle(turn) {
      if (awaitingAnswer(turn)) return askAgain(turn);
      const number = mobileNumbersIn(turn)[0];
      if (number) turn.slots.number = number;
      const subject = subjectOf(turn.text.replace(/(?:\+?82[-\s]?)?010[-\s.]?\d{4}[-\s.]?\d{4}/gu, ''));
      if (subject && (turn.answer !== 'yes' || turn.slots.subject === undefined)) turn.slots.subject = subject;
      if (typeof turn.slots.subject !== 'string')
        return {
          text: turn.say({ ko: '어떤 문제인지 한 줄로 알려 주세요.', en: 'In a line, what is the problem?' }),
          done: false,
          awaitsFreeText: true,
        };
      const args = {
        category: ticketCategory(turn.slots.subject),
        subject: turn.slots.subject,
        description: turn.slots.subject,
        ...(typeof turn.slots.number === 'string' ? { number: turn.slots.number } : {}),
      };
      return confirmThenAct(turn, {
        tool: 'create_ticket',
        args,
        report: (result) => {
          const ticket = result as { ticketId: string; firstAnswer: string };
          turn.memory.lastMentioned.ticket = ticket.ticketId;
          return turn.say({
            ko: `문의가 ${ticket.ticketId}번으로 접수되었어요. 첫 답변은 ${ticket.firstAnswer} 드릴게요.`,
            en: `Your ticket ${ticket.ticketId} is open; you'll hear back ${ticket.firstAnswer}.`,
          });
        },
      });
    },
  };

  const ticketStatus: DialogueOperation = {
    id: 'ticket_status',
    label: { ko: '문의 처리 상태 확인', en: 'check your tickets' },
    examples: operationExamples.ticket_status,
    requiresAuthentication: true,
    async handle(turn) {
      const ticketId = /\bT-?\d{6}\b/iu
        .exec(turn.text)?.[0]
        ?.toUpperCase()
        .replace(/^T(\d)/u, 'T-$1');
      const last = turn.memory.lastMentioned.ticket;
      if (ticketId) return showTicket(turn, ticketId);
      if (last && refersBack(turn.text)) return showTicket(turn, last);
      const outcome = await turn.call('list_tickets', {});
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
      const { tickets } = outcome.result as {
        tickets: Array<{ ticketId: string; subject: string; status: keyof typeof statusLabels; createdAt: string }>;
      };
      if (tickets.length === 0) return { text: turn.say({ ko: '접수된 문의가 없어요.', en: 'You have no support tickets.' }), done: true };
      if (tickets.length === 1) return showTicket(turn, tickets[0]!.ticketId);
      turn.memory.lastMentioned.ticket = tickets[0]!.ticketId;
      const items = tickets.map(
        (ticket) =>
          `· ${ticket.ticketId} ${ticket.subject} — ${turn.say(statusLabels[ticket.status])} (${formatDate(ticket.createdAt, turn.language)})`,
      );
      return {
        text: `${turn.say({ ko: `문의 ${tickets.length}건:`, en: `${tickets.length} tickets:` })}\n${listConcisely(turn, items, 5)}`,
        done: true,
      };
    },
  };

  return [createTicket, ticketStatus];
}
