// Korean road-name (도로명) and lot-number (지번) addresses, and US/UK street addresses.
import type { Random } from '../random.ts';

const places = [
  {
    city: ['서울특별시', '서울'],
    district: '강남구',
    roads: ['테헤란로', '강남대로', '도산대로', '선릉로'],
    dongs: ['역삼동', '삼성동', '대치동'],
  },
  { city: ['서울특별시', '서울시'], district: '마포구', roads: ['월드컵북로', '양화로', '독막로'], dongs: ['서교동', '합정동', '망원동'] },
  {
    city: ['서울특별시', '서울'],
    district: '송파구',
    roads: ['올림픽로', '송파대로', '백제고분로'],
    dongs: ['잠실동', '가락동', '문정동'],
  },
  { city: ['서울특별시'], district: '종로구', roads: ['세종대로', '종로', '율곡로'], dongs: ['청운동', '사직동', '혜화동'] },
  { city: ['서울특별시', '서울'], district: '노원구', roads: ['동일로', '노해로', '한글비석로'], dongs: ['상계동', '중계동', '하계동'] },
  { city: ['경기도'], district: '성남시 분당구', roads: ['판교역로', '불정로', '정자일로'], dongs: ['정자동', '백현동', '삼평동'] },
  { city: ['경기도', '경기'], district: '수원시 영통구', roads: ['광교중앙로', '영통로', '봉영로'], dongs: ['영통동', '이의동', '매탄동'] },
  { city: ['경기도'], district: '고양시 일산동구', roads: ['중앙로', '일산로', '호수로'], dongs: ['장항동', '마두동', '백석동'] },
  { city: ['인천광역시', '인천'], district: '연수구', roads: ['컨벤시아대로', '송도과학로', '인천타워대로'], dongs: ['송도동', '연수동'] },
  { city: ['부산광역시', '부산'], district: '해운대구', roads: ['센텀중앙로', '해운대로', '마린시티2로'], dongs: ['우동', '중동', '좌동'] },
  { city: ['부산광역시'], district: '부산진구', roads: ['중앙대로', '서면로', '새싹로'], dongs: ['부전동', '전포동'] },
  { city: ['대구광역시', '대구'], district: '수성구', roads: ['달구벌대로', '동대구로', '범어로'], dongs: ['범어동', '만촌동'] },
  { city: ['대전광역시', '대전'], district: '유성구', roads: ['대학로', '과학로', '엑스포로'], dongs: ['궁동', '봉명동', '도룡동'] },
  { city: ['광주광역시'], district: '북구', roads: ['용봉로', '서암대로', '우치로'], dongs: ['용봉동', '운암동'] },
  { city: ['울산광역시'], district: '남구', roads: ['삼산로', '번영로', '문수로'], dongs: ['삼산동', '달동'] },
  { city: ['세종특별자치시'], district: '', roads: ['한누리대로', '도움6로', '갈매로'], dongs: ['보람동', '어진동'] },
  { city: ['강원특별자치도', '강원도'], district: '춘천시', roads: ['중앙로', '공지로', '후석로'], dongs: ['효자동', '석사동'] },
  { city: ['충청북도', '충북'], district: '청주시 흥덕구', roads: ['가경로', '직지대로', '풍산로'], dongs: ['가경동', '복대동'] },
  { city: ['전라북도', '전북특별자치도'], district: '전주시 완산구', roads: ['팔달로', '효자로', '홍산로'], dongs: ['효자동', '중화산동'] },
  { city: ['경상남도', '경남'], district: '창원시 성산구', roads: ['중앙대로', '원이대로', '창원대로'], dongs: ['상남동', '용호동'] },
  { city: ['제주특별자치도', '제주도'], district: '제주시', roads: ['연북로', '노형로', '중앙로'], dongs: ['노형동', '연동', '이도이동'] },
] as const;

const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

/**
 * A Korean address: road-name style `서울특별시 강남구 테헤란로 152, 101동 1203호` or lot-number style `... 역삼동 737-12`.
 * @example
 * koreanAddress(random, { style: 'road' }).value;
 */
export function koreanAddress(random: Random, options: { style?: 'road' | 'lot' } = {}): { value: string; style: 'road' | 'lot' } {
  const place = random.pick(places);
  const style = options.style ?? (random.chance(0.65) ? 'road' : 'lot');
  const city = random.pick(place.city);
  const detail = random.pick([
    '',
    '',
    `, ${random.between(101, 115)}동 ${random.between(1, 25)}0${random.between(1, 6)}호`,
    ` ${random.between(2, 20)}층`,
    `, ${random.pick(['한빛빌딩', '그린타워', '센트럴빌', '하늘마을아파트'])} ${random.between(1, 12)}층`,
  ]);
  if (style === 'road') {
    const road = random.pick(place.roads);
    const roadName = random.chance(0.25) ? `${road}${random.between(1, 40)}번길` : road;
    return {
      style,
      value:
        join(city, place.district, `${roadName} ${random.between(1, 420)}${random.chance(0.15) ? `-${random.between(1, 30)}` : ''}`) +
        detail,
    };
  }
  const number = random.chance(0.7) ? `${random.between(1, 1500)}-${random.between(1, 60)}` : `${random.between(1, 999)}번지`;
  return { style, value: join(city, place.district, random.pick(place.dongs), number) + detail };
}

const usStreets = [
  'Main Street',
  'Oak Avenue',
  'Maple Drive',
  'Pine Street',
  'Cedar Lane',
  'Elm Street',
  'Washington Blvd',
  'Lakeview Road',
  'Sunset Blvd',
  '5th Avenue',
];
const usCities = [
  'Springfield, IL 62704',
  'Austin, TX 78701',
  'Seattle, WA 98101',
  'Brooklyn, NY 11201',
  'San Jose, CA 95112',
  'Boston, MA 02116',
  'Denver, CO 80202',
];
const ukStreets = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Queens Road', 'Mill Lane'];
const ukTowns = ['London SW1A 2AA', 'Manchester M1 1AE', 'Leeds LS1 4DY', 'Bristol BS1 5TR', 'Cambridge CB2 1TN', 'Edinburgh EH1 1YZ'];

/** A US or UK street address, e.g. `742 Maple Drive, Apt 3B, Austin, TX 78701`. */
export function englishAddress(random: Random): string {
  if (random.chance(0.6)) {
    const unit = random.pick([
      '',
      '',
      `, Apt ${random.between(1, 30)}${random.pick(['A', 'B', 'C'])}`,
      `, Suite ${random.between(100, 900)}`,
    ]);
    return `${random.between(12, 9800)} ${random.pick(usStreets)}${unit}, ${random.pick(usCities)}`;
  }
  const flat = random.chance(0.3) ? `Flat ${random.between(1, 40)}, ` : '';
  return `${flat}${random.between(1, 220)} ${random.pick(ukStreets)}, ${random.pick(ukTowns)}`;
}
