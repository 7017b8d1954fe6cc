// The energy-store dialogue for the builtin engine: operations come with the engine; until then only the greeting and the auth operation id.
import type { DialogueSpec } from '../../assistants/index.ts';
import type { RecordCollections } from '../records/types.ts';

/**
 * @example
 * energyStoreDialogue(records).greeting.en;
 */
export function energyStoreDialogue(_records: RecordCollections): DialogueSpec {
  return {
    operations: [],
    authenticationOperation: 'authenticate',
    greeting: {
      ko: '안녕하세요, 누리에너지 원스톱 스토어예요. 엔진오일·차량용품 찾기, 가까운 주유소와 유가, 주문·배송 조회와 취소·반품, 포인트 확인을 도와드릴게요.',
      en: "Hello, this is the Nuri Energy One-Stop Store. I can help you find engine oils and car products, nearby stations and today's prices, check, cancel or return orders, and look up your points.",
    },
  };
}
