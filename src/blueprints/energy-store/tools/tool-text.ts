// Localised text for tools: failures in the user's language, prices as ₩12,345, option lists such as "용량 4L" / "size 4L".
import { ToolFailure, type ToolContext } from '../../../assistants/index.ts';
import { formatNumber, type Language } from '../../../models/builtin/index.ts';

export function pickText(language: Language, text: { ko: string; en: string }): string {
  return text[language];
}

/**
 * A ToolFailure whose message follows the conversation's language.
 * @example
 * throw failure(context, 'not_found', { ko: '주문을 찾을 수 없어요.', en: 'No such order.' });
 */
export function failure(context: Pick<ToolContext, 'language'>, code: string, text: { ko: string; en: string }): ToolFailure {
  return new ToolFailure(code, text[context.language]);
}

/**
 * @example
 * won(1234500); // '₩1,234,500'
 */
export function won(amount: number): string {
  return `${amount < 0 ? '-' : ''}₩${formatNumber(Math.abs(amount), 'en')}`;
}

const optionNames: Record<string, { ko: string; en: string }> = {
  size: { ko: '용량', en: 'size' },
  pack: { ko: '구성', en: 'pack' },
  plan: { ko: '요금제', en: 'plan' },
  amount: { ko: '금액', en: 'amount' },
  color: { ko: '색상', en: 'colour' },
  length: { ko: '길이', en: 'length' },
  capacity: { ko: '용량', en: 'capacity' },
  scent: { ko: '향', en: 'scent' },
  type: { ko: '종류', en: 'type' },
  storage: { ko: '저장 용량', en: 'storage' },
  power: { ko: '출력', en: 'power' },
  installation: { ko: '설치', en: 'installation' },
  design: { ko: '디자인', en: 'design' },
  ports: { ko: '포트', en: 'ports' },
  connector: { ko: '커넥터', en: 'connector' },
};

/** Option values stored in English words get Korean names; sizes and codes read the same in both languages. */
const optionValues: Record<string, Record<string, { ko: string; en: string }>> = {
  plan: { monthly: { ko: '월간', en: 'monthly' }, annual: { ko: '연간', en: 'annual' } },
  color: {
    black: { ko: '블랙', en: 'black' },
    gray: { ko: '그레이', en: 'grey' },
    beige: { ko: '베이지', en: 'beige' },
    blue: { ko: '블루', en: 'blue' },
    silver: { ko: '실버', en: 'silver' },
  },
  type: { 'all-season': { ko: '사계절용', en: 'all-season' }, winter: { ko: '겨울용', en: 'winter' } },
  scent: {
    cotton: { ko: '코튼', en: 'cotton' },
    citrus: { ko: '시트러스', en: 'citrus' },
    'black-cherry': { ko: '블랙체리', en: 'black cherry' },
  },
  installation: { none: { ko: '설치 미포함', en: 'no installation' }, standard: { ko: '표준 설치 포함', en: 'standard installation' } },
  design: { standard: { ko: '기본', en: 'standard' }, transit: { ko: '교통카드 겸용', en: 'with transit pass' } },
  pack: {},
};

export function optionValueText(options: { key: string; value: string; language: Language }): string {
  return optionValues[options.key]?.[options.value]?.[options.language] ?? options.value;
}

/**
 * @example
 * optionsText({ size: '4L' }, 'ko'); // '용량 4L'
 * optionsText({ plan: 'annual' }, 'en'); // 'plan annual'
 */
export function optionsText(options: Record<string, string>, language: Language): string {
  return Object.entries(options)
    .map(([key, value]) => `${optionNames[key]?.[language] ?? key} ${optionValueText({ key, value, language })}`)
    .join(', ');
}

/** One line of a summary: "- 누리 … (용량 4L) × 2: ₩96,000". */
export function itemLine(options: {
  name: string;
  itemOptions: Record<string, string>;
  price: number;
  quantity: number;
  language: Language;
}): string {
  const { name, itemOptions, price, quantity, language } = options;
  const detail = Object.keys(itemOptions).length > 0 ? ` (${optionsText(itemOptions, language)})` : '';
  return `- ${name}${detail} × ${quantity}: ${won(price * quantity)}`;
}
