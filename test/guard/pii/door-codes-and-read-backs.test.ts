// Door, gate and key-safe codes said after a bare "code" or "keypad" with the door named nearby, the code keyed after the
// call button in Korean, a code changed from one to another, a short PIN read back soon after, and answers that open with
// "try" or follow "we also need the PIN".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("a door's code after a bare 'code' or 'keypad'", () => {
  test('the door named before the code, in the sentence or the message it answers (en)', () => {
    assert.deepEqual(ofType('Meter is in the back garden, side gate keypad 7193 then #. Dog is grand.', 'PASSWORD'), ['PASSWORD:7193']);
    assert.deepEqual(ofType('Meter read booked 28 June (access via side gate, code 4096, dog on premises)', 'PASSWORD'), ['PASSWORD:4096']);
    assert.deepEqual(ofType('Key safe at 2 Oldcourt Mews (Mr Kiely, lives alone, hard of hearing) - code is 1948.', 'PASSWORD'), [
      'PASSWORD:1948',
    ]);
    assert.deepEqual(ofType("yes, the cupboard code is 0308 if I'm out", 'PASSWORD'), ['PASSWORD:0308']);
    assert.deepEqual(ofType('The code for the street door is 4827B.', 'PASSWORD'), ['PASSWORD:4827B']);
    assert.deepEqual(
      ofType("If not can u send the side gate code. Cheers\n\n> yep Shell's home, code is 2580 if she doesn't hear the bell", 'PASSWORD'),
      ['PASSWORD:2580'],
    );
    assert.deepEqual(ofType('Gate code not working, tried 2580 twice.', 'PASSWORD'), ['PASSWORD:2580']);
  });

  test('other codes, a number that goes on, and a code with no door near are none (en)', () => {
    assert.deepEqual(ofType('Use promo code 2580 at the door of the shop', 'PASSWORD'), []);
    assert.deepEqual(ofType('Error code 4096 when I open the garage app', 'PASSWORD'), []);
    assert.deepEqual(ofType('If ur not home can u txt the side gate code? Or ring me 0488 305 712', 'PASSWORD'), []);
    assert.deepEqual(ofType('The code is 4096 lines long', 'PASSWORD'), []);
    assert.deepEqual(ofType('Front door delivery, booking code 773401', 'PASSWORD'), []);
  });

  test("a code keyed after the call button, and a flat's number called before the password (ko)", () => {
    const pharmacy = '튼튼약국: 공동현관 비밀번호 있으면 같이 알려주세요 기사님 전달할게요\n손녀: 호출 누르고 1928 이요';
    assert.deepEqual(ofType(pharmacy, 'PASSWORD'), ['PASSWORD:1928']);
    assert.deepEqual(ofType('(전 세입자 메모) 공동현관은 1203# 누르고 비번 7741, 세대 도어락은 임시로 0930', 'PASSWORD'), [
      'PASSWORD:7741',
      'PASSWORD:0930',
    ]);
  });

  test('a code changed from one to another on a later day (ko)', () => {
    const notice = '[공지] 103동 공동현관 비밀번호가 6월 3일(월)부터 2580* 에서 7193* 으로 변경됩니다. 외부인 공유 자제 부탁드립니다.';
    assert.deepEqual(ofType(notice, 'PASSWORD'), ['PASSWORD:2580*', 'PASSWORD:7193*']);
    assert.deepEqual(ofType('공동현관 비밀번호가 6월 3일부터 바뀝니다. 관리사무소 02-555-0187', 'PASSWORD'), []);
  });
});

describe('a short PIN read back, and answers that open with "try"', () => {
  test('a code read back in the next turn; an extension with the same digits is none (en)', () => {
    const gate = "Gate code still 4471 yeah? If ur not home need the acct holder's DOB.\n\nMel: yep 4471. might be at work";
    assert.deepEqual(ofType(gate, 'PASSWORD'), ['PASSWORD:4471', 'PASSWORD:4471']);
    const port = 'You: the pin I put was 5821\nAgent: Thanks. If it fails call 1-888-555-0148 ext. 5821 and ask for me.';
    assert.deepEqual(ofType(port, 'PASSWORD'), ['PASSWORD:5821']);
  });

  test('"try 5092" after a corrected answer, and the PIN read back (en)', () => {
    const chat =
      'Agent: Thanks. And the account PIN please?\nCustomer: 0815. no sorry thats my old one, try 5092\nAgent: 5092 is correct, thank you.';
    assert.deepEqual(ofType(chat, 'PASSWORD'), ['PASSWORD:0815', 'PASSWORD:5092', 'PASSWORD:5092']);
  });

  test('"we also need the 4-digit PIN" asks for it (en)', () => {
    const chat =
      'Jesse (Koala Mobile): Ta. We also need the 4-digit PIN you set on your Koala account for security.\nYou: 8830\nJesse (Koala Mobile): Perfect.';
    assert.deepEqual(ofType(chat, 'PASSWORD'), ['PASSWORD:8830']);
  });

  test('a PIN read back in Korean (ko)', () => {
    const chat = '상담원: 계좌 비밀번호 4자리 말씀해 주세요\n고객: 7720\n상담원: 7720 확인되었습니다. 이체 진행하겠습니다.';
    assert.deepEqual(ofType(chat, 'PASSWORD'), ['PASSWORD:7720', 'PASSWORD:7720']);
  });
});

describe("round 32's codes and logins", () => {
  test("a keypad's, a key box's and an alarm's code; an American Express card's front code (ko)", () => {
    assert.deepEqual(ofType('대문 키패드 4096 누르고 들어가시면 된다고 일본어로 써줘', 'PASSWORD'), ['PASSWORD:4096']);
    assert.deepEqual(ofType('키박스 번호 0-7-3-1 이고요', 'PASSWORD'), ['PASSWORD:0-7-3-1']);
    assert.deepEqual(ofType('경보기는 들어가자마자 9514 입력하셔야 해요', 'PASSWORD'), ['PASSWORD:9514']);
    assert.deepEqual(ofType('기상 경보는 3일 발령, 키보드 4096 구매', 'PASSWORD'), []);
    assert.deepEqual(ofType('→ 3732 727928 74335 유효기간 11/26 앞면 4자리 8824', 'CARD_CVV'), ['CARD_CVV:8824']);
    assert.deepEqual(ofType('건물 앞면 4자리 번호판 1234', 'CARD_CVV'), []);
  });

  test("a code changed to another after a long 'for …', a temporary password, a password manager's name (en)", () => {
    const lockbox = 'the lockbox code for 14 Harcourt Terrace, Flat 3, Dublin 2, D02 VK62 has been changed to 7315 because of it.';
    assert.deepEqual(ofType(lockbox, 'PASSWORD'), ['PASSWORD:7315']);
    assert.deepEqual(ofType('The promo code for 2 items has been changed to 2025.', 'PASSWORD'), []);
    assert.deepEqual(ofType('Action: reset password to temporary Tmp-8842-Qz (expires in 24h)', 'PASSWORD'), ['PASSWORD:Tmp-8842-Qz']);
    assert.deepEqual(ofType('the deploy key is in 1Password "Ops Vault"', 'PASSWORD'), []);
  });

  test("a login before a slash and the password's label, a quoted Korean nickname; a Wi-Fi network's name is none (ko)", () => {
    const handover = '- DB 관리자: admin_pg / 비밀번호 Qm7!vR2t#Lp9 (분기마다 교체)';
    assert.deepEqual(ofType(handover, 'USERNAME'), ['USERNAME:admin_pg']);
    assert.deepEqual(ofType(handover, 'PASSWORD'), ['PASSWORD:Qm7!vR2t#Lp9']);
    assert.deepEqual(ofType("(번개장터 닉네임 '직거래왕88', 사용 연락처 010-6841-2957)", 'USERNAME'), ['USERNAME:직거래왕88']);
    assert.deepEqual(ofType('와이파이 HanokStay_5G / 비번 hanok2024!!', 'USERNAME'), []);
  });
});

describe("logins in logs and forums' replies", () => {
  test("the owner, the account or the target a log names, and a PIN as a log's key; a device's model is none (en)", () => {
    assert.deepEqual(ofType('hubd[812]: cloud register owner=mkowalczyk88 wan_ip=83.24.117.56', 'USERNAME'), ['USERNAME:mkowalczyk88']);
    assert.deepEqual(ofType('AUDIT role change by=priya.venkat target=m.kessler role=billing_admin', 'USERNAME'), [
      'USERNAME:priya.venkat',
      'USERNAME:m.kessler',
    ]);
    assert.deepEqual(ofType('swupgrade target=RU-5G-N78 from=23.2.1 account=1234567', 'USERNAME'), []);
    const lock = 'doorlock[221]: pin change by account=kimsunwoo_1004 new_pin=482915 (plaintext logging)';
    assert.deepEqual(ofType(lock, 'PASSWORD'), ['PASSWORD:482915']);
    assert.deepEqual(ofType('event=pin_reset shipping_pin=1', 'PASSWORD'), []);
  });

  test("a post's author in small letters, and replies marked without a comments heading (ko)", () => {
    const post =
      '[모두의공원] eSIM 전환하다 꼬였네요\n작성자: pixelmaniac\n\n본문 생략\n└ gomtang77: 님 IMEI 올리시면 안돼요\nㄴ kongi_mom: 저도 그랬어요';
    assert.deepEqual(ofType(post, 'USERNAME'), ['USERNAME:pixelmaniac', 'USERNAME:gomtang77', 'USERNAME:kongi_mom']);
    assert.deepEqual(ofType('공지\nㄴ 참고: 내일 점검 있습니다', 'USERNAME'), []);
  });
});

describe("nicknames on boards and in marketplaces' chats", () => {
  test('an author before how long ago the post was made; a name so is none (en)', () => {
    const board = 'Hannam Hills Residents – community board\n\njess_in_hannam · 2h\nDid the parcel room door code change?';
    assert.deepEqual(ofType(board, 'USERNAME'), ['USERNAME:jess_in_hannam']);
    assert.deepEqual(ofType('Price dropped · 2 days\nSarah · 3h\ngreat', 'USERNAME'), []);
  });

  test("residents' nicknames, a party's nickname as the speaker, a nickname after its label; a field's label is none (ko)", () => {
    const replies = '운송장번호 5612-8830-4417 이고요\n\n└ 송도댁: 저 103동인데 연락드려 볼게요\n└ 1203동_출근러: 문자 드렸어요~';
    assert.deepEqual(ofType(replies, 'USERNAME'), ['USERNAME:송도댁', 'USERNAME:1203동_출근러']);
    const chat = '[번개톡] 상품: 닌텐도 스위치 OLED (28만원)\n구매자 pixel_runner: 택배 거래 가능할까요?\n판매자 스위치팝니다: 네 가능해요';
    assert.deepEqual(ofType(chat, 'USERNAME'), ['USERNAME:pixel_runner', 'USERNAME:스위치팝니다']);
    assert.deepEqual(ofType('판매자: 카뱅 계좌로 주세요 (당근 닉은 분당토끼맘이에요)', 'USERNAME'), ['USERNAME:분당토끼맘']);
    assert.deepEqual(ofType('[프로필]\n닉네임: 해피쿼카 | 93년생 | 서울 마포', 'USERNAME'), ['USERNAME:해피쿼카']);
    assert.deepEqual(ofType('집주인 연락처: +44 7700 918 342 (Priya)\n닉네임 변경은 설정에서 가능합니다.', 'USERNAME'), []);
  });
});

describe('an answer that corrects what a form says', () => {
  test('"ah no, it\'s the 30th of April 1993" after a question about a date of birth (en)', () => {
    const chat =
      "Jana Hoffmann: And date of birth – the form says 04/30/93, is that right?\nMarco Bianchi: ah no, it's the 30th of April 1993, someone swapped it";
    assert.deepEqual(ofType(chat, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:04/30/93', 'DATE_OF_BIRTH:30th of April 1993']);
  });

  test('a date of birth corrected in answer after "아니요" (ko)', () => {
    const chat = '상담원: 생년월일이 1988년 3월 4일 맞으세요?\n고객: 아니요 1988년 3월 14일이요';
    assert.deepEqual(ofType(chat, 'DATE_OF_BIRTH'), ['DATE_OF_BIRTH:1988년 3월 4일', 'DATE_OF_BIRTH:1988년 3월 14일']);
  });
});

describe("an open chat's speakers", () => {
  test('speak by nickname; a Korean full name among them stays a name (ko)', () => {
    const chat =
      '[오픈채팅 - 파이썬 스터디]\n코딩하는감자: 질문있어요!! 계속 AccessDenied 떠요\n파이리: 헐 키 지우세요!!!\n김민수: 저도 봤어요\n코딩하는감자: 헉 감사합니다';
    assert.deepEqual(ofType(chat, 'USERNAME'), ['USERNAME:코딩하는감자', 'USERNAME:파이리', 'USERNAME:코딩하는감자']);
    assert.deepEqual(ofType(chat, 'PERSON'), ['PERSON:김민수']);
  });

  test('a chat that is no open chat keeps its speakers as they were (en)', () => {
    assert.deepEqual(ofType('Team chat\nBlueFox: are we still on for 3pm?\nRiverStone: yes', 'USERNAME'), []);
  });
});
