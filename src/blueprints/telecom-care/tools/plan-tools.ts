// Catalogue tools: get_plan (by id or fuzzy name) and compare_plans (side by side, or recommended for stated needs).
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { ageOn } from '../calendar.ts';
import type { Customer } from '../schemas/customer-schema.ts';
import type { Plan } from '../schemas/plan-schema.ts';
import { findPlan, planView } from './plan-catalogue.ts';
import { findCountry } from './roaming-countries.ts';
import { defineTool, fail, say, won } from './tool-support.ts';
import { today } from './telecom-records.ts';

const getPlanParameters = z.object({
  plan: z.string().min(1).describe("Plan id (e.g. '5G-STANDARD') or plan name in Korean or English (e.g. '5G 스탠다드', '5G Standard')"),
});

const needsSchema = z.object({
  dataGb: z.number().positive().optional().describe('Monthly data the customer needs, in GB'),
  budget: z.number().int().positive().optional().describe('Highest monthly fee the customer wants to pay, in won (VAT excluded)'),
  segment: z
    .enum(['individual', 'business'])
    .optional()
    .describe('Individual or business plans (defaults to the authenticated customer type)'),
  network: z.enum(['5G', 'LTE']).optional().describe('Network generation of the device'),
  roamingCountry: z
    .string()
    .optional()
    .describe('A country the customer travels to often (code or name); plans including its zone rank first'),
});

const compareParameters = z.object({
  plans: z.array(z.string().min(1)).min(2).max(5).optional().describe('Two to five plan ids or names to compare side by side'),
  needs: needsSchema.optional().describe('Recommend up to three plans for these needs instead of comparing named plans'),
});

function customerAge(records: RecordCollections, context: ToolContext): { customer: Customer | undefined; age: number | undefined } {
  const customer = context.customerId === undefined ? undefined : records.get<Customer>('customers', context.customerId);
  return { customer, age: customer?.type === 'individual' ? ageOn(customer.birthDate, today(context)) : undefined };
}

function eligibleByAge(plan: Plan, age: number | undefined): boolean {
  if (!plan.eligibility || age === undefined) return true;
  return (plan.eligibility.minAge ?? 0) <= age && age <= (plan.eligibility.maxAge ?? 200);
}

function recommend(options: { records: RecordCollections; context: ToolContext; needs: z.output<typeof needsSchema> }) {
  const { records, context, needs } = options;
  const { customer, age } = customerAge(records, context);
  const segment = needs.segment ?? customer?.type ?? 'individual';
  const zone = needs.roamingCountry === undefined ? undefined : findCountry(needs.roamingCountry)?.zone;
  const candidates = records
    .all<Plan>('plans')
    .filter((plan) => plan.openForSubscription && plan.segment === segment && plan.planId !== 'BIZ-LTE-IOT' && eligibleByAge(plan, age))
    .filter((plan) => needs.network === undefined || plan.network === needs.network || (needs.network === '5G' && plan.network === 'LTE'))
    .filter((plan) => needs.dataGb === undefined || plan.dataGb === null || plan.dataGb >= needs.dataGb);
  const ranked = [...candidates].sort(
    (first, second) =>
      Number(zone !== undefined && second.roaming.zones.includes(zone)) -
        Number(zone !== undefined && first.roaming.zones.includes(zone)) || first.monthlyFee - second.monthlyFee,
  );
  const withinBudget = ranked.filter((plan) => needs.budget === undefined || plan.monthlyFee <= needs.budget);
  const chosen = (withinBudget.length > 0 ? withinBudget : ranked).slice(0, 3);
  const note =
    withinBudget.length === 0 && needs.budget !== undefined
      ? say(context, {
          ko: `${won(needs.budget)} 이하에서 조건에 맞는 요금제가 없어 가장 가까운 요금제를 보여 드립니다.`,
          en: `No plan meets these needs within ${won(needs.budget)}; these are the closest.`,
        })
      : undefined;
  return { mode: 'recommendation' as const, segment, plans: chosen.map((plan) => planView(plan, context.language)), note };
}

/**
 * @example
 * const [getPlan, comparePlans] = planTools(records);
 */
export function planTools(records: RecordCollections) {
  const getPlan = defineTool({
    name: 'get_plan',
    description:
      'Look up one mobile plan of the catalogue by id or by its Korean or English name (fuzzy): fee, data, calls, texts, roaming, commitment, features and who can join.',
    parameters: getPlanParameters,
    changesState: false,
    requiresAuthentication: false,
    run: (args, context) => planView(findPlan({ records, context, query: args.plan }), context.language),
  });

  const comparePlans = defineTool({
    name: 'compare_plans',
    description:
      'Compare two or more plans side by side (fees, data, roaming), or recommend up to three open plans for needs such as monthly data, budget, segment, network or a travel country.',
    parameters: compareParameters,
    changesState: false,
    requiresAuthentication: false,
    run: (args, context) => {
      if (args.plans !== undefined) {
        const plans = args.plans.map((query) => findPlan({ records, context, query }));
        const cheapest = [...plans].sort((first, second) => first.monthlyFee - second.monthlyFee)[0]!;
        const mostData = [...plans].sort((first, second) => (second.dataGb ?? Infinity) - (first.dataGb ?? Infinity))[0]!;
        return {
          mode: 'comparison' as const,
          plans: plans.map((plan) => planView(plan, context.language)),
          cheapest: cheapest.planId,
          mostData: mostData.planId,
          feeDifference: won(Math.max(...plans.map((plan) => plan.monthlyFee)) - cheapest.monthlyFee),
        };
      }
      if (args.needs !== undefined) return recommend({ records, context, needs: args.needs });
      return fail(context, 'invalid_arguments', {
        ko: '비교할 요금제 두 개 이상이나 원하시는 조건(데이터, 예산 등)을 알려 주세요.',
        en: 'Name two or more plans to compare, or give needs (data, budget…) for a recommendation.',
      });
    },
  });

  return [getPlan, comparePlans];
}
