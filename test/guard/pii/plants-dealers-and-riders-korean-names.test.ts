// What the forty-ninth and fiftieth rounds of hand-written texts (automotive and manufacturing; retail, e-commerce,
// marketplaces and gig work) showed about names in Korean texts: a handler after a report's or a log's duty and post, a
// foreign worker's Latin name in a plant's chat, a form's field or after a relative's word, a workplace chat's senders
// before their times, a foreign name's Hangul said to its person, a party's column in a table; and a site's, a shift's and
// a form's words (지사, 인수자, 원문, 공실) that read as names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("plants, dealers and riders: names in a workplace's Korean texts", () => {
  test("a handler after a report's or a log's duty, the post or the desk before the name (ko, en)", () => {
    assertFound(
      [
        [
          '보고일: 2025-03-02 / 보고자: 안전관리자 남궁태윤\n\n보고자 남궁태윤 / 센터장 확인 변서진',
          ['PERSON:남궁태윤', 'PERSON:남궁태윤', 'PERSON:변서진'],
        ],
        ['작성: 물류팀 글로벌SCM 추예은 / 승인 대기', ['PERSON:추예은']],
        ['- 담당 기사: 평택1캠프 위탁기사 도현석, 차량 80바 1234', ['PERSON:도현석']],
        ['4. 담당: 점장 염소율 / 매장 02-555-0192', ['PERSON:염소율']],
        ['Reported by: EHS officer Dana Whitlock', ['PERSON:Dana Whitlock']],
        // The same layouts with no name after the duty.
        ['보고자: 안전관리팀 / 확인 완료', []],
        ['작성: 물류팀 / 승인 대기', []],
        ['- 담당 기사: 평택1캠프 배정 예정', []],
      ],
      'PERSON',
    );
  });

  test("a foreign worker's full Latin name speaking in a Korean chat beside a named staff member (ko)", () => {
    assertFound(
      [
        [
          '오민재 반장: 내일 특근 가능한 사람?\nNodir Rakhimov: 네 저 가능해요 반장님\n오민재 반장: 좋아 7시까지 와\nNodir Rakhimov: 알겠습니다 내일 봬요',
          ['PERSON:오민재', 'PERSON:Nodir Rakhimov', 'PERSON:오민재', 'PERSON:Nodir Rakhimov'],
        ],
        // A form's two capitalised words take no turns as people do.
        [
          '오민재 반장: 공지 확인해 주세요\nOrder Status: 배송 준비중 입니다 곧 출발\n오민재 반장: 네 알겠어요\nOrder Status: 배송 완료 되었습니다 확인 바랍니다',
          ['PERSON:오민재', 'PERSON:오민재'],
        ],
      ],
      'PERSON',
    );
  });

  test("a workplace chat's senders before each message's time, not a schedule's items (ko)", () => {
    assertFound(
      [
        [
          '하진우 09:12  서버 점검 언제 끝나요?\n탁민서 09:14  30분 정도 걸려요\n하진우 09:15  넵 알겠습니다\n탁민서 09:40  끝났어요',
          ['PERSON:하진우', 'PERSON:탁민서', 'PERSON:하진우', 'PERSON:탁민서'],
        ],
        ['간담회 14:00  3층 대회의실\n만찬회 18:00  본관 식당\n간담회 15:00  종료\n만찬회 20:00  해산', []],
      ],
      'PERSON',
    );
  });

  test("a foreigner's Latin name after a relative's word, before 씨, or filling a person's field (ko)", () => {
    assertFound(
      [
        ['배우자 정보 드려요. 아내는 Zarina Tursunova, 여권 FA1234567', ['PERSON:Zarina Tursunova']],
        ['가족 연락처는 사촌형 있어서 받아놨어요. Gantulga 씨 010-2345-6789', ['PERSON:Gantulga']],
        ['- 재해자: Dilshod Nazarov (우즈벡, 사번 F-20417)', ['PERSON:Dilshod Nazarov']],
        // A device after a relative's word, a defect's words after 하자, are no one's name.
        ['동생 Galaxy Tab 샀어요', []],
        ['하자: Kitchen Counter Burn (3cm)', []],
      ],
      'PERSON',
    );
  });

  test("a foreign name's Hangul, two syllables, said to its person in a plant's chat (ko)", () => {
    assertFound(
      [
        [
          'Kamal Thapa: 반장님 저 오늘 병원 가요\n남태식 반장: 카말 괜찮아? 조심히 다녀와\nKamal Thapa: 네 감사합니다 내일 봬요',
          ['PERSON:Kamal Thapa', 'PERSON:남태식', 'PERSON:카말', 'PERSON:Kamal Thapa'],
        ],
        // No one of that name writes in the chat: the word is not read as a name.
        ['남태식 반장: 카말 괜찮아? 조심히 다녀와', ['PERSON:남태식']],
      ],
      'PERSON',
    );
  });

  test("a party's column, a vendor record's ceo, and a roll's empty unit (ko)", () => {
    assertFound(
      [
        [
          '차량 | 신규 운전자 | 면허번호\n12가 3456 | 구하람 | 11-22-444444-55\n34나 5678 | Aliya Nurlanova | 11-22-333333-44\n56다 7890 | 변경 없음 | -',
          ['PERSON:구하람', 'PERSON:Aliya Nurlanova'],
        ],
        ['호수,임차인,연락처\n201,공실,-\n202,편지우,010-1111-2222', ['PERSON:편지우']],
        ['{"company": "대한정밀", "ceo": "제갈민후"}', ['PERSON:제갈민후']],
      ],
      'PERSON',
    );
  });

  test("a site's, a shift's and a form's words that stand where a name would (ko)", () => {
    assertFound(
      [
        [
          '지사 공지봇: 오늘 우천 할증 적용\n라이더 12호: 지사 주소 알려주세요\n지사 공지봇: 강서구 공항대로 200 / 지사 대표 02-2600-1234',
          [],
        ],
        ['인계자 서명: 변민호 / 인수자 서명: 표재석', ['PERSON:변민호', 'PERSON:표재석']],
        ['(1) 작성자 ID: happy_mom / ★2\n  원문: 배송 늦었어요\n  조치: 블라인드 처리', []],
        ['"bank": { "name": "국민", "account": "123456-01-234567" }', []],
        // A firm before its mark of incorporation fills an operator's field, where a person's full name would.
        ['운영사: 하늘온(주) 관제팀 / 설치 장소: 본사 주차장', []],
        ['운영 담당: 하서진 / 설치 장소: 본사 주차장', ['PERSON:하서진']],
        ['[생산1팀 주간조 💪]\n구민혁: 토요일 특근 바꿔주실 분?', ['PERSON:구민혁']],
      ],
      'PERSON',
    );
  });
});
