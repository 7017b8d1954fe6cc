// The staff member a record names as having handled it, after the word for that duty and the desk, team or post they
// belong to: "처리자 인프라운영 변지석", "처리: IT서비스데스크 맹다인 / 2025-06-09", "담당 트레이너: 류건우", "기사: 여수센터 2조
// 표상훈", "주치의: 호흡기내과 단재성 교수"; a utility's log of calls taken, meter readers and bill servers sent ("21:42 | 수신
// 남도윤 | …", "검침원 여수민 배정", "출동자: 협력 송달원 진하람").
import type { PiiFinding } from '../types.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';

const recognizerName = 'korean-name-of-handler';

/**
 * The duty's word (who handled, took, checked, drove, treated), a colon or a blank, up to two words of a desk, a team or a post,
 * then the name, which ends its line or stands before a slash, a bracket, a comma, a word of address, a handover's arrow
 * ("작성 변하윤 → 인수 …"), a phone's mark or the time of a log's entry ("담당 전하린  ☎ …", "담당 윤다은 11:02") or the
 * copula with which a hotel's agent signs a chat off ("담당 직원 한소이였습니다").
 */
const nameAfterDuty =
  /(?<![가-힣])(?:처리자?|담당자?|접수자?|수신자?|확인(?:자|[ \t]?직원)?|검수자|검침원|(?:안전)?점검원|송달원|출동(?:자|(?=[ \t]*[:：]))|손해사정사|관세사|행정사|기사|당직자?|주치의|전공의|처방의(?:료인)?|당직의|보고자|작성자?|출력자|근무자|인수자|인계자|유도자)(?:[ \t]*[:：][ \t]*|[ \t]+)((?:[A-Za-z0-9가-힣]+[:：]?[ \t]+){0,4}?)([가-힣]{3,4})(?=[ \t]*(?:\r?$|[/),(\]|"→☎]|\d{1,2}:\d{2}(?!\d)|님|씨|교수|선생님|이모님|내선|호출|배정|였(?:습니다|어요)))/gm;
/**
 * The last syllables of a desk's, a team's or a post's word ("인사팀", "위탁기사", "점장", "세종2캠프"), a shift's or a
 * hotel's front desk, an engineer's side of a service, a loss adjuster's trade ("야간 프론트", "백엔드", "손해사정"), or a
 * Latin word or a number, perhaps after Hangul ("IT", "글로벌HR", "analyst").
 */
const unitWord =
  /(?:팀|파트|과|부|실|센터|데스크|운영|본부|지점|점|조|반|트레이너|마스터|매니저|대리|과장|주임|사원|선임|책임|직원|상담사|코치|강사|손해사정사|관리자|기사|검침원|송달원|점검원|캠프|장|야간|주간|프론트|프런트|백엔드|손해사정)[:：]?$|^[가-힣]{0,6}[A-Za-z0-9]+[:：]?$/;

/**
 * The Korean full names a record gives after a duty and the handler's desk or post.
 *
 * @example
 * findKoreanNamesOfHandlers('처리: 헬프데스크 나윤성').map((finding) => finding.text); // ['나윤성']
 */
export function findKoreanNamesOfHandlers(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  nameAfterDuty.lastIndex = 0;
  for (let match = nameAfterDuty.exec(text); match !== null; match = nameAfterDuty.exec(text)) {
    const name = match[2]!;
    const units = match[1]!.split(/[ \t]+/).filter((word) => word !== '');
    // The word next to the name says its post ("생산 관리자 소병철"); the words before it may be any desk's or field's.
    if ((units.length > 0 && !unitWord.test(units[units.length - 1]!)) || !isLikelyKoreanFullName(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
}
