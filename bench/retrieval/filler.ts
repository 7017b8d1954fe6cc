// Filler documents for scale: Korean and English paragraphs drawn from a Zipf-distributed vocabulary (the industries'
// common words first, then a long tail of seeded pseudo-words), so 10k and 100k chunks look like a real, noisy corpus.
import type { CorpusDocument, Language } from './corpus-types.ts';
import { seededRandom, type Random } from './seeded-random.ts';

/** Zipf's exponent for word ranks; ~1 is what natural text shows. */
const zipfExponent = 1.07;
const tailSize = 8000;

const commonWords: Record<Language, string[]> = {
  ko: '요금 요금제 환불 해지 위약금 데이터 로밍 할인 가족 변경 단말기 할부 이자 전기 단가 계약 갱신 수수료 태양광 청구 납부 가산금 충전 이사 카드 연회비 캐시백 연체 한도 해외 포인트 대출 진료 예약 초진 검사 금식 결과 진단서 보험 고객센터 안내 이용 가입 신청 문의 상담 서비스 고객 기간 매월 확인 적용 제공 혜택 기준 조건 약관 영업일 방문'.split(
    ' ',
  ),
  en: 'plan fee refund cancel contract data roaming discount family change device installment interest electricity rate renewal supplier solar bill payment surcharge charging moving card annual cashback late limit overseas points cash advance clinic appointment test fasting result certificate insurance support center service customer month day apply account terms condition benefit review notice business'.split(
    ' ',
  ),
};
const koreanEndings = ['', '', '은', '는', '이', '가', '을', '를', '에', '에서', '으로', '와', '의', '하려면', '합니다', '됩니다'];
const englishEndings = ['', '', '', 's', 'ed', 'ing'];
const hangulSyllables =
  '가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히개내대래매배새애재채'.split(
    '',
  );
const latinSyllables =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za zo'.split(
    ' ',
  );

/** Common words, then pseudo-words none of which is reserved (product names, bare-query words and their prefixes). */
function vocabulary(language: Language, options: { random: Random; reserved: Set<string> }): string[] {
  const words = [...commonWords[language]];
  const seen = new Set(words);
  const syllables = language === 'ko' ? hangulSyllables : latinSyllables;
  const isReserved = (word: string) =>
    [...options.reserved].some((reserved) => word.startsWith(reserved.slice(0, 4)) || reserved.startsWith(word));
  while (words.length < commonWords[language].length + tailSize) {
    const length = 2 + options.random.integer(language === 'ko' ? 2 : 3);
    const word = Array.from({ length }, () => options.random.pick(syllables)).join('');
    if (seen.has(word) || isReserved(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/** Samples a rank with probability ∝ 1/(rank+1)^s by binary search over the cumulative weights. */
function zipfSampler(size: number, random: Random): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) cumulative[rank] = total += 1 / (rank + 1) ** zipfExponent;
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/**
 * An endless, seeded stream of filler documents alternating Korean and English plain text.
 * @example
 * const filler = fillerDocuments({ seed: 11, reserved: reservedWords() });
 * filler.next().value; // { path: 'filler/ko-000000.txt', language: 'ko', source: '…' }
 */
export function* fillerDocuments(options: { seed: number; reserved: Set<string> }): Generator<CorpusDocument> {
  const random = seededRandom(options.seed);
  const words = {
    ko: vocabulary('ko', { random, reserved: options.reserved }),
    en: vocabulary('en', { random, reserved: options.reserved }),
  };
  const rank = { ko: zipfSampler(words.ko.length, random), en: zipfSampler(words.en.length, random) };
  const word = (language: Language) => {
    const base = words[language][rank[language]()]!;
    return base + random.pick(language === 'ko' ? koreanEndings : englishEndings);
  };
  const sentence = (language: Language) => {
    const text = Array.from({ length: 8 + random.integer(9) }, () => word(language)).join(' ');
    return (language === 'en' ? text[0]!.toUpperCase() + text.slice(1) : text) + '.';
  };
  for (let index = 0; ; index += 1) {
    const language: Language = index % 2 === 0 ? 'ko' : 'en';
    const paragraphs = Array.from({ length: 3 + random.integer(4) }, () =>
      Array.from({ length: 3 + random.integer(4) }, () => sentence(language)).join(' '),
    );
    yield { path: `filler/${language}-${String(index).padStart(6, '0')}.txt`, language, source: paragraphs.join('\n\n') + '\n' };
  }
}
