// Topic pack: requests for legal advice on lawsuits, liability, contracts and disputes (법률 자문), Korean and English.
import type { TopicDefinition } from '../types.ts';

export const legalAdviceTopic = {
  name: 'legal-advice',
  action: 'block',
  examples: [
    '집주인이 보증금을 안 돌려주는데 소송하면 이길 수 있을까요?',
    '이 계약서가 법적으로 문제없는지 검토해 주세요',
    '교통사고 합의금은 얼마나 받을 수 있나요?',
    '회사에서 부당해고를 당했는데 어떻게 고소하나요?',
    '이혼할 때 재산 분할은 어떻게 되나요?',
    '상속을 포기하려면 법적으로 어떻게 해야 해요?',
    '명예훼손으로 고소할 수 있을까요?',
    '변호사 없이 소송을 진행해도 되나요?',
    '이 경우 제가 법적 책임을 져야 하나요?',
    '이러면 형사 처벌을 받을 수 있나요?',
    'Can I sue my landlord for not returning my deposit?',
    'Is this contract legally binding?',
    'How much compensation can I win in a car accident lawsuit?',
    'I was wrongfully fired, should I file a lawsuit?',
    'How do I file for divorce and split our assets?',
    'Am I legally liable if someone gets hurt on my property?',
    'Can I be charged with a crime for this?',
    'What are my rights in a child custody dispute?',
    'Should I plead guilty in court?',
    'Can you review my will for legal problems?',
  ],
} as const satisfies TopicDefinition;
