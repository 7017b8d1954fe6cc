// createStreamPiiGuard: PII split across chunks is caught, output equals scanning the whole text, hold-back stays bounded.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GenstackError } from '../../../src/core/index.ts';
import { applyPiiActions, createStreamPiiGuard, defaultScanEvery, MaskVault, type PiiActionMap } from '../../../src/guard/masking/index.ts';
import { scanPii, type EarlierValues, type PiiFinding } from '../../../src/guard/pii/index.ts';
import { fixtureScan, randomChunks, seededRandom } from './fixture-scanner.ts';

const koreanReply =
  '고객님의 연락처 010-1234-5678 와 주민등록번호 900101-1234567 을 확인했습니다. 😀 보조 연락처 01098765432, 메일 minjun.kim@example.co.kr 로 안내드리며 ' +
  '다시 010-1234-5678 로 전화드리겠습니다. 감사합니다.';
const englishReply =
  'Your phone 010-1234-5678 and RRN 900101-1234567 are on file. We also have 010 9876 5432? No: 01098765432 and jane.doe@example.com; ' +
  'we will call 010-1234-5678 tomorrow. Thanks!';

function whole(options: { text: string; actions: PiiActionMap }): string {
  return applyPiiActions({ text: options.text, findings: fixtureScan(options.text), actions: options.actions, vault: new MaskVault() })
    .text;
}

function streamed(options: {
  chunks: string[];
  actions: PiiActionMap;
  holdBack?: number;
  vault?: MaskVault;
  allowValuesFrom?: MaskVault;
  scan?: (text: string, earlier: EarlierValues) => PiiFinding[];
  contextLength?: number;
}) {
  const guard = createStreamPiiGuard({
    scan: options.scan ?? fixtureScan,
    actions: options.actions,
    vault: options.vault ?? new MaskVault(),
    ...(options.holdBack !== undefined ? { holdBack: options.holdBack } : {}),
    ...(options.contextLength !== undefined ? { contextLength: options.contextLength } : {}),
    ...(options.allowValuesFrom ? { allowValuesFrom: options.allowValuesFrom } : {}),
  });
  const outputs = options.chunks.map((chunk) => guard.push(chunk));
  outputs.push(guard.flush());
  return { outputs, text: outputs.join('') };
}

describe('createStreamPiiGuard', () => {
  test('Korean: a phone number and an RRN split across chunks are still masked', () => {
    const text = '연락처는 010-12' + '34-5678 이고 주민번호는 900101-' + '1234567 입니다.';
    const { text: output } = streamed({
      chunks: ['연락처는 010-12', '34-5678 이고 주민번호는 900101-', '1234567 입니다.'],
      actions: { PHONE: 'mask', RRN: 'redact' },
      holdBack: 20,
    });
    assert.equal(output, '연락처는 [PHONE_1] 이고 주민번호는 [RRN] 입니다.');
    assert.equal(output, whole({ text, actions: { PHONE: 'mask', RRN: 'redact' } }));
  });

  test('English: output is emitted before the stream ends, and never inside a finding', () => {
    const padding = 'This sentence is long enough to be released early by the guard. ';
    const { outputs } = streamed({
      chunks: [padding, 'Call 010-1234-', '5678 today, ', padding],
      actions: { PHONE: 'mask' },
      holdBack: 24,
    });
    assert.ok(outputs[0]!.length > 0 && padding.startsWith(outputs[0]!), 'early text is sent at once');
    for (const output of outputs) assert.ok(!/\d{3}-\d{4}-?$/.test(output) && !output.includes('5678'), `leaked: ${output}`);
    assert.equal(outputs.join(''), `${padding}Call [PHONE_1] today, ${padding}`);
  });

  test('random chunkings give the same output as scanning the whole text (ko and en, several hold-backs)', () => {
    const actionSets: PiiActionMap[] = [{ PHONE: 'mask', RRN: 'redact', EMAIL: 'mask' }, () => 'redact', { EMAIL: 'mask' }];
    for (const text of [koreanReply, englishReply]) {
      for (const actions of actionSets) {
        const expected = whole({ text, actions });
        for (const holdBack of [32, 64]) {
          for (let seed = 1; seed <= 150; seed += 1) {
            const chunks = randomChunks({ text, random: seededRandom(seed * 7 + holdBack), maxSize: seed % 3 === 0 ? 40 : 6 });
            assert.equal(streamed({ chunks, actions, holdBack }).text, expected, `holdBack ${holdBack}, seed ${seed}`);
          }
        }
      }
    }
  });

  test('with the real scanner, random chunkings give the same output as scanning the whole reply (ko and en)', () => {
    const replies = [
      '고객님, 주민등록번호 900101-1234568 과 휴대폰 010-1234-5678 확인했습니다. 카드번호 4111-1111-1111-1111, 이메일 gildong@example.com 로 안내드립니다. 다시 010-1234-5678 로 연락드리겠습니다.',
      'Your phone 010-9876-5432 and email jane.doe@example.com are on file; card 4111 1111 1111 1111, SSN 536-22-1234, IP 192.168.10.23. Call 010-9876-5432 again.',
      // Numbers and emails written to slip past a filter.
      '기사님 번호는 공일공 구팔칠육 오사삼이 이고, 메일은 minsu 골뱅이 네이버 닷컴 이에요. 카드 4111-1111-1111-1111, 다시 010-1234-5678 로 연락 주세요.',
      'Text me at 010-9876-5432 or write to jane dot park at gmail dot com; card 4111 1111 1111 1111, SSN 536-22-1234.',
      // Numbers spelled out in English words, one as long as a card's sixteen digits.
      'Sure, call me at four one five, eight six seven, five three oh nine, or my office zero two, one two three, four five six seven; card four two four two, four two four two, four two four two, four two four two; mail jane.doe@example.com.',
      '연락처는 010 one two three four 5678 이고, 카드는 four two four two four two four two four two four two four two four two 예요. 메일 minsu@example.com, 주민번호 900101-1234568.',
    ];
    for (const text of replies) {
      const findings = scanPii(text);
      assert.ok(findings.length >= 4, 'the reply has PII to find');
      const expected = applyPiiActions({ text, findings, actions: () => 'mask', vault: new MaskVault() }).text;
      for (let seed = 1; seed <= 60; seed += 1) {
        const chunks = randomChunks({ text, random: seededRandom(seed), maxSize: 8 });
        const output = streamed({ chunks, actions: () => 'mask', scan: (piece) => scanPii(piece) }).text;
        assert.equal(output, expected, `seed ${seed}`);
      }
    }
  });

  test('the rows of a long table of names stay masked after its header has left the scan window (Korean, English)', () => {
    const koreanNames = ['김민수', '이서연', '박지훈', '최유진', '정민호', '강지영', '조현우', '윤서현', '장민재', '임수빈'];
    const englishNames = ['Jane Doe', 'Kevin Brown', 'Maria Lopez', 'David Miller', 'Sarah Martin', 'Tom Baker', 'Lisa Wong'];
    const replies = [
      `요청하신 명단입니다.\n\n| 이름 | 등급 | 가입일 |\n|---|---|---|\n${koreanNames.map((name, row) => `| ${name} | 골드 | 2024-0${(row % 9) + 1}-15 |`).join('\n')}\n\n이상입니다.`,
      `Here is the export:\n\nname,plan,joined\n${englishNames.map((name, row) => `${name},Premium 5G,2024-0${(row % 9) + 1}-15`).join('\n')}\n`,
    ];
    for (const text of replies) {
      const findings = scanPii(text);
      assert.equal(findings.filter((finding) => finding.type === 'PERSON').length, text.includes('이름') ? 10 : 7);
      const expected = applyPiiActions({ text, findings, actions: () => 'mask', vault: new MaskVault() }).text;
      for (let seed = 1; seed <= 20; seed += 1) {
        const chunks = randomChunks({ text, random: seededRandom(seed), maxSize: seed % 2 === 0 ? 5 : 30 });
        assert.equal(streamed({ chunks, actions: () => 'mask', scan: (piece) => scanPii(piece) }).text, expected, `seed ${seed}`);
      }
    }
  });

  test('block throws content_blocked without the value, in the reply language', () => {
    const guard = createStreamPiiGuard({ scan: fixtureScan, actions: { RRN: 'block' }, vault: new MaskVault(), holdBack: 16 });
    assert.throws(
      () => {
        guard.push('주민번호는 900101-1234567 입니다. 다른 내용이 이어집니다.');
        guard.flush();
      },
      (error: unknown) =>
        GenstackError.is(error) &&
        error.code === 'content_blocked' &&
        /주민등록번호/.test(error.message) &&
        !error.message.includes('900101'),
    );
  });

  test("the user's own values (known to their vault) pass; other values are masked", () => {
    const userVault = new MaskVault();
    userVault.mask({ type: 'PHONE', value: '010-1234-5678' });
    const { text } = streamed({
      chunks: ['We will call 010-1234-5678, not 010-5555-', '6666.'],
      actions: { PHONE: 'mask' },
      allowValuesFrom: userVault,
    });
    assert.equal(text, 'We will call 010-1234-5678, not [PHONE_1].');
  });

  test('pending text stays bounded: a long stream without PII is released as it arrives', () => {
    const guard = createStreamPiiGuard({ scan: fixtureScan, actions: { PHONE: 'mask' }, vault: new MaskVault(), holdBack: 64 });
    let received = 0;
    let sent = 0;
    for (let index = 0; index < 500; index += 1) {
      const chunk = `문장 ${index} 입니다. Sentence ${index}. `;
      received += chunk.length;
      sent += guard.push(chunk).length;
      assert.ok(received - sent <= 64 + defaultScanEvery, `held ${received - sent}`);
    }
    sent += guard.flush().length;
    assert.equal(sent, received);
  });

  test('a reply streamed token by token is scanned once per stride, not once per token (ko, en), with the same output', () => {
    for (const reply of [koreanReply.repeat(4), englishReply.repeat(4)]) {
      let scans = 0;
      const counting = (text: string) => {
        scans += 1;
        return scanPii(text);
      };
      const tokens = reply.match(/[\s\S]{1,4}/gu)!;
      const { text } = streamed({ chunks: tokens, actions: { PHONE: 'mask', RRN: 'redact', EMAIL: 'mask' }, scan: counting });
      assert.equal(
        text,
        applyPiiActions({
          text: reply,
          findings: scanPii(reply),
          actions: { PHONE: 'mask', RRN: 'redact', EMAIL: 'mask' },
          vault: new MaskVault(),
        }).text,
      );
      // The reply starts as soon as more than the held-back 128 characters came, as it did with a scan at every token.
      const { outputs } = streamed({ chunks: tokens, actions: { PHONE: 'mask' }, scan: (piece) => scanPii(piece) });
      assert.equal(
        outputs.findIndex((output) => output !== ''),
        tokens.findIndex((_, index) => tokens.slice(0, index + 1).join('').length > 128),
      );
      // One scan per token would be tokens.length; strides of 64 characters make it about reply.length / 64.
      assert.ok(scans <= Math.ceil(reply.length / defaultScanEvery) + 1, `${scans} scans for ${tokens.length} tokens`);
    }
  });
  test('a name or a number written again far after it was found is masked as in the whole reply (ko, en)', () => {
    const replies = [
      `수령인: 김민수 고객님, 여권번호 M12345678 로 통관 신고를 마쳤습니다.\n${'상품은 오늘 물류센터에서 출고되어 택배로 이동합니다. '.repeat(30)}\n민수도 같이 받으시나요? M12345678 기준으로 관세가 부과됩니다.`,
      `Shipping to: Priscilla Mahlangu, passport M12345678 on the customs form.\n${'The parcel leaves our warehouse today and travels by road. '.repeat(16)}\nThanks for your order, Priscilla! We saved M12345678 for next time.`,
    ];
    for (const text of replies) {
      const findings = scanPii(text);
      const expected = applyPiiActions({ text, findings, actions: () => 'redact', vault: new MaskVault() }).text;
      assert.ok(!expected.includes('M12345678') && !/Priscilla|민수/.test(expected), expected);
      for (let seed = 1; seed <= 10; seed += 1) {
        const chunks = randomChunks({ text, random: seededRandom(seed), maxSize: 8 });
        assert.equal(streamed({ chunks, actions: () => 'redact', scan: (piece, earlier) => scanPii(piece, { earlier }) }).text, expected);
      }
      // Without the values sent before, the window alone reads the last line as no one's.
      const forgetful = streamed({
        chunks: randomChunks({ text, random: seededRandom(1), maxSize: 8 }),
        actions: () => 'redact',
        scan: (piece) => scanPii(piece),
      });
      assert.ok(/Priscilla!|민수도/.test(forgetful.text), forgetful.text);
    }
  });

  test("a table's later rows and a log's later lines are read with the lines before them, as in the whole reply (ko, en)", () => {
    const replies = [
      '# 코어 장비 접속 이력 (정하윤 님 작업 확인용)\nMay 21 03:58:44 KR-SEL-CORE01 %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: hyjung] [Source: 10.20.4.117] [localport: 22] [Reason: Login Authentication Failed]\nMay 21 03:58:51 KR-SEL-CORE01 %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: hyjung] [Source: 10.20.4.117] [localport: 22]\nMay 21 04:01:13 KR-SEL-CORE01 %PARSER-5-CFGLOG_LOGGEDCMD: User:hyjung  logged command:interface TenGigE0/0/0/3\n',
      'Driver manifest - route DUB-S9 - Tue 14 Apr 2026 - van 3\nStop | Consignee | Address | Phone | Notes\n1 | Aoife Kavanagh | 14 Leinster Road, Rathmines, Dublin 6, D06 K2P1 | 087 552 1934 | leave with neighbour at no. 16\n2 | Marek Dvorak | Apt 3, Belgrave Court, 12 Belgrave Square, Monkstown, Co. Dublin, A94 F3T2 | +353 86 114 2290 | ring twice\n3 | Nuala Byrne | 9 Glenageary Park, Dun Laoghaire, Co. Dublin, A96 H4K7 | 085 614 0827 | signature required\nParcels: 12 | COD: none',
    ];
    const scan = (piece: string, earlier: EarlierValues) => scanPii(piece, { earlier });
    for (const text of replies) {
      const expected = applyPiiActions({ text, findings: scanPii(text), actions: () => 'redact', vault: new MaskVault() }).text;
      const chunks = randomChunks({ text, random: seededRandom(3), maxSize: 6 });
      assert.equal(streamed({ chunks, actions: () => 'redact', scan }).text, expected);
      // Kept no longer than the hold-back, the context lost the header and the lines that name the login.
      assert.notEqual(streamed({ chunks, actions: () => 'redact', scan, contextLength: 128 }).text, expected);
    }
  });
});
