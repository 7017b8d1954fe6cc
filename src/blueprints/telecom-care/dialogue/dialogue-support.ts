// Helpers every telecom-care operation shares: replies for tool outcomes, the confirm-then-act step, and typed extractors.
import type { OperationReply, OperationTurn, ToolOutcome } from '../../../assistants/index.ts';
import { normalizeMobileNumber } from '../tools/tool-support.ts';

export type Text = { ko: string; en: string };

/** The pending state-changing call an operation asked a yes for, kept in its slots until the answer comes. */
interface PendingCall {
  tool: string;
  args: Record<string, unknown>;
}

/** A reply for an outcome that is not 'ok' (a failure, a missing authentication), in the tool's own words. */
export function outcomeProblem(turn: OperationTurn, outcome: ToolOutcome): string {
  if (outcome.status === 'failed') {
    if (outcome.code === 'not_your_record')
      return turn.say({
        ko: `${outcome.message} 본인 명의의 회선·청구서·문의만 조회하거나 변경할 수 있어요.`,
        en: `${outcome.message} I can only look at or change records on your own account.`,
      });
    return outcome.message;
  }
  if (outcome.status === 'authentication_required' || outcome.status === 'confirmation_required')
    return 'message' in outcome ? outcome.message : outcome.summary;
  return '';
}

const confirmQuestion: Text = { ko: '이대로 진행할까요? (네/아니요)', en: 'Shall I go ahead? (yes/no)' };

/**
 * Confirm → act: the first call returns the tool's summary and a yes/no question; after a yes the same call (same
 * arguments) runs and `report` words the result. A "no" with new details comes back here with recomputed arguments.
 * @example
 * return confirmThenAct(turn, { tool: 'top_up_data', args: { number, gb }, report: (result) => '충전했어요' });
 */
export async function confirmThenAct(
  turn: OperationTurn,
  options: { tool: string; args: Record<string, unknown>; report: (result: unknown) => string | OperationReply },
): Promise<OperationReply> {
  const pending = turn.slots.pending as PendingCall | undefined;
  const same = pending?.tool === options.tool && JSON.stringify(pending.args) === JSON.stringify(options.args);
  // Only a plain yes to the very call that was summarised runs it; anything else is summarised (again).
  const args = same && turn.answer === 'yes' ? pending.args : options.args;
  const outcome = await turn.call(options.tool, args);
  if (outcome.status === 'confirmation_required') {
    turn.slots.pending = { tool: options.tool, args } satisfies PendingCall;
    return { text: `${outcome.summary}\n${turn.say(confirmQuestion)}`, done: false };
  }
  delete turn.slots.pending;
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
  const reported = options.report(outcome.result);
  return typeof reported === 'string' ? { text: reported, done: true } : reported;
}

/** Whether the operation is waiting for a yes/no and the message is neither yes nor a correction: ask again. */
export function awaitingAnswer(turn: OperationTurn): boolean {
  return turn.continuing && turn.slots.pending !== undefined && turn.answer === undefined;
}

export function askAgain(turn: OperationTurn): OperationReply {
  return {
    text: turn.say({
      ko: '위 내용으로 진행할지 "네" 또는 "아니요"로 답해 주세요.',
      en: 'Please answer "yes" to go ahead with the above, or "no" to leave it.',
    }),
    done: false,
  };
}

const mobilePattern = /(?:\+?82[-\s]?)?0?1[0]\s?[-.]?\s?\d{3,4}\s?[-.]?\s?\d{4}/gu;

/** Every mobile number written in the message, normalised to 010-XXXX-XXXX. */
export function mobileNumbersIn(turn: Pick<OperationTurn, 'text' | 'entities'>): string[] {
  const found = new Set<string>();
  for (const phone of turn.entities.phones) {
    const number = normalizeMobileNumber(phone.value);
    if (number) found.add(number);
  }
  for (const match of turn.text.matchAll(mobilePattern)) {
    const number = normalizeMobileNumber(match[0]);
    if (number) found.add(number);
  }
  return [...found];
}

/** Business registration number (123-45-67890 or ten digits). */
export function businessNumberIn(text: string): string | undefined {
  const match = /(?<!\d)(\d{3})[-\s]?(\d{2})[-\s]?(\d{5})(?!\d)/u.exec(text);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** "1번째", "두 번째", "second", "the 3rd": a 1-based position in the last list shown. */
export function ordinalIn(text: string): number | undefined {
  const lower = text.toLowerCase();
  const words: Array<[RegExp, number]> = [
    [/(첫\s*번째|첫번째|\bfirst\b|\b1st\b)/u, 1],
    [/(두\s*번째|\bsecond\b|\b2nd\b)/u, 2],
    [/(세\s*번째|\bthird\b|\b3rd\b)/u, 3],
    [/(네\s*번째|\bfourth\b|\b4th\b)/u, 4],
    [/(다섯\s*번째|\bfifth\b|\b5th\b)/u, 5],
  ];
  for (const [pattern, value] of words) if (pattern.test(lower)) return value;
  const numbered = /(\d{1,2})\s*(번째|번\b|번으로|번이요|번요)/u.exec(lower) ?? /\b(?:number|no\.?|#)\s*(\d{1,2})\b/u.exec(lower);
  return numbered ? Number(numbered[1]) : undefined;
}

/** "그 회선", "that line", "그거", "it": the message points back at what was just discussed. */
export function refersBack(text: string): boolean {
  return /(그\s*(회선|번호|요금제|청구서|문의|거|걸|것)|그거|그걸|이\s*회선|이\s*번호|\bthat (one|line|number|plan|bill|ticket)\b|\bthis (line|number|plan)\b|\bit\b|\bthe same\b)/iu.test(
    text,
  );
}

/** Lists at most `limit` items, then "외 N개" / "and N more". */
export function listConcisely(turn: OperationTurn, items: readonly string[], limit = 5): string {
  const shown = items.slice(0, limit).join('\n');
  const rest = items.length - limit;
  if (rest <= 0) return shown;
  return `${shown}\n${turn.say({ ko: `… 외 ${rest}개`, en: `… and ${rest} more` })}`;
}

/** A number of GB written in the message ("5GB", "10 기가", "two gigs" not supported), if any. */
export function gigabytesIn(turn: OperationTurn): number | undefined {
  const measured = turn.entities.numbers.find((number) => number.unit === 'GB');
  if (measured) return measured.value;
  const match = /(\d+(?:\.\d+)?)\s*(기가|gb|gig|g\b)/iu.exec(turn.text);
  return match ? Number(match[1]) : undefined;
}

/** An amount of money in won ("3만 원", "50,000원", "50000 won"), if any. */
export function wonIn(turn: OperationTurn): number | undefined {
  const money = turn.entities.numbers.find((number) => number.category === 'money' && (number.unit === 'KRW' || number.unit === undefined));
  return money?.value;
}
