// What the sixty-first round of hand-written texts (games, dating apps, social platforms and trust & safety) showed about
// usernames: gamer tags and in-game names after their labels, characters, sellers and accounts named in prose, lists of
// accounts in a takedown, a stream's chat whose senders show handles, a user's number in a report's prose, a roster's
// nickname column and handles in brackets after a name; and banks, levels, role speakers and a business's own account
// that stand where a handle would.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('gamer tags and platform handles: the names a game or a platform knows its users by', () => {
  test("a handle after a gamer tag's, an in-game name's or a character's label (en, ko)", () => {
    assertFound(
      [
        ['Legal name: on file\nGamer tag: Fjord_Mika\nDate of birth: 2001-04-02', ['USERNAME:Fjord_Mika']],
        ['2. Gamer tag / registered handle: RavFlux\n3. Date of birth: on file', ['USERNAME:RavFlux']],
        ['Player handle: MinoVeld\nEmail: on file', ['USERNAME:MinoVeld']],
        ["Lia's in-game name: LiaTheFox2016\n\nThanks", ['USERNAME:LiaTheFox2016']],
        ['신청인: 본인\n캐릭터: 달빛여우 (서버 카인03)', ['USERNAME:달빛여우']],
        ['사용할 사용자명: seo_dance_0912\n\n법정대리인 정보', ['USERNAME:seo_dance_0912']],
        // A nickname a bank keeps for a payee, a level, a label's word and a particle's word are no handles.
        ['Beneficiary nickname: Sunita tuition\nBeneficiary name: on file', []],
        ['서버: 루나 / 캐릭터 Lv.87', []],
        ['메인 캐릭터 인벤에 있던 무기가 없어졌어요', []],
      ],
      'USERNAME',
    );
  });

  test('a character, a seller, an account or a creator named in prose, and named again (en, ko)', () => {
    assertFound(
      [
        [
          "the gold was traded to character 'Ember_qqq'. We have banned the receiving character Ember_qqq.",
          ['USERNAME:Ember_qqq', 'USERNAME:Ember_qqq'],
        ],
        ['listing 55120, seller 노량진게임왕. he said the console was fine', ['USERNAME:노량진게임왕']],
        ['account is rio_dragon22, character 하늘검객. son is ten', ['USERNAME:rio_dragon22', 'USERNAME:하늘검객']],
        ['Ms. Dana Whit, a streamer known online as DanaPlaysMore. We have evidence', ['USERNAME:DanaPlaysMore']],
        ["대상: 스트림베이 파트너 '노래하는곰' (본명 비공개)", ['USERNAME:노래하는곰']],
        // A bank's name, an account's code, a role's speaker, a partner's desk and a locked account are none.
        ['Salary account: KakaoBank 3333-01-2291', []],
        ['on our fleet bundle (account CM-IoT-20417, 500MB pooled)', []],
        ['Seller: 안녕하세요! 네 아직 판매중이에요', []],
        ['Buyer: deal! where?\nSeller: 합정역 7번 출구 앞, 7:30pm?', []],
        ['조치: 6개 계정 영구정지, 카드사 통보', []],
        ['쿠팡 퀵플렉스 배송 파트너 위탁계약 신청서', []],
        ['my account is locked again', []],
        ['CRA My Account 들어가서 주소 업데이트 해', []],
      ],
      'USERNAME',
    );
  });

  test("accounts listed together in a takedown, and a chat header's two parties (en, ko)", () => {
    assertFound(
      [
        [
          'The seller accounts cashing out are goldrush_ty and ty.trades.91, payout email pending.',
          ['USERNAME:goldrush_ty', 'USERNAME:ty.trades.91'],
        ],
        ['Linked accounts (same card): frostbyte2, xX_RKD_Xx\n', ['USERNAME:frostbyte2', 'USERNAME:xX_RKD_Xx']],
        ['alts linked by IP: sp1ll_it, t_bombz_9 — both suspended', ['USERNAME:sp1ll_it', 'USERNAME:t_bombz_9']],
        ['[Instagram DM] studio_lens ↔ kim_and_lee\n', ['USERNAME:studio_lens', 'USERNAME:kim_and_lee']],
        ['[번개장터 채팅] 판매자 moon_ttq ↔ 구매자 hye.k22\n', ['USERNAME:moon_ttq', 'USERNAME:hye.k22']],
        ['Both accounts are locked and flagged for review.', []],
        ['Accounts are reconciled: Q3 ledger, Q4 ledger', []],
      ],
      'USERNAME',
    );
  });

  test("a chat's senders by handle: a stream's timed log, a moderator's role, a plain handle among handles", () => {
    assertFound(
      [
        [
          '18:42:07 tinybuilds: hi all i built a house\n18:42:10 AutoMod: message held for review\n18:43:02 mod_kiwi: [timeout 10m tinybuilds] please dont',
          ['USERNAME:tinybuilds', 'USERNAME:mod_kiwi', 'USERNAME:tinybuilds'],
        ],
        [
          '[Discord — #mods]\nmossfern (mod): someone is spamming again\nkoda_99: on it now\nmossfern (mod): thanks a lot\nkoda_99: np',
          ['USERNAME:mossfern', 'USERNAME:koda_99', 'USERNAME:mossfern', 'USERNAME:koda_99'],
        ],
        // A business answers as its account, and speaks as "we".
        [
          'lena.climbs: someone hit my car in your lot\nboulderbarnbristol: Oh no, sorry! We do have CCTV\nlena.climbs: thanks so much',
          ['USERNAME:lena.climbs', 'USERNAME:lena.climbs'],
        ],
        ['mike: hey are you coming\nsarah: yes in ten', []],
      ],
      'USERNAME',
    );
  });

  test("a user's number or login after its key in a report's prose and a log's member or player (en, ko)", () => {
    assertFound(
      [
        ['- seller "급처맘" (uid 3021188) — KakaoTalk ID on file', ['USERNAME:급처맘', 'USERNAME:3021188']],
        ['subject: user_id 10488213 · case open', ['USERNAME:10488213']],
        ['신고자: 스트리머 (본명 비공개, uid dawn_chae)', ['USERNAME:dawn_chae']],
        ['2025-05-12T09:14:02Z member=star_dust_ji status=401', ['USERNAME:star_dust_ji']],
        ['[global] srv=eu-west-3 player=NovaGlint msg="hi"', ['USERNAME:NovaGlint']],
        ['timestamp            user_id       client_ip        channel', []],
        ['phone=on file  ins_member=MHP8841027793  store=#0417', []],
      ],
      'USERNAME',
    );
  });

  test("a roster's nickname, summoner's name and Discord columns (ko)", () => {
    assertFound(
      [
        ['| 포지션 | 이름 | 닉네임 | 생년월일 |\n| 탑 | 구태현 | Taegeuk | 2003.02.17 |', ['USERNAME:Taegeuk']],
        ['포지션,선수명,소환사명,생년월일\nTOP,김태윤,KX Tae,2004-02-17', ['USERNAME:KX Tae']],
        ['닉네임 | 디코 | 실명 | 생일\n흑곰대장 | heukgom_boss | 표재민 | 1989-02-14', ['USERNAME:흑곰대장', 'USERNAME:heukgom_boss']],
        ['ts,char_name,result\n2024-06-09 01:12:44,칼바람망령,OK', ['USERNAME:칼바람망령']],
        // A real name under the nickname's column reads as a name, not a handle.
        ['닉네임 | 생일\n김민수 | 1989-02-14', []],
      ],
      'USERNAME',
    );
  });

  test('a handle after @ beside an account, a channel or a creator, and a handle in brackets after a name', () => {
    assertFound(
      [
        [
          'We represent Yas Hadid, who posts as @yasmreviews. Since May, the channels @TruthBombGG and @expose_yas have posted',
          ['USERNAME:@yasmreviews', 'USERNAME:@TruthBombGG', 'USERNAME:@expose_yas'],
        ],
        ['@here please review the new build', []],
        ['Thanks!!\nTasha Reid (TashaPlaysGG)\n\n---', ['USERNAME:TashaPlaysGG']],
        ['Opened by: Brooke Sandoval (bsandov3)\nDescription: no VPN', ['USERNAME:bsandov3']],
        // An agent and their firm, a neighbour and their house, and a firm's team after a name are no handles.
        ['Sam Ortiz (KickVault): Hey! Sorry about that.\nYou: thanks', []],
        ['Pat (no.12): anyone else smell gas near the lamp post?', []],
        ['rotated by Tomasz Wrona (SecOps) at 22:58 UTC', []],
      ],
      'USERNAME',
    );
  });
});
