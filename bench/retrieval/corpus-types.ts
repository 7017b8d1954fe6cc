// Shapes of the labelled corpus: industry templates (facts with query phrasings) and the generated documents and queries.

export type Language = 'ko' | 'en';
export type QueryKind = 'keyword' | 'paraphrase' | 'short' | 'bare';

/** `full` is the product's full name (누리 5G 요금제), `name` its short name (누리). */
export interface Entity {
  full: string;
  name: string;
}

/** One fact of a product, phrased per language, with a keyword query, a paraphrase and a short query. */
export interface FactPhrasing {
  fact: (entity: Entity, value: string) => string;
  keyword: (entity: Entity) => string;
  paraphrase: (entity: Entity) => string;
  short: (entity: Entity) => string;
}

export interface FactTemplate {
  id: string;
  /** The fact's number varies by product: [min, max, step]. */
  values: [number, number, number];
  ko: FactPhrasing;
  en: FactPhrasing;
}

export interface PerLanguage<T> {
  ko: T;
  en: T;
}

/** An industry: products, eight facts in four sections, shared-word distractors and two bare-word policy passages. */
export interface Domain {
  id: string;
  names: PerLanguage<string[]>;
  entity: PerLanguage<(name: string) => string>;
  /** Four section titles; section i holds facts 2i and 2i+1. */
  sections: PerLanguage<string[]>;
  facts: FactTemplate[];
  /** Sentences that share the industry's words but answer no query. */
  generic: PerLanguage<string[]>;
  /** A sentence about another product in this product's document: shares that product's name, answers nothing. */
  comparison: PerLanguage<(entity: Entity, other: Entity) => string>;
  policyTitle: PerLanguage<string>;
  /** One-word queries whose only relevant passage is in the policy document, in an inflected form. */
  bare: PerLanguage<Array<{ query: string; passage: string }>>;
}

export interface CorpusDocument {
  path: string;
  language: Language;
  /** Markdown source, extracted by genstack like an uploaded .md file. */
  source: string;
}

/** A passage is a sentence of a document; a result covers it when it contains the sentence. */
export interface Passage {
  id: string;
  path: string;
  sentence: string;
}

export interface LabelledQuery {
  id: string;
  language: Language;
  kind: QueryKind;
  text: string;
  relevant: string[];
}

export interface LabelledCorpus {
  documents: CorpusDocument[];
  passages: Passage[];
  queries: LabelledQuery[];
}
