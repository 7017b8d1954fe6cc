// What the fifty-eighth to sixtieth rounds of hand-written texts (payments; food, farms and fisheries; migrants, NGOs and
// embassies) showed about phones: a place of business's own line told by its place's word (a bakery's landline, a farm's
// office, a school kitchen's, a shop's, a co-op's department, an embassy's consular section), a letterhead's address line
// that ends in its number, a gloss after the number; and a person's own mobile or line beside them, which stays found.
// Also digit runs that are no phones: a register's number after a name, a certificate's 제…호.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("places of business's lines: a shop's, a farm's, a kitchen's or a consulate's number is no person's", () => {
  test("a place's word before its line (en), a person's own line stays theirs", () => {
    assertFound(
      [
        ['text me at 010-4128-9930, the cafe landline 02-3318-4470 rings out before nine', ['PHONE:010-4128-9930']],
        ['I finish at 3. the farm line is 541-555-0182 if my cell is off', []],
        ['Harvest crew lead: Omar Diaz | Farm office (559) 642-7710', []],
        ['Ask the warden (hub 052-338-4410) for a spare key.', []],
        ['Before the fair, use the events line 0161 496 0732 or this mailbox.', []],
        ['Their general line is 031-455-8100, open till six.', []],
        ['For visas call the Consular Section at 02-744-3391 on weekdays.', []],
        ['Consular hotline (office hours): 02-588-2140, 02-588-2141.', []],
        ['If it is urgent, call the centre on 031-772-5604.', []],
        ['Please ring my mobile 07700 900 318 rather than the practice (01792 455 210).', ['PHONE:07700 900 318']],
        // A person's own line keeps its number: their own word before the same place's word.
        ['my farm line is 541-555-0182 if you need me', ['PHONE:541-555-0182']],
        ['You can reach my studio phone 312-555-0164 after noon.', ['PHONE:312-555-0164']],
      ],
      'PHONE',
    );
  });

  test("a school kitchen's, a shop's, a co-op's or an office's word before its line (ko), a mobile stays its owner's", () => {
    assertFound(
      [
        ['급식실 번호는 031-882-4417, 행정실은 031-882-4400이에요.', []],
        ['가게 번호 말고 제 휴대폰 010-5521-7034로 주세요. 가게 번호 032-771-2290은 알바가 받아요.', ['PHONE:010-5521-7034']],
        ['본사 보고: ops@example.kr / 점포 전화 02-541-3307', []],
        ['급한 건은 조합 어업지원과 061-540-2215로 전화드릴게요.', []],
        ['통장 사본 가지고 방문해 주세요. 산림과 직통은 033-640-2281입니다.', []],
        ['입항 후 여수출입국(061-660-3318)에서 외국인등록 예정입니다.', []],
        ['대외 연락은 사무실 번호 02-3318-0427 로만 해주세요.', []],
        ['제 번호는 +1 604-555-0190이고 클리닉 사무실은 604-555-0142이에요.', ['PHONE:+1 604-555-0190']],
        // A person's own office line after their own word stays theirs; a mobile after a shop's word is its owner's.
        ['제 사무실 번호는 02-3318-0427 이에요.', ['PHONE:02-3318-0427']],
        ['연락처 010-3318-5521, 사무실 02-871-3350', ['PHONE:010-3318-5521', 'PHONE:02-871-3350']],
        ['Office tel 051)555-1234, ask for Mina', ['PHONE:051)555-1234']],
        ['가게 번호 010-7712-3394로 연락주세요', ['PHONE:010-7712-3394']],
        // A shop's or a desk's internet phone (070) by its words; someone's own 070 stays theirs.
        ['입금 확인되면 연락드려요~ 매장 번호는 070-4418-2290 입니다', []],
        ['Customer service: help@example-snacks.kr / 070-4418-2291', []],
        ['제 번호는 070-4418-2292 이에요', ['PHONE:070-4418-2292']],
        ['담당 연락처 010-3318-5520 / 사무실 070-4418-2293', ['PHONE:010-3318-5520', 'PHONE:070-4418-2293']],
      ],
      'PHONE',
    );
  });

  test("a gloss after the number, a letterhead's address line, a business number before it (en, ko)", () => {
    assertFound(
      [
        ['Marta\nHollis Pottery · (614) 555-0133 (studio)', []],
        ['문의는 031-550-2417 (총무팀)으로 주세요.', []],
        ['공익법단체 변호사님 연결 (02-3318-0529 사무실)', []],
        ['The Anchor, 14 Harbour Street, Padstow · 01841 532 700', []],
        ['Park Kitchen | 88 Dundas Ave, Toronto | 416-555-0172', []],
        ['Hanul Bistro | 서울 마포구 월드컵로 44, 2층 | tel 02-332-5108', []],
        ['통영선박중개 (사업자등록번호 224-09-76152, 055-645-8211)', []],
        // Someone named on the line, or their own word, keeps the number theirs.
        ['12 Elm Street, Springfield | 217-555-0143 | Dana Whitlock | leak under sink', ['PHONE:217-555-0143']],
        ['Ship to: 14 Harbour Street, Padstow · 01841 532 700', ['PHONE:01841 532 700']],
        ['연락 가능 번호: 010-2284-9931 (사무실)', ['PHONE:010-2284-9931']],
        ['대표자: 한정수  연락처: 061-554-3318(사무실), 010-3317-2290(대표 휴대폰)', ['PHONE:010-3317-2290']],
      ],
      'PHONE',
    );
  });

  test("a duty phone passed among staff, a register's number after a name, a certificate's number (en, ko)", () => {
    assertFound(
      [
        ['대사관 긴급연락 +63-917-555-0188 (당직폰)', []],
        ['Reported by: Priya Raman, UID 48813027, via the app', []],
        ['Jan Visser, KvK 61234485', []],
        ['- 인증번호: 제08-2021-0447호 (작목반)', []],
        // A role between commas still reads as one.
        ['Referees: Principal Helen Ward, Principal, 09 636 2205', ['PHONE:09 636 2205']],
        ['3. Phone on the order (503) 555-0127; she called the store later', ['PHONE:(503) 555-0127']],
        ['For disputes call the owners line 1600-7721 (09–18).', []],
      ],
      'PHONE',
    );
  });
});
