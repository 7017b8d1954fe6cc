// Round 28's shapes: names written with a blank between syllables, identifiers in a CSV row after a date, passengers with a
// spaced slash, chat senders with an emoji or a surname's particle, organisations' lines, and plates after a car's model.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { found, foundOfType as ofType } from './pii-test-helpers.ts';

describe('a Korean full name with a blank between its syllables', () => {
  test('vouched for by the name written again, an answer or a seal (ko, en)', () => {
    assert.deepEqual(ofType('상담사: 성함이 어떻게 되세요?\n고객: 배 성 철 이요 배성철', 'PERSON'), ['PERSON:배 성 철', 'PERSON:배성철']);
    assert.deepEqual(ofType('고객 정 민 호 요', 'PERSON'), ['PERSON:정 민 호']);
    assert.deepEqual(ofType('분당서울정형외과의원   정형외과 전문의  한 재 욱  (인)', 'PERSON'), ['PERSON:한 재 욱']);
    assert.deepEqual(ofType('Caller (STT): 임 동 혁 이구요, born in 87', 'PERSON'), ['PERSON:임 동 혁']);
  });

  test("in a person's field or a cell of a row (ko, en)", () => {
    assert.deepEqual(ofType('2025-03-04,OD250303-00917,곽 동 희,010 7703 2916', 'PERSON'), ['PERSON:곽 동 희']);
    assert.deepEqual(ofType('담당 손해사정사 소 윤 아 / 보상 콜센터 1588-5114', 'PERSON'), ['PERSON:소 윤 아']);
    assert.deepEqual(ofType('Customer name: 곽 동 희, phone 010 7703 2916', 'PERSON'), ['PERSON:곽 동 희']);
  });

  test('lone syllables of speech are no name (ko, en)', () => {
    assert.deepEqual(ofType('이 거 봐 정 말 요', 'PERSON'), []);
    assert.deepEqual(ofType('저 는 오 늘 안 돼 요', 'PERSON'), []);
    assert.deepEqual(ofType('Typed with spaces: 이 건 은 아니에요', 'PERSON'), []);
  });
});

describe('identifiers and names in rows', () => {
  test('a resident number in a CSV field right after a date field (ko, en)', () => {
    const row = 'E20190314,강예린,KANG YERIN,생산관리팀,2019-03-14,950612-2147896,010-5539-2068';
    assert.deepEqual(ofType(row, 'RRN'), ['RRN:950612-2147896']);
    assert.deepEqual(ofType('emp_id,hired,arc_no\nE1,2021-08-02,980117-6561481', 'FRN'), ['FRN:980117-6561481']);
    // A price's group after a comma still starts nothing.
    assert.deepEqual(found('총액 1,234,567원 결제'), []);
    assert.deepEqual(found('Total 1,234,567 paid on 2024-03-14'), []);
  });

  test('a passenger written SURNAME / GIVEN with a title (en, ko)', () => {
    assert.deepEqual(ofType('1 | YAMAMOTO / HARUKA MS | JPN | TK4082917 | Twin 1', 'PERSON'), ['PERSON:YAMAMOTO / HARUKA']);
    assert.deepEqual(ofType('탑승객 명단\n3 | LIM / WEI LING MS | SGP', 'PERSON'), ['PERSON:LIM / WEI LING']);
    assert.deepEqual(ofType('Rate USD / KRW MID at 1,380', 'PERSON'), []);
  });

  test("a plate under a bus's or a vehicle's plate column, and a driver's name column (en, ko)", () => {
    const roster = 'route,bus_plate,driver_name\nR1 Kileleshwa,KDA 417X,Peter Mwangi Kariuki\nR2 Lavington,KCY 208M,Joseph Kiprono';
    assert.deepEqual(ofType(roster, 'VEHICLE_PLATE'), ['VEHICLE_PLATE:KDA 417X', 'VEHICLE_PLATE:KCY 208M']);
    assert.deepEqual(ofType('노선,vehicle_plate,기사\n1호차,KDA 417X,김기사', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:KDA 417X']);
  });
});

describe('chat senders as exports show them', () => {
  test('an emoji after the display name (en, ko)', () => {
    const chat = '[3/07 19:11] Priya 🌸: paid ✅ also Josh you still owe\n[3/07 19:12] Josh: omg sorry sending now';
    assert.ok(ofType(chat, 'PERSON').includes('PERSON:Priya'));
    assert.deepEqual(
      ofType('Jhun 😎: guys who can swap with me Thur\nKuya Ramon: ako na\nJhun 😎: deal!!', 'PERSON').filter(
        (name) => name === 'PERSON:Jhun',
      ).length,
      2,
    );
    assert.ok(ofType('[오후 7:11] 지민 🌸: 입금했어요\n[오후 7:12] 하늘: 고마워요', 'PERSON').includes('PERSON:지민'));
  });

  test("a surname's particle in a timed sender's name (en, ko)", () => {
    const chat = '[14/05/24, 06:14:02] Riana vd Merwe: Is he ok??\n[14/05/24, 06:15:30] Thabo (Shift A): She hit the e-stop.';
    assert.ok(ofType(chat, 'PERSON').includes('PERSON:Riana vd Merwe'));
    const mixed = '[12/03/2025, 07:32] 권 도윤: 게이트에 말해 주세요\n[12/03/2025, 07:35] Pieter van Wyk: Will do. Sign in at security';
    assert.ok(ofType(mixed, 'PERSON').includes('PERSON:Pieter van Wyk'));
  });
});

describe("organisations' lines", () => {
  test('a switchboard, a nurse line, a store, a district office, a call ID or a meter are no one’s number (en)', () => {
    assert.deepEqual(ofType('Questions: clinic nurse line (614) 293-4000, option 2.', 'PHONE'), []);
    assert.deepEqual(ofType('or mobile +49 171 5528390, the switchboard (+49 221 9873 0) closes at 16:00', 'PHONE'), [
      'PHONE:+49 171 5528390',
    ]);
    assert.deepEqual(ofType('Questions? Call the store at (302) 998-4410, open 8am-9pm.', 'PHONE'), []);
    assert.deepEqual(ofType('* District office (541) 388-1100, 8 a.m.-4:30 p.m.', 'PHONE'), []);
    assert.deepEqual(ofType('Meter no: 04213977520', 'PHONE'), []);
    // A member's own mobile is still a phone.
    assert.deepEqual(ofType('Mobile of add-on member: 70078 15329', 'PHONE'), ['PHONE:70078 15329']);
  });

  test("an office's, a branch's or a fax line in Korean notices and receipts (ko)", () => {
    assert.deepEqual(ofType('※ 회신서 제출 / 문의 교무실 031-8045-1120', 'PHONE'), []);
    assert.deepEqual(ofType('확인: 민원담당 이 주무관 (대표 044-301-5691)', 'PHONE'), []);
    assert.deepEqual(ofType('분할납부는 관악지사(02-880-1200) 또는 고객센터로 문의', 'PHONE'), []);
    assert.deepEqual(ofType('요양기관 밝은빛소아청소년과의원  팩스번호 02-871-3351', 'PHONE'), []);
    assert.deepEqual(ofType('[녹취 STT] 콜ID 0611-1432-0087\n고객 연락처 010-4471-2280', 'PHONE'), ['PHONE:010-4471-2280']);
    assert.deepEqual(ofType('문의: 관리사무소 031-938-2210 / 야간 방재실 031-938-2219', 'PHONE'), []);
  });
});

describe("a plate right after a car's make and model", () => {
  test('letters and digits after the model (en, ko)', () => {
    assert.deepEqual(ofType('Insured: M. Julien Marchetti, policy AAM-77-204819, Peugeot 208 GH-417-PZ', 'VEHICLE_PLATE'), [
      'VEHICLE_PLATE:GH-417-PZ',
    ]);
    assert.deepEqual(ofType('상대 차량은 Renault Clio FS-082-KD 였어요', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:FS-082-KD']);
  });

  test('a trim, a year or a price after the model is none (en, ko)', () => {
    assert.deepEqual(ofType('Toyota Hilux GR 2023 for sale', 'VEHICLE_PLATE'), []);
    assert.deepEqual(ofType('I bought the Ford Ranger for USD 1631 and want a refund', 'VEHICLE_PLATE'), []);
    assert.deepEqual(ofType('Ford Ranger USD 4444 견적 받았어요', 'VEHICLE_PLATE'), []);
  });
});

describe('a name in lower case as speech-to-text writes it', () => {
  test('a surname no list holds after a listed first name, where the name ends (en, ko)', () => {
    assert.deepEqual(ofType('guest hi yes room four one two my name is ingrid solberg I need to change the card', 'PERSON'), [
      'PERSON:ingrid solberg',
    ]);
    assert.deepEqual(ofType("calling for my mother carmen whitfield she's a patient", 'PERSON'), ['PERSON:carmen whitfield']);
    assert.deepEqual(ofType('고객 (STT): my name is ingrid solberg\n상담원: 네 확인했습니다', 'PERSON'), ['PERSON:ingrid solberg']);
  });

  test('a verb or a word after the first name stays out (en, ko)', () => {
    assert.deepEqual(ofType('my son jake broke his arm', 'PERSON'), ['PERSON:jake']);
    assert.deepEqual(ofType('my wife jessica works from home', 'PERSON'), ['PERSON:jessica']);
    assert.deepEqual(ofType('통화 메모: my name is sarah thanks', 'PERSON'), ['PERSON:sarah']);
  });
});

describe('a birth date said in words in the turn after it was asked for', () => {
  test('an English date after an agent names the birth date last (en)', () => {
    const call = "rep: and the patient's date of birth\ncaller: march fourth nineteen eighty two no sorry that's me";
    assert.deepEqual(ofType(call, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:march fourth nineteen eighty two']);
    // An answer with no date in it gives none.
    assert.deepEqual(ofType("rep: and your date of birth\ncaller: yeah I'll be there next june", 'DATE_OF_BIRTH'), []);
  });

  test('a Korean year read digit by digit (ko)', () => {
    const call = '상담원 생년월일도 말씀해 주세요\n고객 구이년 팔월 십오일이요\n상담원 네 확인됐습니다';
    assert.deepEqual(ofType(call, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:구이년 팔월 십오일']);
    assert.deepEqual(
      ofType('상담사: 성함하고 생년월일 말씀 부탁드립니다\n고객: 임 동 혁 이구요 팔칠년 시월 이십구일이요', 'DATE_OF_BIRTH'),
      ['DATE_OF_BIRTH:팔칠년 시월 이십구일'],
    );
    // "이삼년" is two or three years, and a visit's date answers no birth question.
    assert.deepEqual(ofType('직원: 생년월일 말씀해 주세요\n고객: 다음 주 월요일 삼월 십일에 갈게요', 'DATE_OF_BIRTH'), []);
  });
});

describe('addresses and licences as other countries print them', () => {
  test("a French doubled number, a Māori street's macron, a barangay, and a clause after the address (en, ko)", () => {
    assert.deepEqual(ofType('Karim will collect you from your flat at 5 bis rue Caulaincourt, 75018 Paris (3rd floor)', 'ADDRESS'), [
      'ADDRESS:5 bis rue Caulaincourt, 75018 Paris',
    ]);
    assert.deepEqual(ofType('Customer: 14B Tōtara Street, Northcote, Auckland 0627. We get the keys Sat', 'ADDRESS'), [
      'ADDRESS:14B Tōtara Street, Northcote, Auckland 0627',
    ]);
    assert.deepEqual(ofType('deliver sa bahay ni Nanay, 218 Mabini St., Brgy. San Roque, Marikina City 1801. salamat', 'ADDRESS'), [
      'ADDRESS:218 Mabini St., Brgy. San Roque, Marikina City 1801',
    ]);
    assert.deepEqual(ofType('배송지 Address is 42/7 Nguyễn Trãi, Phường 3, Quận 5, the alley is small but bike is ok', 'ADDRESS'), [
      'ADDRESS:42/7 Nguyễn Trãi, Phường 3, Quận 5',
    ]);
  });

  test('a British licence printed in its three parts after its label (en, ko)', () => {
    assert.deepEqual(ofType('Main driver: David Morgan    Licence no: MORGA 703115 DM9XK    Date of birth: 11/03/1975', 'DRIVER_LICENSE'), [
      'DRIVER_LICENSE:MORGA 703115 DM9XK',
    ]);
    assert.deepEqual(ofType('영국 면허 Licence no: MORGA 856249 CM4TZ 확인했습니다', 'DRIVER_LICENSE'), [
      'DRIVER_LICENSE:MORGA 856249 CM4TZ',
    ]);
    assert.deepEqual(ofType('Batch code MORGA 703115 on the label', 'DRIVER_LICENSE'), []);
  });
});

describe('senders of chat exports that no list holds', () => {
  test("a display name in a KakaoTalk export's bracket, sent twice (ko, en)", () => {
    const chat =
      '[버디장 승아] [오후 7:02] 다들 안녕!\n[Nomin] [오후 7:05] 안녕하세요 저는 노민 이에요\n[Gabi 🇧🇷] [오후 7:06] oiii\n' +
      '[버디장 승아] [오후 7:10] 폼에 넣으세요!\n[Nomin] [오후 7:15] 여권번호 쓰면 돼요?\n[Gabi 🇧🇷] [오후 7:21] ok';
    const names = ofType(chat, 'PERSON');
    for (const name of ['PERSON:승아', 'PERSON:Nomin', 'PERSON:Gabi']) assert.ok(names.includes(name), name);
    // A channel's notices and a desk's word are no one's name, and a firm's desk is none either.
    assert.deepEqual(ofType('[공지] [오후 2:11] 점검 안내\n[Support] [오후 2:12] 네\n[Support] [오후 2:13] 네', 'PERSON'), []);
    assert.deepEqual(ofType('[한빛모터스 정비팀] [오후 3:12] 고객님\n[한빛모터스 정비팀] [오후 3:40] 앞 패드 교체', 'PERSON'), []);
  });

  test("a phone export's sender on a line of its own before a Korean time, and a name's first part (en, ko)", () => {
    const chat = 'Olivia 오후 2:14\nunni sorry 또 물어봐서\n지민 언니 오후 2:15\n응 뭐야\nOlivia 오후 2:15\n이거 맞아?';
    assert.deepEqual(ofType(chat, 'PERSON').filter((name) => name === 'PERSON:Olivia').length, 2);
    assert.deepEqual(ofType('Lunch 12:30\nBreak 15:00\nLunch 12:30', 'PERSON'), []);
    const timed = '[3/2/25, 9:14:22 AM] Jessa Mae: Good morning ate Hyerin!\n[3/2/25, 9:21:47 AM] Jessa Mae: 여권 P4829163B';
    assert.deepEqual(ofType(timed, 'PERSON').filter((name) => name === 'PERSON:Jessa Mae').length, 2);
    assert.deepEqual(
      ofType('Coach Dre: Game moved!! Sat 9:00am\nLupe: got it coach!\nCoach Dre: Snack rotation', 'PERSON').includes('PERSON:Dre'),
      true,
    );
  });
});

describe("a mobile-money confirmation's counterparty", () => {
  test('the name in capitals and the phone money went to or came from (en, ko)', () => {
    const sent = 'TFK3H8Q2LM Confirmed. Ksh4,500.00 sent to WANJIRU KAMAU 0722613480 on 19/2/25 at 8:41 PM.';
    assert.deepEqual(
      found(sent).filter((finding) => finding.startsWith('PERSON:') || finding.startsWith('PHONE:')),
      ['PERSON:WANJIRU KAMAU', 'PHONE:0722613480'],
    );
    const forwarded = '케냐 직원이 보낸 문자: You have received Ksh1,000.00 from PETER OTIENO 254712345678 on 3/3/25';
    assert.deepEqual(ofType(forwarded, 'PHONE'), ['PHONE:254712345678']);
    // A paybill is a firm with an account, no phone.
    assert.deepEqual(ofType('Ksh1,200.00 sent to KPLC PREPAID for account 54302918845 on 19/2/25', 'PERSON'), []);
  });
});

describe('people introduced by what follows them', () => {
  test("a writer who says whose driver or agent they are, and a relative's name with a phone in brackets (en, ko)", () => {
    assert.deepEqual(ofType("Hi it's Gaz your Parcelway driver, I'm outside", 'PERSON'), ['PERSON:Gaz']);
    assert.deepEqual(ofType('LMP 01/28. Husband (Emeka, 347-602-1185) at bedside.', 'PERSON'), ['PERSON:Emeka']);
    assert.deepEqual(ofType('보호자 남편(민수, 010-4417-8803) 동행', 'PERSON'), ['PERSON:민수']);
    assert.deepEqual(ofType('Husband (ICU, 347-602-1185) at bedside.', 'PERSON'), []);
  });
});

describe('a spaced name whose last syllable carries its ending', () => {
  test('found where the text writes the name again (ko, en)', () => {
    assert.deepEqual(ofType('고객 엄 태 준이고요 구공 공일 일구 요\n상담원 네 엄태준님 현지 경찰 신고는', 'PERSON'), [
      'PERSON:엄 태 준',
      'PERSON:엄태준',
    ]);
    assert.deepEqual(ofType('Caller (STT): 엄 태 준이고요\nAgent: thanks, 엄태준님', 'PERSON'), ['PERSON:엄 태 준', 'PERSON:엄태준']);
    // Without the name written again, lone syllables with an ending are speech.
    assert.deepEqual(ofType('그 거 는 이 미 끝났어요', 'PERSON'), []);
    assert.deepEqual(ofType('상담원: 네 고객님 이 건 은행 쪽 문제예요', 'PERSON'), []);
  });
});

describe("values a caller reads out after an agent's request without a question mark", () => {
  test('an expiry, a CVV and a PIN said in words (en)', () => {
    const call =
      'agent: and the card for the deposit\ncaller: mastercard 5412 7330 0918 4620\nagent: five four one two expiry date\n' +
      'caller: oh nine twenty eight\nagent: and the three digits on the back\ncaller: seven seven one\nagent: thank you';
    assert.deepEqual(
      found(call).filter((finding) => finding.startsWith('CARD_')),
      ['CARD_EXPIRY:oh nine twenty eight', 'CARD_CVV:seven seven one'],
    );
    const both = 'AGENT: and the expiration and the three digit code on the back\nCALLER: oh eight twenty seven and uh six one two';
    assert.deepEqual(
      found(`AGENT: the card number please\nCALLER: 5412 7330 0918 4620\n${both}`).filter((finding) => finding.startsWith('CARD_')),
      ['CARD_EXPIRY:oh eight twenty seven', 'CARD_CVV:six one two'],
    );
    const pin = '00:00:27 AGENT: for security can you give me the four digit account PIN\n00:00:31 CALLER: two zero eight one';
    assert.deepEqual(ofType(pin, 'PASSWORD'), ['PASSWORD:two zero eight one']);
    // A licence's digits read in one part of a longer spelling are no PIN or CVV of their own.
    assert.deepEqual(
      found(
        "AGENT: ...and can I take your driving licence number?\nCALLER: It's M-O-R-G-A, eight five two one nine seven, D-E, nine, K-L.",
      ),
      [],
    );
  });

  test("a recording's time before a Korean speaker (ko)", () => {
    assert.deepEqual(
      ofType('14:03 상담사: 통장 비밀번호 네 자리 말씀해 주세요\n14:04 고객: 2580\n14:05 상담사: 확인됐습니다', 'PASSWORD'),
      ['PASSWORD:2580'],
    );
  });
});

describe('card networks, door locks and a plate alone after its model', () => {
  test("an Uzbek card beside a card word, a door lock's code, and a make and model with nothing else (ko, en)", () => {
    assert.deepEqual(ofType('받는 분 우즈베키스탄 카드 8600 3129 4471 8507 로 1,850,000원 보내셨네요.', 'CREDIT_CARD'), [
      'CREDIT_CARD:8600 3129 4471 8507',
    ]);
    assert.deepEqual(ofType('order 8600 3129 4471 8507 shipped', 'CREDIT_CARD'), []);
    assert.deepEqual(ofType('Door lock: 7713 then *\nWi-Fi: HanokStay_5G', 'PASSWORD'), ['PASSWORD:7713']);
    assert.deepEqual(ofType('The door lock was replaced yesterday', 'PASSWORD'), []);
    assert.deepEqual(ofType('Peugeot 208 GH-417-PZ', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:GH-417-PZ']);
  });
});

describe('an address label with a note in brackets', () => {
  test('the note between the label and its colon (ko, en)', () => {
    assert.deepEqual(
      ofType(
        ' 본국주소 Address (home country): 88 Moo 4, Tambon Nong Bua, Amphoe Mueang Udon Thani, Udon Thani 41000\n1. 근로계약기간',
        'ADDRESS',
      ),
      ['ADDRESS:88 Moo 4, Tambon Nong Bua, Amphoe Mueang Udon Thani, Udon Thani 41000'],
    );
    assert.deepEqual(ofType('Address (previous): 14 Elm Road, Leeds LS6 2AB', 'ADDRESS'), ['ADDRESS:14 Elm Road, Leeds LS6 2AB']);
    assert.deepEqual(ofType('Email Address (work): jane.doe@example.org', 'ADDRESS'), []);
  });
});
