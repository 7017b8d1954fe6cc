// An animal's name where a person's would stand: a vet's patient, a groomer's or a pet hotel's guest, a pet registry's
// record ("Patient: Pickles · canine, Labrador Retriever", "환자: 나래 (코리안숏헤어, 암컷, 7세)", "Name: Rufus · Breed:
// Beagle", { "name": "두리", "breed": "시츄" }). The breed or the species right after the name says whose it is; a pet's
// name is no personal data, so such a finding is dropped before its repeats are read.
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import type { PiiFinding } from '../types.ts';

/** Species, breeds and an animal's sex as a vet's or a groomer's record writes them, each an item of its own. */
const animalWords: ReadonlySet<string> = new Set([
  ...['canine', 'feline', 'dog', 'cat', 'puppy', 'kitten', 'rabbit', 'ferret', 'hamster', 'guinea pig', 'parrot', 'budgie'],
  ...['mixed breed', 'mix', 'dsh', 'dlh', 'domestic shorthair', 'domestic longhair'],
  ...['golden retriever', 'labrador', 'labrador retriever', 'border terrier', 'border collie', 'collie', 'beagle', 'poodle'],
  ...['toy poodle', 'miniature poodle', 'bichon', 'bichon frise', 'maltese', 'shih tzu', 'pomeranian', 'chihuahua', 'dachshund'],
  ...['corgi', 'welsh corgi', 'french bulldog', 'bulldog', 'pug', 'schnauzer', 'yorkshire terrier', 'jack russell', 'spaniel'],
  ...['cocker spaniel', 'cavalier king charles spaniel', 'german shepherd', 'husky', 'siberian husky', 'samoyed', 'shiba', 'shiba inu'],
  ...['jindo', 'whippet', 'greyhound', 'boxer', 'rottweiler', 'doberman', 'vizsla', 'weimaraner', 'sheltie', 'cockapoo', 'labradoodle'],
  ...['persian', 'siamese', 'ragdoll', 'maine coon', 'bengal', 'sphynx', 'british shorthair', 'scottish fold', 'russian blue'],
  ...['강아지', '고양이', '반려견', '반려묘', '개', '토끼', '햄스터', '앵무새', '페럿', '믹스', '믹스견', '믹스묘'],
  ...['암컷', '수컷', '중성화', '중성화 수컷', '중성화 암컷', '코리안숏헤어', '코숏', '페르시안', '러시안블루', '샴', '랙돌'],
  ...['스코티시폴드', '브리티시숏헤어', '먼치킨', '벵갈', '노르웨이숲', '터키시앙고라', '아비시니안', '샴고양이'],
  ...['푸들', '토이푸들', '비숑', '비숑프리제', '말티즈', '포메라니안', '치와와', '시츄', '닥스훈트', '웰시코기', '코기'],
  ...['프렌치불독', '불독', '퍼그', '슈나우저', '요크셔테리어', '진돗개', '진도', '시바', '시바견', '시바이누', '허스키'],
  ...['사모예드', '골든리트리버', '골든 리트리버', '리트리버', '래브라도', '래브라도 리트리버', '보더콜리', '비글', '스피츠'],
  ...['셰퍼드', '저먼셰퍼드', '잭러셀테리어', '코커스패니얼', '풍산개', '삽살개', '시고르자브종', '페키니즈', '파피용'],
]);

/** A label of the breed or the species, which says the record is an animal's whatever its value. */
const breedLabel = /^(?:breed|species|품종|견종|묘종|종류)[ \t]*[:：]/i;

/** A JSON record's next key naming its breed or species ({ "name": "두리", "breed": "시츄" }). */
const breedKeyAfterValue = /^"[ \t]*,[ \t]*"(?:breed|species|품종|견종)"/i;

/** Words that tell the scan to look at all: a species, a sex, a breed's label or key, in lower case for the pairs' gate. */
const gateWords = characterPairWords(
  ...['breed', 'species', 'canine', 'feline', 'dog', 'cat', 'puppy', 'kitten', 'retriever', 'terrier', 'poodle', 'shiba'],
  ...['품종', '견종', '암컷', '수컷', '중성화', '강아지', '고양이', '반려', '숏헤어', '코숏', '푸들', '비숑', '말티즈', '포메'],
  ...['시츄', '리트리버', '진돗개', '시바', '코기', '믹스', '치와와', '불독', '허스키', '닥스'],
);

/** How far past the name its description may run on the line. */
const descriptionReach = 80;

/** The opening mark and the first two items of the description after the name, on its line. */
function descriptionItems(text: string, end: number): { bracket: boolean; items: string[] } | undefined {
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + descriptionReach));
  const opened = /^[ \t]*(?:[(（·•|,/]|[-–—][ \t])[ \t]*/.exec(rest);
  if (opened === null) return undefined;
  const items = rest
    .slice(opened[0].length)
    .split(/[ \t]*[,，·•|/()（）][ \t]*/)
    .slice(0, 2);
  return { bracket: /[(（]/.test(opened[0]), items };
}

/** Whether an item is an animal's breed, species or sex, or a breed's label and its value. */
function isAnimalItem(item: string | undefined): boolean {
  return (
    item !== undefined &&
    (breedLabel.test(item) ||
      animalWords.has(
        item
          .toLowerCase()
          .replace(/[ \t]+/g, ' ')
          .trim(),
      ))
  );
}

/** Whether the finding's words are followed by an animal's breed, species or sex, or a record's breed key or label. */
function namesAnAnimal(text: string, finding: PiiFinding): boolean {
  if (breedKeyAfterValue.test(text.slice(finding.end, finding.end + 24))) return true;
  const description = descriptionItems(text, finding.end);
  if (description === undefined) return false;
  const [first, second] = description.items;
  // The first item, or in brackets the second after the name's spelling in Latin letters ("보리 (Bori, Maltese, F)").
  return isAnimalItem(first) || (description.bracket && /^[A-Za-z][a-z'-]{1,14}$/.test(first ?? '') && isAnimalItem(second));
}

/**
 * The findings that name no animal, in place when none does.
 *
 * @example
 * const found = [{ type: 'PERSON', start: 9, end: 16, text: 'Pickles', score: 0.7, recognizer: 'x' }];
 * withoutPetsNames('Patient: Pickles · canine, Labrador Retriever', found); // []
 */
export function withoutPetsNames(text: string, findings: PiiFinding[]): PiiFinding[] {
  if (findings.length === 0 || !mayHoldAnyWord(text, gateWords) || !petWordsTest.test(text)) return findings;
  return findings.some((finding) => namesAnAnimal(text, finding)) ? findings.filter((finding) => !namesAnAnimal(text, finding)) : findings;
}

/** The exact test after the pairs' gate. */
const petWordsTest =
  /breed|species|canine|feline|\b(?:dog|cat|puppy|kitten)\b|retriever|terrier|poodle|shiba|품종|견종|암컷|수컷|중성화|강아지|고양이|반려|숏헤어|코숏|푸들|비숑|말티즈|포메|시츄|리트리버|진돗개|시바|코기|믹스|치와와|불독|허스키|닥스/i;
