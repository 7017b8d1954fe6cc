// Korean addresses for sample data: city, district, the district's postal-code range and a few of its real road names.

export interface DistrictAddress {
  city: string;
  district: string;
  /** First postal code of the district (five-digit codes are assigned by district). */
  zipStart: number;
  roads: readonly string[];
}

export const districts: readonly DistrictAddress[] = [
  { city: '서울특별시', district: '강남구', zipStart: 6000, roads: ['테헤란로', '논현로', '도산대로', '역삼로', '선릉로'] },
  { city: '서울특별시', district: '서초구', zipStart: 6500, roads: ['서초대로', '반포대로', '강남대로', '방배로'] },
  { city: '서울특별시', district: '송파구', zipStart: 5500, roads: ['올림픽로', '송파대로', '석촌호수로', '위례성대로'] },
  { city: '서울특별시', district: '마포구', zipStart: 3900, roads: ['월드컵로', '양화로', '마포대로', '독막로'] },
  { city: '서울특별시', district: '영등포구', zipStart: 7200, roads: ['여의대로', '국제금융로', '영중로', '당산로'] },
  { city: '서울특별시', district: '종로구', zipStart: 3000, roads: ['종로', '세종대로', '율곡로', '대학로'] },
  { city: '서울특별시', district: '노원구', zipStart: 1600, roads: ['동일로', '노원로', '상계로', '한글비석로'] },
  { city: '서울특별시', district: '관악구', zipStart: 8700, roads: ['관악로', '남부순환로', '신림로', '봉천로'] },
  { city: '부산광역시', district: '해운대구', zipStart: 48000, roads: ['해운대로', '센텀중앙로', '달맞이길', '좌동순환로'] },
  { city: '부산광역시', district: '부산진구', zipStart: 47100, roads: ['중앙대로', '서면로', '가야대로', '동평로'] },
  { city: '대구광역시', district: '수성구', zipStart: 42000, roads: ['달구벌대로', '동대구로', '수성로', '범어로'] },
  { city: '인천광역시', district: '연수구', zipStart: 21900, roads: ['컨벤시아대로', '송도과학로', '인천타워대로', '먼우금로'] },
  { city: '광주광역시', district: '서구', zipStart: 61900, roads: ['상무대로', '운천로', '죽봉대로', '내방로'] },
  { city: '대전광역시', district: '유성구', zipStart: 34000, roads: ['대학로', '유성대로', '엑스포로', '계룡로'] },
  { city: '경기도', district: '성남시 분당구', zipStart: 13400, roads: ['판교역로', '분당로', '황새울로', '정자일로'] },
  { city: '경기도', district: '수원시 영통구', zipStart: 16500, roads: ['광교중앙로', '봉영로', '청명로', '매탄로'] },
  { city: '경기도', district: '고양시 일산동구', zipStart: 10300, roads: ['중앙로', '정발산로', '일산로', '호수로'] },
  { city: '경기도', district: '용인시 수지구', zipStart: 16800, roads: ['포은대로', '수지로', '풍덕천로', '동천로'] },
  { city: '강원특별자치도', district: '춘천시', zipStart: 24200, roads: ['중앙로', '공지로', '후석로', '퇴계로'] },
  { city: '충청북도', district: '청주시 흥덕구', zipStart: 28300, roads: ['2순환로', '직지대로', '가경로', '풍산로'] },
  { city: '전북특별자치도', district: '전주시 완산구', zipStart: 54900, roads: ['팔달로', '기린대로', '홍산로', '효자로'] },
  { city: '경상남도', district: '창원시 성산구', zipStart: 51400, roads: ['중앙대로', '원이대로', '창원대로', '상남로'] },
  { city: '제주특별자치도', district: '제주시', zipStart: 63100, roads: ['노형로', '연북로', '중앙로', '한라대학로'] },
];

/** Network incidents open in the sample: lines last registered in these areas see an outage in diagnostics. */
export const sampleOutages: readonly {
  district: string;
  since: string;
  expectedRestoration: string;
  cause: { ko: string; en: string };
}[] = [
  {
    district: '해운대구',
    since: '2026-11-20T07:40:00+09:00',
    expectedRestoration: '2026-11-20T18:00:00+09:00',
    cause: { ko: '광케이블 공사 중 손상으로 일부 기지국 장애', en: 'Some cell sites down after a fibre cable was damaged by construction' },
  },
  {
    district: '춘천시',
    since: '2026-11-20T05:10:00+09:00',
    expectedRestoration: '2026-11-20T14:00:00+09:00',
    cause: { ko: '정전으로 인한 기지국 전원 장애', en: 'Cell sites without power after a local power cut' },
  },
];
