// Every energy-store tool, bound to one blueprint's records.
import type { AssistantTool } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { cancelOrderTool } from './cancel-order-tool.ts';
import { customerTools } from './customer-tools.ts';
import { orderReadTools } from './order-read-tools.ts';
import { placeOrderTool } from './place-order-tool.ts';
import { productTools } from './product-tools.ts';
import { returnItemsTool } from './return-items-tool.ts';
import { stationTools } from './station-tools.ts';
import { swapItemTools } from './swap-item-tools.ts';

/**
 * @example
 * const tools = energyStoreTools(sqliteRecordCollections({ database, blueprint: 'energy-store' }));
 * tools.map((tool) => tool.name); // ['search_products', 'get_product', …]
 */
export function energyStoreTools(records: RecordCollections): AssistantTool[] {
  return [
    ...productTools(records),
    ...stationTools(records),
    ...customerTools(records),
    ...orderReadTools(records),
    placeOrderTool(records),
    cancelOrderTool(records),
    ...swapItemTools(records),
    returnItemsTool(records),
  ] as AssistantTool[];
}
