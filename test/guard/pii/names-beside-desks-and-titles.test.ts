// Names beside the desk, the firm or the title a chat or a record writes with them: a speaker's desk in brackets, a team
// chat's sender line, a job glued to a Korean name, a Korean title or care job before a name, initials after a label.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from './pii-test-helpers.ts';

function persons(text: string): string[] {
  return found(text).filter((finding) => finding.startsWith('PERSON:'));
}

describe('names beside desks and titles', () => {
  test('a speaker with a desk or a firm in brackets or after a dash, or a desk before a bracketed name (en)', () => {
    assert.deepEqual(persons('[09:21] Priya (Reception, Elmfield Surgery): yes we got it\n[09:22] Asha: thanks'), [
      'PERSON:Priya',
      'PERSON:Asha',
    ]);
    assert.deepEqual(persons('[14:02] Kayleigh (Brightmart Support): Hi there\n[14:03] Sam: hello'), ['PERSON:Kayleigh', 'PERSON:Sam']);
    assert.deepEqual(persons("[09:12] Portal Support (Marcus): hi, you're through to support\n[09:13] Visitor: hi"), ['PERSON:Marcus']);
    // A desk's word before any name in brackets: the person staffing it speaks (en, ko); a channel is no one.
    assert.deepEqual(persons('Customer: can I check in early?\nFront desk (Sato): Thank you for your message.'), ['PERSON:Sato']);
    assert.deepEqual(persons('Customer: Hello\nAgent (민아): 안녕하세요, Hanul Air 입니다.'), ['PERSON:민아']);
    assert.deepEqual(persons('Customer: hi\nAgent (Chat): hello, how can I help?'), []);
    assert.deepEqual(persons('Lupita - Renta Cancún: Hola, your car is ready\nRodrigo: thx'), ['PERSON:Lupita', 'PERSON:Rodrigo']);
    assert.deepEqual(persons('[4/11/24, 10:02] Ravi HDFC Loans: Good morning sir\n[4/11/24, 10:03] Anil Kumar: hi'), [
      'PERSON:Ravi',
      'PERSON:Anil Kumar',
    ]);
    // A form's fields with a note in brackets are no speakers.
    assert.deepEqual(persons('Price (USD): 120\nTotal: 140'), []);
    assert.deepEqual(persons('Note (internal): call back\nStatus: open'), []);
  });

  test("a full-named speaker beside a role, a team chat's sender line, a job glued to the name (en, ko)", () => {
    assert.deepEqual(persons('[08:50] Hà Nguyễn: ok. what is my patient code?\n[08:52] Clinic: hi\n[08:53] Hà Nguyễn: also last time'), [
      'PERSON:Hà Nguyễn',
      'PERSON:Hà Nguyễn',
    ]);
    assert.deepEqual(
      persons(
        '상담사: 안녕하세요 센터입니다\nNguyen Van Thanh: 안녕하세요 저는 베트남 사람 입니다\n상담사: 힘드셨겠어요\nNguyen Van Thanh: 네 가능 해요',
      ),
      ['PERSON:Nguyen Van Thanh', 'PERSON:Nguyen Van Thanh'],
    );
    assert.deepEqual(persons('[12:00:01] Worker Thread: started the job now\n[12:00:05] Worker Thread: finished the job now'), []);
    assert.deepEqual(persons('[#pay-oncall] 김태윤 오후 2:41\n결제실패 로그 붙임.\n[#pay-oncall] 이수빈 오후 2:44\n타임아웃이네요'), [
      'PERSON:김태윤',
      'PERSON:이수빈',
    ]);
    assert.deepEqual(persons('[#general] 배포 14:00\n완료'), []);
    assert.deepEqual(persons('[오전 10:02] 황보은정FC: 고객님~ 갱신 견적 드려요\n[오전 10:05] 서경호: 네 DB로 할게요'), [
      'PERSON:황보은정',
      'PERSON:서경호',
    ]);
  });

  test('a Korean title or care job before a name, not before a word (ko)', () => {
    for (const [text, name] of [
      ['새봄내과의원 원장 서지호 (요양기관기호 31234567)', '서지호'],
      ['목격자: 생산1반 반장 배영호, 작업자 SUBEDI ANIL', '배영호'],
      ['담임교사 유재형', '유재형'],
      ['물리치료사 최하늘 선생님이 맡으세요', '최하늘'],
      ['팀장 김민수', '김민수'],
    ] as const)
      assert.ok(persons(text).includes(`PERSON:${name}`), text);
    for (const text of ['팀장 회의 있어요', '과장 승진했어요', '부장 결재 필요', '교사 연수 일정', '발생사고 보고'])
      assert.deepEqual(persons(text), [], text);
  });

  test('initials, a foreign surname and a title after a label (en)', () => {
    assert.deepEqual(persons('Staff: J. Okoro, Br 3218'), ['PERSON:J. Okoro']);
    assert.deepEqual(persons('Reported by: H. Müller-Lüdenscheidt, EHS Supervisor'), ['PERSON:H. Müller-Lüdenscheidt']);
    assert.deepEqual(persons('Attending: R. Castellanos-Vidal, MD'), ['PERSON:R. Castellanos-Vidal']);
    assert.deepEqual(persons('Driver: Kacper Zieliński   Van: WX71 KJO'), ['PERSON:Kacper Zieliński']);
    assert.deepEqual(persons('Proposer: Venkatesh R. Iyer (spouse)'), ['PERSON:Venkatesh R. Iyer']);
    assert.deepEqual(persons('Patient name: Smt. Lakshmi Ramaswamy Iyer   Age/Sex: 58/F'), ['PERSON:Lakshmi Ramaswamy Iyer']);
    for (const text of ['Reported by: Monitoring System', 'Assigned to: Network Operations', 'Seen by: Triage Nurse', 'Staff: N/A'])
      assert.deepEqual(persons(text), [], text);
  });

  test('a sign-off after a dash, a welcome, a caller saying what about, a speaker with a desk in brackets (en, ko)', () => {
    assert.deepEqual(persons('Merci — Mathieu'), ['PERSON:Mathieu']);
    assert.deepEqual(persons('Callback 647-302-8814 - Priya Raman'), ['PERSON:Priya Raman']);
    assert.deepEqual(persons('Route: Manchester - Leeds'), []);
    assert.deepEqual(persons('Welcome Elif! Wi-Fi is Casa_Lumi_5G'), ['PERSON:Elif']);
    assert.deepEqual(persons('Welcome to Sunvale Energy'), []);
    assert.deepEqual(persons('heyy its Marisol, new number'), ['PERSON:Marisol']);
    assert.deepEqual(persons("it's Bernadette re the boiler quote"), ['PERSON:Bernadette']);
    assert.deepEqual(persons('Ngozi (HR Ops): Hi Callum, payslips are out'), ['PERSON:Ngozi', 'PERSON:Callum']);
    assert.deepEqual(persons('저 외국인등록증 새로 나왔어요. 감사합니다 - 응우옌 반 투안'), ['PERSON:응우옌 반 투안']);
    assert.deepEqual(persons('내일 뵙겠습니다 - 김하늘'), ['PERSON:김하늘']);
    for (const text of ['서울 - 부산', '일정: 월요일 - 수요일', '배송 완료 - 경비실']) assert.deepEqual(persons(text), [], text);
  });

  test("a name before a staff number, a Chinese spelling beside a name, a handover's receiver (en, ko)", () => {
    assert.deepEqual(persons(' - 책임 → 수석: 연구개발본부 배성훈 (사번 1408821)\n - 선임 → 책임: 품질보증팀 Priya Raman (사번 2205314)'), [
      'PERSON:배성훈',
      'PERSON:Priya Raman',
    ]);
    assert.deepEqual(persons('Requested for: Kwame Asante-Mensah (employee ID 20417)'), ['PERSON:Kwame Asante-Mensah']);
    assert.deepEqual(persons('Thanks for your patience,\n\nWei Zhang (张伟)\nProcurement Lead'), ['PERSON:Wei Zhang', 'PERSON:张伟']);
    assert.deepEqual(persons('성명(한글) 박지훈   (한자) 朴智勳   (영문) PARK JIHOON'), [
      'PERSON:박지훈',
      'PERSON:朴智勳',
      'PERSON:PARK JIHOON',
    ]);
    assert.deepEqual(persons('작성자: 엄태규 → 인수자: 봉수진'), ['PERSON:엄태규', 'PERSON:봉수진']);
    assert.deepEqual(persons('받는 사람은 동생 김나래로요'), ['PERSON:김나래']);
    assert.deepEqual(persons('아들 서울로 가요'), []);
  });

  test("a full name that fills a form's field, whatever its label (en)", () => {
    assert.deepEqual(persons('Loan officer: Brent Calloway, NMLS #1874432'), ['PERSON:Brent Calloway']);
    assert.deepEqual(persons('Ordering provider: Jennifer Oduya, MD'), ['PERSON:Jennifer Oduya']);
    assert.deepEqual(persons('Verified by: T. Mwangi, MLS(ASCP)'), ['PERSON:T. Mwangi']);
    assert.deepEqual(persons('Defendant: Shontelle R. Bridgewater'), ['PERSON:Shontelle R. Bridgewater']);
    assert.deepEqual(persons('Parent/carer 1: Linh Pham   mob 0423 617 088'), ['PERSON:Linh Pham']);
    for (const text of ['Location: Victoria Station', 'Product: Jordan Max', 'Note: A. Smith Ltd', 'Team: Grace Hopper Lab'])
      assert.deepEqual(persons(text), [], text);
  });

  test("a person named by what is theirs, a relative's word before a name, two people greeted (en)", () => {
    assert.deepEqual(persons("Hey it's Tomasz, Agnieszka's brother. She asked me"), ['PERSON:Tomasz', 'PERSON:Agnieszka']);
    assert.deepEqual(persons("payroll are chasing Declan Mulvey's NI number"), ['PERSON:Declan Mulvey']);
    assert.deepEqual(persons("lol Ngozi's bday is on Friday"), ['PERSON:Ngozi']);
    // A digit or a bracket after the possessive: a child's check, a date of birth given next (en, ko).
    assert.deepEqual(persons("Dr Okafor's clinic here. Zainab's (DOB 12/03/2021) jabs are due"), ['PERSON:Okafor', 'PERSON:Zainab']);
    assert.deepEqual(persons("소아과 알림: Chidi's 4-year check is on Monday"), ['PERSON:Chidi']);
    for (const text of ["transferred to St. Luke's ED", "Victoria's bus station", "Emma's Boutique"])
      assert.deepEqual(persons(text), [], text);
    assert.deepEqual(persons('post-op day 2. Daughter Gail visiting at 2pm, ring her'), ['PERSON:Gail']);
    assert.deepEqual(persons('Contact: daughter Abena Boateng 07700 914 382'), ['PERSON:Abena Boateng']);
    assert.deepEqual(persons('Mother Teresa Hospital'), []);
    assert.deepEqual(persons('Hi Greg and Nadia,\n\nGood news'), ['PERSON:Greg', 'PERSON:Nadia']);
    assert.deepEqual(persons('Hey, Jaz here from Fantastic Furniture'), ['PERSON:Jaz']);
    assert.deepEqual(persons('Empfänger (payee): Małgorzata Nowak\nIBAN'), ['PERSON:Małgorzata Nowak']);
    assert.deepEqual(persons('Store: Grace Bay'), []);
  });

  test("a family's first names before a surname found once, and a transfer's and a loan's words that are no names (en, ko)", () => {
    assert.deepEqual(
      persons(
        'I leave everything to my niece, Jessica Haines.\nShould she not survive me, to her children, Brandon Haines and Kelsey Haines.',
      ),
      ['PERSON:Jessica Haines', 'PERSON:Brandon Haines', 'PERSON:Kelsey Haines'],
    );
    // A first name before the particles of a surname found again ("Sanne de Vries" … "t.n.v. S. de Vries").
    assert.deepEqual(
      persons('Sanne de Vries — Vertaling & Redactie\nBetaling op IBAN NL20 RABO 0318 7429 56 t.n.v. S. de Vries, 감사합니다.').filter(
        (value) => value.startsWith('PERSON'),
      ),
      ['PERSON:Sanne de Vries', 'PERSON:S. de Vries'],
    );
    assert.deepEqual(persons('자동차 양도증명서 (양도인·양수인 직접거래용)\n양수인: 도가영 (운전면허번호 28-21-006518-74)'), [
      'PERSON:도가영',
    ]);
    assert.deepEqual(persons('수신인은 변제기가 지난 현재까지 위 금원을 반환하지 않고 있습니다'), []);
  });

  test("a given name said with 이 before a person's word, a parent named by the child in a class chat (ko)", () => {
    assert.deepEqual(persons('야 내일 태윤이 생일인데 케이크 누가 픽업함?'), ['PERSON:태윤']);
    assert.deepEqual(persons('아 그리고 소연이 생일파티 토욜 7시'), ['PERSON:소연']);
    for (const text of ['민원이 접수되었습니다', '사진이 안 보여요', '동생이 번호 바꿨어', '외국인등록증 앞뒤 사진이랑 계약서 주세요'])
      assert.deepEqual(persons(text), [], text);
    assert.deepEqual(
      persons('[새싹반 학부모방]\n하율맘: 선생님 내일 병원 들렀다가 10시쯤 등원할게요~\n이서 엄마: 혹시 주말에 시간 되세요?'),
      ['PERSON:하율', 'PERSON:이서'],
    );
    assert.deepEqual(persons('우리 엄마: 밥 먹어'), []);
  });

  test('initials before a surname, not a plan, a post box or a code (en)', () => {
    assert.deepEqual(persons('Root cause review scheduled 03/06 with EHS (J. Whitcomb).'), ['PERSON:J. Whitcomb']);
    assert.deepEqual(persons('Served by Deputy M. Ibarra, badge 3107'), ['PERSON:M. Ibarra']);
    assert.deepEqual(persons('GCash ko, 0998 214 7730, Rosalinda D. Cruz ang name.'), ['PERSON:Rosalinda D. Cruz']);
    for (const text of [
      'We chose Plan B. Next we ship.',
      'U.S. Army',
      'Postal: P.O. Box 52218-00100',
      'bin 12-B. Est. cost',
      'urine R/M, C/S. Tab. Nitro',
    ])
      assert.deepEqual(persons(text), [], text);
  });

  test('a name before a post, a team or a relation in brackets; a parent who signs a class chat with her own name (en, ko)', () => {
    assert.deepEqual(persons('Present: Gail Hutchins (President), Raymond Osei (Treasurer)'), [
      'PERSON:Gail Hutchins',
      'PERSON:Raymond Osei',
    ]);
    assert.deepEqual(persons('key revoked and rotated by Tomasz Wrona (SecOps) at 22:58 UTC'), ['PERSON:Tomasz Wrona']);
    for (const text of ['Acme Stores (head office)', 'Microsoft Teams (desktop app)', 'New York (JFK)'])
      assert.deepEqual(persons(text), [], text);
    assert.deepEqual(persons('이서 엄마: 혹시 주말에 시간 되세요?\n시온맘 봉수정: 앗 제가 보낼게요!'), ['PERSON:이서', 'PERSON:봉수정']);
  });

  test("a Korean name before a relation or a job in brackets, after a parent's word, a broker's assistant or a technician (ko)", () => {
    assert.deepEqual(persons('상주: 남궁민재(아들), 남궁소연(딸), 유지혜(며느리)'), [
      'PERSON:남궁민재',
      'PERSON:남궁소연',
      'PERSON:유지혜',
    ]);
    assert.deepEqual(persons('가족사항: 부 어성호(자영업), 모 곽미란(무직)'), ['PERSON:어성호', 'PERSON:곽미란']);
    assert.deepEqual(persons('서울시(본인) 거주'), []);
    assert.deepEqual(persons('모친 엄숙자 520917-2654108 (장애인 공제 대상)'), ['PERSON:엄숙자']);
    assert.deepEqual(persons('문의 010-9134-2287 중개보조원 남궁선'), ['PERSON:남궁선']);
    assert.deepEqual(persons('일정 변경은 (담당 테크니션 소하늘) 로 연락주세요'), ['PERSON:소하늘']);
    assert.deepEqual(persons('조원 모집 중'), []);
  });

  test("the names listed in a form's field, and two people greeted at once (en, ko)", () => {
    assert.deepEqual(persons('Witnesses: Luz María Echeverría; Brian Hutchinson (press operator)'), [
      'PERSON:Luz María Echeverría',
      'PERSON:Brian Hutchinson',
    ]);
    assert.deepEqual(persons('Attendees: John Smith, Sales Team, Acme Corp'), ['PERSON:John Smith']);
    assert.deepEqual(persons('Kia ora Bronwyn & Tevita,\n\nSo excited for the big day'), ['PERSON:Bronwyn', 'PERSON:Tevita']);
    assert.deepEqual(persons('Welcome Sven & Ingrid! 체크인은 3시부터예요 🏡'), ['PERSON:Sven', 'PERSON:Ingrid']);
    assert.deepEqual(persons('Hi Sales and Marketing, please see below'), []);
    // The second greeted is a group or a word, not a person.
    assert.deepEqual(persons('Hi Tom and Team, the invoice is attached'), ['PERSON:Tom']);
    assert.deepEqual(persons('Hi Sarah and Welcome, 예약 확인했어요'), ['PERSON:Sarah']);
  });

  test("a friend after a possessive, a name given as, a post-nominal after a name, a first name after a role's label (en)", () => {
    assert.deepEqual(persons('Just to let you know her friend Priya was collected today'), ['PERSON:Priya']);
    assert.deepEqual(persons('He gave his name as Étienne and knew the pickup password'), ['PERSON:Étienne']);
    assert.deepEqual(persons('the name as shown on the card'), []);
    assert.deepEqual(persons('Vet: Marcus Lindgren MRCVS'), ['PERSON:Marcus Lindgren']);
    assert.deepEqual(persons('Advisor: Brenda'), ['PERSON:Brenda']);
    for (const text of ['Driver: Sunday', 'Agent: Hi there', 'Team: Sales OPS']) assert.deepEqual(persons(text), [], text);
  });
});

test("a colleague's, an interpreter's or a sponsor's field, and a role on shift or on call, name a person (en, ko)", () => {
  const names = (text: string) => found(text).filter((finding) => finding.startsWith('PERSON:'));
  assert.deepEqual(names('Colleague: Rukhsana Hussain'), ['PERSON:Rukhsana Hussain']);
  assert.deepEqual(names('Supervisor on shift: Zhang Meiling, mobile +86 138 1264 7790'), ['PERSON:Zhang Meiling']);
  assert.deepEqual(names('현장 보고\nInterpreter: Tran Minh Chau\n작업 중지'), ['PERSON:Tran Minh Chau']);
  assert.deepEqual(names('Doctor on call: Night Team'), []);
});
