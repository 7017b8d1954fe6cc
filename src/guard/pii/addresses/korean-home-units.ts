// A home's building and unit said alone where the person says it is theirs ("저희 집은 905동 1201호입니다", "동호수 빠졌네요
// 103동 1104호", "저는 202호예요"), or where a leak's claim names the household it damaged ("피해세대: 104동 803호", "아래층
// 세대(203동 1604호)"), or whose resident a report speaks of ("103동 1502호 거주자"): the rest of the address is given elsewhere or known to both, and the unit still says where someone
// lives.
import { createFinding } from '../recognizers/create-finding.ts';
import type { PiiFinding } from '../types.ts';

const recognizerName = 'korean-home-unit';
/**
 * A home's words or a damaged household's, then the unit: a building and a unit ("905동 1201호"), or a flat's unit of three or four digits alone
 * ("202호"); not a bus line, a room of a hospital or a counter's number (호선, 호실, 호차, 호기); or a building and a unit
 * before its resident's word ("103동 1502호 거주자", "…에 사는"; a management office's 입주민 and 세대주 name a household on its
 * books, no home given away).
 */
const homeUnit =
  /(?:(?:저희|우리)[ \t]*집은|(?<![가-힣])집은|(?<![가-힣])댁은|(?<![가-힣])저는|동호수[^\n\d]{0,12}?|(?:피해|가해|아래층|위층|윗층|윗집|아랫집)[ \t]?세대[ \t]*[:：(]?)[ \t]*((?:\d{1,4}동[ \t]?\d{1,5}|\d{3,4})호)(?![0-9선실차기점])|(?<![\d가-힣-])(\d{1,4}동[ \t]?\d{1,5}호)(?=[ \t]*(?:거주자|거주민|에[ \t]*(?:사는|살고|거주)))/g;

/**
 * @example
 * findKoreanHomeUnits('저희 집은 905동 1201호입니다')[0]?.text; // '905동 1201호'
 */
export function findKoreanHomeUnits(text: string): PiiFinding[] {
  if (!text.includes('호')) return [];
  const found: PiiFinding[] = [];
  homeUnit.lastIndex = 0;
  for (let match = homeUnit.exec(text); match !== null; match = homeUnit.exec(text)) {
    const unit = match[1] ?? match[2]!;
    const start = match.index + match[0].length - unit.length;
    found.push(createFinding({ type: 'ADDRESS', text: unit, start, score: 0.7, recognizer: recognizerName }));
  }
  return found;
}
