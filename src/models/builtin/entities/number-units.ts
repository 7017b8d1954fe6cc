// Units that may follow (or precede) a number, and what kind of quantity they make.
import type { NumberCategory } from './types.ts';

interface UnitRule {
  pattern: string;
  category: NumberCategory;
  unit: string;
}

const rule = (pattern: string, category: NumberCategory, unit: string): UnitRule => ({ pattern, category, unit });

/** Longer spellings first so "minutes" wins over "min". Patterns are regular-expression sources, matched case-insensitively. */
export const unitRules: readonly UnitRule[] = [
  rule('원|₩|krw|won', 'money', 'KRW'),
  rule('달러|불|usd|dollars?|bucks', 'money', 'USD'),
  rule('유로|eur|euros?|€', 'money', 'EUR'),
  rule('엔|jpy|yen', 'money', 'JPY'),
  rule('파운드|gbp|pounds?', 'money', 'GBP'),
  rule('%|퍼센트|percent|프로', 'percent', '%'),
  rule('tb|테라', 'measure', 'TB'),
  rule('gb|기가(?:바이트)?', 'measure', 'GB'),
  rule('mb|메가(?:바이트)?', 'measure', 'MB'),
  rule('kb', 'measure', 'KB'),
  rule('kwh|킬로와트시', 'measure', 'kWh'),
  rule('kw|킬로와트', 'measure', 'kW'),
  rule('kg|킬로그램|킬로', 'measure', 'kg'),
  rule('mg|밀리그램', 'measure', 'mg'),
  rule('g|그램', 'measure', 'g'),
  rule('km|킬로미터', 'measure', 'km'),
  rule('cm|센티미터|센티', 'measure', 'cm'),
  rule('mm|밀리미터', 'measure', 'mm'),
  rule('ml|밀리리터', 'measure', 'ml'),
  rule('l|리터', 'measure', 'L'),
  rule('m|미터', 'measure', 'm'),
  rule('°c|℃|도씨|도', 'measure', '°C'),
  rule('°f|℉', 'measure', '°F'),
  rule('초|seconds?|secs?', 'duration', 'seconds'),
  rule('분|minutes?|mins?', 'duration', 'minutes'),
  rule('시간|hours?|hrs?', 'duration', 'hours'),
  rule('일간|일|days?', 'duration', 'days'),
  rule('주일|주|weeks?', 'duration', 'weeks'),
  rule('개월|달|months?', 'duration', 'months'),
  rule('년|years?', 'duration', 'years'),
  rule('개|명|잔|병|장|권|대|벌|켤레|박스|상자|마리|인분|세트|팩|건|회|번|부|캔|봉지|통|알', 'count', ''),
  rule(
    'items?|pcs|pieces?|units?|boxes|box|cups?|bottles?|tickets?|people|persons?|seats?|copies|copy|packs?|sets?|cans?|bags?|x',
    'count',
    '',
  ),
];

const unitMatchers = unitRules.map((item) => new RegExp(`^(?:${item.pattern})$`, 'iu'));

/** One regular-expression source of every unit, captured as a group. */
export const unitPattern = unitRules.map((item) => item.pattern).join('|');

/**
 * Classifies a unit as written after a number.
 * @example
 * classifyUnit('GB'); // { category: 'measure', unit: 'GB' }
 * classifyUnit('잔'); // { category: 'count', unit: '잔' }
 */
export function classifyUnit(written: string): { category: NumberCategory; unit: string } | undefined {
  const lower = written.toLowerCase();
  for (const [index, item] of unitRules.entries()) {
    if (!unitMatchers[index]?.test(lower)) continue;
    return { category: item.category, unit: item.unit || lower };
  }
  return undefined;
}

/** Currency symbols written before a number. */
export const currencyPrefixes: Record<string, string> = {
  $: 'USD',
  '₩': 'KRW',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  krw: 'KRW',
  usd: 'USD',
  eur: 'EUR',
};
