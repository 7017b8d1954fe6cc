// A card's expiry date a Korean caller gives as a year and a month, in digits or in digit words, when the agent asked for it
// ("유효기간은요?" / "이구년 삼월이요. 그러니까 29년 3월"): no slash marks it, the question does.

/**
 * A year of two digits or two digit words (이구, 삼공) or four digits, 년, then a month in digits or words (삼월, 유월,
 * 시월, 십이월); not a full date, whose day follows ("29년 3월 5일" is a birthday or an appointment).
 */
const yearAndMonth =
  /(?<![가-힣\d])(?:20\d\d|\d\d|[공영일이삼사오육칠팔구]{2})년[ \t]*(?:1[0-2]|0?[1-9]|십[일이]|[일이삼사오육칠팔구]|시|유)월(?![ \t]*[\d일이삼사오육칠팔구십]{1,3}일)/g;

/**
 * Each year and month in `words`, an answer's words, as spans of them.
 *
 * @example
 * koreanSpokenExpiries('이구년 삼월이요. 그러니까 29년 3월').map((span) => span.text); // ['이구년 삼월', '29년 3월']
 * koreanSpokenExpiries('29년 3월 5일이요'); // []
 */
export function koreanSpokenExpiries(words: string): Array<{ start: number; text: string }> {
  const spans: Array<{ start: number; text: string }> = [];
  yearAndMonth.lastIndex = 0;
  for (let match = yearAndMonth.exec(words); match !== null; match = yearAndMonth.exec(words))
    spans.push({ start: match.index, text: match[0] });
  return spans;
}
