// The shape of a text template: a genre, a language and a builder that draws its values from seeded part builders.
import type { Composed } from './compose.ts';
import type { Random } from './random.ts';
import type { NegativeParts } from './values/negatives.ts';
import type { PiiParts } from './values/pii-parts.ts';

export const genres = ['customer-chat', 'form', 'clinical', 'banking', 'hr-kyc', 'delivery', 'it-ticket', 'international'] as const;
export type Genre = (typeof genres)[number];

export interface TemplateContext {
  random: Random;
  pii: PiiParts;
  negatives: NegativeParts;
}

export interface Template {
  /** Stable name, e.g. `ko-chat-refund-account`; shows up in miss reports. */
  name: string;
  genre: Genre;
  lang: 'ko' | 'en';
  /** True when the template never places PII (about 10% of texts are drawn from these). */
  noPii?: boolean;
  build(context: TemplateContext): Composed;
}
