// Runs every typed extractor over a message in a fixed order, each claiming its span so no text is read twice.
import { toHalfWidth } from '../language/index.ts';
import { ClaimedSpans } from './claimed-spans.ts';
import { extractEmails, extractPhones, extractUrls } from './contact-extractors.ts';
import { extractDates } from './date-extractor.ts';
import { extractIdentifiers } from './identifier-extractor.ts';
import { extractLocations } from './location-extractor.ts';
import { extractNames } from './name-extractor.ts';
import { extractNumbers } from './number-extractor.ts';
import { extractQuoted } from './quoted-extractor.ts';
import { extractTimes } from './time-extractor.ts';
import type { DateContext, Entities } from './types.ts';

/**
 * The text extractors work on: NFC and half-width (same length as the half-width input, casing kept).
 * @example
 * prepareText('０１０－１２３４－５６７８'); // '010-1234-5678'
 */
export function prepareText(text: string): string {
  return toHalfWidth(text.normalize('NFC'));
}

/**
 * Every entity of a message. Order matters: contacts and ids before dates, dates and times before
 * plain numbers, so 010-1234-5678 is a phone and not three numbers.
 * @example
 * const entities = extractEntities('내일 kim@example.com으로 3만 원 보내줘', { now: new Date(), timeZone: 'Asia/Seoul' });
 * entities.emails[0]?.value; // 'kim@example.com'
 * entities.numbers[0]?.value; // 30000
 */
export function extractEntities(message: string, context: DateContext): Entities {
  const text = prepareText(message);
  const claimed = new ClaimedSpans();
  const quoted = extractQuoted(text);
  const urls = claimed.claimAll(extractUrls(text));
  const emails = claimed.claimAll(extractEmails(text));
  const phones = claimed.claimAll(extractPhones(text));
  const identifiers = claimed.claimAll(extractIdentifiers(text));
  const dates = extractDates(text, context, claimed);
  const times = extractTimes(text, claimed);
  const numbers = extractNumbers(text, claimed);
  const names = extractNames(text, claimed);
  const locations = extractLocations(text, claimed);
  return { text, emails, phones, urls, identifiers, dates, times, numbers, names, locations, quoted };
}

/**
 * A JSON-friendly summary of the entities found (empty kinds left out), used for json_object answers.
 * @example
 * summarizeEntities(extractEntities('kim@example.com 내일', context)); // { emails: ['kim@example.com'], dates: ['2026-03-06'] }
 */
export function summarizeEntities(entities: Entities): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  const put = (key: string, values: unknown[]): void => {
    if (values.length > 0) summary[key] = values;
  };
  put(
    'names',
    entities.names.map((entity) => entity.value),
  );
  put(
    'emails',
    entities.emails.map((entity) => entity.value),
  );
  put(
    'phones',
    entities.phones.map((entity) => entity.value),
  );
  put(
    'urls',
    entities.urls.map((entity) => entity.value),
  );
  put(
    'ids',
    entities.identifiers.map((entity) => entity.value),
  );
  put(
    'dates',
    entities.dates.map((entity) => entity.value),
  );
  put(
    'times',
    entities.times.map((entity) => entity.value),
  );
  put(
    'locations',
    entities.locations.map((entity) => entity.value),
  );
  put(
    'amounts',
    entities.numbers.filter((entity) => entity.category === 'money').map((entity) => ({ value: entity.value, currency: entity.unit })),
  );
  put(
    'numbers',
    entities.numbers
      .filter((entity) => entity.category !== 'money')
      .map((entity) => (entity.unit ? { value: entity.value, unit: entity.unit } : { value: entity.value })),
  );
  put(
    'quoted',
    entities.quoted.map((entity) => entity.value),
  );
  return summary;
}
