// The countries a form or a chat writes in Hangul beside a foreigner's name ("Chloe Tremblay (캐나다, H-1)", "ABDULLAEV
// SARDOR (우즈베키스탄, E-9)"): a nationality, never the name's Hangul spelling, however like the name's sounds it reads. So
// is a language ("Enkhjargal (몽골어)", "Samir (아랍어 통역)"): a country's or a people's name before 어 or 말.

const countries: ReadonlySet<string> = new Set([
  ...['한국', '대한민국', '북한', '미국', '캐나다', '멕시코', '영국', '아일랜드', '호주', '뉴질랜드', '중국', '일본', '대만', '홍콩'],
  ...['마카오', '베트남', '필리핀', '태국', '캄보디아', '라오스', '미얀마', '인도네시아', '말레이시아', '싱가포르', '동티모르'],
  ...['브루나이', '인도', '파키스탄', '방글라데시', '네팔', '스리랑카', '부탄', '몰디브', '몽골', '우즈베키스탄', '카자흐스탄'],
  ...['키르기스스탄', '키르기즈스탄', '타지키스탄', '투르크메니스탄', '아프가니스탄', '러시아', '우크라이나', '벨라루스', '몰도바'],
  ...['조지아', '아르메니아', '아제르바이잔', '튀르키예', '터키', '이란', '이라크', '시리아', '요르단', '레바논', '이스라엘', '예멘'],
  ...['사우디아라비아', '사우디', '아랍에미리트', '카타르', '쿠웨이트', '오만', '이집트', '수단', '남수단', '에티오피아', '에리트레아'],
  ...['소말리아', '케냐', '우간다', '르완다', '탄자니아', '나이지리아', '가나', '카메룬', '콩고', '세네갈', '코트디부아르', '모로코'],
  ...['알제리', '튀니지', '리비아', '남아공', '남아프리카공화국', '짐바브웨', '잠비아', '모잠비크', '마다가스카르', '독일', '프랑스'],
  ...['이탈리아', '스페인', '포르투갈', '네덜란드', '벨기에', '스위스', '오스트리아', '스웨덴', '노르웨이', '덴마크', '핀란드'],
  ...['폴란드', '체코', '헝가리', '루마니아', '불가리아', '그리스', '세르비아', '크로아티아', '브라질', '아르헨티나', '칠레'],
  ...['페루', '콜롬비아', '에콰도르', '볼리비아', '베네수엘라', '파라과이', '우루과이', '쿠바', '과테말라', '온두라스', '피지'],
]);

/** Languages whose names are no country's before 어 or 말 ("크메르어", "영어"). */
const languageStems: ReadonlySet<string> = new Set([
  ...['영', '크메르', '아랍', '타갈로그', '싱할라', '벵골', '우르두', '키르기스', '힌디', '타밀', '스와힐리', '페르시아', '다리'],
  ...['파슈토', '암하라', '티그리냐', '우즈베크', '카자흐', '타이', '광둥', '만다린', '쿠르드', '소말리'],
]);

/** Whether `word` names a language: a country's or a people's name before 어 or 말. */
function isLanguage(word: string): boolean {
  if (!word.endsWith('어') && !word.endsWith('말')) return false;
  const stem = word.slice(0, -1);
  return countries.has(stem) || languageStems.has(stem);
}

/**
 * Whether one of the Hangul words is a country's or a language's name.
 *
 * @example
 * namesCountryInHangul(['에티오피아', '오로미아']); // true
 * namesCountryInHangul(['몽골어']); // true
 * namesCountryInHangul(['클로이', '트랑블레']); // false
 */
export function namesCountryInHangul(words: readonly string[]): boolean {
  return words.some((word) => countries.has(word) || isLanguage(word));
}
