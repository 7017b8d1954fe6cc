// set_roaming: turns roaming on for a destination (with the plan's inclusion or the zone's daily pass) or off.
import { z } from 'zod';
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Line } from '../schemas/line-schema.ts';
import { roamingCountries, roamingZone } from '../telecom-policy.ts';
import { findCountry } from './roaming-countries.ts';
import { currentLine, ownedLine, planOf, today } from './telecom-records.ts';
import { defineTool, fail, formatDate, say, won } from './tool-support.ts';

const parameters = z.object({
  number: z.string().min(1).describe('Mobile number of the line, e.g. 010-1234-5678'),
  enabled: z.boolean().describe('true to turn roaming on, false to turn it off'),
  country: z.string().optional().describe("Destination when turning on: ISO code or name in Korean or English, e.g. 'JP', '일본', 'Japan'"),
});

function prepare(options: { records: RecordCollections; context: ToolContext; args: z.output<typeof parameters> }) {
  const { records, context, args } = options;
  const line = currentLine(ownedLine({ records, context, number: args.number }), today(context));
  const plan = planOf(records, line.planId);
  if (!args.enabled) {
    if (!line.roaming.enabled) fail(context, 'invalid_state', { ko: '로밍이 이미 꺼져 있습니다.', en: 'Roaming is already off.' });
    return { line, plan, country: undefined };
  }
  if (line.status !== 'active')
    fail(context, 'invalid_state', { ko: '정지된 회선은 로밍을 켤 수 없습니다.', en: 'Roaming cannot be turned on for a suspended line.' });
  if (args.country === undefined)
    fail(context, 'invalid_arguments', { ko: '어느 나라로 가시는지 알려 주세요.', en: 'Which country are you travelling to?' });
  const country = findCountry(args.country);
  if (!country)
    fail(context, 'unsupported_country', {
      ko: `'${args.country}'은(는) 로밍 서비스 국가가 아닙니다. 서비스 국가: ${Object.values(roamingCountries)
        .map((entry) => entry.name.ko)
        .join(', ')}`,
      en: `Roaming is not offered in '${args.country}'. Countries served: ${Object.values(roamingCountries)
        .map((entry) => entry.name.en)
        .join(', ')}`,
    });
  return { line, plan, country };
}

/**
 * @example
 * const tool = setRoamingTool(records);
 * await tool.run({ number: '010-1234-5678', enabled: true, country: 'JP' }, context);
 */
export function setRoamingTool(records: RecordCollections) {
  return defineTool({
    name: 'set_roaming',
    description:
      "Turn international roaming on for a destination country or off for a line. Data abroad uses the plan's included roaming data when the plan covers the zone, otherwise a daily data pass per day of use; calls and texts are per use.",
    parameters,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { line, plan, country } = prepare({ records, context, args });
      if (!country)
        return say(context, {
          ko: `${line.number} 회선의 로밍을 끕니다. 해외에서 통화·문자·데이터가 모두 차단됩니다.`,
          en: `Turn roaming off for ${line.number}. Calls, texts and data abroad will be blocked.`,
        });
      const zone = roamingZone(country.zone);
      const included = plan.roaming.zones.includes(country.zone) && plan.roaming.dataGbPerMonth > 0;
      const day = formatDate(today(context), context.language);
      return say(context, {
        ko: [
          `${line.number} 회선의 로밍을 ${country.name.ko}(${zone.name.ko})로 ${day}부터 켭니다.`,
          included
            ? `· 데이터: ${plan.name.ko} 요금제에 포함된 로밍 데이터 월 ${plan.roaming.dataGbPerMonth}GB를 먼저 사용합니다. 소진 후에는 일일권(${won(zone.dailyPass.price)}/일)이 적용됩니다.`
            : `· 데이터: 데이터를 쓴 날마다 일일권 ${won(zone.dailyPass.price)} (하루 ${zone.dailyPass.dataGb}GB, 이후 ${zone.dailyPass.speedAfterKbps}kbps)`,
          `· 음성 통화: 분당 ${won(zone.voicePerMinute)}, 문자: 건당 ${won(zone.smsPerMessage)} (모두 부가세 별도)`,
        ].join('\n'),
        en: [
          `Turn roaming on for ${line.number} in ${country.name.en} (${zone.name.en}) from ${day}.`,
          included
            ? `· Data: first the ${plan.roaming.dataGbPerMonth} GB a month of roaming data in your ${plan.name.en} plan, then a daily pass (${won(zone.dailyPass.price)} a day).`
            : `· Data: a daily pass of ${won(zone.dailyPass.price)} for each day you use data (${zone.dailyPass.dataGb} GB a day, then ${zone.dailyPass.speedAfterKbps} kbps)`,
          `· Calls: ${won(zone.voicePerMinute)} a minute; texts: ${won(zone.smsPerMessage)} each (VAT excluded)`,
        ].join('\n'),
      });
    },
    run: (args, context) => {
      const { line, country } = prepare({ records, context, args });
      const roaming: Line['roaming'] = country
        ? { enabled: true, country: country.code, since: today(context) }
        : { enabled: false, country: null, since: null };
      records.update<Line>('lines', line.number, (stored) => ({ ...stored, roaming }));
      return { number: line.number, roaming, countryName: country ? say(context, country.name) : null };
    },
  });
}
