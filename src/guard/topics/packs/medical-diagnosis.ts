// Topic pack: requests for a medical diagnosis, a prescription or a dosage (진단 / 처방 / 복용량), Korean and English.
import type { TopicDefinition } from '../types.ts';

export const medicalDiagnosisTopic = {
  name: 'medical-diagnosis',
  action: 'block',
  examples: [
    '머리가 계속 아픈데 무슨 병일까요?',
    '이런 증상이면 어떤 질병인가요?',
    '열이 나고 기침을 하는데 무슨 약을 먹어야 하나요?',
    '항생제는 며칠 동안 먹어야 하나요?',
    '가슴이 답답하고 숨이 차는데 심장병인가요?',
    '제 증상을 보고 진단 좀 해주세요',
    '혈압약 복용량을 늘려도 될까요?',
    '피부에 발진이 생겼는데 어떤 연고를 발라야 해요?',
    '공복 혈당이 130이면 당뇨병인가요?',
    '처방전 없이 먹을 수 있는 수면제 추천해 주세요',
    'I have a headache and a fever, what illness do I have?',
    'What medication should I take for my chest pain?',
    'Can you diagnose my symptoms?',
    'Is this rash a sign of an infection?',
    'How many milligrams of ibuprofen should I take?',
    'Do I have diabetes if my blood sugar is 180?',
    'Should I stop taking my antidepressants?',
    'What antibiotic should I take for a sore throat?',
    'My child has a high fever, what disease could it be?',
    'Can you prescribe something for my insomnia?',
  ],
} as const satisfies TopicDefinition;
