// What the forty-fourth round of hand-written texts (travel, hospitality and mobility) showed: the lines of desks,
// dispatchers, depots and hotels that no person answers, an airline's and an agency's mailboxes, a passport in a table's
// cell, a suitcase's tag, and a sentence's last word after "password".
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("travel desks' lines, tables' passports, bags' tags", () => {
  test("a desk's, a dispatcher's, a call centre's or a hotel's line (en, ko)", () => {
    assertFound(
      [
        ['We open at 06:00, desk phone 0131 344 3800.', []],
        ['Dispatch line 01 872 2222 to be printed on receipts from 1 Feb.', []],
        ['Help point: press the button or call 021 431 3131.', []],
        ['Av. da Liberdade 185, 1250-141 Lisboa · Tel. +351 213 404 000', []],
        ['계약번호: JR-2410-05527          지점 연락처: 064-743-8800', []],
        ['업소 전화 02-733-9018 / 지정번호 종로-외국인민박-2019-041', []],
        ['Asante sana,\nWambui Njoroge\nReservations · +254 20 765 1200', []],
        ['한국어 데스크: 6층 리셉션 / 싱가포르 현지 에이전트 +65 6513 2270 (24시간)', []],
        // A guest's own mobile after "or call" stays theirs.
        ['Text me or call 07700 918 274 when you land.', ['PHONE:07700 918 274']],
      ],
      'PHONE',
    );
  });

  test("an airline's and an agency's mailboxes, a passport in a table's cell, a bag's tag, a sentence's end (en, ko)", () => {
    assertFound([['지연 보상은 baggage@flyasiana.com 으로 청구해 주십시오.', []]], 'EMAIL');
    assertFound(
      [['Seat | Name | Doc | Number\nD3-1 | Emma Johansson | SWE  | Pasaporte | 91827364      | 3', ['PASSPORT:91827364']]],
      'PASSPORT',
    );
    assertFound([['I can see your file for the black Samsonite, tag EW 417893, last scanned in Dublin.', []]], 'VEHICLE_PLATE');
    assertFound([["Agent (Rafael): Please don't share your password here! I've locked it.", []]], 'PASSWORD');
  });

  test("a rental's speakers, agencies and hotels that read like names, a mother after 모: (en, ko)", () => {
    assertFound(
      [
        [
          'Agent (Ciara): Did you get her details?\nRenter: Her mobile is 087 552 9163.\nRenter: Yes, at the supermarket.',
          ['PERSON:Ciara'],
        ],
        ['ROOMING LIST — Sakura Trails tour JP-0412, Kyoto leg', []],
        ['부: 표길수 / 모: 안정애\n직업: 회사원', ['PERSON:표길수', 'PERSON:안정애']],
        ['[하노이 랜드사 단톡]\n[도쿄 먹방 원정대 (4)]', []],
      ],
      'PERSON',
    );
  });

  test("Colorado's licence after its state's code (en)", () => {
    assertFound(
      [
        [
          'Driver license: CO 17-042-5581 (exp 06/14/2028)\nAdditional driver: Renée Delgado, DL CO 22-318-0746',
          ['DRIVER_LICENSE:17-042-5581', 'DRIVER_LICENSE:22-318-0746'],
        ],
      ],
      'DRIVER_LICENSE',
    );
  });
});
