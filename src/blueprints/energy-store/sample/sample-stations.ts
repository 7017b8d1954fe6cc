// Sample stations: every sample district gets at least one, named after its road, with services and today's pump prices.
import type { Station, StationService } from '../schemas/index.ts';
import { placeWeights, samplePlaces } from './korean-places.ts';
import { pick, pickWeighted, type Random, randomDigits, randomInteger } from './random-helpers.ts';

/** How often a station offers each service. */
const serviceShares: [StationService, number][] = [
  ['self-service', 0.55],
  ['24h', 0.35],
  ['car-wash', 0.55],
  ['convenience-store', 0.5],
  ['maintenance', 0.3],
  ['ev-fast-charging', 0.45],
  ['ev-slow-charging', 0.2],
  ['lpg', 0.2],
  ['hydrogen', 0.04],
];

/**
 * @example
 * sampleStations({ random: seededRandom(7), count: 120 })[0].name; // { ko: '누리에너지 테헤란로점', en: 'Nuri Energy Teheran-ro' }
 */
export function sampleStations(options: { random: Random; count: number }): Station[] {
  const { random, count } = options;
  const names = new Set<string>();
  const stations: Station[] = [];
  for (let index = 0; index < count; index += 1) {
    const place = (index < samplePlaces.length ? samplePlaces[index] : samplePlaces[pickWeighted(random, placeWeights)]) ?? samplePlaces[0];
    if (!place) throw new Error('no sample places');
    const road = pick(random, place.roads);
    let name = { ko: `누리에너지 ${road.ko}점`, en: `Nuri Energy ${road.en}` };
    if (names.has(name.ko))
      name = { ko: `누리에너지 ${place.district.ko} ${road.ko}점`, en: `Nuri Energy ${road.en} ${place.district.en}` };
    for (let branch = 2; names.has(name.ko); branch += 1)
      name = {
        ko: `누리에너지 ${place.district.ko} ${road.ko} ${branch}호점`,
        en: `Nuri Energy ${road.en} ${place.district.en} No. ${branch}`,
      };
    names.add(name.ko);
    const zip = place.zipPrefix + randomDigits(random, 2);
    const number = randomInteger(random, { minimum: 1, maximum: 600 });
    const districtKo = place.district.ko === place.city.ko ? '' : ` ${place.district.ko}`;
    const districtEn = place.district.en === place.city.en ? '' : `, ${place.district.en}`;
    const services = serviceShares.filter(([, share]) => random() < share).map(([service]) => service);
    const inSeoul = place.city.en === 'Seoul';
    const gasoline = randomInteger(random, { minimum: 1_640, maximum: 1_720 }) + (inSeoul ? 70 : 0);
    stations.push({
      stationId: `S-${String(index + 1).padStart(4, '0')}`,
      name,
      address: {
        ko: `${place.city.ko}${districtKo} ${road.ko} ${number}`,
        en: `${number} ${road.en}${districtEn}, ${place.city.en} ${zip}`,
        zip,
        city: { ...place.city },
        district: { ...place.district },
      },
      coordinates: {
        lat: Math.round((place.center.lat + (random() - 0.5) * 0.06) * 1e5) / 1e5,
        lon: Math.round((place.center.lon + (random() - 0.5) * 0.06) * 1e5) / 1e5,
      },
      services,
      prices: {
        gasoline,
        ...(random() < 0.6 ? { premiumGasoline: gasoline + randomInteger(random, { minimum: 270, maximum: 330 }) } : {}),
        diesel: gasoline - randomInteger(random, { minimum: 80, maximum: 130 }),
        ...(services.includes('lpg') ? { lpg: randomInteger(random, { minimum: 990, maximum: 1_080 }) } : {}),
        ...(services.includes('ev-fast-charging') ? { evPerKwh: randomInteger(random, { minimum: 309, maximum: 385 }) } : {}),
        ...(services.includes('hydrogen') ? { hydrogenPerKg: randomInteger(random, { minimum: 9_900, maximum: 10_500 }) } : {}),
      },
    });
  }
  return stations;
}
