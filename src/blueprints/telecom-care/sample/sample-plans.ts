// The sample catalogue: 5G and LTE plans for individuals and businesses, unlimited and capped, current and closed.
import type { Plan } from '../schemas/plan-schema.ts';
import { businessPlans } from './sample-business-plans.ts';
import { individualPlans } from './sample-individual-plans.ts';

/** Every plan of the sample catalogue (34), in a fixed order. */
export const samplePlans: readonly Plan[] = [...individualPlans, ...businessPlans];
