// What the fifty-eighth to sixtieth rounds of hand-written texts (fintech and brokerage; food, farms and fisheries;
// migrants' and embassies' services) showed about Korean names: a service's staff beside their post ("고객지원 …",
// "근로감독관 …", "(봉사자 …)", "… 방역관입니다"), chat speakers by a role in capitals or after a log's time ("PB …:", "15:03
// 상담사 …:"), migrants' names in Hangul that speak and are called by others, a family's children by their order ("장남",
// "차녀"), and an open-banking request's customers ("req_client_name=…"); and the fields, desks and roles that look alike.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("service staff, chat speakers and children by order: Korean names beside a post, a role or a family's word", () => {
  test("a service's staff after or before the post (ko), and the same words heading fields", () => {
    assertFound(
      [
        ['콜드체인 고객지원 여다솜 | help@example.kr', ['PERSON:여다솜']],
        ['커밋 작성자: 개발자 곽도윤 (GitHub: dy-kwak)', ['PERSON:곽도윤']],
        ['From: 글로벌데스크 탁서윤\n서류 감사합니다.', ['PERSON:탁서윤']],
        ['참석: 근로감독관 명재훈, 진정인 본인', ['PERSON:명재훈']],
        ['출력 09:10 / 임상영양사 하지민', ['PERSON:하지민']],
        ['담당 영사 편동우가 병원을 방문했습니다.', ['PERSON:편동우']],
        ['선원 급여: 기관장 봉석진 1,200,000원', ['PERSON:봉석진']],
        ['(봉사자 옥서린) 할머니 안녕하세요, 예약 잡았어요', ['PERSON:옥서린']],
        ['[intake note / caseworker 남지유]', ['PERSON:남지유']],
        ['03/02 14:20 상담 천수아 — 서류 안내', ['PERSON:천수아']],
        ['접수: 산업팀 담당 구하준 / 접수일 2025.03.04', ['PERSON:구하준']],
        ['[상담 메모 — 반포센터, 작성 권서우 PB, 2024-10-02]', ['PERSON:권서우']],
        ['영암군 가축방역팀 마준서 방역관입니다. 접종 기간 안내드립니다.', ['PERSON:마준서']],
        // The same words head fields, notes and requests with no one's name.
        ['퇴원 상담 원하심\n보호자 면회 예정', []],
        ['담당 부서 확인 후 연락드립니다. 작성 요령은 첨부 참고', []],
        ['고객지원 센터 운영시간 09:00~18:00', []],
      ],
      'PERSON',
    );
  });

  test("a chat's speaker after a role in capitals or a log's time (ko), and a desk that speaks as such", () => {
    assertFound(
      [
        ['PB 진서하: 안녕하세요 고객님, 담보비율 안내드려요.\n고객: 네 말씀하세요', ['PERSON:진서하']],
        ['15:03 상담사 유나: 안녕하세요 상담사 유나입니다.\n15:04 고객: 네 OTP 재설정이요', ['PERSON:유나', 'PERSON:유나']],
        ['RA 하윤: 방은 612호예요!\nAhmed: thank you', ['PERSON:하윤', 'PERSON:Ahmed']],
        [
          '통역 Dara: 사장님, 계좌 다시 보내드릴게요\n사장 배영수: ㅇㅋ\n통역 Dara: 네 감사합니다',
          ['PERSON:Dara', 'PERSON:배영수', 'PERSON:Dara'],
        ],
        // A desk's or a shop's own voice names no one.
        ['CS: 안녕하세요 고객님, 문의 주셔서 감사합니다.\n고객: 네', []],
        ['15:03 상담사: 안녕하세요 무엇을 도와드릴까요?\n15:04 고객: 환불이요', []],
      ],
      'PERSON',
    );
  });

  test('a migrant who speaks under a name no list holds, called by it in another turn (ko)', () => {
    assertFound(
      [
        [
          '쿠앙: 안녕하세요 선생님 월급을 못 받았어요\n상담사 우지민: 안녕하세요 쿠앙씨. 회사 이름 알려주세요\n쿠앙: 대성정밀이에요',
          ['PERSON:쿠앙', 'PERSON:우지민', 'PERSON:쿠앙', 'PERSON:쿠앙'],
        ],
        [
          '김 블라디미르: 타냐 안녕 ㅎㅎ 은행에서 뭐 물어봐요\n타냐: 블라디미르, 통장 사진 있어요?\n김 블라디미르: 네 보낼게요',
          ['PERSON:김 블라디미르', 'PERSON:타냐', 'PERSON:타냐', 'PERSON:김 블라디미르'],
        ],
        // A party's or a bot's word speaks and is written again, but no one calls it so.
        ['행정사: 네 받았습니다.\n고객: 행정사님, 서류 보내드려요\n행정사: 확인했어요', []],
        ['후원자: 후원하려고요.\n상담원: 후원자님 성함이요?\n후원자: 네 알려드릴게요', []],
        ['통화: 2024-10-22 18:47 / 발신번호 비공개\n발신자: (통화 종료)', []],
      ],
      'PERSON',
    );
  });

  test('a friend who speaks once in a group chat of named friends, written again by another (ko)', () => {
    assertFound(
      [
        [
          '총무 보람: 회비 걷어요~\n시우: 입금 완료!\n보람: ㅇㅋ 시우 확인함\n태민: 나도 보냈어\n보람: 태민 확인~',
          ['PERSON:보람', 'PERSON:시우', 'PERSON:보람', 'PERSON:시우', 'PERSON:태민', 'PERSON:보람', 'PERSON:태민'],
        ],
        // A field's label in a form is no friend, though the word is written again.
        ['상태: 실사용 1년 반\n가격: 38만원\n바퀴 상태 좋아요', []],
      ],
      'PERSON',
    );
  });

  test("a family's children by their order and a grandchild (ko), and the words in other senses", () => {
    assertFound(
      [
        ['가족: 배우자 한정미, 장남 도현우(법인 대표), 차녀 도가린(미국 거주)', ['PERSON:한정미', 'PERSON:도현우', 'PERSON:도가린']],
        ['- 손자 반도윤 미성년 계좌 개설 원함', ['PERSON:반도윤']],
        ['장남 결혼식이 다음 달이에요', []],
        ['차남 장학금 신청서 제출', []],
      ],
      'PERSON',
    );
  });

  test("an open-banking request's customers in a debug log or a payload (en, ko)", () => {
    assertFound(
      [
        ['req.tran_amt=250000\nreq.req_client_name=마서윤\nreq.req_client_bank_code=088', ['PERSON:마서윤']],
        ['{"tran_amt":"150000","req_client_name":"Daniel Ortega","recv_client_name":"유하람"}', ['PERSON:Daniel Ortega', 'PERSON:유하람']],
        // The request's own codes and amounts are no one's name.
        ['req.req_client_bank_code=088\nreq.tran_amt=250000', []],
      ],
      'PERSON',
    );
  });

  test("a helper's, a colleague's or a relative's name in Latin letters after the Korean word (ko), not a tool or a language", () => {
    assertFound(
      [
        ['비상 연락: 010-2039-8841 (동료 Rakib)', ['PERSON:Rakib']],
        ['대리수령: 룸메이트 Nurlan, 010-9482-3106', ['PERSON:Nurlan']],
        ['방 배정 완료 (룸메이트 Tran Van Khoa)', ['PERSON:Tran Van Khoa']],
        ['상담원: 권나래 / 크메르어 통역: Sophal (원격)', ['PERSON:권나래', 'PERSON:Sophal']],
        ['연락처 010-3382-7165 (본인), 형 Tariq +967 77 148 2290', ['PERSON:Tariq']],
        ['통역인 Nimali Fernando (센터 등록 통역)', ['PERSON:Nimali Fernando']],
        ['상담자 남궁혜린, 통역 Oyunaa (몽골어)', ['PERSON:남궁혜린', 'PERSON:Oyunaa']],
        ['통역: Zoom (원격)', []],
        ['동생 Galaxy (새 폰) 샀어요', []],
      ],
      'PERSON',
    );
  });

  test("a relief fund's recipients under their column, a helpline's counsellor and interpreter keys (en, ko)", () => {
    assertFound(
      [
        [
          '번호 | 수급자 | 국적 | 금액\n1 | Sok Dara | 캄보디아 | 500,000\n2 | 엄태정 | 한국 | 300,000',
          ['PERSON:Sok Dara', 'PERSON:엄태정'],
        ],
        ['{"counsellor": "하예솔", "interpreter": "Malee Srisuk", "language": "th"}', ['PERSON:하예솔', 'PERSON:Malee Srisuk']],
        ['{"counsellor": "none", "interpreter": "th"}', []],
      ],
      'PERSON',
    );
  });

  test("a name as a bank transfer shows its sender (ko), and a depositor's field filled with no one's name", () => {
    assertFound(
      [
        ['입금자명은 문하린으로 해주세요. 매장 번호는 02-797-3315입니다.', ['PERSON:문하린']],
        ["입금자 '탁세윤'으로 돈 들어왔어요.", ['PERSON:탁세윤']],
        ["나 토스로 보냈는데 '연지호'로 떴을 거야", ['PERSON:연지호']],
        ['입금자명은 주문번호로 해주세요', []],
        ["'홍보팀'으로 검색하세요", []],
      ],
      'PERSON',
    );
  });

  test("a child named in the bracket of a parent's speaker label (ko), and a parent who gives their own name", () => {
    assertFound(
      [
        [
          '담임 연가람: 신청서 확인했어요.\n메이(도하율 엄마): 선생님 안녕하세요~\n담임 연가람: 네\n메이(도하율 엄마): 감사합니다',
          ['PERSON:연가람', 'PERSON:도하율', 'PERSON:연가람', 'PERSON:도하율'],
        ],
        [
          '08:12 류지안(하은 엄마): 선생님 안녕하세요\n08:13 보건교사: 네 어머님\n08:15 류지안(하은 엄마): 감사해요',
          ['PERSON:류지안', 'PERSON:하은', 'PERSON:류지안', 'PERSON:하은'],
        ],
      ],
      'PERSON',
    );
  });

  test('a name in capitals from a crew list written again in the note below it (en, ko)', () => {
    assertFound(
      [
        [
          '| 직책 | 성명 | 연락처 |\n| 갑판원 | BUDI HARTONO | 010-2284-7903 |\n\nBUDI HARTONO은 여권으로 대신합니다.',
          ['PERSON:BUDI HARTONO', 'PERSON:BUDI HARTONO'],
        ],
        [
          'Room | Resident | Phone\nA | NGUYEN VAN DUC | 010-2218-4490\n\nWi-Fi devices:\n  NGUYEN VAN DUC — A8:9C:ED:4F:21:7B',
          ['PERSON:NGUYEN VAN DUC', 'PERSON:NGUYEN VAN DUC'],
        ],
      ],
      'PERSON',
    );
  });
});
