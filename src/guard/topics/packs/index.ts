// Ready-made denied-topic packs a blueprint can list in its topic policy (spread one to change its action or threshold).
import { competitorPricingTopic } from './competitor-pricing.ts';
import { investmentAdviceTopic } from './investment-advice.ts';
import { legalAdviceTopic } from './legal-advice.ts';
import { medicalDiagnosisTopic } from './medical-diagnosis.ts';
import { politicalTopic } from './political.ts';

export { competitorPricingTopic, investmentAdviceTopic, legalAdviceTopic, medicalDiagnosisTopic, politicalTopic };

/** Every shipped pack by name. */
export const topicPacks = {
  'investment-advice': investmentAdviceTopic,
  'medical-diagnosis': medicalDiagnosisTopic,
  'legal-advice': legalAdviceTopic,
  'competitor-pricing': competitorPricingTopic,
  political: politicalTopic,
} as const;
