// top_up_data: buys a data top-up for a capped line; valid until the cycle ends, charged on the next bill with VAT.
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { koreaDateTime } from '../calendar.ts';
import type { Line } from '../schemas/line-schema.ts';
import { dataTopUps, maximumTopUpGbPerCycle, vatRate } from '../telecom-policy.ts';
import { currentLine, ownedLine, planOf, today } from './telecom-records.ts';
import { defineTool, fail, formatDate, say, won } from './tool-support.ts';

const sizes = dataTopUps.map((option) => option.gb);

const parameters = z.object({
  number: z.string().min(1).describe('Mobile number of the line, e.g. 010-1234-5678'),
  gb: z.number().describe(`Top-up size in GB: one of ${sizes.join(', ')}`),
});

function prepare(options: { records: RecordCollections; context: ToolContext; args: z.output<typeof parameters> }) {
  const { records, context, args } = options;
  const day = today(context);
  const line = currentLine(ownedLine({ records, context, number: args.number }), day);
  const plan = planOf(records, line.planId);
  const option = dataTopUps.find((candidate) => candidate.gb === args.gb);
  if (!option)
    fail(context, 'invalid_arguments', {
      ko: `데이터 충전은 ${sizes.map((gb) => `${gb}GB`).join(', ')} 중에서 고를 수 있습니다.`,
      en: `Top-ups come in ${sizes.map((gb) => `${gb} GB`).join(', ')}.`,
    });
  if (line.status !== 'active')
    fail(context, 'invalid_state', { ko: '사용 중인 회선에만 데이터를 충전할 수 있습니다.', en: 'Only an active line can be topped up.' });
  if (plan.dataGb === null)
    fail(context, 'not_allowed', {
      ko: '무제한 요금제라 데이터 충전이 필요 없습니다.',
      en: 'This line is on an unlimited plan, so it needs no top-up.',
    });
  const boughtGb = line.addOns.reduce((sum, addOn) => sum + addOn.gb, 0);
  if (boughtGb + option.gb > maximumTopUpGbPerCycle)
    fail(context, 'limit_reached', {
      ko: `한 회선은 한 달에 최대 ${maximumTopUpGbPerCycle}GB까지 충전할 수 있습니다 (이번 달 ${boughtGb}GB 충전).`,
      en: `A line can be topped up by at most ${maximumTopUpGbPerCycle} GB a cycle (${boughtGb} GB so far).`,
    });
  const vat = Math.round(option.price * vatRate);
  return { line, plan, option, vat };
}

/**
 * @example
 * const tool = topUpDataTool(records);
 * await tool.run({ number: '010-1234-5678', gb: 5 }, context);
 */
export function topUpDataTool(records: RecordCollections) {
  return defineTool({
    name: 'top_up_data',
    description: `Buy a data top-up for a line on a capped plan (${dataTopUps.map((option) => `${option.gb} GB ₩${option.price.toLocaleString('en-US')}`).join(', ')}, VAT excluded); it restores full speed, lasts until the cycle ends and is charged on the next bill.`,
    parameters,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { line, plan, option, vat } = prepare({ records, context, args });
      return say(context, {
        ko: [
          `${line.number} 회선(${plan.name.ko})에 데이터 ${option.gb}GB를 충전합니다.`,
          `· 요금: ${won(option.price)} + 부가세 ${won(vat)} = ${won(option.price + vat)}, 다음 청구서에 청구`,
          `· 사용 기한: ${formatDate(line.cycle.end, 'ko')}까지 (남은 양은 이월되지 않습니다)`,
        ].join('\n'),
        en: [
          `Add ${option.gb} GB of data to ${line.number} (${plan.name.en}).`,
          `· Price: ${won(option.price)} + VAT ${won(vat)} = ${won(option.price + vat)}, on your next bill`,
          `· Valid until ${formatDate(line.cycle.end, 'en')} (unused data does not carry over)`,
        ].join('\n'),
      });
    },
    run: (args, context) => {
      const { line, option, vat } = prepare({ records, context, args });
      const addOn = {
        id: `TU-${line.number.slice(4).replace('-', '')}-${line.addOns.length + 1}`,
        kind: 'data-top-up' as const,
        gb: option.gb,
        price: option.price,
        purchasedAt: koreaDateTime(context.now()),
        expiresOn: line.cycle.end,
      };
      // `line` is already rolled to the current cycle, so a new cycle starts clean before the top-up is added.
      records.update<Line>('lines', line.number, (stored) => ({
        ...stored,
        cycle: line.cycle,
        dataUsedGb: line.dataUsedGb,
        addOns: [...line.addOns, addOn],
      }));
      return { number: line.number, topUp: addOn, priceWithVat: option.price + vat, priceText: won(option.price + vat) };
    },
  });
}
