// Station finder: by area (Korean or English, fuzzily, from the stations' own cities and districts) and by service.
import type { DialogueOperation } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { StationService } from '../schemas/index.ts';
import type { DialogueIndexes } from './dialogue-indexes.ts';
import { numberedList, won } from './reply-text.ts';

const serviceWords: [StationService, RegExp][] = [
  ['ev-fast-charging', /급속|fast[\s-]*charg|rapid|dc\s*charg/u],
  ['ev-slow-charging', /완속|slow[\s-]*charg/u],
  ['car-wash', /세차|car[\s-]*wash|\bwash/u],
  ['24h', /24\s*시간|24\s*h|24\/7|24[\s-]*hours?|밤새|심야|all[\s-]*night|open late/u],
  ['self-service', /셀프|self/u],
  ['convenience-store', /편의점|convenience/u],
  ['maintenance', /정비|경정비|maintenance|repair/u],
  ['lpg', /lpg|엘피지|가스\s*충전/u],
  ['hydrogen', /수소|hydrogen/u],
  ['ev-fast-charging', /충전소|전기차|\bev\b|charging|charger/u],
];

const serviceNames: Record<StationService, { ko: string; en: string }> = {
  '24h': { ko: '24시간', en: '24h' },
  'self-service': { ko: '셀프', en: 'self-service' },
  'car-wash': { ko: '세차', en: 'car wash' },
  'ev-fast-charging': { ko: 'EV 급속충전', en: 'EV fast charging' },
  'ev-slow-charging': { ko: 'EV 완속충전', en: 'EV slow charging' },
  'convenience-store': { ko: '편의점', en: 'convenience store' },
  maintenance: { ko: '정비', en: 'maintenance' },
  lpg: { ko: 'LPG', en: 'LPG' },
  hydrogen: { ko: '수소', en: 'hydrogen' },
};

interface StationResult {
  name: string;
  address: string;
  services: StationService[];
  prices: { gasoline?: number; diesel?: number; lpg?: number; evPerKwh?: number };
}

export function stationOperation(indexes: DialogueIndexes): DialogueOperation {
  return {
    id: 'find_stations',
    label: { ko: '주유소·충전소 찾기', en: 'find a station' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '강남구 주유소 어디 있어요?',
        '마포에 세차되는 주유소 있나요',
        '해운대 근처 전기차 급속충전소 알려줘',
        '24시간 하는 주유소 찾아 주세요',
        '수원 주유소 기름값 얼마예요',
        '서울 송파구 LPG 충전소',
        '가까운 누리에너지 주유소',
        '부산 주유소 위치',
        '세차 가능한 곳 알려줘요',
        '오늘 휘발유 가격 알려줘',
        '전기차 충전할 수 있는 주유소',
        '셀프주유소 찾아줘',
        '대전 유성구 주유소요',
        '전기차 충전 요금 얼마예요',
      ],
      en: [
        'where is a station in Gangnam',
        'gas station with a car wash in Mapo',
        'EV fast charging near Haeundae',
        'find a 24 hour station',
        'fuel prices in Suwon',
        'LPG station in Songpa',
        'nearest Nuri Energy station',
        'stations in Busan',
        'where can I wash my car',
        "today's diesel price",
        'charging station for my electric car',
        'self service gas station near Jongno',
        'petrol station in Daejeon',
        'EV charging prices at your stations',
      ],
    },
    async handle(turn) {
      const lower = normalizeText(turn.text).toLowerCase();
      const service = serviceWords.find(([, pattern]) => pattern.test(lower))?.[0] ?? (turn.slots.service as StationService | undefined);
      const areas = indexes.stationAreas().find(turn.text, { limit: 2, minScore: 0.9 });
      const area = areas.length > 0 ? areas.map((match) => match.id).join(' ') : (turn.slots.area as string | undefined);
      if (service) turn.slots.service = service;
      if (!area && !service)
        return {
          text: turn.say({
            ko: '어느 지역(시·구)의 주유소를 찾으세요? 세차·EV 충전·24시간 같은 서비스도 말씀해 주시면 함께 찾아드려요.',
            en: 'Which area (city or district) should I look in? Tell me a service too, like car wash, EV charging or 24h.',
          }),
          done: false,
        };
      if (!area && turn.slots.askedArea !== true) {
        turn.slots.askedArea = true;
        return {
          text: turn.say({
            ko: `${serviceNames[service ?? '24h'].ko} 주유소를 어느 지역에서 찾을까요? (예: 강남구, 해운대)`,
            en: `Which area should I look in for ${serviceNames[service ?? '24h'].en}? (e.g. Gangnam, Haeundae)`,
          }),
          done: false,
        };
      }
      const outcome = await turn.call('find_stations', { ...(area ? { area } : {}), ...(service ? { service } : {}), limit: 3 });
      if (outcome.status !== 'ok') return { text: outcome.status === 'failed' ? outcome.message : '', done: true };
      const { count, stations } = outcome.result as { count: number; stations: StationResult[] };
      const what = service ? turn.say({ ko: ` (${serviceNames[service].ko})`, en: ` (${serviceNames[service].en})` }) : '';
      if (count === 0)
        return {
          text: turn.say({ ko: `그 지역에는 조건에 맞는 주유소${what}가 없어요.`, en: `No station${what} matches in that area.` }),
          done: true,
        };
      const lines = stations.map((station) => {
        const prices = [
          station.prices.gasoline ? `${turn.say({ ko: '휘발유', en: 'petrol' })} ${won(station.prices.gasoline)}/L` : '',
          station.prices.diesel ? `${turn.say({ ko: '경유', en: 'diesel' })} ${won(station.prices.diesel)}/L` : '',
          station.prices.lpg ? `LPG ${won(station.prices.lpg)}/L` : '',
          station.prices.evPerKwh ? `EV ${won(station.prices.evPerKwh)}/kWh` : '',
        ].filter(Boolean);
        const services = station.services.map((name) => serviceNames[name][turn.language]).join(', ');
        return `${station.name} — ${station.address}\n   ${services}${prices.length ? ` · ${prices.join(', ')}` : ''}`;
      });
      const header = turn.say({
        ko: `찾은 주유소${what} ${count}곳 중 ${stations.length}곳이에요:`,
        en: `${count} station${count === 1 ? '' : 's'}${what} found; here are ${stations.length}:`,
      });
      return { text: `${header}\n${numberedList(lines)}`, done: true };
    },
  };
}
