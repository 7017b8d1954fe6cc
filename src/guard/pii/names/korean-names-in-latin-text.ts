// Finds a Korean full name written in Hangul inside an English sentence ("Landlord 박정호 says the deposit goes back", "받는
// 분 is 박순자 not me", "representative 윤석호. Payment to …"): between Latin words the Hangul word takes no particle, so
// the Korean searches, which read a name by its particle or its cue, never see it; a name's shape alone is the evidence.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';
import { jobTitles, placeEndings, placeWords } from './korean-name-words.ts';

export const koreanNameInLatinTextRecognizerName = 'korean-name-in-latin-text';

/**
 * A Hangul word of three or four syllables right after a Latin word (a comma or a colon and blanks between), a Korean
 * post perhaps between, as English messages keep a tax agent's, an owner's or a privacy officer's title in Korean ("our
 * 세무사 오세진 on the email", "사장님 최영철."), then the sentence's punctuation, a bracket, a table's bar, a possessive's
 * 's, a Latin word or a date ("returned by 배경민 2025-04-28"; not a floor, "신사옥 11층").
 */
const hangulWordAfterLatin =
  /[A-Za-z][,:]?[ \t]+(?:(?:세무사|회계사|변호사|노무사|행정사|법무사|사장님|사장|대표님|대표|원장님|원장|개인정보보호책임자|보호책임자|담당자)[ \t]+)?([가-힣]{3,4})(?=[,.;:!?)|]|['’]s\b|[ \t]+[A-Za-z(|]|[ \t]+\d{2,4}[-./]\d|[ \t]*$)/gm;
/**
 * The last syllables of districts, towns and stations ("강서구", "김해시", "동대문역"), and of a university's short name and
 * a generation ("my student card from 동국대", "the 차세대 passport"), which read as names.
 */
const placeLastSyllables: ReadonlySet<number> = new Set([...'구시군읍면동역로길대'].map((syllable) => syllable.charCodeAt(0)));

/** Brands and places in a name's shape that English messages mention by their Hangul ("a 설화수 set", "near 이태원"). */
const brandsAndPlaces: ReadonlySet<string> = new Set(['설화수', '신세계', '정관장', '오설록', '이태원', '한남동', '명지대', '정식당']);

/**
 * The Korean full names standing alone between Latin words, 0.7.
 *
 * @example
 * findKoreanNamesInLatinText('Landlord 박정호 says the deposit goes back')[0]?.text; // '박정호'
 */
export const findKoreanNamesInLatinText = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  hangulWordAfterLatin.lastIndex = 0;
  for (let match = hangulWordAfterLatin.exec(text); match !== null; match = hangulWordAfterLatin.exec(text)) {
    const name = match[1]!;
    const last = name.charCodeAt(name.length - 1);
    if (
      placeLastSyllables.has(last) ||
      placeEndings.has(last) ||
      placeWords.has(name) ||
      brandsAndPlaces.has(name) ||
      jobTitles.has(name.slice(1))
    )
      continue;
    if (!isLikelyKoreanFullName(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({
      type: 'PERSON',
      start,
      end: start + name.length,
      text: name,
      score: 0.7,
      recognizer: koreanNameInLatinTextRecognizerName,
    });
  }
  return findings;
});
