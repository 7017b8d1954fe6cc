// The builtin engine's dialogue for telecom-care; operations arrive with the generic dialogue engine, until then only the greeting.
import type { DialogueSpec } from '../../assistants/index.ts';
import type { RecordCollections } from '../records/types.ts';
import { operatorName } from './troubleshooting-steps.ts';

export const telecomGreeting = {
  ko: `안녕하세요, ${operatorName.ko} 고객센터입니다. 요금제 안내와 비교, 데이터 사용량, 청구서 설명과 납부, 데이터 충전, 로밍, 분실 정지, 요금제 변경, 통화·데이터 문제 해결을 도와드려요. 계정 정보는 본인 확인 후 안내해 드립니다.`,
  en: `Hello, this is ${operatorName.en} Customer Care. I can help with plans and comparisons, data usage, explaining and paying bills, data top-ups, roaming, lost-phone suspension, plan changes and fixing call or data problems. Account details come after a quick identity check.`,
};

/**
 * @example
 * telecomDialogue(records).greeting.ko;
 */
export function telecomDialogue(_records: RecordCollections): DialogueSpec {
  return { operations: [], authenticationOperation: 'authenticate', greeting: telecomGreeting };
}
