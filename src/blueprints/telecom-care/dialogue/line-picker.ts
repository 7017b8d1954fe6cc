// Which of the customer's lines a message is about: a number, "that line", a position in the last list, a user's name or label.
import { createGazetteer, type OperationReply, type OperationTurn } from '../../../assistants/index.ts';
import { listConcisely, mobileNumbersIn, ordinalIn, outcomeProblem, refersBack } from './dialogue-support.ts';

export interface LineSummary {
  number: string;
  label?: string;
  planName: string;
  status: 'active' | 'suspended' | 'cancelled';
  dataUsedGb: number;
  roaming: string | null;
}

export type LinePick = { number: string } | { reply: OperationReply };

/** The customer's lines (up to 100, enough for the largest business accounts) through the list_lines tool. */
export async function customerLines(turn: OperationTurn): Promise<{ lines: LineSummary[]; total: number } | { reply: OperationReply }> {
  const outcome = await turn.call('list_lines', { limit: 100 });
  if (outcome.status !== 'ok') return { reply: { text: outcomeProblem(turn, outcome), done: true } };
  const result = outcome.result as { lines: LineSummary[]; total: number };
  return { lines: result.lines, total: result.total };
}

export function describeLine(line: LineSummary): string {
  return line.label ? `${line.number} (${line.label})` : line.number;
}

/** Remembers a list just shown, so "the second one" / "두 번째" can pick from it. */
export function rememberList(turn: OperationTurn, numbers: readonly string[]): void {
  turn.memory.lastMentioned.lineList = numbers.join(',');
}

export function rememberLine(turn: OperationTurn, number: string): void {
  turn.memory.lastMentioned.line = number;
}

/**
 * Resolves the line, or a clarifying question listing candidates. `prefer` narrows the default (e.g. suspended lines to resume).
 * @example
 * const picked = await pickLine(turn, {});
 * if ('reply' in picked) return picked.reply;
 */
export async function pickLine(
  turn: OperationTurn,
  options: { prefer?: (line: LineSummary) => boolean; question?: { ko: string; en: string } },
): Promise<LinePick> {
  const written = mobileNumbersIn(turn)[0];
  // A number as written goes to the tool as is: the tool refuses someone else's line.
  if (written) return chosen(turn, written);
  const listed = turn.memory.lastMentioned.lineList?.split(',') ?? [];
  const position = ordinalIn(turn.text);
  if (position !== undefined && listed[position - 1]) return chosen(turn, listed[position - 1]!);
  if (typeof turn.slots.number === 'string') return { number: turn.slots.number };
  const found = await customerLines(turn);
  if ('reply' in found) return found;
  const usable = found.lines.filter((line) => line.status !== 'cancelled');
  const lastFour = /(?<!\d)(\d{4})(?!\d)/u.exec(turn.text)?.[1];
  const byDigits = lastFour ? usable.filter((line) => line.number.endsWith(lastFour)) : [];
  if (byDigits.length === 1) return chosen(turn, byDigits[0]!.number);
  const labelled = usable.filter((line) => line.label);
  if (labelled.length > 0) {
    const gazetteer = createGazetteer(
      labelled.map((line) => ({
        id: line.number,
        names: [line.label!, ...line.label!.split(/\s*·\s*/u).filter((part) => part.length >= 2)],
      })),
    );
    const matches = gazetteer.find(turn.text, { limit: 5, minScore: 0.9 });
    const best = matches[0];
    if (best) {
      const tied = matches.filter((match) => match.score >= best.score - 0.01);
      if (tied.length === 1) return chosen(turn, best.id);
      return ask(
        turn,
        usable.filter((line) => tied.some((match) => match.id === line.number)),
      );
    }
  }
  const last = turn.memory.lastMentioned.line;
  const preferred = options.prefer ? usable.filter(options.prefer) : usable;
  if (last && (preferred.some((line) => line.number === last) || refersBack(turn.text))) return chosen(turn, last);
  if (preferred.length === 1) return chosen(turn, preferred[0]!.number);
  if (usable.length === 1) return chosen(turn, usable[0]!.number);
  return ask(turn, preferred.length > 0 ? preferred : usable, options.question);
}

function chosen(turn: OperationTurn, number: string): LinePick {
  turn.slots.number = number;
  rememberLine(turn, number);
  return { number };
}

function ask(turn: OperationTurn, lines: readonly LineSummary[], question?: { ko: string; en: string }): LinePick {
  rememberList(
    turn,
    lines.slice(0, 10).map((line) => line.number),
  );
  const items = lines.slice(0, 10).map((line, index) => `${index + 1}. ${describeLine(line)}`);
  const intro = question ?? {
    ko: `어느 회선인가요? 번호나 사용자 이름, 또는 목록의 순번으로 알려 주세요 (회선 ${lines.length}개).`,
    en: `Which line is it? Tell me the number, the user's name, or its position in the list (${lines.length} lines).`,
  };
  return { reply: { text: `${turn.say(intro)}\n${listConcisely(turn, items, 10)}`, done: false } };
}
