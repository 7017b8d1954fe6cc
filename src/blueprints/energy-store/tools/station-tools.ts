// find_stations: stations by area (city / district in Korean or English, fuzzily) and by service, nearest first when a point is given.
import { z } from 'zod';
import { matchingWords, phraseSimilarity } from '../../../models/builtin/index.ts';
import type { AssistantTool } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import { type Station, stationServices } from '../schemas/index.ts';
import { failure } from './tool-text.ts';

const stationArguments = z.object({
  area: z
    .string()
    .max(80)
    .optional()
    .describe("City and / or district in Korean or English, e.g. '강남구', '서울 마포', 'Haeundae', 'Suwon'"),
  service: z.enum(stationServices).optional().describe('Only stations offering this service'),
  near: z.object({ lat: z.number(), lon: z.number() }).optional().describe('Sort by distance from this point'),
  limit: z.number().int().min(1).max(20).default(5).describe('How many stations to return'),
});

/** '서울특별시' → '서울', '강남구' → '강남', 'Gangnam-gu' → 'gangnam': how people say an area. */
export function areaStem(word: string): string {
  const lower = word.toLowerCase();
  const korean = lower.replace(/(특별자치시|특별자치도|특별시|광역시|시|구|군|동|도)$/u, '');
  if (korean !== lower && [...korean].length >= 2) return korean;
  return lower.replace(/-?(gu|si|gun|dong|do)$/u, '') || lower;
}

function areaTerms(station: Station): string[] {
  const { city, district } = station.address;
  const words = [city.ko, city.en, district.ko, district.en, ...matchingWords(station.name.ko), ...matchingWords(station.name.en)];
  return [...new Set(words.flatMap((word) => [word.toLowerCase(), areaStem(word)]))];
}

function distanceKm(from: { lat: number; lon: number }, to: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (to.lat - from.lat) * radians;
  const dLon = (to.lon - from.lon) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * radians) * Math.cos(to.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

const cache = new WeakMap<RecordCollections, { version: number; stations: { station: Station; terms: string[] }[] }>();

function indexedStations(records: RecordCollections) {
  const version = records.version(collections.stations);
  const cached = cache.get(records);
  if (cached && cached.version === version) return cached.stations;
  const stations = records.all<Station>(collections.stations).map((station) => ({ station, terms: areaTerms(station) }));
  cache.set(records, { version, stations });
  return stations;
}

export function stationTools(records: RecordCollections): AssistantTool[] {
  const findStations: AssistantTool<z.output<typeof stationArguments>> = {
    name: 'find_stations',
    description:
      "Find Nuri Energy filling / charging stations by area (Korean or English city or district) and / or service (car wash, EV fast charging, LPG, 24h…). Returns each station's name, address, services and today's prices (KRW per litre, per kWh for EV).",
    parameters: stationArguments,
    changesState: false,
    requiresAuthentication: false,
    run: (args, context) => {
      const words = matchingWords(args.area ?? '')
        .map(areaStem)
        .filter((word) => word.length > 0);
      if (words.length === 0 && !args.service && !args.near)
        throw failure(context, 'invalid_arguments', { ko: '어느 지역의 주유소를 찾으시나요?', en: 'Which area should I look in?' });
      const inArea = indexedStations(records).filter(({ terms }) =>
        words.every((word) => terms.some((term) => term === word || (word.length >= 2 && phraseSimilarity(term, word) >= 0.9))),
      );
      if (words.length > 0 && inArea.length === 0)
        throw failure(context, 'unknown_area', {
          ko: `'${args.area ?? ''}' 지역에서는 누리에너지 주유소를 찾지 못했어요. 시나 구 이름으로 다시 알려 주세요.`,
          en: `I found no Nuri Energy stations in '${args.area ?? ''}'. Try a city or district name.`,
        });
      let matches = inArea.map(({ station }) => station).filter((station) => !args.service || station.services.includes(args.service));
      const near = args.near;
      if (near) matches = [...matches].sort((first, second) => distanceKm(near, first.coordinates) - distanceKm(near, second.coordinates));
      return {
        count: matches.length,
        stations: matches.slice(0, args.limit).map((station) => ({
          stationId: station.stationId,
          name: station.name[context.language],
          address: station.address[context.language],
          services: station.services,
          prices: station.prices,
          ...(near ? { distanceKm: Math.round(distanceKm(near, station.coordinates) * 10) / 10 } : {}),
        })),
      };
    },
  };
  return [findStations] as AssistantTool[];
}
