// Bilingual replies for general chat without a model: greetings, what genstack can do, thanks, goodbyes and honest limits.
import type { Language } from '../language/index.ts';
import { pickVariant } from '../matching/index.ts';

type Variants = readonly [string, ...string[]];

const greetings: Record<Language, Variants> = {
  en: [
    "Hello! I'm genstack's built-in offline engine. Ask me what I can do, or connect a model for free-form chat.",
    'Hi there! I\'m the built-in engine of genstack: I can pick tools, fill forms from text and summarise results. Say "what can you do?" to see more.',
    'Hello, good to see you! I run offline inside genstack. Type "help" to find out what genstack offers.',
  ],
  ko: [
    '안녕하세요! genstack의 내장 오프라인 엔진입니다. 제가 할 수 있는 일이 궁금하면 물어봐 주세요. 자유로운 대화가 필요하면 모델을 연결하면 돼요.',
    '안녕하세요, 반가워요! 저는 genstack 내장 엔진이에요. 도구 선택, 문장에서 정보 추출, 결과 요약을 할 수 있어요. "뭘 할 수 있어?"라고 물어보세요.',
    '안녕하세요! 오프라인으로 동작하는 genstack 내장 엔진입니다. "도움말"이라고 입력하면 genstack이 제공하는 기능을 알려 드릴게요.',
  ],
};

const thanks: Record<Language, Variants> = {
  en: [
    "You're welcome! Let me know if there's anything else.",
    'Glad to help! Anything else?',
    'Any time! Just ask if you need something else.',
  ],
  ko: [
    '천만에요! 더 필요한 게 있으면 말씀해 주세요.',
    '도움이 되었다니 기뻐요! 또 필요한 게 있으신가요?',
    '별말씀을요! 언제든 다시 물어봐 주세요.',
  ],
};

const goodbyes: Record<Language, Variants> = {
  en: ['Goodbye! Come back any time.', 'See you later! Have a good day.', 'Bye for now. Take care!'],
  ko: ['안녕히 가세요! 언제든 다시 찾아 주세요.', '좋은 하루 보내세요! 다음에 또 만나요.', '수고하셨습니다. 또 뵐게요!'],
};

const capabilities: Record<Language, string> = {
  en: [
    "I'm the built-in offline engine of genstack, a self-hosted generative-AI stack. genstack gives you:",
    '- Models: one API over this built-in engine, local GGUF models (llama.cpp) and any OpenAI-compatible server (vLLM, Ollama).',
    '- Knowledge bases: ingest your documents and get answers with citations.',
    '- Assistants: assistants that use tools, with durable conversations and human handoff.',
    '- Guardrails: PII masking, prompt-injection checks, topic policies and an audit log.',
    '- Synthetic data: privacy-safe tabular and time-series data with quality reports.',
    '- Media: from a script to a narrated video, speech and images.',
    '- Simulation: synthetic camera images and LiDAR scenes with labels.',
    'Offline, I can greet you, choose a tool and fill its arguments, extract data into a JSON Schema, and summarise tool results. For free-form writing, connect a model.',
  ].join('\n'),
  ko: [
    '저는 자체 호스팅 생성형 AI 스택인 genstack의 내장 오프라인 엔진이에요. genstack으로 할 수 있는 일은 다음과 같아요.',
    '- 모델: 내장 엔진, 로컬 GGUF 모델(llama.cpp), OpenAI 호환 서버(vLLM, Ollama)를 하나의 API로 사용',
    '- 지식 베이스: 문서를 넣으면 출처(인용)가 달린 답변 제공',
    '- 어시스턴트: 도구를 사용하는 어시스턴트, 대화 기록 유지와 상담원 연결',
    '- 가드레일: 개인정보 마스킹, 프롬프트 인젝션 탐지, 주제 정책, 감사 로그',
    '- 합성 데이터: 개인정보를 보호하는 표 형식·시계열 데이터와 품질 보고서',
    '- 미디어: 대본에서 내레이션 영상, 음성, 이미지까지',
    '- 시뮬레이션: 라벨이 붙은 합성 카메라 이미지와 LiDAR 장면',
    '오프라인에서는 인사, 도구 선택과 인자 채우기, JSON 스키마로 정보 추출, 도구 결과 요약을 할 수 있어요. 자유로운 글쓰기가 필요하면 모델을 연결해 주세요.',
  ].join('\n'),
};

const limitOpeners: Record<Language, Variants> = {
  en: [
    "I'm genstack's built-in offline engine, so I can't write free-form answers myself.",
    "That needs a language model, and right now I'm the built-in offline engine, which doesn't generate free-form text.",
    "I can't answer that on my own: I'm the built-in offline engine and I don't write free-form text.",
  ],
  ko: [
    '저는 genstack의 내장 오프라인 엔진이라서 자유로운 글이나 답변을 직접 만들 수는 없어요.',
    '그 요청에는 언어 모델이 필요해요. 지금은 자유 문장을 생성하지 않는 내장 오프라인 엔진이 응답하고 있어요.',
    '죄송하지만 내장 오프라인 엔진만으로는 그 질문에 답할 수 없어요. 자유로운 문장 생성은 지원하지 않거든요.',
  ],
};

const limitHowTo: Record<Language, string> = {
  en: [
    'To get such answers, connect a model:',
    '- a GGUF file: run `genstack models pull <name>` (or set the file path in the config), then use it as the model;',
    '- an OpenAI-compatible server such as vLLM or Ollama: add a model entry with its `baseURL`.',
    'For answers from your own documents, create a knowledge base and ask through an assistant: those answers come with citations.',
  ].join('\n'),
  ko: [
    '이런 답변이 필요하면 모델을 연결해 주세요.',
    '- GGUF 파일: `genstack models pull <이름>`으로 내려받거나 설정에 파일 경로를 지정한 뒤 그 모델을 사용하세요.',
    '- vLLM, Ollama 같은 OpenAI 호환 서버: 설정의 모델 항목에 `baseURL`을 지정하세요.',
    '회사 문서에 근거한 답변이 필요하면 지식 베이스를 만들고 어시스턴트를 통해 질문하세요. 출처가 함께 제공돼요.',
  ].join('\n'),
};

export const replies = {
  /** @example replies.greeting('ko', 'seed'); // '안녕하세요! …' */
  greeting: (language: Language, key: string): string => pickVariant(greetings[language], key),
  thanks: (language: Language, key: string): string => pickVariant(thanks[language], key),
  bye: (language: Language, key: string): string => pickVariant(goodbyes[language], key),
  help: (language: Language): string => capabilities[language],
  /** The honest limit: what the offline engine cannot do, and how to connect a model that can. */
  limit: (language: Language, key: string): string => `${pickVariant(limitOpeners[language], key)}\n\n${limitHowTo[language]}`,
};
