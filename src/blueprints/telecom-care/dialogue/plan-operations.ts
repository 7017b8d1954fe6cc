// Plan questions: one plan's details, two or more side by side, and a recommendation for stated needs or budget.
import type { DialogueOperation, OperationReply, OperationTurn } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { countryIn, planFinder } from './telecom-gazetteers.ts';
import { gigabytesIn, listConcisely, outcomeProblem, refersBack, wonIn } from './dialogue-support.ts';
import { operationExamples } from './operation-examples.ts';

interface PlanView {
  planId: string;
  name: string;
  monthlyFeeText: string;
  data: string;
  voice: string;
  sms: string;
  roaming: string;
  commitment: string;
  features: string[];
  eligibility?: string;
  description: string;
  openForSubscription: boolean;
}

function planLine(plan: PlanView): string {
  return `· ${plan.name}: ${plan.monthlyFeeText}, ${plan.data}`;
}

function namesOf(turn: OperationTurn, plans: readonly Plan[]): string {
  return plans
    .slice(0, 3)
    .map((plan) => turn.say(plan.name))
    .join(turn.say({ ko: ', ', en: ', ' }));
}

/** Plans named in this message; "그 요금제" / "that plan" adds the one discussed last. */
function plansIn(turn: OperationTurn, records: RecordCollections): { plans: Plan[]; ambiguous: boolean } {
  const finder = planFinder(records);
  const found = finder.find(turn.text);
  const last = turn.memory.lastMentioned.plan;
  const previous = last ? finder.get(last) : undefined;
  if (previous && refersBack(turn.text) && !found.plans.some((plan) => plan.planId === previous.planId))
    return { plans: [previous, ...found.plans], ambiguous: false };
  return found;
}

async function describePlan(turn: OperationTurn, planId: string): Promise<OperationReply> {
  const outcome = await turn.call('get_plan', { plan: planId });
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
  const plan = outcome.result as PlanView;
  turn.memory.lastMentioned.plan = plan.planId;
  const details = [
    `${plan.name}: ${plan.monthlyFeeText}`,
    turn.say({ ko: `· 데이터: ${plan.data}`, en: `· Data: ${plan.data}` }),
    turn.say({ ko: `· 통화 ${plan.voice}, 문자 ${plan.sms}`, en: `· Calls: ${plan.voice}; texts: ${plan.sms}` }),
    `· ${plan.roaming}`,
    `· ${plan.commitment}`,
    ...(plan.features.length ? [turn.say({ ko: `· 혜택: ${plan.features.join(', ')}`, en: `· Extras: ${plan.features.join(', ')}` })] : []),
    ...(plan.eligibility ? [turn.say({ ko: `· 가입 조건: ${plan.eligibility}`, en: `· Who can join: ${plan.eligibility}` })] : []),
    ...(plan.openForSubscription ? [] : [turn.say({ ko: '· 신규 가입이 종료된 요금제입니다.', en: '· Closed to new subscriptions.' })]),
  ];
  return { text: details.join('\n'), done: true };
}

const comparing = /(비교|차이|달라|나아|vs|versus|compare|difference|differ|better)/iu;

export function planOperations(records: RecordCollections): DialogueOperation[] {
  const planInfo: DialogueOperation = {
    id: 'plan_info',
    label: { ko: '요금제 안내', en: 'learn about a plan' },
    examples: operationExamples.plan_info,
    requiresAuthentication: false,
    async handle(turn) {
      const { plans, ambiguous } = plansIn(turn, records);
      const chosen = plans[0] ?? (turn.continuing ? undefined : planFinder(records).get(turn.memory.lastMentioned.plan ?? ''));
      if (!chosen || (ambiguous && plans.length > 1)) {
        const candidates = plans.length > 0 ? plans : planFinder(records).open().slice(0, 3);
        return {
          text: turn.say({
            ko: `어느 요금제를 안내해 드릴까요? 예: ${namesOf(turn, candidates)}`,
            en: `Which plan would you like to know about? For example: ${namesOf(turn, candidates)}`,
          }),
          done: false,
        };
      }
      return describePlan(turn, chosen.planId);
    },
  };

  const comparePlans: DialogueOperation = {
    id: 'compare_plans',
    label: { ko: '요금제 비교', en: 'compare plans' },
    examples: operationExamples.compare_plans,
    requiresAuthentication: false,
    async handle(turn) {
      const earlier = (turn.slots.plans as string[] | undefined) ?? [];
      const found = plansIn(turn, records).plans.map((plan) => plan.planId);
      const ids = [...new Set([...earlier, ...found])].slice(0, 5);
      turn.slots.plans = ids;
      // One plan and no word of comparing: the customer asked about that plan.
      if (ids.length === 1 && !turn.continuing && !comparing.test(turn.text)) return describePlan(turn, ids[0]!);
      if (ids.length === 1) turn.memory.lastMentioned.plan = ids[0]!;
      if (ids.length < 2)
        return {
          text: turn.say({
            ko: `비교할 요금제를 두 개 이상 알려 주세요${ids.length === 1 ? ` (지금: ${turn.say(planFinder(records).get(ids[0]!)!.name)})` : ''}.`,
            en: `Which plans should I compare? Name at least two${ids.length === 1 ? ` (so far: ${turn.say(planFinder(records).get(ids[0]!)!.name)})` : ''}.`,
          }),
          done: false,
        };
      const outcome = await turn.call('compare_plans', { plans: ids });
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
      const result = outcome.result as { plans: PlanView[]; cheapest: string; mostData: string; feeDifference: string };
      const name = (id: string) => result.plans.find((plan) => plan.planId === id)?.name ?? id;
      turn.memory.lastMentioned.plan = result.plans[0]!.planId;
      return {
        text: [
          ...result.plans.map(planLine),
          turn.say({
            ko: `가장 저렴한 요금제는 ${name(result.cheapest)}, 데이터가 가장 많은 요금제는 ${name(result.mostData)}이며 월정액 차이는 ${result.feeDifference}입니다 (부가세 별도).`,
            en: `${name(result.cheapest)} is the cheapest and ${name(result.mostData)} has the most data; the monthly fees differ by ${result.feeDifference} (VAT excluded).`,
          }),
        ].join('\n'),
        done: true,
      };
    },
  };

  const recommendPlan: DialogueOperation = {
    id: 'recommend_plan',
    label: { ko: '요금제 추천', en: 'get a plan recommendation' },
    examples: operationExamples.recommend_plan,
    requiresAuthentication: false,
    async handle(turn) {
      const needs = (turn.slots.needs as Record<string, unknown> | undefined) ?? {};
      const gb = gigabytesIn(turn);
      if (gb !== undefined) needs.dataGb = gb;
      if (/(무제한|unlimited|많이|heavy|lots of data)/iu.test(turn.text)) needs.dataGb = 150;
      const budget = wonIn(turn);
      if (budget !== undefined) needs.budget = budget;
      else if (/(저렴|싼|가성비|cheap|budget|afford)/iu.test(turn.text) && needs.budget === undefined) needs.cheap = true;
      if (/\b5G\b/iu.test(turn.text)) needs.network = '5G';
      else if (/\bLTE\b/iu.test(turn.text)) needs.network = 'LTE';
      const country = countryIn(turn.text);
      if (country) needs.roamingCountry = country;
      else if (/(해외|여행|출장|travel|abroad)/iu.test(turn.text)) needs.travel = true;
      if (/(법인|회사|business|company)/iu.test(turn.text)) needs.segment = 'business';
      turn.slots.needs = needs;
      const { cheap: _cheap, travel: _travel, ...toolNeeds } = needs;
      if (Object.keys(needs).length === 0)
        return {
          text: turn.say({
            ko: '한 달에 데이터를 얼마나 쓰시는지(예: 10GB), 월 예산은 얼마인지(예: 5만 원) 알려 주시면 맞는 요금제를 골라 드릴게요.',
            en: 'How much data do you use a month (e.g. 10 GB), and what monthly budget do you have (e.g. ₩50,000)? I will pick plans that fit.',
          }),
          done: false,
        };
      const outcome = await turn.call('compare_plans', { needs: toolNeeds });
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
      const result = outcome.result as { plans: PlanView[]; note?: string };
      if (result.plans.length === 0)
        return { text: turn.say({ ko: '조건에 맞는 요금제가 없어요.', en: 'No plan matches those needs.' }), done: true };
      turn.memory.lastMentioned.plan = result.plans[0]!.planId;
      return {
        text: [
          ...(result.note ? [result.note] : []),
          turn.say({ ko: '조건에 맞는 요금제를 추천해 드려요:', en: 'These plans fit what you told me:' }),
          listConcisely(turn, result.plans.map(planLine), 3),
          turn.say({
            ko: '마음에 드는 요금제가 있으면 "그 요금제로 바꿔 주세요"라고 말씀해 주세요.',
            en: 'If one suits you, say "switch me to that plan".',
          }),
        ].join('\n'),
        done: true,
      };
    },
  };

  return [planInfo, comparePlans, recommendPlan];
}
