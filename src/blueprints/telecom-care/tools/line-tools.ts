// Line tools: list_lines (a business may have dozens), get_line and get_data_usage, for the authenticated customer's own lines.
import { z } from 'zod';
import type { RecordCollections } from '../../records/types.ts';
import type { Line } from '../schemas/line-schema.ts';
import { roamingCountries, suspensionReasonLabels } from '../telecom-policy.ts';
import { dataUsage } from './line-usage.ts';
import { planView } from './plan-catalogue.ts';
import { currentLine, customerOf, ownedLine, planOf, today } from './telecom-records.ts';
import { defineTool, say } from './tool-support.ts';

const numberParameter = z.string().min(1).describe('Mobile number of the line, e.g. 010-1234-5678');

const listParameters = z.object({
  status: z.enum(['active', 'suspended', 'cancelled']).optional().describe('Only lines in this status'),
  limit: z.number().int().min(1).max(100).default(50).describe('How many lines to return (business accounts can have many)'),
  offset: z.number().int().min(0).default(0).describe('How many lines to skip, for paging'),
});

/**
 * @example
 * const [listLines, getLine, getDataUsage] = lineTools(records);
 */
export function lineTools(records: RecordCollections) {
  const listLines = defineTool({
    name: 'list_lines',
    description:
      "List the authenticated customer's mobile lines with plan, status and data used this cycle; business accounts have many lines, so use status, limit and offset to page.",
    parameters: listParameters,
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const customer = customerOf(records, context);
      const all = records
        .listByOwner<Line>('lines', customer.customerId)
        .filter((line) => args.status === undefined || line.status === args.status);
      const page = all.slice(args.offset, args.offset + args.limit);
      return {
        customerId: customer.customerId,
        total: all.length,
        counts: {
          active: all.filter((line) => line.status === 'active').length,
          suspended: all.filter((line) => line.status === 'suspended').length,
          cancelled: all.filter((line) => line.status === 'cancelled').length,
        },
        lines: page.map((stored) => {
          const line = currentLine(stored, today(context));
          return {
            number: line.number,
            label: line.label,
            planId: line.planId,
            planName: say(context, planOf(records, line.planId).name),
            status: line.status,
            dataUsedGb: line.dataUsedGb,
            roaming: line.roaming.enabled ? line.roaming.country : null,
          };
        }),
        more: args.offset + page.length < all.length,
      };
    },
  });

  const getLine = defineTool({
    name: 'get_line',
    description:
      "Details of one of the customer's lines: plan, status and any suspension, device, commitment, roaming and top-ups this cycle.",
    parameters: z.object({ number: numberParameter }),
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const line = currentLine(ownedLine({ records, context, number: args.number }), today(context));
      const plan = planOf(records, line.planId);
      const country = line.roaming.country === null ? undefined : roamingCountries[line.roaming.country];
      return {
        number: line.number,
        label: line.label,
        status: line.status,
        suspension: line.suspension && { ...line.suspension, reasonText: say(context, suspensionReasonLabels[line.suspension.reason]) },
        plan: planView(plan, context.language),
        activatedAt: line.activatedAt,
        device: line.device,
        contract: line.contract,
        roaming: { ...line.roaming, countryName: country === undefined ? null : say(context, country.name) },
        topUps: line.addOns,
        cycle: line.cycle,
        planChangedAt: line.planChangedAt,
      };
    },
  });

  const getDataUsage = defineTool({
    name: 'get_data_usage',
    description: 'Data used and left on a line this billing cycle, top-ups included, and whether its speed is limited after the allowance.',
    parameters: z.object({ number: numberParameter }),
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const line = currentLine(ownedLine({ records, context, number: args.number }), today(context));
      return dataUsage({ line, plan: planOf(records, line.planId), today: today(context), language: context.language });
    },
  });

  return [listLines, getLine, getDataUsage];
}
