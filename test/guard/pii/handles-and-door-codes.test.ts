// What the forty-seventh and forty-eighth rounds of hand-written texts (homes and property; media, entertainment and
// creators) showed: door, key-safe and padlock codes read out digit by digit, French listings' codes, players' in-game
// names, creators' handles beside their audience or alone in a table's cell, chat senders who write once, a streamer's
// profile address, a login's key in capitals and a passport's number after its country's code.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('door codes read out, handles of players and creators', () => {
  test("a door's, a key safe's or a padlock's code read out digit by digit, an alarm's user code (en)", () => {
    assertFound(
      [
        ['Keys are in the lockbox left of the front door, code 8 1 6 4 (press CLEAR first).', ['PASSWORD:8 1 6 4']],
        ['the key safe is on the side gate, code 0 4 7 7, and the front door is the big brass key.', ['PASSWORD:0 4 7 7']],
        ['Back green gate padlock is now 2 8 1 9 – PLEASE keep it shut, foxes', ['PASSWORD:2 8 1 9']],
        ['also new Haustür code since the break-in downstairs: 3 9 0 6 1. Please keep it to yourselves.', ['PASSWORD:3 9 0 6 1']],
        ["the bike store lock was changed after last week's break-in. New code is 7 1 9 4 — please", ['PASSWORD:7 1 9 4']],
        ['Alarm: tenant user code 4096 (master code stays with the landlord)', ['PASSWORD:4096']],
        // Near misses: a promo code read out, a padlock's price, a user code with no door near.
        ['Use promo code 1 2 3 4 at checkout for the door mat.', []],
        ['Bought a new padlock for £12 at the shop.', []],
        ['Your user code 4096 unlocks the premium plan.', []],
      ],
      'PASSWORD',
    );
  });

  test("a French listing's door code, key box and Wi-Fi password (en, ko)", () => {
    assertFound(
      [
        [
          'Digicode de la rue : 47B19\nBoîte à clés (sous les boîtes aux lettres) : 2806\nWifi : Livebox-7F3A / mot de passe : ebQ9xR4tLmuV',
          ['PASSWORD:47B19', 'PASSWORD:2806', 'PASSWORD:ebQ9xR4tLmuV'],
        ],
        ['집주인 메시지 그대로: Wifi : Livebox-7F3A / mot de passe : ebQ9xR4tLmuV', ['PASSWORD:ebQ9xR4tLmuV']],
        ['Boîte à clés : 2806', ['PASSWORD:2806']],
        ['Mot de passe : oublié', []],
      ],
      'PASSWORD',
    );
  });

  test("a player's in-game name after IGN: or under an IGN column (en, ko)", () => {
    assertFound(
      [
        ['1. Marco Santiago (IGN: Zeph) — PH passport P7720194A', ['USERNAME:Zeph']],
        ['Role       | IGN         | Legal name\nSentinel   | Brickwall   | Liam Byrne', ['USERNAME:Brickwall']],
        ['player_id,ign,real_name,nationality\nKCL-P-3301,Kiwi,송하람,KR', ['USERNAME:Kiwi']],
        // Near misses: the games site's score, a word of the sentence.
        ['IGN gave it 8/10, which is fair.', []],
        ['IGN: pending until the roster locks', []],
      ],
      'USERNAME',
    );
  });

  test("a creator's handle beside its audience or alone in a cell, a streamer's address, a login's key in capitals (en, ko)", () => {
    assertFound(
      [
        ['¡Gracias!\nLucía\n@luciaontheroad · 312K', ['USERNAME:@luciaontheroad']],
        ['Gabriel Aquino | cosplayer, @gabsquinocos (1.2M) | 02 Dec 20:10 NRT', ['USERNAME:@gabsquinocos']],
        ['Uploader channel: @RetroChillMixes (842K subscribers)', ['USERNAME:@RetroChillMixes']],
        ['GW-JKT-0414,@putriwdy,Putri Widyasari', ['USERNAME:@putriwdy']],
        ['my twitch is twitch.tv/kaiplays_owl btw (18K followers)', ['USERNAME:kaiplays_owl']],
        ['# 채널 관리자 로그인\nCHANNEL_OWNER_LOGIN=ttoki_vlog', ['USERNAME:ttoki_vlog']],
        // Near misses: a time, a CSS rule, a mention of a group, a site's own page.
        ['see you @noon tomorrow', []],
        ['price,@home,3', []],
        ['@here the stream starts at 9', []],
        ['watch the VOD at twitch.tv/videos/2210', []],
      ],
      'USERNAME',
    );
  });

  test('a chat sender who writes once where the others show handles (en)', () => {
    assertFound(
      [
        [
          'hana_lumina: ok so the fansign closes Sun\nbea.lumi: thank uuu\nhana_lumina: got it\nmoonjae_99: pls also put my number on it',
          ['USERNAME:hana_lumina', 'USERNAME:bea.lumi', 'USERNAME:hana_lumina', 'USERNAME:moonjae_99'],
        ],
        // A pasted form's field is no sender.
        ['hana_lumina: ok send it\nhana_lumina: here\norder_no: SW-20240611-0473', ['USERNAME:hana_lumina', 'USERNAME:hana_lumina']],
      ],
      'USERNAME',
    );
  });

  test("a passport's number after its country's code in a table (en)", () => {
    assertFound(
      [
        [
          'Badge   | Name             | Passport        | Status\nPR-0419 | Camille Besançon | FR 21CK48203    | Approved\nPR-0422 | Rachel Ostrowski | US 567302918    | Approved',
          ['PASSPORT:21CK48203', 'PASSPORT:567302918'],
        ],
      ],
      'PASSPORT',
    );
  });

  test("a card's code read out in words, a Korean expiry said month first (en, ko)", () => {
    assertFound(
      [
        ['card 4539 1488 0343 6467, expiry zero eight twenty-seven, CVV nine oh two', ['CARD_CVV:nine oh two']],
        ["What's the CVV for? I read it somewhere", []],
      ],
      'CARD_CVV',
    );
    assertFound(
      [
        ['5245 3331 4789 3282, 유효기간 11월 29년이고 뒤에 세 자리 614요.', ['CARD_EXPIRY:11월 29년']],
        ['카드 유효기간 12월 31일까지 쓰세요', []],
      ],
      'CARD_EXPIRY',
    );
  });

  test("a company's corporate number after its name, a health card's number before a note, a copyright's registration (en, ko)", () => {
    assertFound([['근저당권자 주식회사 새벽저축은행 110111-3076852 서울특별시 중구 을지로 35', ['CRN:110111-3076852']]], 'CRN');
    assertFound([['근저당권자 주식회사 새벽저축은행 110111-3076852 서울특별시 중구 을지로 35', []]], 'RRN');
    assertFound([['직원 김철수 900101-1234568', ['RRN:900101-1234568']]], 'RRN');
    assertFound([['Health insurance card no. (company plan): 1307-2291846', ['HEALTH_INSURANCE:1307-2291846']]], 'HEALTH_INSURANCE');
    assertFound([['first published 08/02/2023, U.S. Copyright Reg. VA 2-361-884', []]], 'VEHICLE_PLATE');
  });

  test("what reads as a login and is none: an API's error, a Dutch payee's t.n.v., a repository's version, a team, a record's id (en, ko)", () => {
    assertFound(
      [
        ['why does the Slack post fail with invalid_auth?', []],
        ['Royalty account: NL12 RABO 0317 4922 85 t.n.v. S. de Wit-Bakker', []],
        ['저장소 사내 GitLab clip-bot v2.3.1\nAPP_VERSION=2.3.1', []],
        ['[오디션 보호자 오픈채팅]\n캐스팅팀: 2차 오디션은 6/29(일) 성수동 스튜디오\n서윤맘: 참석합니다', []],
        ['{\n  "account_id": "ACC-55190442",\n  "plan": "Family Premium CA"\n}', []],
        ['p.ferreira\t2a02:8070::1\tLOGIN\tFAIL_2FA', []],
        // A login still found where the same words stand.
        ['my GitHub: kim_dev92', ['USERNAME:kim_dev92']],
      ],
      'USERNAME',
    );
  });
});
