// What the fifty-eighth to sixtieth rounds of hand-written texts (crypto and payments; delivery apps; NGOs' case systems)
// showed about logins and keys a platform prints: an exchange's UID, a log's uid=, open banking's user_seq_no, a PSD2
// request's PSU-ID and a case worker's login, a card gateway's pwd2; a wallet's twelve recovery words pasted whole; and the
// bots, the anonymised members and the QA accounts that are no one's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("platforms' numbers for their users", () => {
  test("an exchange's UID, a log's uid, open banking's user number, a PSU-ID and a case worker's login (en, ko)", () => {
    assertFound(
      [
        ['Victim: Dana Whitlock, UID 30918245, email on file', ['USERNAME:30918245']],
        ['회원 UID: 55102938 | 닉네임 확인 필요', ['USERNAME:55102938']],
        ['INFO wl-service uid=48120391 action=WHITELIST_ADD', ['USERNAME:48120391']],
        ['  user_seq_no=1100492817 scope="login inquiry"', ['USERNAME:1100492817']],
        ['PSU-IP-Address: 84.10.2.17\nPSU-ID: jdevries82', ['USERNAME:jdevries82']],
        ['{"caseworker": "park.minji", "status": "open"}', ['USERNAME:park.minji']],
        ['2024-08-14 INFO caseworker han.seoyun corrected CA-0003', ['USERNAME:han.seoyun']],
        // A Unix account's uid, a resource's uid, a member's number and a case worker by name are none.
        ['uid=1000(ubuntu) gid=1000(ubuntu) groups=27(sudo)', []],
        ['metadata:\n  uid: 3f0c9d2e-81a7-4b6e-a5d4-7c19e02b4f61', []],
        ['member_no=M2209183341 joined', []],
        ['{"caseworker": "Park Minji"}', []],
      ],
      'USERNAME',
    );
  });

  test("a card gateway's debug log keeps the card password's first two digits (en)", () => {
    assertFound(
      [
        ['req={holder="KIM JIHO", exp="1128", pwd2="47", card_type=PERSONAL}', ['PASSWORD:47']],
        // Two digits under another key are no password.
        ['req={holder="KIM JIHO", qty2="47", card_type=PERSONAL}', []],
      ],
      'PASSWORD',
    );
  });

  test("a bot, an anonymised member and a service's QA account are no one's (ko, en)", () => {
    assertFound(
      [
        ['[코인마켓 공지방 (오픈채팅)]\n알림봇: 점검 안내입니다\n참여자: 입금 날아가요?\n알림봇: 아닙니다', []],
        ['{"name":"QA test","handle":"freshbox_qa","email":"qa@freshbox.co.kr"}', []],
        // A member's handle in the same places stays found.
        ['[코인마켓 공지방 (오픈채팅)]\n달빛코인러: 점검 언제 끝나요?\n알림봇: 4시입니다', ['USERNAME:달빛코인러']],
        ['{"name":"Mika","handle":"matcha_mika","email":"mika@gmail.com"}', ['USERNAME:matcha_mika']],
      ],
      'USERNAME',
    );
  });
});

describe("a wallet's recovery phrase", () => {
  test('twelve or twenty-four seed words pasted whole where a wallet is spoken of (en, ko)', () => {
    assertFound(
      [
        [
          'my seed words, restored to check: harbor velvet canyon lunar frost bridge pepper amber silent hollow mimic raven. pin is separate',
          ['SECRET:harbor velvet canyon lunar frost bridge pepper amber silent hollow mimic raven'],
        ],
        [
          '지갑 복구 구문 그대로 보냅니다\n\ntiger valley crisp tribe cement wisdom lunar pepper absent hockey velvet sugar\n\n확인 부탁드려요',
          ['SECRET:tiger valley crisp tribe cement wisdom lunar pepper absent hockey velvet sugar'],
        ],
        // Prose of a dozen words, eleven seed words, or words where no wallet is spoken of are none.
        ['my wallet words: honestly we should move the coins now before the price drops again later', []],
        ['wallet backup: velvet orbit canyon lunar frost bridge pepper amber silent hollow mimic', []],
        ['tiger valley crisp tribe cement wisdom lunar pepper absent hockey velvet sugar', []],
      ],
      'SECRET',
    );
  });
});

describe("chats' handles in camel case", () => {
  test('a sender shown by a handle in camel case with digits, each turn (en)', () => {
    assertFound(
      [
        [
          '[LendPeer Investors]\nmoonTrader77: anyone else get paid late?\nJun: yes\nmoonTrader77: ok thanks',
          ['USERNAME:moonTrader77', 'USERNAME:moonTrader77'],
        ],
        // A name in camel case without digits is no handle.
        ['[LendPeer Investors]\nMcKenzie: anyone else get paid late?\nJun: yes\nMcKenzie: ok thanks', []],
      ],
      'USERNAME',
    );
  });
});
