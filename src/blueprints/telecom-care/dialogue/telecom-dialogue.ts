// The builtin engine's dialogue for telecom-care: every operation, the authentication step and the greeting.
import type { DialogueSpec } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { operatorName } from '../troubleshooting-steps.ts';
import { authenticateOperation } from './authenticate-operation.ts';
import { billOperations } from './bill-operations.ts';
import { changePlanOperation } from './change-plan-operation.ts';
import { cancelLineOperation, handoffOperation, outOfPolicyOperation, policyQuestionOperation } from './conversation-operations.ts';
import { lineChangeOperations } from './line-change-operations.ts';
import { lineOperations } from './line-operations.ts';
import { planOperations } from './plan-operations.ts';
import { ticketOperations } from './ticket-operations.ts';
import { troubleshootOperation } from './troubleshoot-operation.ts';

export const telecomGreeting = {
  ko: `안녕하세요, ${operatorName.ko} 고객센터입니다. 요금제 안내와 비교, 데이터 사용량, 청구서 설명과 납부, 데이터 충전, 로밍, 분실 정지, 요금제 변경, 통화·데이터 문제 해결을 도와드려요. 계정 정보는 본인 확인 후 안내해 드립니다.`,
  en: `Hello, this is ${operatorName.en} Customer Care. I can help with plans and comparisons, data usage, explaining and paying bills, data top-ups, roaming, lost-phone suspension, plan changes and fixing call or data problems. Account details come after a quick identity check.`,
};

/**
 * Gazetteers inside the operations are built lazily and rebuilt when `records` changes (records.version).
 * @example
 * const spec = telecomDialogue(records);
 * spec.operations.map((operation) => operation.id); // ['authenticate', 'plan_info', …]
 */
export function telecomDialogue(records: RecordCollections): DialogueSpec {
  return {
    operations: [
      authenticateOperation,
      ...planOperations(records),
      ...billOperations(),
      ...lineOperations(),
      ...lineChangeOperations(),
      changePlanOperation(records),
      troubleshootOperation,
      ...ticketOperations(),
      policyQuestionOperation,
      cancelLineOperation,
      outOfPolicyOperation,
      handoffOperation,
    ],
    authenticationOperation: 'authenticate',
    greeting: telecomGreeting,
  };
}
