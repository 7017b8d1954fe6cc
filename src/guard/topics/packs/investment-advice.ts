// Topic pack: requests for investment advice or stock picks (투자 권유 / 종목 추천), Korean and English.
import type { TopicDefinition } from '../types.ts';

export const investmentAdviceTopic = {
  name: 'investment-advice',
  action: 'block',
  examples: [
    '어떤 주식을 사야 할까요?',
    '지금 삼성전자 주식 매수해도 될까요?',
    '요즘 투자하기 좋은 종목 추천해 주세요',
    '비트코인 지금 사면 오를까요?',
    '여유 자금 천만 원을 어디에 투자하면 좋을까요?',
    '이 펀드에 가입하면 수익이 날까요?',
    '코스피 앞으로 오를지 주가 전망 알려주세요',
    '부동산이랑 주식 중 어디에 투자하는 게 나아요?',
    'ETF 추천 좀 해주세요',
    '보유한 주식을 지금 팔아야 할까요 더 들고 있어야 할까요?',
    'Which stocks should I buy right now?',
    'Is it a good time to invest in Tesla shares?',
    'Can you recommend a good ETF for my retirement savings?',
    'Should I put my savings into bitcoin?',
    'Where should I invest ten thousand dollars?',
    'Will this stock price go up next month?',
    'Should I sell my shares or hold them?',
    'What is the best mutual fund to invest in?',
    'Give me a hot stock tip',
    'Is real estate a better investment than the stock market?',
  ],
} as const satisfies TopicDefinition;
