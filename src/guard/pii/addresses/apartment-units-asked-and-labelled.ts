// A Korean apartment's building and unit where a form or a chat asks for them: a defects form's "Unit: 207동 1504호" under
// its "Complex: …" line, or a user's answer to a bot that asked for the complex and the 동·호수 ("김해 율하 푸른숲 2차 113동 502호").
// The complex's name and the unit say where someone lives, though no city or road is given.
import { createFinding } from '../recognizers/create-finding.ts';
import type { PiiFinding } from '../types.ts';

const recognizerName = 'apartment-unit-asked';

/** A building and a unit ("207동 1504호"), not a bus line, a room or a car (호선, 호실, 호차). */
const buildingAndUnit = String.raw`\d{1,4}동[ \t]?\d{1,5}호(?![0-9선실차기])`;

/**
 * A unit's label and its building and unit, ending its line ("Unit: 207동 1504호", "동·호수: 113동 502호"), read under a complex's
 * line only.
 */
const unitLine = new RegExp(
  String.raw`(?:^|\n)[ \t]*[-•*]?[ \t]*(?:Unit|UNIT|Apt|Apartment|동[ \t]*[·ㆍ/]?[ \t]*호수?|호수|세대)[ \t]*[:：][ \t]*(${buildingAndUnit})(?=[ \t]*(?:\r?\n|$))`,
  'g',
);
/** The complex's label and name on the line right above a unit's line ("Complex: Songdo Harbor View 2단지\n"). */
const complexLineAbove =
  /(?:^|\n)[ \t]*[-•*]?[ \t]*(?:Complex|COMPLEX|Apartment complex|단지명?|아파트명?)[ \t]*[:：][ \t]*([^\n:：@]{2,40}?)[ \t]*\r?\n$/;
const complexReach = 64;

/** A question that asks for the building and the unit ("단지명과 동·호수를 입력해 주세요", "동 호수 알려주세요"). */
const unitQuestion = /동[ \t]*[·ㆍ/]?[ \t]*호수|동호수/;
/**
 * The answer on the next line, after its speaker perhaps: a complex's place and name, then the building and the unit,
 * ending the line ("사용자: 김해 율하 푸른숲 2차 113동 502호").
 */
const answerLine = new RegExp(
  String.raw`^(?:[^\n:：]{1,12}[:：])?[ \t]*((?:[가-힣A-Za-z0-9]{1,16}[ \t]){0,5}${buildingAndUnit})[ \t]*(?:\r?\n|$)`,
);

/**
 * A word of the answer that no place's name is: a syllable alone, the question's own word, or a word that ends a clause
 * ("아 동호수 빠졌네요 103동 1104호").
 */
const notPlaceWord = /^(?:[가-힣]|.*동[ \t]*[·ㆍ/]?[ \t]*호수.*|.*(?:요|다|죠|니다))$/;

/**
 * Where the answer's place starts: after its last word that is no place's, before the building's number; the complex's
 * place and name, then the building and the unit.
 */
function placeStartIn(answer: string): number {
  let start = 0;
  const word = /[^ \t]+/g;
  for (let match = word.exec(answer); match !== null && !/^\d{1,4}동/.test(match[0]); match = word.exec(answer))
    if (notPlaceWord.test(match[0])) start = word.lastIndex;
  while (answer.charCodeAt(start) === 0x20 || answer.charCodeAt(start) === 0x09) start += 1;
  return start;
}

/**
 * @example
 * findApartmentUnitsAskedAndLabelled('Complex: 한빛마을 3단지\nUnit: 207동 1504호').map((f) => f.text); // ['한빛마을 3단지', '207동 1504호']
 */
export function findApartmentUnitsAskedAndLabelled(text: string): PiiFinding[] {
  if (!text.includes('동') || !text.includes('호')) return [];
  const found: PiiFinding[] = [];
  unitLine.lastIndex = 0;
  for (let match = unitLine.exec(text); match !== null; match = unitLine.exec(text)) {
    const unit = match[1]!;
    const unitStart = match.index + match[0].length - unit.length;
    const lineStart = match.index + (text.charCodeAt(match.index) === 0x0a ? 1 : 0);
    const complex = complexLineAbove.exec(text.slice(Math.max(0, lineStart - complexReach), lineStart));
    // A unit's line alone ("세대: 112동 1504호" on the complex's own repair slip) is read as the writers of such slips leave it.
    if (complex === null) continue;
    const name = complex[1]!;
    const nameStart = lineStart - complex[0].length + complex[0].indexOf(name, complex[0].search(/[:：]/));
    found.push(createFinding({ type: 'ADDRESS', text: name, start: nameStart, score: 0.6, recognizer: recognizerName }));
    found.push(createFinding({ type: 'ADDRESS', text: unit, start: unitStart, score: 0.7, recognizer: recognizerName }));
  }
  for (let question = text.search(unitQuestion); question !== -1;) {
    const lineEnd = text.indexOf('\n', question);
    if (lineEnd === -1) break;
    const answer = answerLine.exec(text.slice(lineEnd + 1, lineEnd + 1 + 96));
    if (answer !== null) {
      const whole = answer[1]!;
      const value = whole.slice(placeStartIn(whole));
      const start = lineEnd + 1 + answer[0].indexOf(whole) + whole.length - value.length;
      found.push(createFinding({ type: 'ADDRESS', text: value, start, score: 0.7, recognizer: recognizerName }));
    }
    const next = text.slice(lineEnd + 1).search(unitQuestion);
    question = next === -1 ? -1 : lineEnd + 1 + next;
  }
  return found;
}
