// /api/guard/scan, /api/guard/redact and /api/guard/restore against a real server: findings, mask and redact with each
// finding's placeholder, restoring a reply from a mask call's findings, validation and the 1 MB text limit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

interface Finding {
  type: string;
  start: number;
  end: number;
  text: string;
  score: number;
  placeholder?: string;
}

const korean = '김철수 님 전화번호 010-2345-6789, 이메일 chulsoo.kim@example.co.kr 로 연락드립니다.';
const english = 'Reach Tom at 010-3456-7890 or tom@example.org, or 010-3456-7890 after six.';

describe('/api/guard', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  async function post(path: string, body: unknown) {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  test('scan finds PII with exact offsets (Korean)', async () => {
    const { status, body } = await post('/api/guard/scan', { text: korean, lang: 'ko' });
    assert.equal(status, 200);
    const findings = body.findings as Finding[];
    assert.ok(findings.some((finding) => finding.type === 'PHONE' && finding.text === '010-2345-6789'));
    assert.ok(findings.some((finding) => finding.type === 'EMAIL' && finding.text === 'chulsoo.kim@example.co.kr'));
    for (const finding of findings) {
      assert.equal(korean.slice(finding.start, finding.end), finding.text);
      assert.deepEqual(Object.keys(finding).sort(), ['end', 'score', 'start', 'text', 'type']);
    }
  });

  test('scan honours types and minScore (English)', async () => {
    const onlyEmail = await post('/api/guard/scan', { text: english, lang: 'en', types: ['EMAIL'] });
    assert.deepEqual(
      (onlyEmail.body.findings as Finding[]).map((finding) => finding.type),
      ['EMAIL'],
    );
    const strict = await post('/api/guard/scan', { text: english, minScore: 1 });
    assert.ok((strict.body.findings as Finding[]).every((finding) => finding.score >= 1));
  });

  test('redact mask: consistent placeholders, each finding naming its own (English)', async () => {
    const { status, body } = await post('/api/guard/redact', { text: english, mode: 'mask' });
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['findings', 'text']);
    const phones = (body.findings as Finding[]).filter((finding) => finding.type === 'PHONE');
    assert.deepEqual(
      phones.map((finding) => finding.placeholder),
      ['[PHONE_1]', '[PHONE_1]'],
    );
    // Whether a name recogniser also masks 'Tom' is not this test's business: the numbers and the email are.
    assert.match(String(body.text), /at \[PHONE_1\] or \[EMAIL_1\], or \[PHONE_1\] after six\.$/);
    assert.ok(!String(body.text).includes('010-3456-7890') && !String(body.text).includes('tom@example.org'));
  });

  /** Masks `text` through the API, checks that restore gives it back whole, and returns the masked text. */
  async function maskedAndRestored(text: string): Promise<string> {
    const masked = await post('/api/guard/redact', { text, mode: 'mask' });
    assert.equal(masked.status, 200);
    const restored = await post('/api/guard/restore', { text: masked.body.text, findings: masked.body.findings });
    assert.equal(restored.body.text, text);
    return String(masked.body.text);
  }

  test('a US taxpayer number (ITIN) is masked as itself, not as an SSN, and restored (English, Korean)', async () => {
    assert.equal(await maskedAndRestored('My ITIN is 912-78-1234.'), 'My ITIN is [US_ITIN_1].');
    assert.equal(await maskedAndRestored('미국 납세자번호(ITIN) 912-94-5678 입니다'), '미국 납세자번호(ITIN) [US_ITIN_1] 입니다');
    const scanned = await post('/api/guard/scan', { text: 'SSN 123-45-6789, ITIN 912-78-1234' });
    assert.deepEqual(
      (scanned.body.findings as Finding[]).map((finding) => finding.type),
      ['US_SSN', 'US_ITIN'],
    );
  });

  test('a spelled-out, fullwidth or otherwise disguised number is masked and restored as written (Korean, English)', async () => {
    for (const text of [
      '전화는 공일공 일이삼사 오육칠팔 로 주세요',
      '문자는 010 일이삼사 오육칠팔 로 주세요',
      'Text me at ０１０-９８７６-５４３２ tonight',
      'Text me at O1Oㅡ9876ㅡ5432 tonight',
    ]) {
      const masked = await maskedAndRestored(text);
      assert.match(masked, /\[PHONE_1\]/, text);
      assert.ok(!/[0-9０-９]{4}|일이삼사|오육칠팔/.test(masked), masked);
    }
    assert.equal(await maskedAndRestored('주민번호 구공공일공일 다시 일이삼사오육칠 입니다'), '주민번호 [RRN_1] 입니다');
  });

  test('a name spelled with accents is masked and restored as written (English, Korean)', async () => {
    assert.equal(await maskedAndRestored('Please add Zoë Müller to the thread'), 'Please add [PERSON_1] to the thread');
    assert.equal(await maskedAndRestored('문의자 Łukasz Wróbel 연락 요망'), '문의자 [PERSON_1] 연락 요망');
  });

  test('an email written to slip past a filter is masked and restored as written (Korean, English)', async () => {
    for (const [text, written] of [
      ['메일은 minsu 골뱅이 네이버 닷컴 이에요', 'minsu 골뱅이 네이버 닷컴'],
      ['reach me at jane dot park at gmail dot com', 'jane dot park at gmail dot com'],
    ] as const) {
      assert.equal(await maskedAndRestored(text), text.replace(written, '[EMAIL_1]'));
    }
  });

  test("a password, a card's security code and expiry date and an API key are masked and restored (Korean, English)", async () => {
    for (const [text, masked] of [
      ['비밀번호는 qwer1234!이고 카드 보안코드는 321이에요', '비밀번호는 [PASSWORD_1]이고 카드 보안코드는 [CARD_CVV_1]이에요'],
      ['my key is sk-proj-abcdefghijklmnopqrstuvwx1234, PIN 4321', 'my key is [SECRET_1], PIN [PASSWORD_1]'],
      ['카드 유효기간은 12/27, CVC 321이에요', '카드 유효기간은 [CARD_EXPIRY_1], CVC [CARD_CVV_1]이에요'],
      ['my Visa expires 08/2026', 'my Visa expires [CARD_EXPIRY_1]'],
      ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz1KEY', 'AWS_SECRET_ACCESS_KEY=[SECRET_1]'],
      ['토큰: a1b2c3d4e5f6g7h8i9j0 으로 호출했어요', '토큰: [SECRET_1] 으로 호출했어요'],
    ] as const)
      assert.equal(await maskedAndRestored(text), masked);
  });

  test("a customer's IMEI, SIM card number, router MAC address and spelled-out number are masked and restored (Korean, English)", async () => {
    for (const [text, masked] of [
      [
        'IMEI 352099001761481 분실 신고하고 유심 8982300012345678901 정지해 주세요',
        'IMEI [IMEI_1] 분실 신고하고 유심 [ICCID_1] 정지해 주세요',
      ],
      ["my router's MAC address is 00:1A:2B:3C:4D:5E", "my router's MAC address is [MAC_ADDRESS_1]"],
      ['call me at four one five, eight six seven, five three oh nine tonight', 'call me at [PHONE_1] tonight'],
      ['연락처 010 one two three four 5678 로 주세요', '연락처 [PHONE_1] 로 주세요'],
    ] as const) {
      const response = await post('/api/guard/redact', { text, mode: 'mask' });
      assert.equal(response.status, 200);
      assert.equal(response.body.text, masked);
      const restored = await post('/api/guard/restore', { text: response.body.text, findings: response.body.findings });
      assert.equal(restored.body.text, text);
    }
  });

  test('redact redact: irreversible [TYPE] (Korean)', async () => {
    const { status, body } = await post('/api/guard/redact', { text: korean, mode: 'redact', lang: 'ko' });
    assert.equal(status, 200);
    const text = String(body.text);
    assert.match(text, /전화번호 \[PHONE\], 이메일 \[EMAIL\] 로/);
    assert.ok(!text.includes('010-2345-6789') && !/_\d\]/.test(text));
  });

  for (const [lang, text, reply] of [
    ['ko', korean, '[PHONE_1] 번호로 내일 전화드리고, 확인 메일은 [EMAIL_1] 로 보내겠습니다. [PHONE_9]는 모르는 자리표시자입니다.'],
    ['en', english, 'I will call [PHONE_1] and write to [EMAIL_1]; [PHONE_9] was never issued.'],
  ] as const) {
    test(`restore puts a mask call's originals back into a reply (${lang})`, async () => {
      const masked = await post('/api/guard/redact', { text, mode: 'mask', lang });
      const findings = masked.body.findings as Finding[];
      const restored = await post('/api/guard/restore', { text: reply, findings });
      assert.equal(restored.status, 200);
      const phone = findings.find((finding) => finding.type === 'PHONE')!.text;
      const email = findings.find((finding) => finding.type === 'EMAIL')!.text;
      assert.equal(restored.body.text, reply.replace('[PHONE_1]', phone).replace('[EMAIL_1]', email));
      // The masked text itself comes back whole.
      assert.equal((await post('/api/guard/restore', { text: masked.body.text, findings })).body.text, text);
    });
  }

  test('restore refuses redactions, unknown types and one placeholder for two values, naming the finding', async () => {
    const redacted = await post('/api/guard/restore', { text: 'x', findings: [{ placeholder: '[PHONE]', text: '010-1234-5678' }] });
    assert.equal(redacted.status, 400);
    assert.match(JSON.stringify(redacted.body), /redactions cannot be restored/);
    const unknown = await post('/api/guard/restore', { text: 'x', findings: [{ placeholder: '[BADGE_1]', text: 'a' }] });
    assert.equal(unknown.status, 400);
    assert.match(JSON.stringify(unknown.body), /findings\.0\.placeholder/);
    const conflicting = await post('/api/guard/restore', {
      text: '[PHONE_1]',
      findings: [
        { placeholder: '[PHONE_1]', text: '010-1234-5678' },
        { placeholder: '[PHONE_1]', text: '010-9999-8888' },
      ],
    });
    assert.equal(conflicting.status, 400);
    assert.match(JSON.stringify(conflicting.body), /findings\.1: \[PHONE_1\] already stands for another value/);
    const large = await post('/api/guard/restore', { text: '가'.repeat(400_000), findings: [] });
    assert.equal(large.status, 413);
  });

  test('invalid bodies are 400 naming the field; text over 1 MB is 413', async () => {
    const missing = await post('/api/guard/redact', { text: 'x' });
    assert.equal(missing.status, 400);
    assert.match(JSON.stringify(missing.body), /mode/);
    const badType = await post('/api/guard/scan', { text: 'x', types: ['SSN'] });
    assert.equal(badType.status, 400);
    const notJson = await post('/api/guard/scan', '{nope');
    assert.equal(notJson.status, 400);
    const large = await post('/api/guard/scan', { text: '가'.repeat(400_000) });
    assert.equal(large.status, 413);
    assert.match(JSON.stringify(large.body), /at most 1048576 bytes \(1 MB\)/);
  });

  test('the OpenAPI document lists the three routes', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    assert.ok(document.paths['/api/guard/scan'] && document.paths['/api/guard/redact'] && document.paths['/api/guard/restore']);
  });
});
