// Decides which extractor fits a schema property, from its format, type, name and description.
import type { JsonSchema } from '../../types.ts';
import { splitIdentifier } from '../language/index.ts';
import { conceptForEnglishWord, englishStem } from '../matching/index.ts';
import { enumOf, mainType, stringKeyword } from './json-schema-access.ts';

export type PropertyKind =
  | 'email'
  | 'phone'
  | 'url'
  | 'identifier'
  | 'date'
  | 'date-time'
  | 'time'
  | 'enum'
  | 'boolean'
  | 'money'
  | 'quantity'
  | 'duration'
  | 'measure'
  | 'number'
  | 'person'
  | 'location'
  | 'title'
  | 'product'
  | 'text'
  | 'array'
  | 'object'
  | 'string';

/** Extraction order: specific, pattern-like kinds first so a generic string never takes an email's text. */
export const kindPriority: readonly PropertyKind[] = [
  'email',
  'phone',
  'url',
  'identifier',
  'date-time',
  'date',
  'time',
  'enum',
  'money',
  'duration',
  'measure',
  'quantity',
  'number',
  'person',
  'location',
  'title',
  'product',
  'boolean',
  'object',
  'array',
  'string',
  'text',
];

const has = (words: readonly string[], ...candidates: string[]): boolean => words.some((word) => candidates.includes(word));

/**
 * Words describing a property: its split name and the words of its description (lowercase, stemmed).
 * @example
 * propertyWords('order_id', { description: 'The order number' }).name; // ['order', 'id']
 */
export function propertyWords(name: string, schema: JsonSchema): { name: string[]; description: string[] } {
  const description = (stringKeyword(schema, 'description') ?? '').toLowerCase();
  return {
    name: splitIdentifier(name).map((word) => englishStem(word)),
    description: (description.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => englishStem(word)),
  };
}

/**
 * @example
 * propertyKind('to', { type: 'string', description: 'Recipient email address' }); // 'email'
 * propertyKind('quantity', { type: 'integer' }); // 'quantity'
 */
export function propertyKind(name: string, schema: JsonSchema): PropertyKind {
  const format = stringKeyword(schema, 'format');
  if (format === 'email' || format === 'idn-email') return 'email';
  if (format === 'date') return 'date';
  if (format === 'date-time') return 'date-time';
  if (format === 'time') return 'time';
  if (format === 'uri' || format === 'url' || format === 'iri') return 'url';
  if (format === 'uuid') return 'identifier';
  if (enumOf(schema)) return 'enum';
  const type = mainType(schema);
  if (type === 'boolean') return 'boolean';
  if (type === 'array') return 'array';
  if (type === 'object') return 'object';
  const words = propertyWords(name, schema);
  if (type === 'number' || type === 'integer') return numberKind(words.name, words.description);
  return stringKind(words.name, words.description, schema);
}

function numberKind(name: readonly string[], description: readonly string[]): PropertyKind {
  for (const words of [name, description]) {
    if (has(words, 'id', 'identifier')) return 'identifier';
    if (
      has(
        words,
        'amount',
        'price',
        'cost',
        'total',
        'budget',
        'fee',
        'payment',
        'salary',
        'balance',
        'won',
        'krw',
        'usd',
        'dollar',
        'money',
        'refund',
        'deposit',
        'limit',
        '금액',
        '가격',
        '비용',
      )
    )
      return 'money';
    if (
      has(
        words,
        'duration',
        'minute',
        'hour',
        'second',
        'day',
        'week',
        'month',
        'year',
        'min',
        'sec',
        'hr',
        'length',
        'period',
        'term',
        'age',
      )
    )
      return 'duration';
    if (
      has(
        words,
        'quantity',
        'qty',
        'count',
        'number',
        'num',
        'item',
        'seat',
        'people',
        'guest',
        'attendee',
        'copy',
        'unit',
        'piece',
        'ticket',
        'person',
        '수량',
        '개수',
      )
    )
      return 'quantity';
    if (
      has(
        words,
        'size',
        'weight',
        'temperature',
        'storage',
        'memory',
        'distance',
        'gb',
        'mb',
        'kg',
        'km',
        'percent',
        'percentage',
        'rate',
        'ratio',
      )
    )
      return 'measure';
  }
  return 'number';
}

const stringKinds: ReadonlyArray<[PropertyKind, readonly string[]]> = [
  ['email', ['email', 'mail', '이메일', '메일']],
  ['phone', ['phone', 'tel', 'telephone', 'mobile', 'cell', 'fax', '전화', '연락처']],
  ['url', ['url', 'link', 'website', 'uri', 'homepage']],
  ['date', ['date', 'day', 'deadline', 'birthday', 'birthdate', 'dob', '날짜']],
  ['time', ['time', '시간', '시각']],
  ['identifier', ['id', 'identifier', 'code', 'sku', 'reference', 'ref', 'no', 'number', 'tracking', '번호', '아이디']],
  [
    'location',
    [
      'city',
      'location',
      'place',
      'region',
      'destination',
      'origin',
      'address',
      'country',
      'area',
      'station',
      'town',
      '도시',
      '지역',
      '주소',
    ],
  ],
  ['product', ['product', 'item', 'goods', 'menu', 'dish', 'drink', 'model', 'plan', '상품', '제품']],
  ['person', ['name', 'customer', 'recipient', 'to', 'person', 'assignee', 'owner', 'user', 'patient', 'author', '이름', '성함']],
  ['title', ['subject', 'title', 'topic', 'headline', 'summary', '제목']],
  [
    'text',
    [
      'body',
      'content',
      'message',
      'text',
      'query',
      'question',
      'prompt',
      'description',
      'note',
      'comment',
      'reason',
      'input',
      'keyword',
      'search',
      'q',
      '내용',
      '메시지',
    ],
  ],
];

function stringKind(name: readonly string[], description: readonly string[], schema: JsonSchema): PropertyKind {
  if (stringKeyword(schema, 'pattern')) return 'identifier';
  if (has(name, 'to', 'recipient', 'cc', 'bcc') && has(description, 'email', 'mail', 'address')) return 'email';
  if (has(name, 'time', 'datetime', 'timestamp', 'at') && has([...name, ...description], 'date', 'datetime', 'timestamp', 'when'))
    return 'date-time';
  // Name words decide first; the description only when the name says nothing ("value", "field1").
  const fromName = stringKinds.find(([, words]) => has(name, ...words));
  if (fromName && !(fromName[0] === 'person' && has(name, 'file', 'company', 'event', 'project', 'product'))) return fromName[0];
  return stringKinds.find(([, words]) => has(description, ...words))?.[0] ?? 'string';
}

/**
 * Words a user may say to name the property, in both languages (from its name and the concept lexicon).
 * @example
 * propertyLabels('subject'); // ['subject', 'title', 'topic', 'headline', '제목', '주제']
 */
export function propertyLabels(name: string): string[] {
  const labels = new Set<string>();
  for (const word of splitIdentifier(name)) {
    if (word.length < 2 || ['to', 'id', 'of', 'the', 'a'].includes(word)) continue;
    labels.add(word);
    const concept = conceptForEnglishWord(word);
    if (concept) for (const alias of [...concept.en, ...concept.ko]) if (alias.length >= 2) labels.add(alias);
  }
  return [...labels];
}
