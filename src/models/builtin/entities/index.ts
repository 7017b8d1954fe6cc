// Entity (slot) extraction of the builtin engine: typed extractors over a message, resolved against an injected clock.
export type { Entities, Entity, Span, NumberEntity, NumberCategory, DateEntity, TimeEntity, TextEntity, DateContext } from './types.ts';
export { extractEntities, prepareText, summarizeEntities } from './extract-entities.ts';
export { extractEmails, extractPhones, extractUrls, normalizePhone } from './contact-extractors.ts';
export { extractIdentifiers } from './identifier-extractor.ts';
export { extractDates } from './date-extractor.ts';
export { extractTimes } from './time-extractor.ts';
export { extractNumbers } from './number-extractor.ts';
export { parseKoreanAmount, parseEnglishNumberWords, englishOnes } from './number-words.ts';
export { extractNames, looksLikeKoreanName } from './name-extractor.ts';
export { extractLocations } from './location-extractor.ts';
export { places, type Place } from './place-gazetteer.ts';
export { extractQuoted } from './quoted-extractor.ts';
export { ClaimedSpans, findMatches, wordSpans } from './claimed-spans.ts';
export { todayIn, addDays, addMonths, weekdayIndex, toIsoDate, timeZoneOffset, isValidDate, type CalendarDate } from './calendar.ts';
