// Round 32's shapes: what people paste into an assistant at work — a store's, a team's or a practice's line beside the
// people in a form, a letterhead's last cell, a business block's phone, and the people such requests name.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("an organisation's line is no person's", () => {
  test("a practice after the doctor's name, Manchester's 0161, a concierge, a sales office, opening days (en)", () => {
    const school = 'Alternative contact: Uncle Femi, 07932 571 488\nGP: Dr A. Shah, Meadowbank Surgery 0161 483 2210';
    assert.deepEqual(ofType(school, 'PHONE'), ['PHONE:07932 571 488']);
    assert.deepEqual(ofType('Family doctor: Dr Sandeep Rao, Coastlands Medical 04 297 0880', 'PHONE'), []);
    assert.deepEqual(ofType('Quote ticket LK-30918 when you call the concierge desk on 6715 8890.', 'PHONE'), []);
    assert.deepEqual(ofType('Deposit due 14 Mar 2025, balance 7 days before event\nSales office +603 2141 8000', 'PHONE'), []);
    assert.deepEqual(ofType('Filters to be changed by Tenants within 7 days. Office: 214-555-0100, Mon–Fri.', 'PHONE'), []);
    assert.deepEqual(ofType('Call the front desk on (02) 9374 4000 or email us.', 'PHONE'), []);
  });

  test("a letterhead's last cell, but a signer's number dialled from abroad stays theirs (en)", () => {
    const letterhead = 'Jane Moss\nBusiness Partner, Austral Robotics Pty Ltd\nLevel 12, 1 Market St, Sydney NSW 2000 | 02 8265 4400';
    assert.deepEqual(ofType(letterhead, 'PHONE'), []);
    const signature = 'Best regards,\nAdaeze Okonkwo | Procurement, Kola Foods Ltd | +234 902 318 6645';
    assert.deepEqual(ofType(signature, 'PHONE'), ['PHONE:+234 902 318 6645']);
    assert.deepEqual(ofType('the Artist - seun.adeyemicole@yahoo.com / +234 803 417 2956.', 'PHONE'), ['PHONE:+234 803 417 2956']);
  });

  test("a sister's number after her name stays hers (en)", () => {
    const chat = "Buyer: phone 0912 473 058. if i don't pick up call my sister Nguyễn Thị Hồng 0386 219 744";
    assert.deepEqual(ofType(chat, 'PHONE'), ['PHONE:0912 473 058', 'PHONE:0386 219 744']);
  });

  test("a store's branch, a team's shared line, a business block's phone, a clinic's last cell (ko)", () => {
    assert.deepEqual(ofType('이 영수증 OCR 텍스트 정리해줘\nGS25 역삼점 02-555-0192\n2024-06-11 18:42 POS 03', 'PHONE'), []);
    assert.deepEqual(ofType('대여지점: 제주공항점 (064-743-8000)\n대여일시: 2025-02-14 10:30', 'PHONE'), []);
    assert.deepEqual(ofType('배송예정 03.07 오후 / 집배점 연락처 031-756-4420', 'PHONE'), []);
    assert.deepEqual(ofType('게스트 와이파이 문의는 커뮤니티팀 02-6952-1100으로 주세요.', 'PHONE'), []);
    assert.deepEqual(ofType('- 장애 연락: 염재원 010-4892-3160 (3/31까지), 이후 인프라팀 공용번호 02-3140-7700', 'PHONE'), [
      'PHONE:010-4892-3160',
    ]);
    assert.deepEqual(ofType('상호: 한울디자인  사업자등록번호: 376-99-52957  전화: 02-336-1804', 'PHONE'), []);
    assert.deepEqual(ofType('사업체명: 동진금속   사업자등록번호: 845-57-62096\n  대표자: 최영길   전화: 031-356-2870', 'PHONE'), []);
    assert.deepEqual(ofType('의료기관: 춘천바른신경외과의원 / 강원특별자치도 춘천시 중앙로 118 / 033-255-8275', 'PHONE'), []);
  });

  test("a person's mobile beside the same words stays theirs (ko)", () => {
    assert.deepEqual(ofType('역삼점 점장 휴대폰 010-4417-2290', 'PHONE'), ['PHONE:010-4417-2290']);
    assert.deepEqual(ofType('대표자: 최영길   휴대폰: 010-3356-2870', 'PHONE'), ['PHONE:010-3356-2870']);
  });
});

describe("a firm's address is no person's", () => {
  test("after a firm's line with its floor, after 'our office', before a business number (en)", () => {
    const letterhead = 'Operations Director, Kestrel Logistics Inc.\nLevel 12, 6750 Ayala Avenue, Makati City';
    assert.deepEqual(ofType(letterhead, 'ADDRESS'), []);
    assert.deepEqual(ofType('Our office remains at Plot 14, Adeola Odeku Street, Victoria Island, Lagos.', 'ADDRESS'), []);
    assert.deepEqual(ofType('Level 2, 88 Pitt Street, Sydney NSW 2000. ABN 51 824 753 556.', 'ADDRESS'), []);
    assert.deepEqual(ofType('Ship to: 22 Wattle Cres, Glenroy VIC 3046', 'ADDRESS'), ['ADDRESS:22 Wattle Cres, Glenroy VIC 3046']);
  });

  test("a firm's or a clinic's cell, a workplace, a letter's footer with its fax (ko)", () => {
    assert.deepEqual(ofType('5608-1172-3424 | (주)온누리디자인 | 서울 관악구 관악로 158, 7층 | 평일 9~6시만 수령', 'ADDRESS'), []);
    assert.deepEqual(ofType('의료기관: 춘천바른신경외과의원 / 강원특별자치도 춘천시 중앙로 118', 'ADDRESS'), []);
    assert.deepEqual(ofType('2. 근무장소: 본사 R&D센터 (경기도 수원시 영통구 광교로 156)', 'ADDRESS'), []);
    assert.deepEqual(ofType('주식회사 에이스텍 대표이사 (직인)\n경기도 부천시 오정구 석천로 397 / 대표전화 032-670-3100', 'ADDRESS'), []);
    assert.deepEqual(ofType('5608-1172-3430 | 우정희 | 서울 관악구 봉천로 12, 302호', 'ADDRESS'), ['ADDRESS:서울 관악구 봉천로 12, 302호']);
  });
});

describe('the people a pasted request names', () => {
  test("a greeting that opens a quoted message, a sign-off on the thanks' line, a relative's title trimmed (en)", () => {
    assert.deepEqual(ofType("Can you make this polite:\n\n'Hi Declan, the lockbox code was changed.", 'PERSON'), ['PERSON:Declan']);
    assert.deepEqual(ofType('here is the log, key removed\nthanks, Chantal', 'PERSON'), ['PERSON:Chantal']);
    assert.deepEqual(ofType("'Please send the visa papers.\nThanks, Linh'", 'PERSON'), ['PERSON:Linh']);
    assert.deepEqual(ofType('Alternative contact: Uncle Femi, 07932 571 488', 'PERSON'), ['PERSON:Femi']);
    assert.deepEqual(ofType('Thanks, Team', 'PERSON'), []);
  });

  test("a thing's name field and the next line's label are no names (en)", () => {
    const form = 'Name: Rosa Elena Guzmán\nBusiness name: Sparkle Home Cleaning\nTIN: ITIN 912-78-4431';
    assert.deepEqual(ofType(form, 'PERSON'), ['PERSON:Rosa Elena Guzmán']);
    const application = 'Please summarise this tenancy application for the landlord:\nApplicant: Hemi Walker\nDOB: 2 Nov 1990';
    assert.deepEqual(ofType(application, 'PERSON'), ['PERSON:Hemi Walker']);
  });

  test("a numbered list's field, a guardian's numbered field, a parent's syllable in brackets, 전화 as a field (ko)", () => {
    const trip = '1) 학생: 지수아 / 보호자: 지영훈(부)\n2) 학생: 마윤호 / 보호자: 설혜림(모)\n3) 학생: 채리안 / 보호자: Olivia Chae(모)';
    assert.deepEqual(ofType(trip, 'PERSON'), [
      'PERSON:지수아',
      'PERSON:지영훈',
      'PERSON:마윤호',
      'PERSON:설혜림',
      'PERSON:채리안',
      'PERSON:Olivia Chae',
    ]);
    const nursery = '보호자1(모): 황인영 / 휴대폰 010-9415-2037\n보호자2(부): 나준서 / 휴대폰 010-5286-7410';
    assert.deepEqual(ofType(nursery, 'PERSON'), ['PERSON:황인영', 'PERSON:나준서']);
    const proxy = '성명: 류지환 (관계: 아들)\n주소: 서울특별시 송파구 송파대로 345, 512동 2203호\n전화: 010-9042-3587';
    assert.deepEqual(ofType(proxy, 'PERSON'), ['PERSON:류지환']);
  });
});

describe('more of the people a pasted request names', () => {
  test('a second greeted name before a dash, a second party after a label, a form of address in lower case, a listed name (en)', () => {
    assert.deepEqual(ofType('Welcome Priya & Tom - check-in from 2pm Fri 7 Mar.', 'PERSON'), ['PERSON:Priya', 'PERSON:Tom']);
    const lease = 'Landlord: Harpreet Singh Dhillon\nTenants: Olivia Tremblay and Marc-André Gagnon\nRental unit: 58 Maple Grove Drive';
    assert.deepEqual(ofType(lease, 'PERSON'), ['PERSON:Harpreet Singh Dhillon', 'PERSON:Olivia Tremblay', 'PERSON:Marc-André Gagnon']);
    assert.deepEqual(ofType('Parties: Acme Holdings and Bright Future Ltd', 'PERSON'), []);
    assert.deepEqual(ofType('pls make this formal:\n\nhi maam Joy, i will be on leave Mar 17-21', 'PERSON'), ['PERSON:Joy']);
    assert.deepEqual(ofType("If nobody's home text Bronwyn on 0412 558 903.", 'PERSON'), ['PERSON:Bronwyn']);
  });

  test('a party to a sale named in brackets as the speaker; a gloss in another language is none (ko)', () => {
    const chat = '나: 보험이력 조회해볼게요\n판매자(이상철): 토요일 오전 괜찮아요.';
    assert.deepEqual(ofType(chat, 'PERSON'), ['PERSON:이상철']);
    assert.deepEqual(ofType('임대인 (Vermieter): 클라우스 베버', 'PERSON').includes('PERSON:Vermieter'), false);
    assert.deepEqual(ofType('판매자(직거래): 토요일 오전 괜찮아요.', 'PERSON'), []);
  });
});

describe("round 33's people: spoken, informal and from many countries", () => {
  test('a name that goes on in letters beyond Latin-1, a greeting before an emoji or in Italian, thanks that say how much (en)', () => {
    assert.deepEqual(ofType('Comments\nAnh Thư Nguyễn: whose name is on the cà vẹt exactly?', 'PERSON'), ['PERSON:Anh Thư Nguyễn']);
    assert.deepEqual(ofType('Signed: Tomasz Wiśniewski', 'PERSON'), ['PERSON:Tomasz Wiśniewski']);
    assert.deepEqual(ofType('Hi Thabo 👋 Lerato here, we spoke on Friday.', 'PERSON').includes('PERSON:Thabo'), true);
    assert.deepEqual(ofType('Hi Team 👋 welcome aboard', 'PERSON'), []);
    assert.deepEqual(ofType('Airbnb message\nCiao Sam! Everything is ready for tomorrow', 'PERSON'), ['PERSON:Sam']);
    assert.deepEqual(ofType('asthma, inhaler is in his bag. Thanks a million, Aoife', 'PERSON'), ['PERSON:Aoife']);
  });

  test("whom to ask for at a number given just before; a desk is none; a sale's parties in French are no names (en)", () => {
    assert.deepEqual(ofType('Text/Viber 0917 845 2206, look for Migs. IMEI not blocked', 'PERSON'), ['PERSON:Migs']);
    assert.deepEqual(ofType('call 1800 123 456 and ask for Billing', 'PERSON'), []);
    const leboncoin =
      'Leboncoin – Vélo cargo, 2 900 €\nAcheteur: Bonjour, still available?\nVendeur: Bonjour, oui toujours dispo.\nAcheteur: ok, send IBAN?';
    assert.deepEqual(ofType(leboncoin, 'PERSON'), []);
  });

  test('a Vietnamese name in a Korean chat is read whole (ko)', () => {
    assert.deepEqual(ofType('[단톡방]\nNguyễn Thị Thư: 내일 몇 시에 와요?\nNguyễn Thị Thư: 저 3시 가능해요', 'PERSON'), [
      'PERSON:Nguyễn Thị Thư',
      'PERSON:Nguyễn Thị Thư',
    ]);
  });
});

describe('addresses as speech-to-text and foreigners write them', () => {
  test('a unit in small letters, a city and a state or a province in words before the code, no commas; a phone after is not taken (en)', () => {
    assert.deepEqual(
      ofType('Caller: Kayla Brooks, 1190 Maple Ridge Drive, apartment 3C, Columbus Ohio 43221, buzzer says Brooks', 'ADDRESS'),
      ['ADDRESS:1190 Maple Ridge Drive, apartment 3C, Columbus Ohio 43221'],
    );
    assert.deepEqual(ofType('Speaker 2: 2210 Hurontario Street unit 1504 Mississauga Ontario L5B 1M8\nSpeaker 1: perfect', 'ADDRESS'), [
      'ADDRESS:2210 Hurontario Street unit 1504 Mississauga Ontario L5B 1M8',
    ]);
    assert.deepEqual(ofType('Flat 2, 9 Gloucester Road North, Filton, Bristol BS34 7PJ   Tel 07851 431 562', 'ADDRESS'), [
      'ADDRESS:Flat 2, 9 Gloucester Road North, Filton, Bristol BS34 7PJ',
    ]);
  });

  test('a romanised Korean address with its city and district apart by blanks and its unit in Hangul (ko)', () => {
    assert.deepEqual(ofType('쿠팡 박스 우리 집에 있어요: Seoul Yongsan-gu Hannam-daero 91, 102동 803호. 010-4418-2093', 'ADDRESS'), [
      'ADDRESS:Seoul Yongsan-gu Hannam-daero 91, 102동 803호',
    ]);
  });
});

describe("a mobile wallet's account and more of an organisation's lines", () => {
  test("a mobile wallet's account is its owner's phone; a bank's account stays one (en)", () => {
    const jazz = 'person is not picking up. My JazzCash account is 0345-7716290, name Muhammad Usman Qureshi';
    assert.deepEqual(ofType(jazz, 'PHONE'), ['PHONE:0345-7716290']);
    assert.deepEqual(ofType(jazz, 'BANK_ACCOUNT'), []);
    assert.deepEqual(ofType('Or M-Pesa paybill 247247, account 0722418390', 'PHONE'), ['PHONE:0722418390']);
    assert.deepEqual(ofType('Zenith account 2087415530', 'BANK_ACCOUNT'), ['BANK_ACCOUNT:2087415530']);
  });

  test("the gym, a body shop in brackets (en); a police box, a building's office, an organisation's office (ko)", () => {
    assert.deepEqual(ofType('I have called the gym at 02-332-8810 four times.', 'PHONE'), []);
    assert.deepEqual(ofType('Vehicle towed to Brampton Auto Body (905-450-1100). Rental requested', 'PHONE'), []);
    assert.deepEqual(ofType('오늘 저녁까지 연락 없으면 구래지구대에 맡길게요 (031-8048-0112)', 'PHONE'), []);
    assert.deepEqual(ofType('어제도 그랬어요 관리실에 말하세요 031-226-8800', 'PHONE'), []);
    assert.deepEqual(ofType('※ 위생모·앞치마 제공 / 급식소 사무실 02-2212-8291', 'PHONE'), []);
    assert.deepEqual(ofType('제 사무실 02-2212-8291 로 주세요', 'PHONE'), ['PHONE:02-2212-8291']);
    assert.deepEqual(ofType('관리실에 말하세요, 제 번호는 010-4417-2290', 'PHONE'), ['PHONE:010-4417-2290']);
  });
});

describe('Korean rosters, minutes and answers', () => {
  test("a church's offices after a name, a committee's roles and a counsellor before one; a surname and a title is no name (ko)", () => {
    assert.deepEqual(ofType('주방: 최미숙 권사님, 배정란 집사님\n차량: 이상철 집사님 (스타리아)', 'PERSON'), [
      'PERSON:최미숙',
      'PERSON:배정란',
      'PERSON:이상철',
    ]);
    assert.deepEqual(ofType('참석: 회장 박민철, 총무 윤지아 외 동대표 6명', 'PERSON'), ['PERSON:박민철', 'PERSON:윤지아']);
    assert.deepEqual(ofType('[상담기록] 상담자 김혜린, 통역 Enkhjargal', 'PERSON').includes('PERSON:김혜린'), true);
    assert.deepEqual(ofType('회장 윤 부장: 10월 정기산행 회비 3만원씩 걷습니다.', 'PERSON'), []);
    assert.deepEqual(ofType('사내 메신저) 윤과장님, 계정 생성 부탁드립니다. 이집사님도요', 'PERSON'), []);
  });

  test('a name given in answer with its copula dropped, a rarer surname (ko)', () => {
    const call = '상담원: 성함하고 주민등록번호 말씀해주시겠어요\n고객: 윤서희고요 920705-2997769 요';
    assert.deepEqual(ofType(call, 'PERSON'), ['PERSON:윤서희']);
    assert.deepEqual(ofType('환자 이름은 옹미숙이고요 생년월일은 63년 5월 19일', 'PERSON'), ['PERSON:옹미숙']);
    assert.deepEqual(ofType('옹기 가게 주소 알려주세요', 'PERSON'), []);
  });
});

describe("words in a name's place", () => {
  test("a country in brackets after a foreigner's name, a car's owner, a companion (ko); Indonesia's Jl. (en)", () => {
    assert.deepEqual(ofType('FW | Obinna Eze (나이지리아) | 010-3360-2417', 'PERSON'), ['PERSON:Obinna Eze']);
    assert.deepEqual(ofType('설거지: Adaeze Okafor (나이지리아 교환학생)', 'PERSON'), ['PERSON:Adaeze Okafor']);
    assert.deepEqual(ofType('Kevin Oh (오경빈)', 'PERSON'), ['PERSON:Kevin Oh', 'PERSON:오경빈']);
    assert.deepEqual(ofType('연락처: 010-9207-3316 (차주 본인 윤성필, 딜러 사절)', 'PERSON'), ['PERSON:윤성필']);
    assert.deepEqual(ofType('Customer: Jl. Kemang Raya No. 18B, Jakarta', 'PERSON'), []);
  });
});

describe("police, clergy and a filing's parties", () => {
  test('a rank or an office before a name, a complainant or a respondent; a police force is none (en)', () => {
    assert.deepEqual(ofType('Statement recorded by Sgt. Bolanle Adeyemi, force no. 418827', 'PERSON'), ['PERSON:Bolanle Adeyemi']);
    assert.deepEqual(ofType('Sun 10th: Deacon Frimpong on tea', 'PERSON'), ['PERSON:Frimpong']);
    assert.deepEqual(ofType("Rev. Michael O'Brien will lead the service", 'PERSON'), ["PERSON:Michael O'Brien"]);
    assert.deepEqual(ofType('Occurrence Book\nComplainant Wanjiru Kamau, tel +254 722 418 903, states', 'PERSON'), [
      'PERSON:Wanjiru Kamau',
    ]);
    assert.deepEqual(ofType('Respondent: Marcus Hale', 'PERSON'), ['PERSON:Marcus Hale']);
    assert.deepEqual(ofType('Opening hours Fr. 9am, the Garda Síochána station', 'PERSON'), []);
  });
});

describe("another's number by its owner's words", () => {
  test('"his no." and a relative named before "on" (en)', () => {
    assert.deepEqual(ofType('Ankit will come to VFS with the originals, his no. 98733 20519. Fees ₹7,400', 'PHONE'), ['PHONE:98733 20519']);
    assert.deepEqual(ofType('call me on +91 98220 41763 or my wife Meenal on 99230 18846 after 6 pm', 'PHONE'), [
      'PHONE:+91 98220 41763',
      'PHONE:99230 18846',
    ]);
  });
});

describe('a plate said with its state', () => {
  test("an American state's name before the plate, and no pronoun after it (en)", () => {
    assert.deepEqual(ofType('a white F-150 rear ended me, his plate was Ohio JKV 4418 I think', 'VEHICLE_PLATE'), [
      'VEHICLE_PLATE:JKV 4418',
    ]);
    assert.deepEqual(ofType('plate: Texas', 'VEHICLE_PLATE'), []);
  });

  test('a Korean plate after its label is unchanged (ko)', () => {
    assert.deepEqual(ofType('차량번호 12가 3456 입니다', 'VEHICLE_PLATE'), ['VEHICLE_PLATE:12가 3456']);
  });
});
