// Line questions: data used and left on a line, and the list of the customer's lines (business accounts page through many).
import type { DialogueOperation } from '../../../assistants/index.ts';
import { listConcisely, outcomeProblem } from './dialogue-support.ts';
import { customerLines, describeLine, pickLine, rememberList } from './line-picker.ts';
import { operationExamples } from './operation-examples.ts';

const statusLabels = {
  active: { ko: '사용 중', en: 'active' },
  suspended: { ko: '정지', en: 'suspended' },
  cancelled: { ko: '해지', en: 'cancelled' },
} as const;
const pageSize = 10;

export function lineOperations(): DialogueOperation[] {
  const dataUsage: DialogueOperation = {
    id: 'data_usage',
    label: { ko: '데이터 사용량 확인', en: 'check data usage' },
    examples: operationExamples.data_usage,
    requiresAuthentication: true,
    async handle(turn) {
      const picked = await pickLine(turn, { prefer: (line) => line.status === 'active' });
      if ('reply' in picked) return picked.reply;
      const outcome = await turn.call('get_data_usage', { number: picked.number });
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
      const usage = outcome.result as { number: string; summary: string; overAllowance: boolean; allowanceGb: number | null };
      const hint =
        usage.overAllowance && usage.allowanceGb !== null
          ? `\n${turn.say({ ko: '데이터를 충전하면 바로 정상 속도로 돌아와요. "데이터 충전해 주세요"라고 말씀해 주세요.', en: 'A top-up restores full speed at once; just say "top up my data".' })}`
          : '';
      return { text: `${usage.number}: ${usage.summary}${hint}`, done: true };
    },
  };

  const listLines: DialogueOperation = {
    id: 'list_lines',
    label: { ko: '회선 목록 보기', en: 'list your lines' },
    examples: operationExamples.list_lines,
    requiresAuthentication: true,
    async handle(turn) {
      const found = await customerLines(turn);
      if ('reply' in found) return found.reply;
      const status = /(정지|suspend)/iu.test(turn.text) ? 'suspended' : /(해지|cancel)/iu.test(turn.text) ? 'cancelled' : undefined;
      const wanted = status ? found.lines.filter((line) => line.status === status) : found.lines;
      const next = /(다음|더 보|next|more)/iu.test(turn.text);
      const offset = next ? Number(turn.memory.lastMentioned.linePage ?? 0) + pageSize : 0;
      const page = wanted.slice(offset, offset + pageSize);
      turn.memory.lastMentioned.linePage = String(offset);
      rememberList(
        turn,
        page.map((line) => line.number),
      );
      const counts = (['active', 'suspended', 'cancelled'] as const)
        .map((key) => `${turn.say(statusLabels[key])} ${found.lines.filter((line) => line.status === key).length}`)
        .join(', ');
      if (page.length === 0)
        return { text: turn.say({ ko: `해당하는 회선이 없어요 (${counts}).`, en: `No lines to show (${counts}).` }), done: true };
      const items = page.map(
        (line, index) => `${offset + index + 1}. ${describeLine(line)} · ${line.planName} · ${turn.say(statusLabels[line.status])}`,
      );
      const more = offset + page.length < wanted.length;
      return {
        text: [
          turn.say({ ko: `회선 ${found.total}개 (${counts})`, en: `${found.total} lines (${counts})` }),
          listConcisely(turn, items, pageSize),
          ...(more
            ? [
                turn.say({
                  ko: `${wanted.length - offset - page.length}개 더 있어요. "다음 회선 보여 줘"라고 말씀해 주세요.`,
                  en: `${wanted.length - offset - page.length} more; say "show the next lines".`,
                }),
              ]
            : []),
        ].join('\n'),
        done: true,
      };
    },
  };

  return [dataUsage, listLines];
}
