// Changing a line's plan: which line, which plan (fuzzy, or the one just discussed), the tool's prorated summary, then a yes.
import type { DialogueOperation } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { planFinder } from './telecom-gazetteers.ts';
import { askAgain, awaitingAnswer, confirmThenAct, mobileNumbersIn, refersBack } from './dialogue-support.ts';
import { pickLine } from './line-picker.ts';
import { operationExamples } from './operation-examples.ts';

export function changePlanOperation(records: RecordCollections): DialogueOperation {
  return {
    id: 'change_plan',
    label: { ko: '요금제 변경', en: 'change your plan' },
    examples: operationExamples.change_plan,
    requiresAuthentication: true,
    async handle(turn) {
      const finder = planFinder(records);
      const found = finder.find(turn.text);
      if (awaitingAnswer(turn) && found.plans.length === 0 && mobileNumbersIn(turn).length === 0) return askAgain(turn);
      if (found.ambiguous && found.plans.length > 1) {
        const names = found.plans.slice(0, 3).map((plan) => turn.say(plan.name));
        return {
          text: turn.say({
            ko: `어느 요금제로 바꿀까요? ${names.join(', ')}`,
            en: `Which plan do you mean: ${names.join(', ')}?`,
          }),
          done: false,
        };
      }
      const named = found.plans[0]?.planId;
      const previous = turn.memory.lastMentioned.plan;
      if (named) turn.slots.plan = named;
      else if (!turn.continuing && previous && refersBack(turn.text)) turn.slots.plan = previous;
      const picked = await pickLine(turn, { prefer: (line) => line.status === 'active' });
      if ('reply' in picked) return picked.reply;
      if (typeof turn.slots.plan !== 'string') {
        const examples = finder
          .open()
          .slice(0, 4)
          .map((plan) => turn.say(plan.name));
        return {
          text: turn.say({
            ko: `${picked.number} 회선을 어떤 요금제로 바꿀까요? 예: ${examples.join(', ')}`,
            en: `Which plan should ${picked.number} move to? For example: ${examples.join(', ')}`,
          }),
          done: false,
        };
      }
      turn.memory.lastMentioned.plan = turn.slots.plan;
      return confirmThenAct(turn, {
        tool: 'change_plan',
        args: { number: picked.number, plan: turn.slots.plan },
        report: (result) => {
          const done = result as { number: string; planName: string };
          return turn.say({
            ko: `${done.number} 회선의 요금제를 오늘부터 ${done.planName}(으)로 변경했어요. 이번 달 요금은 일할 계산됩니다.`,
            en: `${done.number} is now on ${done.planName}, effective today; this month is prorated.`,
          });
        },
      });
    },
  };
}
