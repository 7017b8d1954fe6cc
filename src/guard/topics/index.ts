// Public surface of topic policies: denied topics matched by meaning, and ready-made topic packs.
export {
  createTopicPolicy,
  defaultTopicThreshold,
  defaultTopicMargin,
  type TopicPolicy,
  type TopicPolicyOptions,
} from './create-topic-policy.ts';
export type { TopicAction, TopicDefinition, TopicMatch, TopicVerdict } from './types.ts';
export {
  topicPacks,
  investmentAdviceTopic,
  medicalDiagnosisTopic,
  legalAdviceTopic,
  competitorPricingTopic,
  politicalTopic,
} from './packs/index.ts';
