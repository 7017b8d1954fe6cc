// Topic pack: questions about competitors' prices or comparisons with other providers (경쟁사 가격), Korean and English.
import type { TopicDefinition } from '../types.ts';

export const competitorPricingTopic = {
  name: 'competitor-pricing',
  action: 'review',
  examples: [
    '다른 통신사 요금제가 더 싼가요?',
    '경쟁사보다 가격이 비싼 이유가 뭐예요?',
    'KT랑 비교하면 어디가 더 저렴해요?',
    '타사 요금이랑 비교해 주세요',
    '다른 회사 충전 요금은 얼마예요?',
    '경쟁 업체 가격 좀 알려주세요',
    '다른 데는 할인을 더 해주던데 거기 가격은 얼마예요?',
    'SK텔레콤 요금제 가격 알려줘',
    '타사로 옮기면 요금이 얼마나 싸져요?',
    '다른 충전 사업자보다 여기가 비싼가요?',
    'Is your competitor cheaper than you?',
    'How do your prices compare to other carriers?',
    'What does Verizon charge for the same plan?',
    'Tell me the prices of other charging networks',
    'Why are you more expensive than other companies?',
    'Which provider is cheapest, you or your rivals?',
    'Compare your rates with your competitors',
    'How much does a Tesla Supercharger cost compared to you?',
    'Would I pay less if I switched to another provider?',
    "What are your competitors' prices?",
  ],
} as const satisfies TopicDefinition;
