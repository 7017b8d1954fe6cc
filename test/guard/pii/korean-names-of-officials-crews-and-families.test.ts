// What the sixty-fourth to the sixty-sixth rounds of hand-written texts (public services; recruitment and payroll; hotels,
// travel and beauty) showed about Korean names: an official, a clerk or a company's director after the post, a record's
// writer or handler after a shift's or a desk's words, speakers with a title or a kinship after the name or a team before
// it, a day labour office's crew list, a family's members before their registration numbers, an answer that goes on past
// the name, a booking system's staff in JSON; and the same layouts holding no name.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("officials, crews and families: Korean names after posts, in crews' lists and before registration numbers", () => {
  test("an official's, a clerk's or a director's name after the post (ko); the post before no name", () => {
    assertFound(
      [
        ['[방문조사]\n국민연금공단 진주지사 조사원 노하린 / 2024.03.11 14:00 가정방문', ['PERSON:노하린']],
        ['상담일: 2024.05.02 / 상담: 법원사무관 진소라\n\n원고: 채민성', ['PERSON:진소라', 'PERSON:채민성']],
        ['4. 신청인: 사무원 변다희\n   연락처: 010-4471-2093', ['PERSON:변다희']],
        ['대표이사 저 권하늘, 사내이사 국태윤, 감사 권민호(저희 삼촌)요.', ['PERSON:권하늘', 'PERSON:국태윤', 'PERSON:권민호']],
        ['면담일: 2025-04-01 / 면담자: HRBP 서지안 / 대상자: 연구원', ['PERSON:서지안']],
        ['조사관: 강남경찰서 교통조사계 경위 문하준\n용도: 보험사 제출용', ['PERSON:문하준']],
        // The same posts as everyday words, before no name.
        ['사고 경위 설명 부탁드립니다. 감사 인사를 드립니다.', []],
        ['사무원 모집 공고, 사내이사 선임의 건, 조사원 교육 일정', []],
      ],
      'PERSON',
    );
  });

  test("a record's writer or handler after a shift's or a desk's words (ko); a duty before no name", () => {
    assertFound(
      [
        ['[인수인계 — 야간 → 주간 / 작성: 야간 프론트 문태호]', ['PERSON:문태호']],
        ['[프런트 인수인계] (작성 하은서 → 인수 장도현)', ['PERSON:하은서', 'PERSON:장도현']],
        ['보고번호: AC-2024-118 / 작성: 영업소장 노진혁\n\n1. 사고 차량', ['PERSON:노진혁']],
        ['[보험사 기재란] 대표 02-3700-5800 / 담당 손해사정 구민재', ['PERSON:구민재']],
        ['| 룸서비스 07:00, 2인 | 담당 야간 서도윤\n', ['PERSON:서도윤']],
        ['심사센터 심사2부  담당 한지우  ☎ 국번없이 1355', ['PERSON:한지우']],
        ['보호자 번호로 수동 발송함 — 담당 윤하린 11:02', ['PERSON:윤하린']],
        ['기타 문의는 대표번호로 연락 주세요. 담당 직원 오소희였습니다 :)', ['PERSON:오소희']],
        ['담당 부서 11:00 회의, 작성 요령 → 첨부', []],
      ],
      'PERSON',
    );
  });

  test('a speaker with a title or a kinship after the name, or a team before a full name (ko)', () => {
    assertFound(
      [
        ['나: 수고 많으셨어요!\n한보람 사무장: 보통 2~3일 걸려요.\n나: 네', ['PERSON:한보람']],
        ['보호자: 안녕하세요 선생님~\n성북장애인복지관 진하온 사회복지사: 네 맞습니다. 첫 주는 같이 가요.', ['PERSON:진하온']],
        ['민서 언니: 고지서 왔어?\n나: 응 왔어\n민서 언니: 그냥 온라인으로 해.', ['PERSON:민서', 'PERSON:민서']],
        [
          '도재원: 중간정산 가능한가요?\n노무팀 성하늬: 네 가능해요.\n도재원: 감사합니다\n노무팀 성하늬: 신청서 올려주세요.',
          ['PERSON:도재원', 'PERSON:성하늬', 'PERSON:도재원', 'PERSON:성하늬'],
        ],
        // A relative's word or a team's notice speaks, no name.
        ['큰 언니: 왔어?\n나: 응\n우리 언니: 네', []],
        ['고객: 문의요\n운영팀 공지사항: 점검 안내\n고객: 네\n운영팀 공지사항: 점검 끝', []],
      ],
      'PERSON',
    );
  });

  test("a day labour office's crew list with each worker's trade in brackets (ko); a menu of the same layout", () => {
    assertFound(
      [
        [
          '■ 현장: 물류센터 신축\n 1. 모경철 (형틀 조공) 일당 170,000 / 반장 차량 동승\n 2. 천도욱 (잡부) 150,000 / 개인차량',
          ['PERSON:모경철', 'PERSON:천도욱'],
        ],
        ['메뉴\n1. 한우국 (특) 15,000\n2. 정식 (2인) 20,000\n3. 강정 (소) 8,000', []],
      ],
      'PERSON',
    );
  });

  test("a family's members before their registration numbers, an elder's old-fashioned name too (ko); a relative's word alone", () => {
    assertFound([
      [
        '- 배우자: 한도윤 (881130-1095420)\n- 시어머니: 김말순 (540712-2013941)',
        ['PERSON:한도윤', 'RRN:881130-1095420', 'PERSON:김말순', 'RRN:540712-2013941'],
      ],
      ['[모] 오세린   주민등록번호 900718-2265418', ['PERSON:오세린', 'RRN:900718-2265418']],
      ['> 세무사님, 확인했습니다.\n> 한도윤 830112-1533078 (지급액 1,500,000)', ['PERSON:한도윤', 'RRN:830112-1533078']],
      // What the number is for, before it: no name.
      ['신고용 880405-1098231\n단체보험 가입용 주민번호 990317-1846205', ['RRN:880405-1098231', 'RRN:990317-1846205']],
      ['배우자 주민번호: 880405-1098231\n신청인 본인 (880405-1098231)', ['RRN:880405-1098231', 'RRN:880405-1098231']],
    ]);
  });

  test('an answer that gives the full name and goes on to the details asked for (ko); one that gives no name', () => {
    assertFound(
      [
        ['관리사무소: 신고하신 분 성함과 연락처 부탁드려요.\n입주민: 석재희고요 입주 3년 됐어요', ['PERSON:석재희']],
        ['상담원: 본인 확인을 위해 성함과 가입 이메일 부탁드립니다.\n회원: 안도준이고 이메일은 회사 거예요', ['PERSON:안도준']],
        ['상담원: 성함과 연락처 부탁드려요.\n고객: 예약자고요 번호는 몰라요', []],
      ],
      'PERSON',
    );
  });

  test("a consultant's, a clerk's or a candidate's title after the name, an elder sibling before it (ko); the same words alone", () => {
    assertFound(
      [
        ['작성: 인재채움 노하은 컨설턴트 / 2025-03-18', ['PERSON:노하은']],
        ['> 회신 (영사 민원실 주하람 실무관): 확인했습니다.', ['PERSON:주하람']],
        ['Subject: [평판조회] 강도현 후보자 일정 안내', ['PERSON:강도현']],
        ['국내 비상연락처: 누나 황보민 +82 10-6637-2180', ['PERSON:황보민']],
        ['전담 컨설턴트 배정, 실무관 채용, 최종 후보자 명단', []],
        ['누나 차에서 봐\n오빠 한정식 먹으러 가자\n언니 결혼식 언제야', []],
        ['동생: 언니 나 미국 세금보고 때문에 물어보는데', []],
      ],
      'PERSON',
    );
  });

  test('a given name called after an "uh" or an "oh", and a host\'s given name in an English thread\'s label (ko, en)', () => {
    assertFound(
      [
        ['아빠: 어 은지야, 주민센터 왔는데 위임장이 있어야 된다네\n나: 응 알았어', ['PERSON:은지']],
        [
          'Host 지훈: Hi Sofia! Check-in is from 4pm.\nSofia: thanks!\nHost 지훈: 네 괜찮아요 :)',
          ['PERSON:지훈', 'PERSON:Sofia', 'PERSON:Sofia', 'PERSON:지훈'],
        ],
        // An interjection before a word that ends in 야, and a host's notice.
        ['아 진짜야?\n어 여기야\n응 그래야지', []],
        ['Host 안내: 체크인 4시\nGuest: ok\nHost 안내: 체크아웃 11시', []],
      ],
      'PERSON',
    );
  });

  test("a child's name before the full age in years (ko); an age limit after a word", () => {
    assertFound(
      [
        ['17:13 내용: 아동 남궁도윤(만 6세) 놀이터에서 보이지 않음', ['PERSON:남궁도윤']],
        ['대상: 만 65세 이상, 청소년 만 19세 미만, 회원 (만 14세 이상)', []],
      ],
      'PERSON',
    );
  });

  test('a Vietnamese surname alone before 씨 or 님 (ko); the same syllables opening other words', () => {
    assertFound([
      ['반장: 응우옌 씨 폰은 010-6624-9031. 한국말 잘 해요', ['PERSON:응우옌', 'PHONE:010-6624-9031']],
      ['서류는 호앙님께 전달했습니다', ['PERSON:호앙']],
      ['응원 씨앗 나눔, 응우옌 쌀국수 포장', []],
    ]);
  });

  test("a search firm's referee, and a booking system's staff in JSON (ko, en); a key that names no person", () => {
    assertFound(
      [
        ['조사자: 하윤서 (서치펌) / 레퍼리: 이상국 (후보자 전 직장 CFO)', ['PERSON:하윤서', 'PERSON:이상국']],
        ['{"counselor_id": "C-0412", "counselor_name": "엄소희", "slot": "2024-12-03T21:00"}', ['PERSON:엄소희']],
        ['{"staff_name": "Emily Park", "room": "1203"}', ['PERSON:Emily Park']],
        ['{"counselor_id": "C-0412", "slot": "2024-12-03T21:00", "room_name": "상담실"}', []],
      ],
      'PERSON',
    );
  });
});
