// Builds the labelled PII evaluation set from the templates with one seeded random source, and serialises it as JSON lines.
import type { PiiLabel } from './compose.ts';
import { seededRandom } from './random.ts';
import type { Genre, Template } from './template-types.ts';
import { allTemplates } from './templates/index.ts';
import { negativeParts } from './values/negatives.ts';
import { piiParts } from './values/pii-parts.ts';

/** One line of `bench/guard/data/pii-eval.jsonl`. */
export interface PiiEvalText {
  id: string;
  lang: 'ko' | 'en';
  genre: Genre;
  text: string;
  labels: PiiLabel[];
}

/** A text with what the generator knows beyond the file: its template and the hard negatives it carries. */
export interface GeneratedText extends PiiEvalText {
  template: string;
  negatives: string[];
}

export const defaultDatasetOptions = { seed: 20_260_501, count: 1_300, noPiiShare: 0.1 };

/**
 * Builds the set: languages alternate, about `noPiiShare` of texts come from no-PII templates, the rest from the others.
 * @example
 * const texts = buildPiiDataset();
 * texts[0].text.slice(texts[0].labels[0].start, texts[0].labels[0].end); // a PII value
 */
export function buildPiiDataset(options: Partial<typeof defaultDatasetOptions> = {}): GeneratedText[] {
  const { seed, count, noPiiShare } = { ...defaultDatasetOptions, ...options };
  const random = seededRandom(seed);
  const context = { random, pii: piiParts(random), negatives: negativeParts(random) };
  const pool = (lang: 'ko' | 'en', noPii: boolean): Template[] =>
    allTemplates.filter((template) => template.lang === lang && Boolean(template.noPii) === noPii);
  const pools = { ko: [pool('ko', false), pool('ko', true)], en: [pool('en', false), pool('en', true)] } as const;
  return Array.from({ length: count }, (_, index) => {
    const lang = index % 2 === 0 ? 'ko' : 'en';
    const template = random.pick(pools[lang][random.chance(noPiiShare) ? 1 : 0]);
    const composed = template.build(context);
    return {
      id: `pii-${String(index + 1).padStart(4, '0')}`,
      lang,
      genre: template.genre,
      text: composed.text,
      labels: composed.labels,
      template: template.name,
      negatives: composed.negatives,
    };
  });
}

/** The JSON-lines file content: exactly the `PiiEvalText` fields, one text per line. */
export function serialiseDataset(texts: readonly PiiEvalText[]): string {
  return texts.map(({ id, lang, genre, text, labels }) => JSON.stringify({ id, lang, genre, text, labels })).join('\n') + '\n';
}

/** Counts for the README and the run report. */
export function datasetStatistics(texts: readonly GeneratedText[]) {
  const countBy = <T extends string>(values: T[]) =>
    values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
  return {
    texts: texts.length,
    labels: texts.reduce((sum, text) => sum + text.labels.length, 0),
    templates: new Set(texts.map((text) => text.template)).size,
    byLanguage: countBy(texts.map((text) => text.lang)),
    byGenre: countBy(texts.map((text) => text.genre)),
    byType: countBy(texts.flatMap((text) => text.labels.map((label) => label.type))),
    withHardNegatives: texts.filter((text) => text.negatives.length > 0).length,
    withoutPii: texts.filter((text) => text.labels.length === 0).length,
    negativeKinds: countBy(texts.flatMap((text) => text.negatives)),
  };
}
