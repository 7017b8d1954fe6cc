// Builds catalogue plans with the common defaults (unlimited calls and texts, no roaming, no commitment, open).
import type { Plan } from '../schemas/plan-schema.ts';

type PlanInput = Omit<Plan, 'voiceMinutes' | 'sms' | 'roaming' | 'contractMonths' | 'features' | 'openForSubscription' | 'throttleMbps'> &
  Partial<Pick<Plan, 'voiceMinutes' | 'sms' | 'roaming' | 'contractMonths' | 'features' | 'openForSubscription' | 'throttleMbps'>>;

export function plan(input: PlanInput): Plan {
  // Keys in reading order, so plans.json reads like the documentation's field table.
  return {
    planId: input.planId,
    name: input.name,
    segment: input.segment,
    network: input.network,
    monthlyFee: input.monthlyFee,
    dataGb: input.dataGb,
    throttleMbps: input.throttleMbps ?? null,
    voiceMinutes: input.voiceMinutes ?? 'unlimited',
    sms: input.sms ?? 'unlimited',
    roaming: input.roaming ?? { dataGbPerMonth: 0, zones: [] },
    contractMonths: input.contractMonths ?? 0,
    features: input.features ?? ['volte'],
    ...(input.eligibility ? { eligibility: input.eligibility } : {}),
    description: input.description,
    openForSubscription: input.openForSubscription ?? true,
  };
}

export const allZones: Plan['roaming']['zones'] = ['asia', 'americas', 'europe', 'oceania', 'rest-of-world'];
export const text = (ko: string, en: string) => ({ ko, en });
