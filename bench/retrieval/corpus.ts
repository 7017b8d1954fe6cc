// The labelled corpus: seeded Korean and English support/policy documents for four industries, with passage-level labels.
// Every product document has eight facts in four sections plus distractors; each industry adds an FAQ (restated facts,
// so some queries have two relevant passages) and a policy summary holding the passages of the bare one-word queries.
import { card } from './domain-card.ts';
import { energy } from './domain-energy.ts';
import { hospital } from './domain-hospital.ts';
import { telecom } from './domain-telecom.ts';
import type { Domain, Entity, Language, LabelledCorpus, LabelledQuery, Passage, QueryKind } from './corpus-types.ts';
import { seededRandom, type Random } from './seeded-random.ts';

export const domains: Domain[] = [telecom, energy, card, hospital];
export const languages: Language[] = ['ko', 'en'];
const phrasedKinds = ['keyword', 'paraphrase', 'short'] as const;

const headings = {
  ko: { guide: '이용 안내', faq: '자주 묻는 질문', question: (entity: Entity) => `${entity.full} 관련 질문` },
  en: { guide: 'guide', faq: 'frequently asked questions', question: (entity: Entity) => `About the ${entity.full}` },
};

function valueOf(random: Random, [min, max, step]: [number, number, number]): string {
  return (min + step * random.integer(Math.floor((max - min) / step) + 1)).toLocaleString('en-US');
}

/** Collects documents, passages and queries for one industry in one language. */
function buildDomain(domain: Domain, options: { language: Language; random: Random; into: LabelledCorpus }): void {
  const { language, random, into } = options;
  const entities: Entity[] = domain.names[language].map((name) => ({ name, full: domain.entity[language](name) }));
  const generic = domain.generic[language];
  const faqEntries: string[] = [];
  const faqPath = `${language}/${domain.id}/faq.md`;
  entities.forEach((entity, entityIndex) => {
    const path = `${language}/${domain.id}/product-${String(entityIndex + 1).padStart(2, '0')}.md`;
    const facts = domain.facts.map((template) => template[language].fact(entity, valueOf(random, template.values)));
    const other = entities[(entityIndex + 1 + random.integer(entities.length - 1)) % entities.length]!;
    const parts = [`# ${entity.full} ${headings[language].guide}`, random.pick(generic)];
    domain.sections[language].forEach((title, section) => {
      parts.push(`## ${entity.full} — ${title}`, `${facts[2 * section]} ${random.pick(generic)}`, `${facts[2 * section + 1]}`);
      if (section % 2 === 1) parts.push(section === 1 ? domain.comparison[language](entity, other) : random.pick(generic));
    });
    into.documents.push({ path, language, source: parts.join('\n\n') + '\n' });
    const faqFact = (entityIndex * 3) % domain.facts.length;
    domain.facts.forEach((template, factIndex) => {
      const id = `${language}:${domain.id}:${entityIndex}:${template.id}`;
      const relevant = [id];
      into.passages.push({ id, path, sentence: facts[factIndex]! });
      if (entityIndex < 6 && factIndex === faqFact) {
        faqEntries.push(`## ${headings[language].question(entity)}`, facts[factIndex]!);
        into.passages.push({ id: `${id}:faq`, path: faqPath, sentence: facts[factIndex]! });
        relevant.push(`${id}:faq`);
      }
      const kind: QueryKind = phrasedKinds[(entityIndex + factIndex) % phrasedKinds.length]!;
      into.queries.push({ id: `q:${id}`, language, kind, text: template[language][kind](entity), relevant });
    });
  });
  into.documents.push({
    path: faqPath,
    language,
    source: `# ${domain.policyTitle[language]} — ${headings[language].faq}\n\n${faqEntries.join('\n\n')}\n`,
  });
  const policyPath = `${language}/${domain.id}/policy.md`;
  const policy = [`# ${domain.policyTitle[language]}`];
  domain.bare[language].forEach((bare, index) => {
    const id = `${language}:${domain.id}:bare:${index}`;
    policy.push(`${generic[index]} ${bare.passage} ${generic[index + 2]}`);
    into.passages.push({ id, path: policyPath, sentence: bare.passage });
    into.queries.push({ id: `q:${id}`, language, kind: 'bare', text: bare.query, relevant: [id] });
  });
  into.documents.push({ path: policyPath, language, source: policy.join('\n\n') + '\n' });
}

/**
 * The labelled corpus, the same for the same seed.
 * @example
 * const corpus = buildLabelledCorpus({ seed: 7 });
 * corpus.queries.filter((query) => query.language === 'ko').length; // 392
 */
export function buildLabelledCorpus(options: { seed?: number } = {}): LabelledCorpus {
  const random = seededRandom(options.seed ?? 7);
  const corpus: LabelledCorpus = { documents: [], passages: [], queries: [] };
  for (const language of languages) for (const domain of domains) buildDomain(domain, { language, random, into: corpus });
  return corpus;
}

/** Words the filler must never produce: product names and the bare queries' words, so filler adds no relevant passage. */
export function reservedWords(): Set<string> {
  const reserved = new Set<string>();
  for (const domain of domains) {
    for (const language of languages) {
      for (const name of domain.names[language]) reserved.add(name.toLowerCase());
      for (const bare of domain.bare[language]) reserved.add(bare.query.toLowerCase());
    }
  }
  return reserved;
}

/** A passage by id, for judging results. */
export function passageIndex(passages: Passage[]): Map<string, Passage> {
  return new Map(passages.map((passage) => [passage.id, passage]));
}

export type { LabelledQuery };
