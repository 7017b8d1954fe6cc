// What the sixty-first to sixty-third rounds of hand-written texts (games and trust & safety; construction and heavy
// industry; weddings, funerals, pets and events) showed about words read as names: a vet's, a groomer's or a pet registry's
// animal before its breed, a detective's, a trainer's or a wedding couple's side of a chat, a guard at a site's gate, a
// firm's short name under its full one, esports organisations and their tournaments, vets' practices and event planners, a
// guild's and a report queue's words, a province, a particle after a bracket and a shop before its branch. People's names
// beside them stay found.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('pets, firms and roles as names', () => {
  test("an animal's name before its breed or species, in a record, a form or a JSON pet list (en, ko)", () => {
    assertFound(
      [
        [
          'Patient: Pickles · canine, Labrador Retriever, FS, 5 yr, 31 kg · Chart 300512-2\nClient: Dana Whitcombe · client phone (410) 555-2084',
          ['PERSON:Dana Whitcombe'],
        ],
        [
          'Section 3: Pet\n  Name: Rufus · Breed: Beagle · Microchip: 900164000123456\n  Owner: Colin Fairbairn',
          ['PERSON:Colin Fairbairn'],
        ],
        [
          '[수술 동의서] 해오름동물병원\n\n환자: 나래 (코리안숏헤어, 암컷, 7세, 4.1kg) / 차트번호 2025-0412\n보호자: 최윤서 010-3321-7788',
          ['PERSON:최윤서'],
        ],
        [
          '{\n  "owner": { "name": "한소희", "phone": "010-2231-4455" },\n  "pets": [\n    { "name": "두리", "breed": "시츄", "age": 6, "regNo": "410000012345678" }\n  ]\n}',
          ['PERSON:한소희'],
        ],
        // A person after whom a pet's words come in another sense, or a bracket that is no breed, stays a person.
        ['Client: Martin Reyes (cat sitter), phone 07700 900123', ['PERSON:Martin Reyes']],
        ['보호자: 최윤서 (푸들 보리 보호자) 010-3321-7788', ['PERSON:최윤서']],
        [
          'PawPlan Claims: Hi Marisa, we received claim PP-20331 for Teddy (golden retriever, 4y). Reply STOP to opt out.',
          ['PERSON:Marisa'],
        ],
      ],
      'PERSON',
    );
  });

  test("a detective, a trainer, a wedding's couple and a gate guard as a chat's speakers (en, ko)", () => {
    assertFound(
      [
        ['[통화 녹취 — 법무팀]\n형사: 계좌 명의 확인됐나요?\n담당자 최민호: 네 확인했습니다.\n형사: 감사합니다.', ['PERSON:최민호']],
        ['강사: 오늘은 신고 처리 실습입니다.\n교육생: 네!\n강사: 첫 번째 사례 보세요.', []],
        ['웨딩플래너 오세라 실장: 신부님~ 견적 보내드려요!\n신부: 네 감사해요!\n신랑: 저도 받았어요', ['PERSON:오세라']],
        ['Guard: Gate 2, go ahead.\nCaller: Hi, it is Dylan Marsh, contractor.\nGuard: Plate number?', ['PERSON:Dylan Marsh']],
        // A given name that speaks stays a name.
        ['성호 삼촌: 고마워. 그 계좌는 닫지 말래\n지민: 네 알겠어요', ['PERSON:지민']],
      ],
      'PERSON',
    );
  });

  test("a firm's short name under its full one, esports organisations, tournaments, vets and planners (en)", () => {
    assertFound(
      [
        [
          "Text — Ashgrove Funeral Services\nAshgrove: Thank you for contacting Ashgrove Funeral Services. Reply 1 for pre-planning.\nCustomer: 1\nAshgrove: Pre-planning packages: Direct Cremation $1,895.\nCustomer: ok thanks\nAshgrove: You're welcome.",
          [],
        ],
        ['Beneficiary: Polar Rift Esports AB\nIBAN: SE45 5000 0000 0583 9825 7466\n\nPolar Rift Esports AB — Finance', []],
        ['Dear Bidders,\n\nThe addendum is attached.', []],
        ['Hi Comp Ops,\n\nOur player is ill this week.', []],
        ['Vet: Oakridge Vets, Leeds', []],
        // The planner whose surname the firm bears stays a person, by her full name and by her surname after a title.
        ['Planner: Nora Keane, Keane Events, (208) 555-0134\nPlease call Ms. Keane before noon.', ['PERSON:Nora Keane', 'PERSON:Keane']],
      ],
      'PERSON',
    );
  });

  test("a guild's and a queue's words, a province, a particle after a bracket, a shop before its branch (ko)", () => {
    assertFound(
      [
        [
          '[흑룡 길드 명단] (길마 관리용)\n닉네임 | 디코 | 실명 | 비고\n불꽃검 | flame#1122 | 남궁민재 | 길마\n얼음꽃 | ice#2233 | 탁소연 | 부길마',
          ['PERSON:남궁민재', 'PERSON:탁소연'],
        ],
        ['지역제한이 경기도인데 본사 이전 중이면요?', []],
        ['제 카톡(mina_seoul)이나 엄마 번호 010-4472-1188 (권미경)으로 연락 주세요.', ['PERSON:권미경']],
        [
          '2025년 3월 14일     서명: Grace Lim\n\n담당: 소피아 한남점 실장 정다인 / 매장 02-544-1234',
          ['PERSON:Grace Lim', 'PERSON:정다인'],
        ],
        // A given name called out stays a name.
        ['이나야 카톡 봤어?', ['PERSON:이나']],
      ],
      'PERSON',
    );
  });
});
