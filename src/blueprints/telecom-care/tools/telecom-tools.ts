// Every telecom-care tool, bound to the blueprint's record collections.
import type { AssistantTool } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { authenticateCustomerTool } from './authenticate-customer.ts';
import { changePlanTool } from './change-plan.ts';
import { explainBillTool } from './explain-bill.ts';
import { lineDiagnosticsTool } from './line-diagnostics.ts';
import { lineTools } from './line-tools.ts';
import { payBillTool } from './pay-bill.ts';
import { paymentMethodsTool } from './payment-methods.ts';
import { planTools } from './plan-tools.ts';
import { setRoamingTool } from './set-roaming.ts';
import { suspendResumeTools } from './suspend-resume.ts';
import { ticketTools } from './ticket-tools.ts';
import { topUpDataTool } from './top-up-data.ts';

/**
 * @example
 * const tools = telecomTools(sqliteRecordCollections({ database, blueprint: 'telecom-care' }));
 * tools.map((tool) => tool.name); // ['get_plan', 'compare_plans', 'authenticate_customer', …]
 */
export function telecomTools(records: RecordCollections): AssistantTool[] {
  return [
    ...planTools(records),
    authenticateCustomerTool(records),
    ...lineTools(records),
    lineDiagnosticsTool(records),
    explainBillTool(records),
    payBillTool(records),
    paymentMethodsTool(records),
    topUpDataTool(records),
    setRoamingTool(records),
    ...suspendResumeTools(records),
    changePlanTool(records),
    ...ticketTools(records),
  ];
}
