// What the forty-fifth and forty-sixth rounds of hand-written texts (money; schools, universities and families) showed
// of names: relatives before a full name in a family's accounts, a school's and a foundation's staff before theirs, a
// workplace chat's Korean time before its speaker, and the words of fraud reports and schools that read like names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("relatives, schools' staff and chats' times", () => {
  test('a relative before a full name, with no particle between (ko)', () => {
    assertFound(
      [
        [
          "수익자가 '법정상속인'으로 되어 있어 어머니 심말순, 남동생 황보준기와 저 셋이 상속인입니다.",
          ['PERSON:심말순', 'PERSON:황보준기'],
        ],
        ['형제별 분담\n - 큰오빠 명재훈: 11/5 입금 완료\n - 막내 명재욱: 아직', ['PERSON:명재훈', 'PERSON:명재욱']],
        ['데리러 가는 차는 흰색 쏘렌토이고 외삼촌 황보영철이 운전해요.', ['PERSON:황보영철']],
        // The relative as the sentence's object or subject names no one after it.
        ['현재 실업급여로 아이 둘과 어머니를 부양하고 있어 상환이 어렵습니다.', []],
        ['막내 동생이 이번 달 생활비를 보냈어요.', []],
      ],
      'PERSON',
    );
  });

  test("a school's, a foundation's and a fraud file's people (ko), and the English forms beside them", () => {
    assertFound(
      [
        ['상담이 6월 3일(월) 16:00로 잡혔어요. - 상담교사 한수정', ['PERSON:한수정']],
        ['재단 사무국: 02-3481-7720\n이사장 민경태 (직인 생략)', ['PERSON:민경태']],
        ['연구실: 제3공학관 417호 (지도교수 하경민)', ['PERSON:하경민']],
        ['- 712호: 목 10:00~12:00 (CSE4102 면담, 담당 오세진 조교)', ['PERSON:오세진']],
        ["경위: 13:05경 '서울중앙지검 김태준 수사관'이라는 남성에게 전화 받음", ['PERSON:김태준']],
        // A sign-off before a desk's number on its line.
        ['가맹점 확인에 최대 45일 소요됩니다.\n해외카드센터 차유림 드림 / 1588-8100', ['PERSON:차유림']],
        ['Supervisor: Prof. Grace Hollis (lab 417)', ['PERSON:Grace Hollis']],
      ],
      'PERSON',
    );
  });

  test("a workplace chat's Korean time before its speaker (ko, en)", () => {
    assertFound(
      [
        [
          '[Teams] 총동문회 사무국\n오전 10:02 이재훈: 기부금 중복 이체 건 환불해 드려야 해요.\n오전 10:04 백소연: 환불 계좌 받으셨어요?',
          ['PERSON:이재훈', 'PERSON:백소연'],
        ],
        ['10:02 AM Daniel Kim: can you send me the file?\n10:04 AM Priya Shah: sure', ['PERSON:Daniel Kim', 'PERSON:Priya Shah']],
      ],
      'PERSON',
    );
  });

  test('a group chat of three voices named by given names alone; a form of fields is none (ko)', () => {
    assertFound(
      [
        [
          '[밴드] 동창 계모임\n소라: 헉 깜빡했어 오늘 보낼게!\n혜진: 나 이번달 좀 늦어 ㅠ 25일 월급날 보낼게\n은정: 웅웅 괜찮아~',
          ['PERSON:소라', 'PERSON:혜진', 'PERSON:은정'],
        ],
        ['원인: 금형 교체 중 파손\n조치: 라인 정지 후 교체\n영향: 2시간 생산 중단', []],
      ],
      'PERSON',
    );
  });

  test("a crew's department, a developer's role or a resident's flat before a speaker's name (ko)", () => {
    assertFound(
      [
        [
          '제작부 세윤: 내일(Day 4) 콜시트 요약 공유해요\n연출부 도경: 집주인분 연락은 Oliver 통해서만 하면 되죠?\n제작부 세윤: 네!',
          ['PERSON:세윤', 'PERSON:도경', 'PERSON:세윤'],
        ],
        [
          '백엔드 지석: 배포 스크립트에 키 하드코딩된 거 발견ㅠ 바로 폐기할게요\n프론트 유라: 헉 v2.4.1 빌드에 들어간 거예요?',
          ['PERSON:지석', 'PERSON:유라'],
        ],
        [
          '[임차인 모임]\n402호 김나래: 다들 등기부 확인하셨어요?\n201호 용석: HUG 보증보험은 다들 가입돼 있어요?',
          ['PERSON:김나래', 'PERSON:용석'],
        ],
        ['관리부 주소: 서울시 강남구\n영업부 전화: 02-555-1234', []],
      ],
      'PERSON',
    );
  });

  test("fraud reports', card disputes' and schools' words that read like names (ko)", () => {
    assertFound(
      [
        ['신고인 본인 주민번호를 사기범에게 이미 불러줬다고 함: 670824-2407998', []],
        ['제목: 해외 가맹점 미배송 건 이의제기(차지백) 요청', []],
        ['연말정산 교육비 공제용이에요. 영수증 번호 LP-0831-22', []],
        ['[00:00:03] 상담사: 네, 글로벌에듀 유학원입니다.', []],
        ['가구원 | 관계 | 주민등록번호 | 동의 방법', []],
        ['3. 피해자: 당행 고객 편미자 / 출금계좌 217-910442-71507', ['PERSON:편미자']],
        ['담당: 추심1팀 명재훈 (사번 C-1127)', ['PERSON:명재훈']],
      ],
      'PERSON',
    );
  });
});
