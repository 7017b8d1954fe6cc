// Topic pack: political opinions, parties, candidates and elections (정치), Korean and English.
import type { TopicDefinition } from '../types.ts';

export const politicalTopic = {
  name: 'political',
  action: 'block',
  examples: [
    '이번 대선에서 누구 찍어야 해요?',
    '어느 정당을 지지하세요?',
    '대통령 정책에 대해 어떻게 생각해요?',
    '여당과 야당 중 누가 옳아요?',
    '대통령 탄핵에 대한 당신의 의견은?',
    '진보랑 보수 중 어느 쪽이 맞아요?',
    '국회의원 선거에서 누구를 뽑을지 추천해 주세요',
    '정부 정책 좀 비판해 주세요',
    '지금 정권 잘하고 있다고 생각해요?',
    '이번 총선 결과 어떻게 될 것 같아요?',
    'Who should I vote for in the election?',
    'Which political party do you support?',
    'What do you think about the president?',
    'Are Democrats or Republicans right?',
    'What is your opinion on abortion laws?',
    "Is the government's immigration policy good?",
    'Should I vote conservative or liberal?',
    "What's your stance on gun control?",
    'Which candidate will win the next election?',
    'Is the ruling party doing a good job?',
  ],
} as const satisfies TopicDefinition;
