// Names a record or a message gives by its layout: a Korean name beside its Latin spelling on a signature's line, names
// that open the rows of a list before an email or a number, the staff member who handled a record after the desk, a
// statement's counterparty after the transfer's words, who takes turns with a named person in a chat, who signs after a
// closing, the person greeted or introduced after a greeting in lower case or on a line an e-mail quotes, and the writer
// of a quoted reply.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from './pii-test-helpers.ts';

function persons(text: string): string[] {
  return found(text).filter((finding) => finding.startsWith('PERSON:'));
}

describe('signatures, list rows, handlers, statements and greetings', () => {
  test('a Korean name beside its Latin spelling on a line of its own (ko, en)', () => {
    assert.deepEqual(persons('확인 후 회신드리겠습니다.\n\n--\n정유라 Yura Jeong\n물류운영팀 과장 | 대한통합물류(주)'), [
      'PERSON:정유라',
      'PERSON:Yura Jeong',
    ]);
    assert.deepEqual(persons('좋은 주말 보내세요.\n\n박세린 Serin Park 드림\n책임 | 해외구매팀'), ['PERSON:박세린', 'PERSON:Serin Park']);
    assert.deepEqual(persons('Best regards,\n\nSarah Lim 임소라\nTravel Coordinator | Hanbit Solutions'), [
      'PERSON:Sarah Lim',
      'PERSON:임소라',
    ]);
    assert.deepEqual(persons('Passengers\n- 편채원 PYEON CHAEWON / passport M70381924'), ['PERSON:편채원', 'PERSON:PYEON CHAEWON']);
    // The Latin words must spell the Hangul surname, and no shop or branch is a person.
    assert.deepEqual(persons('매장 안내\n이마트 LEE MART\n강남점 Gangnam Branch'), []);
    assert.deepEqual(persons('Our stores\n신세계 Kim Park'), []);
  });

  test('names that open two or more rows of a list before an email or a number (ko, en)', () => {
    assert.deepEqual(persons('과제 드라이브 공유할 메일 정리함\n도민재 domj0915@gmail.com\n서하은 haeun.seo@naver.com'), [
      'PERSON:도민재',
      'PERSON:서하은',
    ]);
    assert.deepEqual(persons('Travel insurance list\n권하람 2004.03.19 010-4029-7713\n설민재 030911 01085520347'), [
      'PERSON:권하람',
      'PERSON:설민재',
    ]);
    assert.deepEqual(persons('Roster (name,id,login)\n백승우,20221847,swbaek22\n모하늘,20231105,haneul_mo'), [
      'PERSON:백승우',
      'PERSON:모하늘',
    ]);
    // One row is no list, though a full name right before an email names its owner; a product before its generation, a
    // sum before its amount are no names.
    assert.deepEqual(persons('메일 정리\n도민재 domj0915@gmail.com'), ['PERSON:도민재']);
    assert.deepEqual(persons('## 온새미 5G 요금제\n\n온새미 5G 요금제는 월 60,000원입니다.\n온새미 5G 요금제로 바꾸면'), []);
    assert.deepEqual(persons('공제계 399,950\n실지급액 3,082,550\n입금계좌: 부산은행'), []);
  });

  test('the staff member who handled a record, after the duty and the desk or post (ko, en)', () => {
    assert.deepEqual(persons('조치: 인증서 재발급 후 재연결 확인.\n처리: 헬프데스크 나윤성'), ['PERSON:나윤성']);
    assert.deepEqual(persons('등록일: 2025-03-13 / 담당 트레이너: 류건우'), ['PERSON:류건우']);
    assert.deepEqual(persons('고객 연락처: 010-2913-6604\n기사: 여수센터 2조 표상훈\n특이사항: 배관 막힘'), ['PERSON:표상훈']);
    assert.deepEqual(persons('VPN fixed after the certificate was reissued (처리자 인프라운영 변지석)'), ['PERSON:변지석']);
    assert.deepEqual(persons('Ticket INC-0512 paged the on-call: 당직자 장경환 호출 SMS sent'), ['PERSON:장경환']);
    // After the duty's word a state or a task is none, nor a word that is not a desk's before the name.
    assert.deepEqual(persons('처리: 정상처리\n담당: 고객센터\n접수: 온라인 신청서'), []);
    assert.deepEqual(persons('처리 결과 회원님 확인'), []);
  });

  test("a statement's counterparty after the transfer's words in a row (ko, en)", () => {
    assert.deepEqual(persons('1\t2025.03.03 10:21\t타행입금 한수빈\t\t150,000\t2,318,440'), ['PERSON:한수빈']);
    assert.deepEqual(persons('| 04.01 08:31 | 자동이체 | 550,000 | | 2,114,300 | 월세 양철규 |'), ['PERSON:양철규']);
    assert.deepEqual(persons('Date\tType\tIn\tBalance\tMemo\n2025.05.06\tDeposit\t20,000\t1,803,850\t모임통장 정산 추다빈'), [
      'PERSON:추다빈',
    ]);
    // A purchase at a shop is none.
    assert.deepEqual(persons('05.02\t19:41\t모바일 이마트24\t8,700\t0\t3,205,850'), []);
  });

  test("a table's consignee beside the address in its own cell, and a CSV's given names (en, ko)", () => {
    const manifest =
      'Stop | Consignee | Address | Phone\n1 | Siobhán Ní Bhriain | 22 Leinster Road, Rathmines, Dublin 6, D06 V2X4 | 087 421 9936\n' +
      '2 | 김민수 | 41 Belgrave Square, Monkstown, Co. Dublin, A94 K7T3 | +353 86 018 2247';
    const findings = found(manifest);
    assert.ok(findings.includes('PERSON:Siobhán Ní Bhriain'), findings.join(' '));
    assert.ok(findings.includes('PERSON:김민수'), findings.join(' '));
    assert.ok(findings.includes('ADDRESS:22 Leinster Road, Rathmines, Dublin 6, D06 V2X4'), findings.join(' '));
    assert.deepEqual(
      persons(
        'emp_no,surname,given_names,dob,email\n10418,Tremblay,Jean-François,1987-05-14,jf@videotron.ca\n10427,Kim,Minsu,1995-09-30,mk@naver.com',
      ),
      ['PERSON:Tremblay', 'PERSON:Jean-François', 'PERSON:Kim', 'PERSON:Minsu'],
    );
    // A consignee column of firms holds no person.
    assert.deepEqual(persons('Stop | Consignee | Phone\n1 | Acme Logistics Ltd | 087 421 9936\n2 | 대한통운 | 02-1588-1255'), []);
  });

  test('a name in capitals as a document, a card or a record prints it (en, ko)', () => {
    assert.deepEqual(persons('Customer: WEILING ZHANG. My passport says ZHANG WEILING, but at work I am Vivian'), [
      'PERSON:WEILING ZHANG',
      'PERSON:ZHANG WEILING',
      'PERSON:Vivian',
    ]);
    assert.deepEqual(persons('Customer: 960314-5827140, name on ARC is PHAM VAN DUC'), ['PERSON:PHAM VAN DUC']);
    assert.deepEqual(persons('미국인 남편 K-ETA 신청하는데 여권에 HARRIS, COLE MATTHEW 라고 돼 있거든요'), ['PERSON:HARRIS, COLE MATTHEW']);
    assert.deepEqual(persons('수취인명은 영문 대문자 LUCIA FERRANDEZ ORTEGA 로 입력하시면 됩니다'), ['PERSON:LUCIA FERRANDEZ ORTEGA']);
    // After a card's, a bank's or a pickup's label, with initials and a form's next field after several blanks.
    assert.deepEqual(persons('Name to be embossed: RITIKA SHARMA\nMobile (add-on): +91 98111 40392'), ['PERSON:RITIKA SHARMA']);
    // "Name as per bank:" is the label, not "name as" before a name (en, ko).
    assert.deepEqual(persons('IFSC HDFC0001753\nName as per bank: SREEKANTH P NAIR'), ['PERSON:SREEKANTH P NAIR']);
    assert.deepEqual(persons('계좌 확인 부탁드려요. Name as per passport: Kim Minji'), ['PERSON:Kim Minji']);
    assert.deepEqual(persons('Cardholder: MARTIN J BRANDT   Company: Rheinwerk Analytics GmbH'), ['PERSON:MARTIN J BRANDT']);
    assert.deepEqual(persons('Titular de la tarjeta: JUNG HAYOUNG\n카드번호: 4376 8210 5592 6619'), ['PERSON:JUNG HAYOUNG']);
    // What a card or a letter says in capitals is no name unless a word of it is one.
    assert.deepEqual(persons('the card says DECLINED PAYMENT again, card 4111 1111 1111 1111'), []);
    assert.deepEqual(persons('카드에 VISA GOLD 라고 써있어요'), []);
  });

  test('who takes turns with a named person in a chat, and who signs after a closing (en, ko)', () => {
    assert.deepEqual(persons("[21:04] Jaz: who's adding kev to the gc\n[21:04] Marcus: his insta is @kevv.otieno\n[21:05] Jaz: ok done"), [
      'PERSON:Jaz',
      'PERSON:Marcus',
      'PERSON:Jaz',
    ]);
    assert.deepEqual(persons('[21:04] 김지호: 야 내일 모임 ㄱ?\n[21:04] Marcus: ok 010-2233-4455 로 연락해\n[21:05] Jaz: 나도 감'), [
      'PERSON:김지호',
      'PERSON:Marcus',
      'PERSON:Jaz',
    ]);
    // A given name after a staff member's or a relative's word, or alone in a chat marked by times, when the turn is speech.
    assert.deepEqual(
      persons('[T월드 채팅상담]\n상담사 리나: 유심 교체 확인을 위해 ICCID 입력 부탁드려요.\n고객: 8982 0512 3401 8847 219 이거요?'),
      ['PERSON:리나'],
    );
    assert.deepEqual(persons('[오후 9:05] 태윤: ㅇㅋ 보냄\n[오후 9:06] Marcus: sent to 010-2233-4455 ok?'), [
      'PERSON:태윤',
      'PERSON:Marcus',
    ]);
    assert.deepEqual(persons('[간호기록] 환자: 김복순 / 82F / 등록번호 20931457'), ['PERSON:김복순']);
    // A Korean turn's first word after an English speaker is no name unless a full one or after a person's word.
    assert.deepEqual(persons('Jaz: 나도 감, 010-2233-4455 로 연락해'), []);
    assert.deepEqual(persons('Customer 강진 (010.4577.3327) asked for 10 boxes'), ['PERSON:강진']);
    // A firm or a desk takes turns too, and is no person.
    assert.deepEqual(
      persons(
        'WhatsApp · Voltline Energy billing\n[09:14] Voltline: Hi Mohammed, your bill is due\n[09:21] Mohammed: card ends 4417\n[09:22] Voltline: Thanks.',
      ),
      ['PERSON:Mohammed', 'PERSON:Mohammed'],
    );
    assert.deepEqual(persons('my IBAN is PL56 1140 2004 0000 3302 7634 1829.\n\nPozdrawiam,\nBartek'), ['PERSON:Bartek']);
    assert.deepEqual(persons('Any questions ring me 07931 446 208 xx Ronke'), ['PERSON:Ronke']);
    assert.deepEqual(persons('계좌 110-482-771093 으로 보내줘\nThx - Renee'), ['PERSON:Renee']);
    // Kisses far before the line's end still sign the name after them: many blanks between, or a name of three words.
    assert.deepEqual(persons(`Any questions ring me 07931 446 208 xx${' '.repeat(40)}Ronke`), ['PERSON:Ronke']);
    assert.deepEqual(persons('Running late, sorry!! xoxo Mary Anne Jane'), ['PERSON:Mary Anne Jane']);
    assert.deepEqual(persons('곧 도착해요, 조금만 기다려줘 xoxo Mary Anne Jane'), ['PERSON:Mary Anne Jane']);
    // A list or a desk after a comma is no signature.
    assert.deepEqual(persons('Sizes in stock for 4111 1111 1111 1111,\nLarge'), []);
    assert.deepEqual(persons('Card 4111 1111 1111 1111 blocked.\n\nRegards,\nSupport'), []);
  });

  test('a pupil after the school year, the class and the number (ko, en)', () => {
    assert.deepEqual(persons('학생 상담 기록부\n학생: 3학년 2반 15번 이서준\n상담일시: 2025.04.17'), ['PERSON:이서준']);
    assert.deepEqual(persons('Absence note for 3학년 2반 15번 이서준, sick today'), ['PERSON:이서준']);
    // A class's size or its room is none.
    assert.deepEqual(persons('3학년 2반 교실 이동 안내, 1학년 3반 학생회의'), []);
  });

  test('a given name with the 이 said after it before a particle only a name takes (ko, en)', () => {
    assert.deepEqual(
      persons('아버님 안녕하세요~ 햇살반 담임입니다. 서준이가 점심 먹고 열이 37.9도까지 올라서 010-2233-4455 로 연락드려요'),
      ['PERSON:서준'],
    );
    assert.deepEqual(persons("Teacher's note: 채윤이는 오늘 결석했어요. Call 010-2233-4455 if needed"), ['PERSON:채윤']);
    // A noun's own 이 ("고양이", "원숭이") or the particle after a noun is none.
    assert.deepEqual(persons('고양이가 아파서 010-2233-4455 로 연락주세요'), []);
    assert.deepEqual(persons('원숭이를 봤어요 010-2233-4455'), []);
  });

  test('a person greeted or introduced after a greeting in lower case (en, ko)', () => {
    assert.deepEqual(persons('hi Fatima,\nsending my bank details for payroll: BSB 062-000, phone 0412 558 093'), ['PERSON:Fatima']);
    assert.deepEqual(persons('hey Sam - for the booking the card is 4111 1111 1111 1111'), ['PERSON:Sam']);
    assert.deepEqual(persons('hiya its Ffion 👋 got a new phone, number is 07823 604 118'), ['PERSON:Ffion']);
    assert.deepEqual(persons('hey its Keely 🙋‍♀️ old sim is dead, new one 0412 558 093'), ['PERSON:Keely']);
    assert.deepEqual(persons('hi Hana, 계좌 바뀌었어 신한 110-482-771093 으로 보내줘'), ['PERSON:Hana']);
    // A greeting to a group, a thing that is no one, or thanks in lower case with no speaker name no one.
    assert.deepEqual(persons('hi Team, my new number is 0412 558 093'), []);
    assert.deepEqual(persons('hey Siri, call 0412 558 093'), []);
    assert.deepEqual(persons('its Monday!! call me on 0412 558 093'), []);
  });

  test('a greeting on a line an e-mail quotes, after its marks (en, ko)', () => {
    assert.deepEqual(persons('Thanks, that works.\n\nOn Tue, Meera wrote:\n> Hi Sarah,\n> the referencing came back clear.'), [
      'PERSON:Meera',
      'PERSON:Sarah',
    ]);
    assert.deepEqual(persons('>> Hello Kevin! The meter was read yesterday.'), ['PERSON:Kevin']);
    assert.deepEqual(persons('> 안녕하세요 김민수 고객님, 요청하신 내역입니다'), ['PERSON:김민수']);
    // A quoted greeting to a group or to no one names no one.
    assert.deepEqual(persons('> Hi team, the report is attached'), []);
    assert.deepEqual(persons('> Hello World example output'), []);
  });

  test('the writer an e-mail client names above a quoted reply (en, ko)', () => {
    assert.deepEqual(persons('Sounds good.\n\nOn Mon, Mar 3, 2025 at 9:12 AM Dana Whitfield <dana@example.com> wrote:\n> see below'), [
      'PERSON:Dana Whitfield',
    ]);
    assert.deepEqual(persons('On Tue, Meera wrote:\n> the form is attached'), ['PERSON:Meera']);
    assert.deepEqual(
      persons('확인했습니다.\n\n2025년 3월 4일 (화) 오후 2:10, 김민수 <minsu@example.com>님이 작성:\n> 견적서 보내드립니다'),
      ['PERSON:김민수'],
    );
    assert.deepEqual(persons('2025년 3월 4일 (화) 오후 2:10, 박서연님이 작성:'), ['PERSON:박서연']);
    // A reply quoted again keeps the line behind its marks.
    assert.deepEqual(persons('> On Tue, 4 Jun 2024 at 09:12, Benedikt Krause wrote:\n> the deposit is still open'), [
      'PERSON:Benedikt Krause',
    ]);
    assert.deepEqual(persons('>> 2024년 6월 4일 (화) 오전 9:12, 윤석훈 <sh.yoon@example.com>님이 작성:'), ['PERSON:윤석훈']);
  });

  test("a greeting after a speaker's label of words in lower case after the first (en, ko)", () => {
    assert.deepEqual(persons('Tax preparer: Hi Jessica, for your 1040 I need your SSN'), ['PERSON:Jessica']);
    assert.deepEqual(persons('Crewing agent (부산): Hello Priya, 서류 확인했습니다'), ['PERSON:Priya']);
    assert.deepEqual(persons('Tax preparer: Hi team, the forms are in'), []);
    // A team, a desk or a title writes no name.
    assert.deepEqual(persons('On Friday, the team wrote:\n> all set'), []);
    assert.deepEqual(persons('On Mon, Mar 3, 2025 at 9:12 AM Support <help@example.com> wrote:'), []);
    assert.deepEqual(persons('2025년 3월 4일 (화) 고객님이 작성:'), []);
  });
});

test('a name before the kisses that end a message is its writer; a thing before them is not (en, ko)', () => {
  assert.deepEqual(persons('check-out is 10am sat, dinnae lose the fob 😂 Callum x'), ['PERSON:Callum']);
  assert.deepEqual(persons('내일 9시에 갈게! Siobhan xx'), ['PERSON:Siobhan']);
  for (const text of ['I love this box x', 'See you at 5. Mum xx', 'Order 4 boxes x']) assert.deepEqual(persons(text), [], text);
});
