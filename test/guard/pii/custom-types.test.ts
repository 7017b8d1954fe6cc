// Custom PII types (`pii.custom`): an organisation's own identifiers as RE2 patterns with context words, in Korean and
// English; bad patterns are refused naming the field, no pattern can backtrack for ever, and the types merge by name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GenstackError } from '../../../src/core/index.ts';
import { applyPiiActions, createStreamPiiGuard, MaskVault } from '../../../src/guard/masking/index.ts';
import {
  customHoldBack,
  customPatternListSchema,
  customRecognizers,
  type CustomPatternInput,
} from '../../../src/guard/pii/custom/index.ts';
import { parseCustomPattern } from '../../../src/guard/pii/custom/pattern-measures.ts';
import { compiledPattern } from '../../../src/guard/pii/custom/re2-pattern.ts';
import { requiredParts as requiredPartsOf } from '../../../src/guard/pii/custom/pattern-prefilter.ts';

function requiredParts(source: string, options: { ignoreCase: boolean }) {
  const parsed = parseCustomPattern(source);
  assert.ok('pattern' in parsed, source);
  return requiredPartsOf(parsed.pattern, options);
}
import { scanPii } from '../../../src/guard/pii/index.ts';
import { piiActionFor, policyScanOptions, requiresLocalModel, resolveGuardPolicy } from '../../../src/guard/policy/index.ts';

const employeeId: CustomPatternInput = { type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', context: ['사번', 'employee'] };
const customerNumber: CustomPatternInput = {
  type: 'CUSTOMER_NO',
  pattern: '\\b\\d{3}-\\d{4}-\\d{3}\\b',
  context: ['고객번호', 'customer number'],
  contextRequired: true,
};

function scanWith(text: string, entries: CustomPatternInput[]) {
  return scanPii(text, { extraRecognizers: customRecognizers(customPatternListSchema.parse(entries)) });
}

describe('custom PII types', () => {
  test('a declared pattern is found next to the built-in types, with exact offsets (Korean)', () => {
    const text = '사번 EMP-204518 김민수 과장님, 연락처 010-2345-6789로 전화 주세요.';
    const findings = scanWith(text, [employeeId]);
    const employee = findings.find((finding) => finding.type === 'EMPLOYEE_ID');
    assert.equal(employee?.text, 'EMP-204518');
    assert.equal(text.slice(employee.start, employee.end), 'EMP-204518');
    assert.equal(employee.recognizer, 'custom:EMPLOYEE_ID');
    // The context word 사번 raises the score from 0.85.
    assert.equal(employee.score, 1);
    assert.ok(findings.some((finding) => finding.type === 'PHONE'));
  });

  test('a declared pattern is found in English, scored lower without a context word', () => {
    const findings = scanWith('Badge EMP-204518 was used at the north gate.', [employeeId]);
    assert.deepEqual(
      findings.map((finding) => [finding.type, finding.text, finding.score]),
      [['EMPLOYEE_ID', 'EMP-204518', 0.85]],
    );
    // Texts with no built-in cue at all still run the custom patterns.
    assert.equal(scanWith('emp-204518 only', [{ ...employeeId, ignoreCase: true }])[0]?.text, 'emp-204518');
    assert.deepEqual(scanWith('emp-204518 only', [employeeId]), []);
  });

  test('contextRequired keeps a broad pattern to matches after a context word (ko and en)', () => {
    assert.deepEqual(
      scanWith('고객번호 123-4567-890 확인 부탁드려요', [customerNumber]).map((finding) => finding.text),
      ['123-4567-890'],
    );
    assert.deepEqual(
      scanWith('My Customer Number is 123-4567-890.', [customerNumber]).map((finding) => finding.text),
      ['123-4567-890'],
    );
    assert.deepEqual(scanWith('주문 123-4567-890 배송 조회', [customerNumber]), []);
  });

  test('offsets stay UTF-16 offsets after emoji, which RE2 counts as one character', () => {
    const text = '😀😀 사번 EMP-204518 🎉 EMP-999999';
    const findings = scanWith(text, [employeeId]);
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.start, finding.end)),
      ['EMP-204518', 'EMP-999999'],
    );
  });

  test('masking gives custom types their own placeholders, and the vault restores them', () => {
    const text = '사번 EMP-204518, 다시 말해 EMP-204518 입니다. Employee EMP-777777 too.';
    const vault = new MaskVault();
    const masked = applyPiiActions({ text, findings: scanWith(text, [employeeId]), actions: { EMPLOYEE_ID: 'mask' }, vault });
    assert.equal(masked.text, '사번 [EMPLOYEE_ID_1], 다시 말해 [EMPLOYEE_ID_1] 입니다. Employee [EMPLOYEE_ID_2] too.');
    assert.equal(MaskVault.fromJSON(JSON.parse(JSON.stringify(vault))).restore(masked.text), text);
  });

  test('a streamed reply holds back a custom value longer than the built-in 64 characters, wherever the chunks are cut (ko, en)', () => {
    const entries = customPatternListSchema.parse([{ type: 'CONTRACT_ID', pattern: 'CT-[A-Z0-9]{80}', context: ['계약', 'contract'] }]);
    const holdBack = customHoldBack(entries);
    assert.equal(holdBack, 2 * 80 + 3 + 30 + 1, 'a class counts two UTF-16 units, as it may match outside the BMP');
    assert.equal(customHoldBack(customPatternListSchema.parse([{ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d+' }])), 256);
    const value = `CT-${'A1B2C3D4E5'.repeat(8)}`;
    const scan = (text: string) => scanWith(text, entries);
    for (const reply of [`고객님의 계약 ${value} 은 다음 달에 갱신됩니다.`, `Your contract ${value} renews next month.`]) {
      const whole = applyPiiActions({
        text: reply,
        findings: scan(reply),
        actions: { CONTRACT_ID: 'redact' },
        vault: new MaskVault(),
      }).text;
      for (let cut = 1; cut < reply.length; cut += 1) {
        const guard = createStreamPiiGuard({ scan, actions: { CONTRACT_ID: 'redact' }, vault: new MaskVault(), holdBack });
        const streamed = guard.push(reply.slice(0, cut)) + guard.push(reply.slice(cut)) + guard.flush();
        assert.equal(streamed, whole, `cut at ${cut}`);
      }
    }
  });

  test('a long document is read in windows, with every value found once at its exact offset (ko, en, emoji)', () => {
    const entries = customPatternListSchema.parse([{ type: 'EMPLOYEE_ID', pattern: '\\bEMP-\\d{6}\\b' }]);
    const filler = ['사번 확인 부탁드립니다 😀 ', 'please check the badge of '];
    let text = '';
    const expected: number[] = [];
    // Values near every multiple of 32,768 characters, where one window ends and the next begins.
    for (let index = 0; text.length < 400_000; index += 1) {
      text += filler[index % 2]!.repeat(1 + (index % 7));
      expected.push(text.length);
      text += `EMP-${String(100_000 + index)} `;
    }
    const found = scanWith(
      text,
      entries.map((entry) => ({ ...entry })),
    );
    assert.deepEqual(
      found.map((finding) => finding.start),
      expected,
    );
    assert.ok(found.every((finding) => text.slice(finding.start, finding.end) === finding.text && /^EMP-\d{6}$/.test(finding.text)));
  });

  test('thousands of distinct patterns over a process life fit RE2’s fixed memory: programs no longer cached are freed', () => {
    // Without freeing, RE2's 16 MB fill up after about 6,500 programs of this size and every scan aborts.
    for (let index = 0; index < 7_000; index += 1)
      assert.equal(compiledPattern(`E${index}-\\d{6}`, { ignoreCase: false }).spans(`사번 E${index}-123456`).length, 1);
  });

  test('a pattern that would backtrack for ever on a V8 regex scans a long text in linear time', () => {
    const started = performance.now();
    const findings = scanWith(`${'a'.repeat(200_000)}!`, [{ type: 'EVIL', pattern: '(a+)+$' }]);
    assert.deepEqual(findings, []);
    assert.ok(performance.now() - started < 2_000, `took ${performance.now() - started} ms`);
  });

  test('bad entries are refused naming the field and the reason', () => {
    const cases: Array<[unknown, RegExp]> = [
      [[{ type: 'EMPLOYEE_ID', pattern: '(?<=사번 )\\d{6}' }], /pattern.*not a valid RE2 pattern/],
      [[{ type: 'EMPLOYEE_ID', pattern: '(\\d{6}' }], /pattern.*not a valid pattern \(Unterminated group\)/],
      // RE2-only syntax, and patterns whose program would not fit RE2's fixed WebAssembly memory.
      [[{ type: 'EMPLOYEE_ID', pattern: '(?i)emp-\\d{6}' }], /pattern.*ignoreCase: true rather than \(\?i\)/],
      [[{ type: 'EMPLOYEE_ID', pattern: '\\p{L}{100}' }], /pattern.*too large: it compiles to about 3200 steps/],
      [[{ type: 'EMPLOYEE_ID', pattern: '(?:\\p{L}\\p{N}){50}' }], /pattern.*too large/],
      [[{ type: 'EMPLOYEE_ID', pattern: '\\d*' }], /pattern.*matches empty text/],
      [[{ type: 'PHONE', pattern: 'x\\d' }], /type.*built-in/],
      [[{ type: 'employee id', pattern: 'x\\d' }], /type.*upper-case/],
      [[{ type: 'EMP1', pattern: 'x\\d' }], /type.*upper-case/],
      [[{ type: 'EMPLOYEE_ID', pattern: 'x\\d', contextRequired: true }], /contextRequired.*context word/],
      [[employeeId, employeeId], /declared twice/],
      [[{ type: 'EMPLOYEE_ID', pattern: 'x'.repeat(501) }], /pattern/],
    ];
    for (const [entries, reason] of cases) {
      const parsed = customPatternListSchema.safeParse(entries);
      assert.equal(parsed.success, false, JSON.stringify(entries));
      const issue = parsed.error!.issues[0]!;
      assert.match(`${issue.path.join('.')}: ${issue.message}`, reason);
    }
  });
});

describe('custom PII types in a guard policy', () => {
  const global = { pii: { custom: [employeeId], types: { EMPLOYEE_ID: 'block' as const } } };

  test('the assistant adds its own types by name and keeps the organisation’s', () => {
    const policy = resolveGuardPolicy({
      global,
      assistant: { pii: { custom: [customerNumber], types: { CUSTOMER_NO: 'redact' } } },
    });
    assert.deepEqual(
      policy.pii.custom.map((entry) => entry.type),
      ['EMPLOYEE_ID', 'CUSTOMER_NO'],
    );
    assert.equal(piiActionFor(policy, 'EMPLOYEE_ID'), 'block');
    assert.equal(piiActionFor(policy, 'CUSTOMER_NO'), 'redact');
    const findings = scanPii('사번 EMP-204518, 고객번호 123-4567-890', policyScanOptions(policy, 'ko'));
    assert.deepEqual(
      findings.map((finding) => finding.type),
      ['EMPLOYEE_ID', 'CUSTOMER_NO'],
    );
    // An assistant's entry of the same type replaces the organisation's pattern.
    const replaced = resolveGuardPolicy({ global, assistant: { pii: { custom: [{ type: 'EMPLOYEE_ID', pattern: 'E\\d{7}' }] } } });
    assert.deepEqual(
      replaced.pii.custom.map((entry) => entry.pattern),
      ['E\\d{7}'],
    );
  });

  test('an invalid pattern in a policy is config_invalid naming pii.custom.N.pattern', () => {
    assert.throws(
      () => resolveGuardPolicy({ global: { pii: { custom: [{ type: 'EMPLOYEE_ID', pattern: '(a' }] } } }),
      (error: unknown) =>
        GenstackError.is(error) &&
        error.code === 'config_invalid' &&
        /pii\.custom\.0\.pattern: not a valid pattern \(Unterminated group\)/.test(error.message),
    );
  });

  test('custom types count as protected data for local-only routing unless they say otherwise', () => {
    const findings = scanPii('Employee EMP-204518 called.', policyScanOptions(resolveGuardPolicy({ global })));
    const routing = { protectedData: 'local-only' as const };
    const allowed = { pii: { custom: [employeeId], types: { EMPLOYEE_ID: 'allow' as const } }, routing };
    assert.equal(requiresLocalModel({ findings, policy: resolveGuardPolicy({ global: allowed }) }), true);
    const unprotected = { ...allowed, pii: { ...allowed.pii, custom: [{ ...employeeId, protected: false }] } };
    assert.equal(requiresLocalModel({ findings, policy: resolveGuardPolicy({ global: unprotected }) }), false);
  });
});

describe('custom pattern prefilter', () => {
  test('reads the literal and the digit every match needs', () => {
    assert.deepEqual(requiredParts('EMP-\\d{6}', { ignoreCase: false }), { literal: 'EMP-', digit: true });
    assert.deepEqual(requiredParts('사번\\s*[0-9]{6}', { ignoreCase: false }), { literal: '사번', digit: true });
    assert.deepEqual(requiredParts('\\bMTR-?\\d{8}', { ignoreCase: true }), { literal: 'mtr', digit: true });
    // Under case folding only ASCII counts; a top-level alternation needs no one literal.
    assert.deepEqual(requiredParts('사번\\d', { ignoreCase: true }), { literal: '', digit: true });
    assert.deepEqual(requiredParts('EMP|MTR', { ignoreCase: false }), { literal: '', digit: false });
  });

  test('never skips a text RE2 would match: case folding (ſ, K), context words, Korean and English', () => {
    const entries: CustomPatternInput[] = [
      { type: 'MEMBER_CODE', pattern: 'sk-\\d{4}', ignoreCase: true },
      { type: 'CUSTOMER_NO', pattern: '\\d{3}-\\d{4}', context: ['고객번호', 'Customer No'], contextRequired: true },
      { type: 'BADGE', pattern: '사원증\\s?[A-Z]\\d{5}' },
    ];
    const texts = [
      'code ſk-1234 and \u212Aey SK-9999',
      '회원 Sk-0001 확인',
      '고객번호: 123-4567 맞나요?',
      'CUSTOMER NO 555-0000',
      '주문 123-4567',
      '사원증 A12345 분실했어요',
      'badge 사원증A00001',
      'nothing here',
    ];
    for (const recognizer of customRecognizers(customPatternListSchema.parse(entries)))
      for (const text of texts)
        if (recognizer.find(text, {}).length > 0) assert.ok(recognizer.mightMatch!(text), `${recognizer.name} skipped ${text}`);
    const found = (text: string) => scanWith(text, entries).map((finding) => finding.text);
    assert.deepEqual(found('code ſk-1234 and SK-9999'), ['ſk-1234', 'SK-9999']);
    assert.deepEqual(found('CUSTOMER NO 555-0000'), ['555-0000']);
    assert.deepEqual(found('주문 123-4567'), []);
  });
});
