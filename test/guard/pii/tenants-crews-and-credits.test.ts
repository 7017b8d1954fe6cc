// What the forty-seventh and forty-eighth rounds of hand-written texts (homes and property; media, entertainment and
// creators) showed about names: a letting's, a sale's and a production's parties after their labels, a stage name after
// p/k/a or a DJ's, couples in a rent roll's cell, neighbours and crews who speak once, letters signed below an email line
// or after a dash; and agencies, realtors, labels, rent rolls' empty flats and a production's desks that read as names.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("tenants, crews and credits: names after property's and production's labels", () => {
  test("a sale's, a letting's and a call sheet's parties after their labels (en, ko)", () => {
    assertFound(
      [
        ['Purchasers: Jack and Priyanka Sullivan-Rao\nPrice: $1,285,000', ['PERSON:Jack', 'PERSON:Priyanka Sullivan-Rao']],
        ['Negotiator: Kasia Nowak', ['PERSON:Kasia Nowak']],
        ['Talent: Oona Fitz', ['PERSON:Oona Fitz']],
        ['DoP: Ines Alvarez\n1st AD: Kwame Boateng', ['PERSON:Ines Alvarez', 'PERSON:Kwame Boateng']],
        ['Vehicle coordinator: Ray Delgado | Policy PCX-55120093', ['PERSON:Ray Delgado']],
        ['Writer 2: Odell Parks | PRO: BMI', ['PERSON:Odell Parks']],
        ['매수인: 한지민\n매매대금: 8억 5천만원', ['PERSON:한지민']],
        // A post a firm fills too takes no firm, and a label takes no placeholder.
        ['Conveyancer: Moloney Conveyancing', []],
        ['Director: Finance', []],
        ['Talent: TBC', []],
        ['Purchase price: $1,285,000\nDeposit: 10% on exchange', []],
      ],
      'PERSON',
    );
  });

  test('a stage name after p/k/a, "writes as" or a DJ\'s, a couple in a rent roll\'s cell, a stage_name column (en, ko)', () => {
    assertFound(
      [
        [
          'Account holder: Shauna Mary Kinsella (p/k/a SHAUNA K)\nIBAN: IE43AIBK93115212046957',
          ['PERSON:Shauna Mary Kinsella', 'PERSON:SHAUNA K'],
        ],
        ['Writer 2: Amara Boateng (writes as Mara) | PRO: ASCAP', ['PERSON:Amara Boateng', 'PERSON:Mara']],
        ['12/08/2024 | Thabo Mokoena (DJ Thabz) | producer', ['PERSON:Thabo Mokoena', 'PERSON:DJ Thabz']],
        [
          'unit,tenant,phone\n2A,Marisol Ibarra,(872) 219-5530\n2B,Peter & Grace Olawale,(312) 884-0196',
          ['PERSON:Marisol Ibarra', 'PERSON:Peter', 'PERSON:Grace Olawale'],
        ],
        [
          'stage_name,legal_name_ko,mobile\nHARIN,박하린,010-8830-4167\nNAM,문남희,010-5917-2036',
          ['PERSON:HARIN', 'PERSON:박하린', 'PERSON:NAM', 'PERSON:문남희'],
        ],
        // A rent roll's empty flat, and a contract's parties defined in quotes, name no one.
        ['unit,tenant,phone\n1A,Darnell Hughes,(773) 406-2281\n1B,VACANT,,', ['PERSON:Darnell Hughes']],
        [
          'between Harold Feinstein ("Landlord") and Rosa Quintanilla and Mateo Quintanilla ("Tenants").\n2. Landlord rents to Tenants the dwelling.',
          ['PERSON:Harold Feinstein', 'PERSON:Rosa Quintanilla', 'PERSON:Mateo Quintanilla'],
        ],
        ['Publisher: Whitfield Ridge Music (IPI 00822019374) | Share: 40%', []],
      ],
      'PERSON',
    );
  });

  test('neighbours and crews who speak once, a press office, letters signed after a dash or below an email (en, ko)', () => {
    assertFound(
      [
        [
          "Fiona (2F1): Stair rota for May is up, keep the gate shut\nAlasdair (1F2): Cheers Fiona. Vote by Friday?\nMagda: I vote yes. Also whose red Corsa is that?\nFiona (2F1): Magda the Corsa is from 3F2, I'll text them",
          ['PERSON:Fiona', 'PERSON:Alasdair', 'PERSON:Fiona', 'PERSON:Magda', 'PERSON:Fiona', 'PERSON:Magda'],
        ],
        [
          'Camille (2nd AD): Call sheet D14 is up.\nCamille (2nd AD): Crew call 07:00 at base camp.\nYanis (locations): Picture car moves at 06:45 so the truck can park.\nCamille (2nd AD): Merci Yanis. Lunch 13:00.',
          ['PERSON:Camille', 'PERSON:Camille', 'PERSON:Yanis', 'PERSON:Camille', 'PERSON:Yanis'],
        ],
        [
          '[03/03/2025, 19:02] Siobhan (Flat 2): Hi all, the bike store code changed\n[03/03/2025, 19:10] Marcus Flat 5: Has anyone heard back about the damp?\n[03/03/2025, 19:14] Aditi Rao: Still waiting on it',
          ['PERSON:Siobhan', 'PERSON:Marcus', 'PERSON:Aditi Rao'],
        ],
        ['Press office (Jo): Thanks Seun, approved for the Fri/Sat pit.', ['PERSON:Jo', 'PERSON:Seun']],
        ['also the caption bot needs the key again, text me when you try\n— Maya', ['PERSON:Maya']],
        ['Please call me on 0407 315 862 or email w.kerrigan@bigpond.net.au.\n\nWarren Kerrigan', ['PERSON:Warren Kerrigan']],
        ['I, Ciarán Ó Dálaigh, was the tenant of 2 Leinster Cottages until May.', ['PERSON:Ciarán Ó Dálaigh']],
        ['From: SN Farah binte Ismail\nTo: SN Joanne Lim\n\nBed 12 stable overnight.', ['PERSON:Farah binte Ismail', 'PERSON:Joanne Lim']],
        ['소라: 헉 깜빡했어 오늘 보낼게!\n혜진: 나 이번달 좀 늦어 ㅠ\n은정: 웅웅 괜찮아~', ['PERSON:소라', 'PERSON:혜진', 'PERSON:은정']],
        // A heading that opens a line once, beside people who speak, is no speaker.
        [
          'Panel: Aisling Byrne (chair), Yuki Tanabe\nCandidate: Sofia Marchetti\n\nAisling: Strong portfolio walk-through overall.\nYuki: Systems thinking good, weaker at scale.',
          ['PERSON:Aisling Byrne', 'PERSON:Yuki Tanabe', 'PERSON:Sofia Marchetti', 'PERSON:Aisling', 'PERSON:Yuki'],
        ],
        ['School: Bavarian International School, places confirmed\nAllowances: relocation lump sum €7,500 net', []],
        ['- Red\n- Jade', []],
      ],
      'PERSON',
    );
  });

  test("realtors, agencies, labels, councils, homes and a production's desks that read as names (en, ko)", () => {
    assertFound(
      [
        [
          "Sato-san (Sakura Realty): Good news, the owner approved you!\nLiam O'Connell: Brilliant, thank you Sato-san!\nSato-san (Sakura Realty): Yes ok.",
          ['PERSON:Sato', "PERSON:Liam O'Connell", 'PERSON:Sato', 'PERSON:Sato'],
        ],
        [
          "Producer (Amélie Tremblay): so the host fee is $7,500.\nManager (Steve Kim): Sure. Owen's SIN is on file.\nProducer: Sorry, can you repeat?\nManager: Yep.\nProducer: Great. Call time is 6 p.m.",
          ['PERSON:Amélie Tremblay', 'PERSON:Steve Kim', 'PERSON:Owen'],
        ],
        ['Hello Council,\n\nMy neighbour Graham Whitty asked me to swap stalls.', ['PERSON:Graham Whitty']],
        ['Bien cordialement,\nCamille Roussel\nAurélia Relocation — 04 78 62 10 50', ['PERSON:Camille Roussel']],
        ['Spanish mobile is +34 622 418 097.\nInés Navarro — Navarro Talent', ['PERSON:Inés Navarro']],
        ["Purchasers' conveyancer: Beth Moloney, Moloney Conveyancing, 03 9481 2270", ['PERSON:Beth Moloney']],
        ['- Common-area electricity 공동전기료: ₩11,900\nSub-total (common items): ₩161,000.\nHousehold electricity: ₩42,000', []],
        ['Signed (Owner): ____________________  Date: __________', []],
        ['중개사무소: 한빛공인중개사 / 대표: 김정란', ['PERSON:김정란']],
      ],
      'PERSON',
    );
  });
});
