// Extracts places: gazetteer hits in either language (서울, Seoul), "in/at/near New York", and Korean place words ending in 시/구/군/동/역.
import { stripKoreanParticle } from '../language/index.ts';
import { ClaimedSpans, findMatches, wordSpans } from './claimed-spans.ts';
import { places } from './place-gazetteer.ts';
import type { TextEntity } from './types.ts';

const placeByName = new Map<string, string>();
for (const place of places) for (const name of [place.en.toLowerCase(), place.ko, ...(place.aliases ?? [])]) placeByName.set(name, name);
const multiWordNames = [...placeByName.keys()].filter((name) => name.includes(' '));

const capitalizedAfterPreposition = /\b(?:in|at|near|around|for|to|from)\s+((?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+[A-Z][a-z]+){0,2})/gu;
const notPlaces = new Set([
  'I',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Celsius',
  'Fahrenheit',
  'English',
  'Korean',
  'The',
  'My',
  'Your',
  'Me',
  'Us',
  'Him',
  'Her',
  'Them',
  'It',
  'This',
  'That',
  'OK',
]);
const koreanPlaceWord = /^[가-힣]{2,6}(?:특별시|광역시|시|구|군|역|동)$/u;
const koreanNotPlaces = /(?:하시|주시|으시|이시|보시|가시|오시|동안|활동|운동|이동|자동|연구|요구|추구|친구|도구|가구|기구|입구|출구)$/u;

/**
 * @example
 * extractLocations('서울에서 날씨 어때?')[0]; // { value: '서울', known: true, … }
 * extractLocations('weather in New York')[0]?.value; // 'New York'
 */
export function extractLocations(text: string, claimed = new ClaimedSpans()): TextEntity[] {
  const found: TextEntity[] = [];
  const add = (entity: TextEntity): void => {
    if (claimed.overlaps(entity.start, entity.end)) return;
    claimed.claim(entity);
    found.push(entity);
  };
  const lower = text.toLowerCase();
  for (const name of multiWordNames) {
    for (const match of findMatches(lower, new RegExp(`\\b${name}\\b`, 'gu'))) {
      add({
        kind: 'location',
        value: text.slice(match.index, match.index + name.length),
        text: text.slice(match.index, match.index + name.length),
        start: match.index,
        end: match.index + name.length,
        known: true,
      });
    }
  }
  for (const word of wordSpans(text)) {
    const stripped = stripKoreanParticle(word.text);
    const known =
      placeByName.has(word.text.toLowerCase()) ||
      placeByName.has(stripped) ||
      placeByName.has(stripped.replace(/(?:특별시|광역시|시)$/u, ''));
    const isKoreanPlace = koreanPlaceWord.test(stripped) && !koreanNotPlaces.test(stripped);
    if (!known && !isKoreanPlace) continue;
    if (/^[a-z]{2,3}$/u.test(word.text)) continue; // "la", "us", "sf" only count when written in capitals
    add({ kind: 'location', value: stripped, text: stripped, start: word.start, end: word.start + stripped.length, known });
  }
  for (const match of findMatches(text, capitalizedAfterPreposition)) {
    const value = match[1] ?? '';
    const words = value.split(/\s+/u);
    if (words.some((word) => notPlaces.has(word))) continue;
    const start = match.index + match[0].lastIndexOf(value);
    add({ kind: 'location', value, text: value, start, end: start + value.length, known: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
