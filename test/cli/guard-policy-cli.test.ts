// The real `bin/genstack guard` command with a guard policy: custom types, allowed values, the message the input answers
// (--previous: a name or an identifier given alone in answer) and `guard policy`, in Korean and English.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { genstack, type Finding } from './guard-cli-helpers.ts';

describe('genstack guard with a policy', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'genstack-guard-policy-cli-'));

  test("the configured policy's custom types are found, masked and narrowed to (Korean, English); a bad pattern is one line", () => {
    const custom = mkdtempSync(join(tmpdir(), 'genstack-guard-cli-custom-'));
    const policy = { pii: { custom: [{ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', context: ['사번', 'employee'] }] } };
    writeFileSync(join(custom, 'genstack.config.json'), JSON.stringify({ guard: { policy } }));
    const scanned = JSON.parse(
      genstack(['guard', 'scan', '-', '--json'], { cwd: custom, input: '사번 EMP-204518 휴가 신청' }).stdout,
    ) as Finding[];
    assert.deepEqual(
      scanned.map((finding) => [finding.type, finding.text, finding.score]),
      [['EMPLOYEE_ID', 'EMP-204518', 1]],
    );
    const masked = genstack(['guard', 'redact', '-', '--types', 'employee_id'], {
      cwd: custom,
      input: 'Employee EMP-204518, phone 010-2345-6789\n',
    });
    assert.equal(masked.stdout, 'Employee [EMPLOYEE_ID_1], phone 010-2345-6789\n', masked.stderr);
    // A pattern tried on the command line, as the API's `custom` does, next to the configured one.
    const tried = genstack(['guard', 'scan', '-', '--json', '--pattern', 'meter_id=MTR-\\d{8}'], {
      cwd: custom,
      input: 'Meter MTR-88812345 for employee EMP-204518',
    });
    assert.deepEqual(
      (JSON.parse(tried.stdout) as Finding[]).map((finding) => [finding.type, finding.text]),
      [
        ['METER_ID', 'MTR-88812345'],
        ['EMPLOYEE_ID', 'EMP-204518'],
      ],
    );
    const badPattern = genstack(['guard', 'scan', '-', '--pattern', 'METER_ID=(?<=계량기 )\\d{8}'], { cwd: custom, input: 'x' });
    assert.equal(badPattern.code, 1);
    assert.match(badPattern.stderr, /--pattern METER_ID pattern: not a valid RE2 pattern/);
    writeFileSync(
      join(custom, 'bad.json'),
      JSON.stringify({ guard: { policy: { pii: { custom: [{ type: 'EMPLOYEE_ID', pattern: '(\\d' }] } } } }),
    );
    const bad = genstack(['guard', 'scan', '-', '--config', 'bad.json'], { cwd: custom, input: 'x' });
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    assert.match(bad.stderr, /pii\.custom\.0\.pattern: not a valid pattern \(Unterminated group\)/);
  });

  test("the configured policy's allowed values and --allow are never findings (Korean, English); a bad one is one line", () => {
    const home = mkdtempSync(join(tmpdir(), 'genstack-guard-cli-allow-'));
    writeFileSync(join(home, 'genstack.config.json'), JSON.stringify({ guard: { policy: { pii: { allow: ['02-1234-5678'] } } } }));
    const scan = (input: string, extra: string[] = []) =>
      (JSON.parse(genstack(['guard', 'scan', '-', '--json', ...extra], { cwd: home, input }).stdout) as Finding[]).map(
        (finding) => `${finding.type}:${finding.text}`,
      );
    assert.deepEqual(scan('고객센터 02 1234 5678, 제 번호 010-2345-6789'), ['PHONE:010-2345-6789']);
    assert.deepEqual(scan('Write to help@hanbit.co.kr or minjun.kim@example.com', ['--allow', 'help@hanbit.co.kr']), [
      'EMAIL:minjun.kim@example.com',
    ]);
    const masked = genstack(['guard', 'redact', '-', '--allow', 'help@hanbit.co.kr'], {
      cwd: home,
      input: '문의 help@hanbit.co.kr, 02-1234-5678\n',
    });
    assert.equal(masked.stdout, '문의 help@hanbit.co.kr, 02-1234-5678\n', masked.stderr);
    const bad = genstack(['guard', 'scan', '-', '--allow', 'ab'], { cwd: home, input: 'x' });
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    assert.match(bad.stderr, /--allow 'ab': .*3 to 300 characters/);
  });

  /** `guard scan --json` of `input` with `extra` flags, as TYPE:text. */
  const scanned = (input: string, extra: string[] = []) =>
    (JSON.parse(genstack(['guard', 'scan', '-', '--json', ...extra], { cwd, input }).stdout) as Finding[]).map(
      (finding) => `${finding.type}:${finding.text}`,
    );

  test('--previous: a name given alone after a question for one is found, in Korean and English; a long one is one line', () => {
    assert.deepEqual(scanned('김영희요', ['--previous', '성함이 어떻게 되세요?']), ['PERSON:김영희']);
    assert.deepEqual(scanned('김영희요'), []);
    assert.deepEqual(scanned('김영희요', ['--previous', '배송 조회 도와드릴게요']), []);
    assert.deepEqual(scanned("It's Kevin.", ['--previous', 'May I have your name, please?']), ['PERSON:Kevin']);
    const masked = genstack(['guard', 'redact', '-', '--previous', 'Who am I speaking with?'], { cwd, input: 'sure, Jessica\n' });
    assert.equal(masked.stdout, 'sure, [PERSON_1]\n', masked.stderr);
    const long = genstack(['guard', 'scan', '-', '--previous', 'x'.repeat(10_001)], { cwd, input: 'x' });
    assert.equal(long.code, 1);
    assert.equal(long.stderr.trim().split('\n').length, 1, long.stderr);
    assert.match(long.stderr, /--previous .*at most 10,000 characters/);
  });

  test('--previous: an identifier given alone after a question for one is found with the type asked (ko, en)', () => {
    assert.deepEqual(scanned('M29045713 입니다', ['--previous', '여권번호 알려주세요.']), ['PASSPORT:M29045713']);
    assert.deepEqual(scanned('M29045713 입니다'), []);
    assert.deepEqual(scanned('312847596', ['--previous', 'Can I have your passport number, please?']), ['PASSPORT:312847596']);
    assert.deepEqual(scanned('312847596', ['--previous', 'Your parcel is on its way.']), []);
  });

  test('guard policy prints the policy in effect, and an assistant’s with its own settings merged in (ko, en)', () => {
    const home = mkdtempSync(join(tmpdir(), 'genstack-guard-cli-policy-'));
    const policy = { pii: { custom: [{ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', label: { ko: '사번', en: 'employee number' } }] } };
    writeFileSync(join(home, 'genstack.config.json'), JSON.stringify({ guard: { policy }, blueprints: { autoInstall: false } }));
    const global = JSON.parse(genstack(['guard', 'policy', '--json'], { cwd: home }).stdout) as {
      pii: { custom: Array<{ label: object }> };
    };
    assert.deepEqual(global.pii.custom[0]?.label, { ko: '사번', en: 'employee number' });
    assert.match(genstack(['guard', 'policy'], { cwd: home }).stdout, /^pii:\n {2}default: mask/);
    const definition = { id: 'hr-desk', name: { ko: '인사 상담', en: 'HR desk' }, guard: { pii: { types: { EMPLOYEE_ID: 'block' } } } };
    writeFileSync(join(home, 'hr.json'), JSON.stringify(definition));
    const added = genstack(['assistants', 'add', 'hr.json'], { cwd: home });
    assert.equal(added.code, 0, added.stderr);
    const merged = JSON.parse(genstack(['guard', 'policy', '--assistant', 'hr-desk', '--json'], { cwd: home }).stdout) as {
      pii: { types: Record<string, string> };
    };
    assert.deepEqual(merged.pii.types, { EMPLOYEE_ID: 'block' });
    const missing = genstack(['guard', 'policy', '--assistant', 'nobody'], { cwd: home });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /No assistant 'nobody'/);
  });
});
