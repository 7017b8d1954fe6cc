// Korean cities, districts, postal-code prefixes and road names for sample addresses and stations (real places, approximate codes).

export interface SamplePlace {
  city: { ko: string; en: string };
  district: { ko: string; en: string };
  /** First three digits of the district's five-digit postal codes. */
  zipPrefix: string;
  center: { lat: number; lon: number };
  roads: { ko: string; en: string }[];
}

type Row = [districtKo: string, districtEn: string, zipPrefix: string, lat: number, lon: number, roads: [string, string][]];

const table: { city: [string, string]; weight: number; districts: Row[] }[] = [
  {
    city: ['서울특별시', 'Seoul'],
    weight: 34,
    districts: [
      [
        '강남구',
        'Gangnam-gu',
        '061',
        37.5172,
        127.0473,
        [
          ['테헤란로', 'Teheran-ro'],
          ['도산대로', 'Dosan-daero'],
          ['언주로', 'Eonju-ro'],
        ],
      ],
      [
        '서초구',
        'Seocho-gu',
        '066',
        37.4837,
        127.0324,
        [
          ['반포대로', 'Banpo-daero'],
          ['강남대로', 'Gangnam-daero'],
          ['서초중앙로', 'Seochojungang-ro'],
        ],
      ],
      [
        '송파구',
        'Songpa-gu',
        '055',
        37.5145,
        127.1066,
        [
          ['올림픽로', 'Olympic-ro'],
          ['송파대로', 'Songpa-daero'],
          ['오금로', 'Ogeum-ro'],
        ],
      ],
      [
        '마포구',
        'Mapo-gu',
        '040',
        37.5663,
        126.9019,
        [
          ['마포대로', 'Mapo-daero'],
          ['월드컵북로', 'World Cup buk-ro'],
          ['양화로', 'Yanghwa-ro'],
        ],
      ],
      [
        '종로구',
        'Jongno-gu',
        '031',
        37.5735,
        126.979,
        [
          ['종로', 'Jong-ro'],
          ['율곡로', 'Yulgok-ro'],
        ],
      ],
      [
        '영등포구',
        'Yeongdeungpo-gu',
        '072',
        37.5264,
        126.8962,
        [
          ['여의대로', 'Yeoui-daero'],
          ['영중로', 'Yeongjung-ro'],
          ['국회대로', 'Gukhoe-daero'],
        ],
      ],
      [
        '용산구',
        'Yongsan-gu',
        '043',
        37.5326,
        126.9905,
        [
          ['한강대로', 'Hangang-daero'],
          ['이태원로', 'Itaewon-ro'],
        ],
      ],
      [
        '노원구',
        'Nowon-gu',
        '017',
        37.6542,
        127.0568,
        [
          ['동일로', 'Dongil-ro'],
          ['노해로', 'Nohae-ro'],
        ],
      ],
      [
        '강서구',
        'Gangseo-gu',
        '077',
        37.5509,
        126.8495,
        [
          ['공항대로', 'Gonghang-daero'],
          ['화곡로', 'Hwagok-ro'],
        ],
      ],
      [
        '성동구',
        'Seongdong-gu',
        '047',
        37.5634,
        127.0369,
        [
          ['왕십리로', 'Wangsimni-ro'],
          ['성수이로', 'Seongsui-ro'],
        ],
      ],
      [
        '은평구',
        'Eunpyeong-gu',
        '034',
        37.6027,
        126.9291,
        [
          ['통일로', 'Tongil-ro'],
          ['연서로', 'Yeonseo-ro'],
        ],
      ],
      [
        '관악구',
        'Gwanak-gu',
        '088',
        37.4784,
        126.9516,
        [
          ['관악로', 'Gwanak-ro'],
          ['남부순환로', 'Nambusunhwan-ro'],
        ],
      ],
    ],
  },
  {
    city: ['부산광역시', 'Busan'],
    weight: 10,
    districts: [
      [
        '해운대구',
        'Haeundae-gu',
        '480',
        35.1631,
        129.1636,
        [
          ['해운대로', 'Haeundae-ro'],
          ['센텀중앙로', 'Centum jungang-ro'],
        ],
      ],
      [
        '부산진구',
        'Busanjin-gu',
        '472',
        35.1629,
        129.0531,
        [
          ['중앙대로', 'Jungang-daero'],
          ['가야대로', 'Gaya-daero'],
        ],
      ],
      [
        '수영구',
        'Suyeong-gu',
        '482',
        35.1455,
        129.1131,
        [
          ['수영로', 'Suyeong-ro'],
          ['광안해변로', 'Gwanganhaebyeon-ro'],
        ],
      ],
      [
        '사하구',
        'Saha-gu',
        '493',
        35.1046,
        128.9749,
        [
          ['낙동대로', 'Nakdong-daero'],
          ['다대로', 'Dadae-ro'],
        ],
      ],
      [
        '동래구',
        'Dongnae-gu',
        '477',
        35.205,
        129.0837,
        [
          ['충렬대로', 'Chungnyeol-daero'],
          ['명륜로', 'Myeongnyun-ro'],
        ],
      ],
    ],
  },
  {
    city: ['인천광역시', 'Incheon'],
    weight: 8,
    districts: [
      [
        '연수구',
        'Yeonsu-gu',
        '219',
        37.4101,
        126.6783,
        [
          ['컨벤시아대로', 'Convensia-daero'],
          ['경원대로', 'Gyeongwon-daero'],
        ],
      ],
      [
        '남동구',
        'Namdong-gu',
        '215',
        37.4471,
        126.7313,
        [
          ['인하로', 'Inha-ro'],
          ['남동대로', 'Namdong-daero'],
        ],
      ],
      [
        '부평구',
        'Bupyeong-gu',
        '213',
        37.5074,
        126.7219,
        [
          ['부평대로', 'Bupyeong-daero'],
          ['경인로', 'Gyeongin-ro'],
        ],
      ],
    ],
  },
  {
    city: ['대구광역시', 'Daegu'],
    weight: 6,
    districts: [
      [
        '수성구',
        'Suseong-gu',
        '421',
        35.8582,
        128.6306,
        [
          ['달구벌대로', 'Dalgubeol-daero'],
          ['동대구로', 'Dongdaegu-ro'],
        ],
      ],
      [
        '달서구',
        'Dalseo-gu',
        '426',
        35.8299,
        128.5327,
        [
          ['월배로', 'Wolbae-ro'],
          ['성서공단로', 'Seongseogongdan-ro'],
        ],
      ],
      ['중구', 'Jung-gu', '419', 35.8693, 128.6062, [['국채보상로', 'Gukchaebosang-ro']]],
    ],
  },
  {
    city: ['대전광역시', 'Daejeon'],
    weight: 5,
    districts: [
      [
        '유성구',
        'Yuseong-gu',
        '341',
        36.3623,
        127.3565,
        [
          ['대학로', 'Daehak-ro'],
          ['유성대로', 'Yuseong-daero'],
        ],
      ],
      [
        '서구',
        'Seo-gu',
        '352',
        36.3554,
        127.3838,
        [
          ['둔산대로', 'Dunsan-daero'],
          ['계룡로', 'Gyeryong-ro'],
        ],
      ],
    ],
  },
  {
    city: ['광주광역시', 'Gwangju'],
    weight: 4,
    districts: [
      [
        '서구',
        'Seo-gu',
        '619',
        35.152,
        126.8902,
        [
          ['상무대로', 'Sangmu-daero'],
          ['무진대로', 'Mujin-daero'],
        ],
      ],
      [
        '광산구',
        'Gwangsan-gu',
        '622',
        35.1397,
        126.7937,
        [
          ['하남대로', 'Hanam-daero'],
          ['첨단중앙로', 'Cheomdanjungang-ro'],
        ],
      ],
    ],
  },
  {
    city: ['울산광역시', 'Ulsan'],
    weight: 3,
    districts: [
      [
        '남구',
        'Nam-gu',
        '446',
        35.5443,
        129.3301,
        [
          ['삼산로', 'Samsan-ro'],
          ['문수로', 'Munsu-ro'],
        ],
      ],
      ['울주군', 'Ulju-gun', '449', 35.5623, 129.2425, [['언양로', 'Eonyang-ro']]],
    ],
  },
  {
    city: ['세종특별자치시', 'Sejong'],
    weight: 2,
    districts: [
      [
        '세종시',
        'Sejong-si',
        '301',
        36.48,
        127.289,
        [
          ['한누리대로', 'Hannuri-daero'],
          ['도움로', 'Doum-ro'],
        ],
      ],
    ],
  },
  {
    city: ['수원시', 'Suwon'],
    weight: 6,
    districts: [
      [
        '영통구',
        'Yeongtong-gu',
        '165',
        37.2596,
        127.0466,
        [
          ['영통로', 'Yeongtong-ro'],
          ['봉영로', 'Bongyeong-ro'],
        ],
      ],
      [
        '팔달구',
        'Paldal-gu',
        '164',
        37.2824,
        127.0197,
        [
          ['경수대로', 'Gyeongsu-daero'],
          ['중부대로', 'Jungbu-daero'],
        ],
      ],
    ],
  },
  {
    city: ['성남시', 'Seongnam'],
    weight: 5,
    districts: [
      [
        '분당구',
        'Bundang-gu',
        '135',
        37.3825,
        127.1188,
        [
          ['판교역로', 'Pangyoyeok-ro'],
          ['성남대로', 'Seongnam-daero'],
          ['분당로', 'Bundang-ro'],
        ],
      ],
    ],
  },
  {
    city: ['고양시', 'Goyang'],
    weight: 4,
    districts: [
      [
        '일산동구',
        'Ilsandong-gu',
        '104',
        37.6586,
        126.7749,
        [
          ['중앙로', 'Jungang-ro'],
          ['일산로', 'Ilsan-ro'],
        ],
      ],
    ],
  },
  {
    city: ['용인시', 'Yongin'],
    weight: 4,
    districts: [
      [
        '수지구',
        'Suji-gu',
        '168',
        37.3223,
        127.0977,
        [
          ['포은대로', 'Poeun-daero'],
          ['수지로', 'Suji-ro'],
        ],
      ],
    ],
  },
  {
    city: ['화성시', 'Hwaseong'],
    weight: 3,
    districts: [
      [
        '동탄',
        'Dongtan',
        '184',
        37.2005,
        127.0738,
        [
          ['동탄대로', 'Dongtan-daero'],
          ['동탄순환대로', 'Dongtansunhwan-daero'],
        ],
      ],
    ],
  },
  {
    city: ['창원시', 'Changwon'],
    weight: 3,
    districts: [
      [
        '성산구',
        'Seongsan-gu',
        '515',
        35.2216,
        128.6894,
        [
          ['중앙대로', 'Jungang-daero'],
          ['원이대로', 'Woni-daero'],
        ],
      ],
    ],
  },
  {
    city: ['전주시', 'Jeonju'],
    weight: 2,
    districts: [
      [
        '완산구',
        'Wansan-gu',
        '549',
        35.8122,
        127.1198,
        [
          ['기린대로', 'Girin-daero'],
          ['홍산로', 'Hongsan-ro'],
        ],
      ],
    ],
  },
  {
    city: ['청주시', 'Cheongju'],
    weight: 2,
    districts: [
      [
        '흥덕구',
        'Heungdeok-gu',
        '286',
        36.6357,
        127.4296,
        [
          ['직지대로', 'Jikji-daero'],
          ['가경로', 'Gagyeong-ro'],
        ],
      ],
    ],
  },
  { city: ['포항시', 'Pohang'], weight: 1, districts: [['남구', 'Nam-gu', '377', 36.0089, 129.3593, [['포스코대로', 'POSCO-daero']]]] },
  {
    city: ['강릉시', 'Gangneung'],
    weight: 1,
    districts: [
      [
        '강릉시',
        'Gangneung-si',
        '254',
        37.7519,
        128.8761,
        [
          ['경강로', 'Gyeonggang-ro'],
          ['하슬라로', 'Haseulla-ro'],
        ],
      ],
    ],
  },
  {
    city: ['춘천시', 'Chuncheon'],
    weight: 1,
    districts: [
      [
        '춘천시',
        'Chuncheon-si',
        '243',
        37.8813,
        127.7298,
        [
          ['중앙로', 'Jungang-ro'],
          ['공지로', 'Gongji-ro'],
        ],
      ],
    ],
  },
  {
    city: ['제주특별자치도', 'Jeju'],
    weight: 2,
    districts: [
      [
        '제주시',
        'Jeju-si',
        '632',
        33.4996,
        126.5312,
        [
          ['연북로', 'Yeonbuk-ro'],
          ['노연로', 'Noyeon-ro'],
        ],
      ],
      [
        '서귀포시',
        'Seogwipo-si',
        '635',
        33.2541,
        126.5601,
        [
          ['중앙로', 'Jungang-ro'],
          ['일주동로', 'Iljudong-ro'],
        ],
      ],
    ],
  },
];

/** Every district as a place, in table order. */
export const samplePlaces: readonly SamplePlace[] = table.flatMap(({ city, districts }) =>
  districts.map(([districtKo, districtEn, zipPrefix, lat, lon, roads]) => ({
    city: { ko: city[0], en: city[1] },
    district: { ko: districtKo, en: districtEn },
    zipPrefix,
    center: { lat, lon },
    roads: roads.map(([ko, en]) => ({ ko, en })),
  })),
);

/** Population-like weight per place (a city's weight shared by its districts), for drawing customer addresses. */
export const placeWeights: readonly number[] = table.flatMap(({ weight, districts }) => districts.map(() => weight / districts.length));
