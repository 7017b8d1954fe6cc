// The 17 Korean 시도 (short names as statistics and card data write them) weighted by resident population (millions, 2024).

export const koreanRegions: readonly { name: string; population: number }[] = [
  { name: '서울', population: 9.39 },
  { name: '부산', population: 3.28 },
  { name: '대구', population: 2.37 },
  { name: '인천', population: 3.02 },
  { name: '광주', population: 1.41 },
  { name: '대전', population: 1.44 },
  { name: '울산', population: 1.1 },
  { name: '세종', population: 0.39 },
  { name: '경기', population: 13.69 },
  { name: '강원', population: 1.52 },
  { name: '충북', population: 1.59 },
  { name: '충남', population: 2.13 },
  { name: '전북', population: 1.75 },
  { name: '전남', population: 1.8 },
  { name: '경북', population: 2.55 },
  { name: '경남', population: 3.25 },
  { name: '제주', population: 0.67 },
];
