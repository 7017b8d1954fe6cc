// The energy-store dialogue for the builtin engine: every operation of the store, built once per records object.
import type { DialogueSpec } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { authenticateOperation } from './authenticate-operation.ts';
import { cancelOrderOperation } from './cancel-order-operation.ts';
import { catalogOperations } from './catalog-operations.ts';
import { dialogueIndexes } from './dialogue-indexes.ts';
import { helpOperations } from './help-operations.ts';
import { orderReadOperations } from './order-read-operations.ts';
import { placeOrderOperation } from './place-order-operation.ts';
import { storeServices } from './reply-text.ts';
import { returnOperation } from './return-operation.ts';
import { stationOperation } from './station-operation.ts';
import { swapOperations } from './swap-operations.ts';

/**
 * @example
 * const spec = energyStoreDialogue(records);
 * spec.operations.map((operation) => operation.id); // ['authenticate', 'search_products', …]
 */
export function energyStoreDialogue(records: RecordCollections): DialogueSpec {
  const indexes = dialogueIndexes(records);
  return {
    operations: [
      authenticateOperation({ records, indexes }),
      ...catalogOperations(records),
      stationOperation(indexes),
      ...orderReadOperations(records),
      placeOrderOperation(records),
      cancelOrderOperation(records),
      ...swapOperations(records),
      returnOperation(records),
      ...helpOperations(),
    ],
    authenticationOperation: 'authenticate',
    greeting: {
      ko: `안녕하세요, 누리에너지 원스톱 스토어예요. ${storeServices.ko}을 도와드릴게요.`,
      en: `Hello, this is the Nuri Energy One-Stop Store. I can help with ${storeServices.en}.`,
    },
  };
}
