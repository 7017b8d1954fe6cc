// The names the thirty-ninth round of hand-written texts showed heading a thread's or a case file's entries: a speaker
// before the team in brackets, an author after a middle dot or a team in a bracket, a checker's or a meter reader's duty;
// an employee, a corporal or a madam before an English name; and a resident number that is also a barcode's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("names heading a thread's entries, titles abroad", () => {
  test("a speaker before the team in brackets, an entry's author after a middle dot or a team (ko)", () => {
    assertFound(
      [
        [
          '[01-06 09:14] 하예진 (인사팀): 온보딩 시작합니다.\n[01-06 09:18] 주원석 (인사팀장): 채널 설명 읽어 주세요~',
          ['PERSON:하예진', 'PERSON:주원석'],
        ],
        ['[2] 문재석 (FDS모니터링팀) 09-03 10:20\nFDS 로그 봤습니다.', ['PERSON:문재석']],
        ['11/07 08:15 [최초 사고 접수 · 콜센터 나혜진]\n- 신고 접수', ['PERSON:나혜진']],
        ['11/18 11:25 [대인 합의 · 곽민채]\n- 치료 종결', ['PERSON:곽민채']],
        ['■ 10/11 11:30 콜 아웃바운드 (환불팀 최유진)', ['PERSON:최유진']],
        ['[상담 품질 메모] 검수자 차민결\n- 마스킹 처리', ['PERSON:차민결']],
        ['■ 03/07 09:48 현장 기사 메모 · 검침원 우태진 (기사번호 GT-117)', ['PERSON:우태진']],
        // What a copy is for, after a team, is no one ("공유용", "기록용"); a team's bracket alone neither.
        ['카드정보가 평문 기록됨 (보안팀 공유용)', []],
        ['해외 면허 교환 완료 확인 (국제학생지원센터 기록용)', []],
        ['[공지] 회의록 (인사팀)', []],
        [
          '04/02 10:14 봉지욱: 피해자 진술 정리 올립니다.\n04/02 10:30 임하늘: 신고자 통화 완료했습니다.',
          ['PERSON:봉지욱', 'PERSON:임하늘'],
        ],
      ],
      'PERSON',
    );
  });

  test("a desk's speaker with its staff member in brackets after a time, a romanised given name with its team (en)", () => {
    assertFound(
      [
        [
          '07:14 Office (Lorraine, coordinator): Thanks all.\n07:16 Office (Lorraine): Done, the visit moved.',
          ['PERSON:Lorraine', 'PERSON:Lorraine'],
        ],
        ['07:14 Office (Leeds): Thanks all.', []],
        [
          'Seo-yeon (People team): welcome aboard! Please send your address.\nHyun-woo Kang: 정자일로 95 입니다.\nSeo-yeon (People team): 감사합니다, noted.',
          ['PERSON:Seo-yeon', 'PERSON:Hyun-woo Kang', 'PERSON:Seo-yeon'],
        ],
      ],
      'PERSON',
    );
  });

  test("a police file's ranks, an investigation's parties, a fellow, a board's secretary before or after a name (ko)", () => {
    assertFound(
      [
        [
          '참여: 팀장 엄경태 경감, 봉지욱 경위, 임하늘 경사, 도재은 순경',
          ['PERSON:엄경태', 'PERSON:봉지욱', 'PERSON:임하늘', 'PERSON:도재은'],
        ],
        ['조사자 경위 추동혁   참여자 경사 봉나래', ['PERSON:봉나래']],
        ['제1보조: 전임의 반지원   제2보조: 전공의 R2 편도윤', ['PERSON:반지원', 'PERSON:편도윤']],
        ['담당: 장기보상2팀 류하은 손해사정사 (사번 NU-30418)', ['PERSON:류하은']],
        ['협조자 흥덕소방서 예방안전과 소방장 어태윤', ['PERSON:어태윤']],
        ['[8] 여신위원회 간사 설민재 · 2024-10-16 17:20', ['PERSON:설민재']],
        // A report's account after 경위, a slope, a move and a statement's parties name no one.
        ['재해장소: 사출 2라인 / 경위: 금형 교체 중 오른손 검지 협착', []],
        ['사고 경위 설명드리겠습니다', []],
        ['경사 진 곳에서 넘어짐', []],
        ['다음 달 이사 예정입니다', []],
        ['진술인 조사관 입회 하에 작성', []],
      ],
      'PERSON',
    );
  });

  test('an employee, a colleague, a corporal or a madam before a name (en)', () => {
    assertFound(
      [
        ['Service 0423 518 774 (used by employee Jack Hennessy) has no service since', ['PERSON:Jack Hennessy']],
        ['Recovered by the desk officer with Corporal Emmanuel Edet.', ['PERSON:Emmanuel Edet']],
        ['Patient asks that updates go to her mother only, Mdm Wendy Ng.', ['PERSON:Wendy Ng']],
        ['BED 8 — Madam Siti Zubaidah binte Kassim, UTI, completed antibiotics', ['PERSON:Siti Zubaidah binte Kassim']],
        // A capitalised product after a role's word, and Madam in a sentence, name no one.
        ['The employee Self Service portal is down again.', []],
        ['Madam, your parcel is at the depot.', []],
      ],
      'PERSON',
    );
  });

  test("a marketplace chat's other side, a form's dates, a planner's bracket, a family's mother of other languages (ko, en)", () => {
    assertFound(
      [
        ['상대: 네네 주소 보내드릴게요\n나: 넵 감사합니다\n상대: 감사합니다! 입금했어요', []],
        ['신고일: 2024년 7월 2일    접수번호: 2024-다산-004417', []],
        ['[보험설계사 오경민]\n설계사: 어머님 실손 청구 서류 잘 받았어요~', ['PERSON:오경민']],
        [
          'Lucas: the movers confirmed for Thursday\nMãe: what is the new address again\nLucas: Rua Oscar Freire, 1120\nMãe: ok',
          ['PERSON:Lucas', 'PERSON:Lucas'],
        ],
        ['Customer: Haan, bol raha hoon.\nAgent: Sir, address is not clear.', []],
        ['Guests: Room 1 — Samantha Greene; Room 2 — Ellen Greene', ['PERSON:Samantha Greene', 'PERSON:Ellen Greene']],
        ['Accident location: junction of Calle de Alcalá and Calle de Francisco Silvela, Madrid', []],
        ['Agent in charge: Ayaka Sugimoto (Sakura Housing, Sangenjaya branch)', ['PERSON:Ayaka Sugimoto']],
        ['Amy Jo Tranter, Rose Cottage, 4 Church Lane', ['PERSON:Amy Jo Tranter']],
        ['Supplied by Brightwave Appliances Ltd, 3 Meridian Court, Milton Keynes MK9 2EU', []],
        ['은 평 구\n수신: 곽민호 귀하', ['PERSON:곽민호']],
      ],
      'PERSON',
    );
  });

  test("a wife, a girlfriend or a fiancé before a full name (ko); an assessor, a household's staff before a name (en)", () => {
    assertFound(
      [
        ['SIN 463 944 173 이고요, 와이프 윤소희 것도 같이 부탁드려요', ['PERSON:윤소희']],
        ['경비실이요. 아님 여자친구 유하린이 집에 있을 수도 있어요', ['PERSON:유하린']],
        ['여친 유하린한테 맡겨 주세요', ['PERSON:유하린']],
        ['와이프 말로는 그렇대요', []],
        ['내일 현장체험학습 간식 당번 저랑 하율이네예요~', ['PERSON:하율']],
        ['좋은 사진이네요', []],
        ["Assessor Hamish O'Dwyer attended 21/05/2025 10:00.", ["PERSON:Hamish O'Dwyer"]],
        ['Rider note 14:10 — delivered to security guard Ramesh at the gate.', ['PERSON:Ramesh']],
        ['the guard House is closed on Sundays', []],
      ],
      'PERSON',
    );
  });

  test("an agent's given name that takes turns with a customer, a role's word that does not (en)", () => {
    assertFound(
      [
        [
          'Customer: hi, my roommate moved out, is the account in both our names?\nDevon: Hi Arjun. The move-out for your old unit is set.\nCustomer: ok thanks\nDevon: Your roommate needs to confirm that himself, since he is the holder.',
          ['PERSON:Devon', 'PERSON:Arjun', 'PERSON:Devon'],
        ],
        [
          'Customer: where is my refund for order 4471?\nConsultant: It was issued on Monday, allow five days.\nCustomer: ok\nConsultant: Anything else I can help with today?',
          [],
        ],
      ],
      'PERSON',
    );
  });

  test("a nickname after a person, a holder after a number, a relative's name in brackets (en, ko)", () => {
    assertFound(
      [
        ['Insured: Margaret A. Ellison (Peggy)   DOB 10/30/1946', ['PERSON:Margaret A. Ellison', 'PERSON:Peggy']],
        ['+61 412 738 095 (Lachlan), +61 438 201 664 (Grace)', ['PERSON:Lachlan', 'PERSON:Grace']],
        ['Online Banking user IDs: GAFINCH88 (Grace) and tobiasf_2201 (Tobias)', ['PERSON:Grace', 'PERSON:Tobias']],
        ['Wife (Keisha) dropped the truck off at 7:40am.', ['PERSON:Keisha']],
        ['my name is 이수빈 (Subin). can you deliver today?', ['PERSON:이수빈', 'PERSON:Subin']],
        // A department, a country or a note in the bracket is no one.
        ['Call Jane Doe (Finance) or +1 416 555 0199 (Canada)', ['PERSON:Jane Doe']],
        ['Employee: Ram Bahadur Thapa (Nepal)', ['PERSON:Ram Bahadur Thapa']],
      ],
      'PERSON',
    );
  });

  test("a CV's name above its title line, an initial in a CV's name, a hiring tracker's candidates and owners (en, ko)", () => {
    assertFound(
      [
        ['ELEANOR FITZGERALD-OKAFOR\nSenior Backend Engineer\n+44 7912 483 201', ['PERSON:ELEANOR FITZGERALD-OKAFOR']],
        ['이 영문 이력서 헤더 좀 다듬어줘.\n\nMINJI KWON\nSenior Data Scientist | Forecasting', ['PERSON:MINJI KWON']],
        ['RESUME\nMARIA KRISTINA B. VILLANUEVA, RN\nBlk 12 Lot 7', ['PERSON:MARIA KRISTINA B. VILLANUEVA']],
        [
          'Candidate | Role | Stage | Owner | Phone\nLan Nguyen | Payroll Specialist | HM interview | Jess | +84 90 872 3314',
          ['PERSON:Lan Nguyen', 'PERSON:Jess'],
        ],
        // A heading above a title line, and a job's title in a table's interviewer column, name no one.
        ['Quarterly Review\nSenior Engineer notes', []],
        ['날짜\t시간\t후보자\t면접관\n11/4(화)\t10:00\t편서진\t진료지원부 팀장', ['PERSON:편서진']],
      ],
      'PERSON',
    );
  });

  test("an applicant's and a candidate's labels, a researcher, a Korean sender above a team chat's message (ko)", () => {
    assertFound(
      [
        ['[자기소개서] 지원자: 윤하은 / 지원직무: 간호직', ['PERSON:윤하은']],
        ['[평판조회 요약표] 후보자: 왕지호 / 포지션: 품질보증팀장', ['PERSON:왕지호']],
        ['  - 기술연구팀 책임연구원 금동하 → 과학기술정보통신부', ['PERSON:금동하']],
        [
          'Sophie Laurent  2:41 PM\n비자 서류 업데이트요.\n이재원  2:44 PM\n오케이 고마워요.\n이재원  2:47 PM\n맞아요.',
          ['PERSON:Sophie Laurent', 'PERSON:이재원', 'PERSON:이재원'],
        ],
        // The same words as a noun, and a sender who posts once, name no one.
        ['지원자 연락처 확인 부탁', []],
        ['연구원 채용 공고', []],
      ],
      'PERSON',
    );
  });

  test("a resident number that is also a barcode's digits, beside a name, is a resident number (ko)", () => {
    assertFound(
      [
        ['D000001 088 110482730915     0000003250000 강태민     8503141744762', ['RRN:8503141744762']],
        // Korea's barcode prefix 880 still reads as a barcode, and so does a number whose resident check digit fails.
        ['상품 바코드 8801234567893 재고 12개', []],
      ],
      'RRN',
    );
  });
});
