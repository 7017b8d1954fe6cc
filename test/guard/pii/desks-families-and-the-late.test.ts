// What the sixty-first to sixty-third rounds of hand-written texts (dating apps, games and trust & safety; building sites
// and heavy industry; weddings, funerals, care homes and vets) showed about Korean names: a desk's or a team's staff who
// speak under a team's word, relatives who speak under their kinship, a group's members who answer with their figures,
// a one-to-one chat's heading, a site's posts in a chat's bracket, the late after 故, a wedding invitation's parents, the
// groom and the bride after 신랑은 and 신부는, and a sign-in sheet's rows split by dashes.
import { describe, test } from 'node:test';
import { assertPersons } from './pii-test-helpers.ts';

describe("desks, families and the late: Korean names by a chat's, an invitation's and a sheet's layout", () => {
  test("a team's or a desk's staff who speak twice, and a desk's foreign-named staff who introduce themselves (ko)", () => {
    assertPersons([
      ['운영팀 다온: 안녕하세요! 인증 문의 주셨죠?\n회원: 네 사진이 안 올라가요\n운영팀 다온: 다시 올려 주시겠어요?', ['다온', '다온']],
      ['설계3팀 남도윤: 노트북 MAC 주소 보내드릴게요\n보안팀: 네\n설계3팀 남도윤: 방금 보냈어요', ['남도윤', '남도윤']],
      ['QA헬프 기수민: 안녕하세요 무엇을 도와드릴까요?\n사용자: 로그인이 안돼요\nQA헬프 기수민: 계정 알려주세요', ['기수민', '기수민']],
      ['운영진 소담: 5기 가입 확인합니다\n회원: 넵\n운영진 소담: 불일치 2명 있어요', ['소담', '소담']],
      [
        '상담원 카밀라: 안녕하세요, 보안센터 카밀라입니다.\n고객: OTP 해제 문의요\n상담원 카밀라: 확인할게요',
        ['카밀라', '카밀라', '카밀라'],
      ],
      // A team's word before a word that names no one, and a given name that speaks once, are no speaker.
      ['운영팀 공지: 점검은 새벽 2시입니다\n회원: 네\n운영팀 공지: 점검 끝났습니다', []],
      ['개발팀 회의: 3시에 시작해요', []],
    ]);
  });

  test('relatives who speak under their kinship, and a coach under the title (ko)', () => {
    assertPersons([
      ['큰누나 정란: 사망신고는 내가 할게\n막내: 응 고마워\n큰누나 정란: 서류 챙겨놨어', ['정란', '정란']],
      ['태오 삼촌: 연금 정지 신청은 내가 했어\n조카: 네 고마워요\n태오 삼촌: 서류는 우편으로 온대', ['태오', '태오']],
      ['윤가람 감독: 다들 주민번호 보내줘요\n선수: 네', ['윤가람']],
      // A relative's word alone speaks for no one by name.
      ['큰누나: 사망신고는 내가 할게\n막내: 응', []],
    ]);
  });

  test("a group's members who answer once with their figures, where a named member talks (ko)", () => {
    assertPersons([
      [
        '나태민 감독: 상금 때문에 주민번호 필요해요\n구하람: 050512-3123456 / 국민 612901-01-123456\n방서윤: 030707-4123456',
        ['나태민', '구하람', '방서윤'],
      ],
      // A form's fields that read as full names never talk.
      ['정산일: 2025-01-05\n예식일: 2025-03-01\n빈소명: 3호실', []],
    ]);
  });

  test("a one-to-one chat's heading, and the turns its names open (ko)", () => {
    assertPersons([
      ['[카톡] 한빛케어센터 ↔ 르티화\n르티화: 국장님 안녕하세요 통장 바꿨어요\n국장: 네 확인했어요', ['르티화', '르티화']],
      ['[카톡] 프라카시 ↔ 총무 오재석\nPrakash: 총무님 감사해요\n총무: 응', ['프라카시', '오재석', 'Prakash']],
      // A firm's name on a side opens the chat's turns as a business does; a relative's word is no name.
      ['[카카오톡] 새벽인력 ↔ 현장 공무\n[새벽인력 실장] 내일 3명 보내요', []],
      ['[카톡] 엄마 ↔ 아빠\n엄마: 밥 먹었어?', []],
      // A trade's word that speaks for its side, and a place beside a post, name no one.
      ['[카톡] 출판사 정산팀 ↔ 작사가\n작사가: 감사합니다! 맞게 들어갔죠?', []],
      ['[카카오톡] 물류센터 안전팀 ↔ 현장 반장\n반장: 오늘 점검 끝났습니다', []],
    ]);
  });

  test("a Korean chat's speaker's full name in capitals, holding the speaker's word (ko)", () => {
    assertPersons([
      ['Dilnoza: 이름 영어로 DILNOZA RAKHIMOVA 예요\nDilnoza: 감사합니다!', ['DILNOZA RAKHIMOVA']],
      ['Sardor: 하나 620-118774-219 SARDOR ALIEV\nSardor: 감사합니다', ['SARDOR ALIEV']],
      // Capitals that hold no speaker's word are a code's or a notice's.
      ['Sardor: IMEI SIM CARD 등록했어요\nSardor: 감사합니다', []],
      // An English form's labels that head its lines are no speakers.
      ['Rental: ER-2410-0662\nRENTAL CONFIRMATION\nRental: extended', []],
    ]);
  });

  test("a site's posts before a full name in a chat's bracket (ko)", () => {
    assertPersons([
      ['[현장 공무 한수린] 이수증 없으면 출입 안돼요.', ['한수린']],
      ['[비계반장 도경태] 오늘은 제 카드로 결제할게요.', ['도경태']],
      ['[대한토건 경리 피소연] 10월 노무비 명세서입니다', ['피소연']],
      // A site's notice in a bracket names no one.
      ['[현장 공무 안내] 내일은 타설 작업이 있습니다.', []],
    ]);
  });

  test("the late after 故, a vet and a care home's doctor after the post, a site's engineer ending the field (ko)", () => {
    assertPersons([
      ['[부고]\n故 연태식님께서 향년 88세로 별세하셨습니다.', ['연태식']],
      ['고인: 故윤말순 (여, 1939.04.02 생)', ['윤말순']],
      ['확인: 촉탁의 모재훈', ['모재훈']],
      ['담당 수의사 길서하로부터 충분한 설명을 들었습니다.', ['길서하']],
      ['원청 확인: 공무 탁정우', ['탁정우']],
      // The posts that are everyday words name no one in a sentence.
      ['공무 수행 중 다쳤습니다. 재무 상태가 좋지 않습니다.', []],
    ]);
  });

  test("a wedding invitation's parents and the child who marries, the groom after 신랑은 (ko)", () => {
    assertPersons([
      ['송태현 · 마은숙 의 장남 도원\n편재호 · 故 한미령 의 차녀 서율', ['송태현', '마은숙', '도원', '편재호', '한미령', '서율']],
      ['신랑은 탁승현이고 010-9182-7364 입니다.', ['탁승현']],
      // The couple's words in an order of service name no one.
      ['신부 입장 후 신랑 입장 순서로 진행합니다. 신랑은 정장을 입습니다.', []],
      ['본사 · 지사 의 장남 역할', []],
    ]);
  });

  test("a name given after a desk's shorthand asks for it, or before a comma and the rest of the answer (ko)", () => {
    assertPersons([
      ['상담: 주소 확인됐어요.\n상담: 성함이랑 연락처요.\n고객: 어민재요. 번호는 문자로 드릴게요.', ['어민재']],
      ['직원: 고인 성함이랑 안치 위치 말씀해주세요.\n고객: 변정숙, 2관 3층 C-2201번이요.', ['변정숙']],
      // A desk's shorthand for other details asks for no name.
      ['상담: 주소랑 연락처요.\n고객: 범어동이요.', []],
    ]);
  });

  test("a care home's visitor log and a book of condolence money, people who gave together in one cell (ko)", () => {
    assertPersons([
      [
        '시간 | 면회객 | 어르신(호실) | 관계 | 연락처\n10:05 | 남궁도현 | 권말순(201) | 아들 | 010-5521-7730\n11:40 | 어진서, 어수빈(초4) | 어태식(207) | 손녀, 손자 | 010-3381-4402',
        ['남궁도현', '어진서', '어수빈', '어태식'],
      ],
      ['일시 | 입소자 | 면회자 | 관계\n11/11 14:00 | 변옥자 (302호) | 탁민호 | 아들', ['변옥자', '탁민호']],
      ['| 순번 | 성명 | 관계 | 금액 |\n|---|---|---|---|\n| 1 | 탁은솔·탁지후 | 이웃 | 100,000 |', ['탁은솔', '탁지후']],
      // A church's volunteers in the visitors' column, and firms that gave together, name no one.
      ['시간 | 면회객 | 관계\n14:30 | 은혜교회 봉사팀 6명 | 봉사', []],
      ['| 순번 | 성명 | 금액 |\n|---|---|---|\n| 1 | 한빛상사·대한물산 | 300,000 |', []],
    ]);
  });

  test("a sign-in sheet's rows that open with a full name before a dash (ko)", () => {
    assertPersons([
      ['1. 엄태희 — 1994.03.02 — 신규 — (서명)\n2. 구민철 — 1987.11.12 — 경력 — (서명)', ['엄태희', '구민철']],
      // A row of a plan opens with no name.
      ['1. 안전교육 — 2025.03.02 — 필수', []],
    ]);
  });
});
