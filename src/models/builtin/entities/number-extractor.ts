// Extracts numbers with their units: amounts (3만 5천 원, $1,250.50), counts (2개, 3 items), measures (1.5GB), durations, percents.
import { ClaimedSpans, findMatches } from './claimed-spans.ts';
import {
  englishNumberWordPattern,
  koreanNativeNumberPattern,
  parseEnglishNumberWords,
  parseKoreanAmount,
  parseKoreanNativeNumber,
} from './number-words.ts';
import { classifyUnit, currencyPrefixes, unitPattern } from './number-units.ts';
import type { NumberEntity } from './types.ts';

const koreanMagnitudes = '[십백천만억조]';
const digits = '\\d[\\d,]*(?:\\.\\d+)?';
const numeral = `${digits}(?:\\s?${koreanMagnitudes}+(?:\\s?${digits}\\s?${koreanMagnitudes}*)*)?`;
const englishMagnitude = '(?:k|thousand|million|billion|mn|bn)(?![a-z])';

const digitPattern = new RegExp(
  `(?<![A-Za-z\\d.,\\-_/:])([$₩€£¥]|(?:krw|usd|eur)\\s?)?(${numeral})(?:\\s?(${englishMagnitude}))?(?:\\s?(${unitPattern})(?![a-z]))?`,
  'giu',
);
const englishWordPattern = new RegExp(`\\b(${englishNumberWordPattern})\\b(?:\\s(${unitPattern})(?![a-z]))?`, 'giu');
const koreanNativePattern = new RegExp(
  `(?<![가-힣])(${koreanNativeNumberPattern})\\s?(개|명|잔|병|장|권|대|벌|켤레|박스|상자|마리|인분|세트|팩|건|번|캔|봉지|통|시간|달|주)`,
  'gu',
);
const bareMagnitudePattern = /(?<![가-힣\d])(십|백|천|만|십만|백만|천만)\s?원/gu;

const magnitudeValue: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };

/**
 * Numbers outside the claimed spans (dates, phones, ids are claimed first by extractEntities).
 * @example
 * extractNumbers('3만 5천 원 결제')[0]; // { value: 35000, category: 'money', unit: 'KRW', … }
 * extractNumbers('order 3 items')[0]?.category; // 'count'
 */
export function extractNumbers(text: string, claimed = new ClaimedSpans()): NumberEntity[] {
  const found: NumberEntity[] = [];
  const add = (entity: NumberEntity): void => {
    if (claimed.overlaps(entity.start, entity.end) || !Number.isFinite(entity.value)) return;
    claimed.claim(entity);
    found.push(entity);
  };
  for (const match of findMatches(text, digitPattern)) {
    const [whole, prefix, written, magnitude, unitText] = match;
    let value = /[십백천만억조]/u.test(written ?? '') ? parseKoreanAmount(written ?? '') : Number((written ?? '').replace(/,/gu, ''));
    if (value === undefined) continue;
    if (magnitude) value *= magnitudeValue[magnitude.toLowerCase()] ?? 1;
    const unit = unitText ? classifyUnit(unitText) : undefined;
    const currency = prefix ? currencyPrefixes[prefix.trim().toLowerCase()] : undefined;
    const category = currency ? 'money' : (unit?.category ?? 'plain');
    const entity: NumberEntity = {
      kind: 'number',
      value,
      category,
      text: whole.trim(),
      start: match.index,
      end: match.index + whole.trimEnd().length,
    };
    const unitName = currency ?? unit?.unit;
    add(unitName ? { ...entity, unit: unitName } : entity);
  }
  for (const match of findMatches(text, koreanNativePattern)) {
    const value = parseKoreanNativeNumber(match[1] ?? '');
    const unit = classifyUnit(match[2] ?? '');
    if (value === undefined || !unit) continue;
    add({
      kind: 'number',
      value,
      category: unit.category,
      unit: unit.unit,
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of findMatches(text, englishWordPattern)) {
    const value = parseEnglishNumberWords(match[1] ?? '');
    if (value === undefined) continue;
    const unit = match[2] ? classifyUnit(match[2]) : undefined;
    const entity: NumberEntity = {
      kind: 'number',
      value,
      category: unit?.category ?? 'plain',
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    };
    add(unit ? { ...entity, unit: unit.unit } : entity);
  }
  for (const match of findMatches(text, bareMagnitudePattern)) {
    const value = parseKoreanAmount(match[1] ?? '');
    if (value === undefined) continue;
    add({ kind: 'number', value, category: 'money', unit: 'KRW', text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
