// The self-governing districts (자치구) of Korea's special and metropolitan cities and the districts of its large cities,
// whose names read as a surname and a given name ("강동구" as 강 and 동구, "노원구", "서초구") where a notice, a venue or a
// letterhead names them without the rest of an address ("민방위 교육 일정 (강동구)", "강동구 민방위교육장").

const districtNames: ReadonlySet<string> = new Set([
  // Seoul.
  ...['종로구', '용산구', '성동구', '광진구', '동대문구', '중랑구', '성북구', '강북구', '도봉구', '노원구', '은평구', '서대문구'],
  ...['마포구', '양천구', '강서구', '구로구', '금천구', '영등포구', '동작구', '관악구', '서초구', '강남구', '송파구', '강동구'],
  // Busan, Daegu, Incheon, Gwangju, Daejeon and Ulsan.
  ...['영도구', '부산진구', '동래구', '해운대구', '사하구', '금정구', '연제구', '수영구', '사상구', '기장군', '수성구', '달서구'],
  ...['달성군', '미추홀구', '연수구', '남동구', '부평구', '계양구', '강화군', '옹진군', '광산구', '유성구', '대덕구', '울주군'],
  // The districts of Suwon, Seongnam, Goyang, Yongin, Anyang, Ansan, Bucheon, Cheongju, Cheonan, Jeonju and Pohang.
  ...['장안구', '권선구', '팔달구', '영통구', '수정구', '중원구', '분당구', '덕양구', '일산동구', '일산서구', '처인구', '기흥구'],
  ...['수지구', '만안구', '동안구', '상록구', '단원구', '원미구', '소사구', '오정구', '상당구', '서원구', '흥덕구', '청원구'],
  ...['동남구', '서북구', '완산구', '덕진구'],
]);

/**
 * Whether a word is the name of one of those districts.
 *
 * @example
 * isKoreanDistrictName('강동구'); // true
 * isKoreanDistrictName('강동수'); // false
 */
export function isKoreanDistrictName(word: string): boolean {
  return districtNames.has(word);
}
