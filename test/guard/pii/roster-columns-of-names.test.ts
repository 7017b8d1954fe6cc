// A roster's or a ledger's column of names whose header says a role, not "name": a shift's lead, a sale's salesperson, a
// job's technician, a dorm room's residents, a Korean log's 기사, 담당 and 인원; the shapes such cells take (several people
// in one cell, a note after a name, a listed name in lower case, a given name and initial, a surname alone); and the
// cells of such columns that name no one (a held slot, a department, a crew's code, a product).
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('roster columns of names: a role for a header, a name in each cell', () => {
  test("a shift's lead, a sale's salesperson, a job's technician under their role (en, ko)", () => {
    assertFound(
      [
        [
          'Shift | Lead | Backup lead | Crew\nEarly | Marisa Okafor | Dale Whitford | 9\nLate | Quentin Abara | (open) | 7',
          ['PERSON:Marisa Okafor', 'PERSON:Dale Whitford', 'PERSON:Quentin Abara'],
        ],
        ['date,model,salesperson,result\n04/02,Kona,Priya S,sold\n04/02,Venue,Marcus T,be-back', ['PERSON:Priya S', 'PERSON:Marcus T']],
        [
          'job,postcode,technician,status\nJ-101,LS6 2AB,Gareth Pryce,done\nJ-102,LS7 4QP,Imogen Hale,open',
          ['PERSON:Gareth Pryce', 'PERSON:Imogen Hale'],
        ],
        [
          '배차번호 | 차량 | 기사 | 도착지\nA-01 | 11톤 | 남궁민석 | 평택항\nA-02 | 5톤 | 하지훈 | 울산공장',
          ['PERSON:남궁민석', 'PERSON:하지훈'],
        ],
        ['| No | 방문자 | 방문부서/담당 |\n| 1 | 외부 | 품질관리/윤재경 |\n| 2 | 외부 | 자재창고 |', ['PERSON:윤재경']],
        // A role's column of crews, codes, departments and desks names no one.
        ['Shift | Lead | Crew\nEarly | Crew B | 9\nLate | Night Desk | 7', []],
        ['job,technician,status\nJ-101,T-112,done\nJ-102,Contractor,open', []],
        ['배차번호 | 기사 | 도착지\nA-01 | 미정 | 평택항\nA-02 | 용차 | 울산공장', []],
        ['| No | 방문부서/담당 |\n| 1 | 생산기술 |\n| 2 | 안전보건 |', []],
      ],
      'PERSON',
    );
  });

  test('several people in one cell, a note after a name, a case\'s "name used" (en, ko)', () => {
    assertFound(
      [
        [
          'Room | Residents | PIN\nC-201 | Oybek Karimov / Farrukh Tashkentov | 1234\nC-202 | Thandiwe Moyo (arrives Friday) | 5678',
          ['PERSON:Oybek Karimov', 'PERSON:Farrukh Tashkentov', 'PERSON:Thandiwe Moyo'],
        ],
        [
          '일자 | 인원 | 작업내용\n5/2 | 길도현, 반세영 | 배관 보온 마감\n5/3 | 길도현 | 배관 점검',
          ['PERSON:길도현', 'PERSON:반세영', 'PERSON:길도현'],
        ],
        [
          '| Account email | Name used | Phone |\n| r.okon@example.com | Rachel Okonjo | (415) 555-0134 |\n| ro.shop@example.com | Tamsin Vale | (415) 555-0134 |',
          ['PERSON:Rachel Okonjo', 'PERSON:Tamsin Vale'],
        ],
        // The next cell's first word after a foreign worker's name is a task ("배관"), not the name's Hangul spelling.
        [
          '일자 | 인원 | 작업내용\n5/4 | Ivan Sokolov | 배관 보온 마감\n5/5 | Ivan Sokolov | 점검',
          ['PERSON:Ivan Sokolov', 'PERSON:Ivan Sokolov'],
        ],
        // An airline's "SURNAME/GIVEN" stays one name, a note in a worker's cell is not read as a name, and a Korean cell of
        // notes split by a slash names no one.
        ['Pax | Name\n1 | OKAFOR/CHIDI MR', ['PERSON:OKAFOR/CHIDI']],
        ['일자 | 인원 | 작업내용\n5/2 | 보온재 / 배관 마감 | 점검', []],
      ],
      'PERSON',
    );
  });

  test('a listed name in lower case, a given name and initial, a surname column; no held slot (en)', () => {
    assertFound(
      [
        [
          'booking,slot,customer,mobile\nB-1,09:00,Fiona Gallagher,07700 900123\nB-2,09:30,ryan murphy,07700 900456',
          ['PERSON:Fiona Gallagher', 'PERSON:ryan murphy'],
        ],
        [
          'claim,vin,customer_last,mileage\n0001,1HGCM82633A004352,Whitcombe,40211\n0002,1HGCM82633A004353,Delacroix,18230',
          ['PERSON:Whitcombe', 'PERSON:Delacroix'],
        ],
        // A held or walk-in slot, and a note in lower case, are no customer's name.
        ['booking,slot,customer,mobile\nB-1,09:00,Fiona Gallagher,07700 900123\nB-3,10:00,WALK-IN HOLD,', ['PERSON:Fiona Gallagher']],
        ['booking,slot,customer,mobile\nB-1,09:00,Fiona Gallagher,07700 900123\nB-4,10:30,walk in,', ['PERSON:Fiona Gallagher']],
        ['date,model,salesperson\n04/02,Kona,Model X', []],
      ],
      'PERSON',
    );
  });

  test("a table's header right after the blank line that ends a document's first lines (en)", () => {
    assertFound(
      [
        [
          'Weekly timesheet\nClient: Hydro\nWeek ending: 2025-06-14\nForeman: see below\n\nName          | Mon | Tue\nTiponi Whitehorse | 10  | 10\nAnouk Vreeswijk | 8 | 8',
          ['PERSON:Tiponi Whitehorse', 'PERSON:Anouk Vreeswijk'],
        ],
      ],
      'PERSON',
    );
  });
});
