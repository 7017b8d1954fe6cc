// What the fifty-fifth to fifty-seventh rounds of hand-written texts (pharma, trials, labs and devices; logistics, shipping
// and aviation; security, fraud and workplace investigations) showed about words read as names: a site's desks, a ship, a
// lab and a player speaking in a chat, a desk's mailbox by its display name, a ship's master greeted by the post, a
// firm's brand, a pharmacy's or a courier's name, a sentence's letter before a verb, and Korean posts, desks and everyday
// words of those trades; and the people beside them, who stay found.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertFound, persons } from './pii-test-helpers.ts';

/** Asserts that no PERSON finding of each text is one of the words, whatever else is found there. */
function assertNoneNamed(cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, words] of cases) {
    const names = persons(text);
    for (const word of words) assert.ok(!names.includes(word), `${word} in ${text}`);
  }
}

describe('desks, crews and firms as names: what speaks, signs or is greeted for an organisation', () => {
  test("a site's desks, a ship, a lab and a player that speak in a chat; the people beside them (en)", () => {
    assertFound(
      [
        [
          'Dock Lead: trailer 44 is sealed, ready for the 16:00 pickup\nYard Control: copy, moving it to door 9 now\nDock Lead: thanks, paperwork is on the clipboard\nYard Control: got it, see you at shift change',
          [],
        ],
        [
          'Ship (Bridge): Anchored at 0640, awaiting the pilot.\nPort Ops: Pilot confirmed for 0900 boarding at the buoy.\nShip (Bridge): Noted, thanks for the update.\nPort Ops: Water barge comes alongside at 1100.',
          [],
        ],
        [
          'Support (Ines): Sorry to hear that. What email was on the account?\nplayer: it was on gmail, the old one i think\nSupport (Ines): Thanks, I have sent a reset link.\nplayer: ok got it thank you so much',
          ['PERSON:Ines', 'PERSON:Ines'],
        ],
        ['Outcome: recovering\nCausality (investigator): probably related\nSeverity (investigator): moderate', []],
        // A desk's post speaks; the person it names is found.
        ['Night Lead: Kofi Mensah is covering aisle 12 tonight.\nNight Lead: pallets moved by 02:00.', ['PERSON:Kofi Mensah']],
        // A cabin crew's post before the name: the name alone.
        [
          'Hiroko Sato: anyone want my Sat LHR-MAD?\nPurser Ana: bid it before 18:00 or crewing will not approve\nHiroko Sato: done, thanks Ana',
          ['PERSON:Hiroko Sato', 'PERSON:Ana', 'PERSON:Hiroko Sato', 'PERSON:Ana'],
        ],
      ],
      'PERSON',
    );
  });

  test("a desk's mailbox, a ship's, and the staff member a desk's reply names in brackets (en, ko)", () => {
    assertFound(
      [
        [
          'To: Claims Investigations <claims.siu@harborline-insure.com>\nFrom: Priya Natarajan <priya.natarajan@harborline-insure.com>',
          ['PERSON:Priya Natarajan'],
        ],
        [
          'To: Loss Prevention <lossprevention@northgate-rentals.com>\nCc: Tomasz Wilk <t.wilk@northgate-rentals.com>',
          ['PERSON:Tomasz Wilk'],
        ],
        ['To: Corporate Anti-Fraud Team <fraud@eastmere.gov.uk>', []],
        ['To: MV SILVER HERON <master.heron@fleet.bluewake.co>\nSubject: crew change', []],
        ['To: Oskar Lindgren <oskar.lindgren@fleet.bluewake.co>\nSubject: crew change', ['PERSON:Oskar Lindgren']],
        ['Reply from Harbor Bank Fraud Investigations (Marisol): Received, the account is frozen.', ['PERSON:Marisol']],
        // A desk's site in its brackets is no one.
        ['Payroll (Leeds): please send the P45 by Friday.', []],
        [
          '보낸사람: 황보경민 <km.hwangbo@hanbitins.co.kr>\n받는사람: 원무과 <admin@hanul-hospital.co.kr>\n제목: 협조 요청',
          ['PERSON:황보경민'],
        ],
        ['From: 오세린 <serin.oh@oceanline.co.kr>\nTo: 한결물류 배차실 <dispatch@hanyeol-logis.com>', ['PERSON:오세린']],
        ['Thanks\n\n> On 2 Sep 2024, at 16:10, Safe Store Spaces Leeds <leeds@safestorespaces.co.uk> wrote:\n> Your unit is ready.', []],
      ],
      'PERSON',
    );
  });

  test("a ship's master greeted by the post, a firm's brand and a board greeted; the surname after a rank (en)", () => {
    assertFound(
      [
        ['Good morning Captain,\n\nThe launch leaves the jetty at 0730.', []],
        ['Dear Capt. Moreno,\n\nPlease find the crew list attached.', ['PERSON:Moreno']],
        ['Port contact: Capt. Arjun Pillai, Marine Superintendent, +65 9123 4417', ['PERSON:Arjun Pillai']],
        ['Attn: Board Secretary\nRiverside Research Ethics Board', []],
        ['Dear FleetHub,\n\nYour driver left my parcel in the rain again.', []],
        // A surname's prefix before its capital is no brand's.
        ['Dear MacKenzie,\n\nThanks for the parcel.', ['PERSON:MacKenzie']],
        ['Dear JoAnn,\n\nThanks for the parcel.', ['PERSON:JoAnn']],
        [
          "Bot: Hi! You're chatting with Meridio. What's your order number?\nCustomer: MX-44102\n\nMeridio Hearing Support · session 552",
          [],
        ],
        ["Bot: Hi! You're chatting with Talia. What's your order number?", ['PERSON:Talia']],
      ],
      'PERSON',
    );
  });

  test("pharmacies, couriers and firms named after people, an agent's answer, a sentence's letter before a verb (en, ko)", () => {
    assertFound(
      [
        ['Site pharmacy: Universitätsklinikum Apotheke, Martinistraße 52, 20246 Hamburg', []],
        ['Ship to: Ziekenhuisapotheek UMC Zuid, Albinusdreef 2, 2333 ZA Leiden', []],
        ['Agent (Priya): Swiftline Couriers, Priya speaking.\nCaller: hi, my parcel never arrived', ['PERSON:Priya', 'PERSON:Priya']],
        [
          'Investigator: Dana Okafor (external, Okafor HR Consulting)\nSubject: Liam Burke\n\nOkafor interviewed three witnesses.',
          ['PERSON:Dana Okafor', 'PERSON:Liam Burke', 'PERSON:Okafor'],
        ],
        ['Agent (Thabo): Pleasure, Wendy. Your ticket is HD-80211.', ['PERSON:Thabo', 'PERSON:Wendy']],
        ['Caller: Toitures Laurentides, they are on rue Principale.', []],
        // A hearing-aid maker's word after a person's name ends the name there.
        ['Re: Kevin Walsh Hearing on 12 May', ['PERSON:Kevin Walsh']],
        ['Guardian: Rachel Ong (옹약국, 약국장)', ['PERSON:Rachel Ong']],
        ['Trial update: dose reduction data in Child-Pugh B. Revised protocol v4 goes to the sites next week.', []],
        ['Risk rating: C. Referred to the fraud team for review.', []],
        // Surnames in "ed" stay people's.
        ['Witnesses on shift: J. Okafor, M. Ahmed and T. Reed (all stores).', ['PERSON:J. Okafor', 'PERSON:M. Ahmed', 'PERSON:T. Reed']],
      ],
      'PERSON',
    );
  });

  test('Korean posts, desks, devices and everyday words of trials, crews and investigations; the names beside them (ko)', () => {
    assertFound(
      [
        ['- 출발지 보호자: 엄마 한선미, 010-4417-2290', ['PERSON:한선미']],
        ['작성자: 품질담당 염지훈', ['PERSON:염지훈']],
        [
          '# | 수령인 | 주소\n1 | 김하은 | 서울 송파구 위례성대로 12\n2 | 마포구청 가족관계과 | 서울 마포구 월드컵로 212',
          ['PERSON:김하은'],
        ],
        ['보호자: 아버지 송신기 맞는데요 이사를 해서 그런가봐요', []],
        ['※ 출금: 병원 연구비 계좌 기업은행 015-088421-01-017', []],
        ['상담사: 사용 중인 앱 계정 알려주시겠어요?\n고객: 계정은 minji.cgm@naver.com 이에요', []],
        ['신고자 신원은 보호됩니다.', []],
        ['귀원 이식 환자분께 별도 연락이 필요한지는 주치의 판단에 따르시면 됩니다', []],
        // The same place before 환자분 keeps a name.
        ['이수진 환자분께 별도 연락이 필요합니다', ['PERSON:이수진']],
        ['IIT 제안: 고령 환자 코호트, 연구간호사 지원 여부 문의', []],
        ['표본 환자 (동의서 징구 완료)', []],
        ['고용주(○○금속 대표)', []],
        ['평소 접속 IP는 121.139.208.44 인데 고객님 댁 맞으신가요?', []],
        ['수사관이라는 사람이 엄마 명의 통장이 범죄에 쓰였다고 했어', []],
        ['ShipStation 연동용 API 키는 아래예요.', []],
        ['세부 요청: 출입 기록 사본', []],
      ],
      'PERSON',
    );
    // Whether the name after the post is found is the names' searches' business; the post is never a name.
    assertNoneNamed([
      ['렌터카 실장: 형사님 말씀하신 차량 정보 보내드려요. 차량번호 38하 1142', ['형사']],
      ['진검 주임 노태호: 오늘 아침 QC 결과 공유드립니다\n엔지니어 구민석: 네 확인했습니다', ['진검']],
      ['김태오 기장: 3/14 턴 가져가실 분?\n윤서하 부기장: 저요 저요\n김태오 기장: 좋아요', ['기장', '부기장']],
      ['복지사 천다은: 안녕하세요 의료사회복지팀입니다\n보호자 탁민호: 네 안녕하세요\n복지사 천다은: 서류 안내드릴게요', ['복지사']],
      ['인천서부경찰서 형사과 경위 기민성 (형사과 대표 032-870-1112)', ['형사', '형사과']],
    ]);
  });
});
