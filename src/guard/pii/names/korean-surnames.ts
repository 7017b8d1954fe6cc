// Korean surnames: the common one-syllable ones and the two-syllable ones, the anchor of every Korean name candidate.

/** One-syllable surnames, the ~110 most frequent in the census (both 류 and 유). */
export const singleSyllableSurnames: ReadonlySet<string> = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부가복태목형계피두감음빈동온호좌',
  // Rarer ones whose syllable seldom starts an ordinary word; 상, 시, 해 and the like stay out on purpose (상담, 시간, 해당).
  ...'라승견갈팽범당묵옹',
]);

/** Two-syllable surnames (복성). */
export const doubleSyllableSurnames: ReadonlySet<string> = new Set([
  '남궁',
  '황보',
  '제갈',
  '선우',
  '독고',
  '사공',
  '서문',
  '동방',
  '어금',
  '망절',
  '무본',
  '소봉',
  '장곡',
]);

// Character-code views of the two sets: the surname test runs on every candidate, and a Hangul `charAt` or `slice` allocates.
const singleSurnameCodes: ReadonlySet<number> = new Set([...singleSyllableSurnames].map((syllable) => syllable.charCodeAt(0)));
const doubleSurnameFirstCodes: ReadonlySet<number> = new Set([...doubleSyllableSurnames].map((surname) => surname.charCodeAt(0)));

/**
 * Length of the surname that `candidate` starts with, preferring a two-syllable surname when the rest still leaves a given name; 0 when none.
 *
 * @example
 * surnameLength('남궁민수'); // 2
 * surnameLength('김민수'); // 1
 */
export function surnameLength(candidate: string): number {
  const first = candidate.charCodeAt(0);
  if (candidate.length >= 3 && doubleSurnameFirstCodes.has(first) && doubleSyllableSurnames.has(candidate.slice(0, 2))) return 2;
  return singleSurnameCodes.has(first) ? 1 : 0;
}
