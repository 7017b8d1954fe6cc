// What the fifty-second to fifty-fourth rounds of hand-written texts (telecom care; insurance claims and underwriting; law
// firms, courts and community organisations) showed about Korean names: chat members named after their building, their
// shop and post or their place in the family, planners before FC, a suit's parties and a firm's, an insurer's or a parish's
// staff after their posts, names listed after a middle dot or opening a staff list's rows, a grandmother or a spouse
// after the relative's word, and staff before a gym's, a club's or a golf course's title.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('Korean chat members named after a building, a workplace and post, or a place in the family', () => {
  test("a residents' building, a shop and a staff role, a family's place, a role in a timed bracket", () => {
    assertFound(
      [
        ['501동 채은서: 택배 분실 문자 조심하세요!!\n208동 노지완: 헐 저도 받았어요 ㅠㅠ', ['PERSON:채은서', 'PERSON:노지완']],
        ['폰마트 매니저 석다온: 안녕하세요 고객님! 신청서 확인했어요', ['PERSON:석다온']],
        ['역삼점 직원 하람: 본사님 스캐너 확인 부탁드려요\n본사: 네\n역삼점 직원 하람: 감사합니다!', ['PERSON:하람', 'PERSON:하람']],
        ['작은딸 지유: 아빠 서류 다 챙겼어?\n엄마: 응 챙겼다\n작은딸 지유: 알겠어요~', ['PERSON:지유', 'PERSON:지유']],
        ['청소년부 담당 목사 한지석: 수련회 공지 올려요!', ['PERSON:한지석']],
        ['[총괄이사 여진우] 다음 경기 명단 올립니다', ['PERSON:여진우']],
        // A building's office, a shop's training and a channel after a role are no one.
        ['301동 관리실: 단수 안내드립니다.\n301동 관리실: 오후 2시 재개', []],
        ['역삼점 직원 교육: 10시 시작합니다', []],
        ['상담사 Chat: 연결되었습니다\n상담사 Chat: 잠시만 기다려 주세요', []],
      ],
      'PERSON',
    );
  });

  test("a planner before FC or a title, a child's full name before the parent's word, a Latin name after a Korean role", () => {
    assertFound(
      [
        ['강태호 FC: 고객님 서류 도착했어요~\n고객: 네 감사해요', ['PERSON:강태호']],
        ['문서진 설계사: 고객님~ 오늘 처리해드릴게요 😊', ['PERSON:문서진']],
        ['박하율 엄마: 하율이 오늘 감기로 결석해요 ㅠ', ['PERSON:박하율', 'PERSON:하율']],
        [
          '상담사 Marta: Hola, 한결 어시스트입니다\n고객: 여권 잃어버렸어요\n상담사 Marta: 경찰서 먼저 가세요',
          ['PERSON:Marta', 'PERSON:Marta'],
        ],
        // A team's planners before capitals that are a desk's code, and a child's given name with 이 before the parent's word.
        ['영업 FC: 마감 D-3입니다', []],
      ],
      'PERSON',
    );
  });

  test("a full name of a common word's first syllables that speaks twice, not a desk that does", () => {
    assertFound(
      [
        [
          '현재민: 누나 나 도착했어\n현미소: 오 빨리 왔네?\n현재민: 응 차 안 막혔어 ㅋㅋ',
          ['PERSON:현재민', 'PERSON:현미소', 'PERSON:현재민'],
        ],
        ['원무과: 네 확인됩니다\n보호자: 네\n원무과: 발급했습니다', []],
        ['심사자: 서류 확인했어요\n보호자: 네\n심사자: 감사합니다', []],
      ],
      'PERSON',
    );
  });
});

describe("Korean names after a suit's party or a firm's, an insurer's or a parish's post", () => {
  test("a suit's parties, spread apart or in prose, and the names listed after them", () => {
    assertFound(
      [
        ['원    고   나소율\n피    고   태수빈\n\n위 사건에 관하여', ['PERSON:나소율', 'PERSON:태수빈']],
        ['1. 피고 윤세아가 게시자라는 점', ['PERSON:윤세아']],
        ['부본이 모자라요. 원고 설하준, 설하린.', ['PERSON:설하준', 'PERSON:설하린']],
        ['사건과의 관계: 목격자 (원고 최하람과는 일면식 없음)', ['PERSON:최하람']],
        ['수 신 인   구민서 (임차인)', ['PERSON:구민서']],
        ['청구서에 고인 우상철, 사망일 3월 2일로 적었어', ['PERSON:우상철']],
        // A suit's firm, a draft and a side's counsel are no party's name.
        ['피    고   현대해상화재보험 주식회사', []],
        ['원고 작성자와 협의 중입니다', []],
        ['원고 측 변호사 선임 예정', []],
      ],
      'PERSON',
    );
  });

  test("a lawyer's, a clerk's, an underwriter's and a care desk's staff after the post", () => {
    assertFound(
      [
        ['■ 배정: 담당 변호사 하서윤 / 사무장 강도현', ['PERSON:하서윤', 'PERSON:강도현']],
        ['심사메모 (언더라이터 봉지후): 할증 검토', ['PERSON:봉지후']],
        ['접수자: 실무관 여수아', ['PERSON:여수아']],
        ['담당: 변호사 진서하 / 실무 설가윤 (직통 02-6711-0000)', ['PERSON:진서하', 'PERSON:설가윤']],
        ['접수: 고객센터 080-600-6000 / 상담 마윤슬', ['PERSON:마윤슬']],
        // The same posts as everyday nouns.
        ['실무 경험이 있는 분 우대', []],
        ['증인 신청서를 냈다', []],
        ['면회 예정, 퇴원 상담 원하심\n주간 간병인', []],
      ],
      'PERSON',
    );
  });
});

describe("Korean names listed after a middle dot, opening a staff list, before a gym's or a club's title", () => {
  test('a middle dot between passengers, a bulleted row with a post in brackets before the phone', () => {
    assertFound(
      [
        ['피보험자 진도윤(운전), 동승자 하민규·변재원. 사고 이력 있음', ['PERSON:진도윤', 'PERSON:하민규', 'PERSON:변재원']],
        ['- 이도훈 (영업본부장) 010-7720-1234\n- 봉서아 (물류, 재택) 010-4419-5678', ['PERSON:이도훈', 'PERSON:봉서아']],
        // A product and its option before a price is no row of a person.
        ['- 스마트폰 (128GB) 1,200,000원', []],
      ],
      'PERSON',
    );
  });

  test("a grandmother's or a spouse's full name after the relative's word, not a spouse speaking in a family's chat", () => {
    assertFound(
      [
        ['엄마한테 받았어 할머니 옥순례 430512-2000000', ['PERSON:옥순례']],
        ['의뢰인: 전남편 도한결, 직장은 수원', ['PERSON:도한결']],
        ['계약자 남편 석민우 동석', ['PERSON:석민우']],
        ['남편: 여보 우리 차 과태료 고지서 왔어\n아내: 헐', []],
        ['남편 명의로 해주세요', []],
      ],
      'PERSON',
    );
  });

  test('a trainer, a coach and a caddie after their names, not the jobs alone', () => {
    assertFound(
      [
        ['PT는 공하람 트레이너님 화요일 7시로 잡았어요', ['PERSON:공하람']],
        ['주니어반 담당은 황보결 코치입니다.', ['PERSON:황보결']],
        ['최은별 캐디님이요. 증명서 보내드릴게요', ['PERSON:최은별']],
        ['트레이너 교육 일정 공지', []],
        ['헤드 코치 선임 예정입니다', []],
      ],
      'PERSON',
    );
  });
});
