// list_payment_methods: the authenticated customer's saved cards and bank accounts, and which one pays bills automatically.
import { z } from 'zod';
import type { RecordCollections } from '../../records/types.ts';
import { customerOf } from './telecom-records.ts';
import { defineTool } from './tool-support.ts';

/**
 * @example
 * const tool = paymentMethodsTool(records);
 * await tool.run({}, context); // { methods: [{ id: 'PM-100001-1', label: '우리은행', last4: '9948', autopay: true }] }
 */
export function paymentMethodsTool(records: RecordCollections) {
  return defineTool({
    name: 'list_payment_methods',
    description:
      "The verified customer's saved payment methods (card or bank account, label, last four digits) and which one is set for autopay.",
    parameters: z.object({}),
    changesState: false,
    requiresAuthentication: true,
    run: (_args, context) => {
      const customer = customerOf(records, context);
      return {
        methods: customer.paymentMethods.map((method) => ({
          id: method.id,
          type: method.type,
          label: method.label,
          last4: method.last4 ?? null,
          autopay: method.id === customer.autopayMethodId,
        })),
      };
    },
  });
}
