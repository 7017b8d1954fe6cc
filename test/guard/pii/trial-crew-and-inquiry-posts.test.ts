// What the fifty-fifth to fifty-seventh rounds of hand-written texts (clinical trials and laboratories; logistics and
// aviation; security operations and workplace investigations) showed about Korean names: the staff a trial's, an airline's,
// a customs broker's or an inquiry's papers name beside their posts, a crew's and a committee's titles after a name, and the
// speakers of a dispatch desk's, a support desk's, a security team's and a workplace chat's logs.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("trials, crews and inquiries: names beside their duty's posts", () => {
  test("a trial's, a lab's, a branch's and an inquiry's staff after the post, glued or not to its duty (ko, en)", () => {
    assertFound(
      [
        ['보고자: 시험책임자 남도윤 (신장내과) 직통 02-2072-4410', ['PERSON:남도윤']],
        ['작성 및 관리: 연구간호사 오채린\n최종확인: 2024-10-16', ['PERSON:오채린']],
        ['판독: 유전상담사 문하경 (genetics@lab.example)', ['PERSON:문하경']],
        ['승인: 대구지점장 배성진 / 총무팀 접수 2024-03-04', ['PERSON:배성진']],
        ['확인: 운항관리사 권도영 (OCC 02-2660-1100)', ['PERSON:권도영']],
        ['# 검토: 안전관리자 황민석 2024-01-17 / 당일 미운행', ['PERSON:황민석']],
        ['2024.01.16 ㈜한빛마켓 개인정보보호책임자 정유찬\n문의 privacy@hanbit.example', ['PERSON:정유찬']],
        ['담당 수사관: 경위 서지혁 (사무실 직통 02-6900-1200)', ['PERSON:서지혁']],
        ['(경비 진술: 보안요원 임태수)\n※ 영상 열람은 정보보호팀 입회 하에', ['PERSON:임태수']],
        ['요청자 재무팀 대리 최다인 / 승인 정보보호팀장 (서명)', ['PERSON:최다인']],
        ['2. 출석: 위원장 고상민, 위원 문채원·노준혁', ['PERSON:고상민', 'PERSON:문채원', 'PERSON:노준혁']],
        ['의뢰기관: 해오름의원 / 의뢰의: 진승민\n검체: 혈액', ['PERSON:진승민']],
        ['Principal investigator: Dr. Helen Okafor (Nephrology)', ['PERSON:Helen Okafor']],
        // The same posts before a word that names no one, or a name that does not end its field.
        ['시험책임자 확인 후 위원 구성은 3명으로 정함', []],
        ['보안요원 배치 현황 / 대리 수령 가능', []],
        ['위원장 선출 방법 안내', []],
        ['의뢰의 목적: 정밀검사 / 의뢰의 내용은 아래', []],
      ],
      'PERSON',
    );
  });

  test("a captain's, a detective's, a customs broker's and a committee member's title after a full name (ko, en)", () => {
    assertFound(
      [
        ['10월 10일 시뮬레이터센터에서 신동하 기장님과 진행됩니다.', ['PERSON:신동하']],
        ['마포서 강력팀 이준서 형사님이에요 010-2204-1100.', ['PERSON:이준서']],
        ['> 유재성 관세사 드림 · 02-2668-0000', ['PERSON:유재성']],
        ['5. 위원 의견: 한지우 위원 – 해고 / 박서진 위원장 – 재논의', ['PERSON:한지우', 'PERSON:박서진']],
        ['Captain Marcus Hale will brief the crew at 06:10.', ['PERSON:Marcus Hale']],
        // A county's, a committee's and a ledger's words before the same titles.
        ['부산 기장 지역 배송은 오늘 마감', []],
        ['운영위원 회의 / 감사 위원 명단 확정', []],
        // A first officer's title is no name of its own.
        ['Tanabe 부기장님 계정 잠겨서 초기화했어요', []],
      ],
      'PERSON',
    );
  });

  test("a crew's, a dispatch desk's, a support desk's and a security team's speakers, a department in brackets before the time (ko, en)", () => {
    assertFound(
      [
        [
          '정민호 기장: 3/14 턴 가져가실 분?\n오유진 부기장: 저요 저요.\n정민호 기장: 좋아요 신청 올릴게요',
          ['PERSON:정민호', 'PERSON:오유진', 'PERSON:정민호'],
        ],
        [
          '세종운수 배차 한수정: 수고하셨어요\n기사: 네 알겠습니다\n세종운수 배차 한수정: 다음 주도 부탁드려요',
          ['PERSON:한수정', 'PERSON:한수정'],
        ],
        ['[보안팀장 조현우] 오늘 방문자 4명입니다.\n[보안팀장 조현우] 넵 확인했습니다.', ['PERSON:조현우', 'PERSON:조현우']],
        [
          '상담원(공지민): 예약센터입니다.\n고객: 휠체어 신청하려고요.\n상담원(공지민): 생년월일 말씀해 주세요.',
          ['PERSON:공지민', 'PERSON:공지민'],
        ],
        [
          '곽민재 (정보전략팀) 10:02\n테스트 중인데 401 떨어져요\n백서윤 (진단검사의학과) 10:05\n새 키 받았어요\n백서윤 (진단검사의학과) 10:06\n지울게요',
          ['PERSON:곽민재', 'PERSON:백서윤', 'PERSON:백서윤'],
        ],
        ['Dispatch (Kerry): truck 14 is at the gate\nDriver: ok', ['PERSON:Kerry']],
        // A desk's notice in the same layouts names no one.
        ['[보안팀장 공지] 오늘 방문자 4명입니다.\n[보안팀장 공지] 출입증 회수 바랍니다.', []],
        ['상담원(공지사항): 안내드립니다.\n고객: 네', []],
        ['주간보고 (영업팀) 10:05\n이번 주 실적 공유드립니다', []],
      ],
      'PERSON',
    );
  });

  test("an inquiry's parties in a form's brackets, a duty signing after a slash or a bar, an author after a dash in a heading (ko, en)", () => {
    assertFound(
      [
        ['[피해자] 남궁민지 / 피해계좌 KB 283102-04-118562', ['PERSON:남궁민지']],
        ['작성자 Kevin Lim / 검토 오세훈\nStatus: Contained', ['PERSON:Kevin Lim', 'PERSON:오세훈']],
        ['정산팀 문지아 / 개발팀 협조 신동욱\n고객센터 1600-0000', ['PERSON:문지아', 'PERSON:신동욱']],
        ['건강검진 결과   | 제출 완료   | 인사 홍미진\n교육 일정   | 6/3 09시', ['PERSON:홍미진']],
        ['[보안팀 메모 — 노태희] 동일 수법 시도 이번 주 3건째.', ['PERSON:노태희']],
        ['[1차 검토 — 윤리경영팀 백수연]\n- 차량 소유자 조회는 불가', ['PERSON:백수연']],
        ['Reviewed by: Dana Whitlock / Approved: Omar Haddad', ['PERSON:Dana Whitlock', 'PERSON:Omar Haddad']],
        // The same layouts around a notice, a status or a year name no one.
        ['[피해자] 진술 내용 / 없음', []],
        ['보고서 / 검토 진행중\n다음 단계', []],
        ['[공지 — 보안정책 변경안내] 비밀번호 주기 변경', []],
      ],
      'PERSON',
    );
  });

  test('a row of a register after its record number, a witness before a team and title in brackets, a duty before a full name (ko, en)', () => {
    assertFound(
      [
        ['  · 등록번호 20931411 / 진미숙 / 2024-03-11 수술 / TI-41700', ['PERSON:진미숙']],
        ['| 2 | 11/20(수) 14:00 | 하은비 (공무팀 대리) | 참고인 | 010-8470-0000 |', ['PERSON:하은비']],
        ['작성자: 안전담당 류지오', ['PERSON:류지오']],
        ['| 2 | 11/20 14:00 | Ellen Marsh (QA team lead) | witness |', ['PERSON:Ellen Marsh']],
        // A register's order row, and a report in a team's brackets, name no one.
        ['- 주문번호 20240311 / 강남점 / 배송완료', []],
        ['월간보고 (영업팀 대리) 작성', []],
      ],
      'PERSON',
    );
  });

  test('a given name of the native word 가을 after its surname (ko)', () => {
    assertFound(
      [
        [
          '상담사 윤가을: 안녕하세요, 앱 상담 윤가을입니다\n고객: 안녕하세요\n상담사 윤가을: 불편 드려 죄송해요.',
          ['PERSON:윤가을', 'PERSON:윤가을', 'PERSON:윤가을'],
        ],
        ['운전자 문가을 (010-8842-0000)', ['PERSON:문가을']],
        // The season itself, before or after another word.
        ['올가을 신상품 안내, 이번 가을 날씨', []],
      ],
      'PERSON',
    );
  });

  test("a crew's ranks before a name, a ship's master greeted by rank, a name said again in capitals or before the copula (ko, en)", () => {
    assertFound(
      [
        [
          '근무표\n03/07 | YJ2601 | ICN-NRT | F/O Kenji Mori\n03/08 | YJ2602 | NRT-ICN | F/O Kenji Mori',
          ['PERSON:Kenji Mori', 'PERSON:Kenji Mori'],
        ],
        ['기장 변경 안내\nCAPT 남도현(사번 A30001) → CAPT 서재민(사번 A29000)', ['PERSON:남도현', 'PERSON:서재민']],
        ['Dear Capt. Moreno,\n\nPlease find below the crew change arrangements.', ['PERSON:Moreno']],
        [
          '상담원(공지민): 코스모항공 예약센터 공지민입니다.\n고객: 네\n상담원(공지민): 네 확인했습니다',
          ['PERSON:공지민', 'PERSON:공지민', 'PERSON:공지민'],
        ],
        [
          'Suman Rai: 계좌 국민은행 571802-04-000000 (SUMAN RAI)\n팀장: ok\nSuman Rai: 감사합니다',
          ['PERSON:Suman Rai', 'PERSON:SUMAN RAI', 'PERSON:Suman Rai'],
        ],
        // A rank before a word that is none's name, and a master greeted by rank alone.
        ['근무표 공지\nCAPT BRIEFING at 0700 / F/O TBD', []],
        ['Dear Captain,\nThe vessel will berth at 10:00.', []],
      ],
      'PERSON',
    );
  });
});
