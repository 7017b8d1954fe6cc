// The real `bin/genstack guard` command: scan, redact (mask with a vault, or redact), restore, stdin, inputs of any size
// streamed in pieces, and one-line errors. The policy's part (custom types, allowed values, --previous, guard policy) is in
// guard-policy-cli.test.ts: one file ran past the runner's two minutes on a busy machine.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bin, genstack, type Finding } from './guard-cli-helpers.ts';

const korean =
  '홍길동 고객님의 휴대폰 번호는 010-1234-5678 이고 이메일은 gildong.hong@example.com 입니다. 다시 010-1234-5678 로 연락 주세요.\n';
const english = 'Please call Jane at 010-9876-5432 or write to jane.doe@example.com before Friday.\n';

describe('genstack guard', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'genstack-guard-cli-'));
  writeFileSync(join(cwd, 'ko.txt'), korean);
  writeFileSync(join(cwd, 'en.txt'), english);

  test('scan --json lists findings with exact offsets (Korean file)', () => {
    const result = genstack(['guard', 'scan', 'ko.txt', '--lang', 'ko', '--json'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    const findings = JSON.parse(result.stdout) as Finding[];
    const types = findings.map((finding) => finding.type);
    assert.ok(types.includes('PHONE') && types.includes('EMAIL'), types.join(','));
    for (const finding of findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['end', 'score', 'start', 'text', 'type']);
      assert.equal(korean.slice(finding.start, finding.end), finding.text);
    }
  });

  test('scan prints one line per finding: TYPE start-end score text (English, stdin)', () => {
    const result = genstack(['guard', 'scan', '--lang', 'en'], { cwd, input: english });
    assert.equal(result.code, 0, result.stderr);
    const start = english.indexOf('010-9876-5432');
    assert.match(result.stdout, new RegExp(`^PHONE ${start}-${start + 13} [01]\\.\\d\\d 010-9876-5432$`, 'm'));
    assert.match(result.stdout, /^EMAIL \d+-\d+ [01]\.\d\d jane\.doe@example\.com$/m);
    assert.equal(genstack(['guard', 'scan', '-'], { cwd, input: 'nothing personal here\n' }).stdout, 'No PII found.\n');
  });

  test('scan --exit-code N exits with N when PII is found and 0 when none is; a bad N is a one-line error (Korean, English)', () => {
    const koreanFile = genstack(['guard', 'scan', 'ko.txt', '--exit-code', '10'], { cwd });
    assert.equal(koreanFile.code, 10, koreanFile.stderr);
    assert.match(koreanFile.stdout, /^PHONE /m);
    const englishJson = genstack(['guard', 'scan', '--exit-code', '4', '--json'], { cwd, input: english });
    assert.equal(englishJson.code, 4, englishJson.stderr);
    assert.ok((JSON.parse(englishJson.stdout) as Finding[]).length > 0);
    const clean = genstack(['guard', 'scan', '--exit-code', '10'], { cwd, input: '배송 언제 와요? Where is my order?\n' });
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(clean.stdout, 'No PII found.\n');
    const bad = genstack(['guard', 'scan', '--exit-code', '0'], { cwd, input: english });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--exit-code must be a whole number from 1 to 125, got '0' \[invalid_request\]/);
    const redact = genstack(['guard', 'redact', '--exit-code', '10'], { cwd, input: english });
    assert.equal(redact.code, 1);
    assert.match(redact.stderr, /--exit-code applies to guard scan and guard injection, not to guard redact/);
  });

  test('redact --mode mask with a vault, then restore gives back the input (Korean)', () => {
    const masked = genstack(['guard', 'redact', 'ko.txt', '--vault', 'vault.json'], { cwd });
    assert.equal(masked.code, 0, masked.stderr);
    assert.ok(!masked.stdout.includes('010-1234-5678') && !masked.stdout.includes('example.com'), masked.stdout);
    assert.match(masked.stdout, /^\[PERSON_1\] 고객님의 .*\[PHONE_1\] 이고 이메일은 \[EMAIL_1\] 입니다\. 다시 \[PHONE_1\] 로/);
    assert.equal(statSync(join(cwd, 'vault.json')).mode & 0o077, 0, 'the vault is readable by its owner only');

    // A second text extends the same vault: a new number gets the next placeholder.
    const more = genstack(['guard', 'redact', '-', '--vault', 'vault.json'], {
      cwd,
      input: '보조 번호 010-5555-6666, 기존 번호 010-1234-5678\n',
    });
    assert.equal(more.stdout, '보조 번호 [PHONE_2], 기존 번호 [PHONE_1]\n');

    writeFileSync(join(cwd, 'masked.txt'), masked.stdout);
    const restored = genstack(['guard', 'restore', '--vault', 'vault.json', 'masked.txt'], { cwd });
    assert.equal(restored.code, 0, restored.stderr);
    assert.equal(restored.stdout, korean);
    const vault = JSON.parse(readFileSync(join(cwd, 'vault.json'), 'utf8')) as { entries: unknown[] };
    // 홍길동 (a name before 고객님), the two phones and the email.
    assert.equal(vault.entries.length, 4);
  });

  test('--types and --min-score narrow scan and redact, as the API does (Korean, English)', () => {
    const phones = JSON.parse(genstack(['guard', 'scan', 'ko.txt', '--types', 'phone', '--json'], { cwd }).stdout) as Finding[];
    assert.ok(phones.length > 0 && phones.every((finding) => finding.type === 'PHONE'));
    const masked = genstack(['guard', 'redact', 'en.txt', '--types', 'EMAIL,PERSON'], { cwd });
    assert.equal(masked.code, 0, masked.stderr);
    assert.ok(masked.stdout.includes('010-9876-5432') && !masked.stdout.includes('jane.doe@example.com'), masked.stdout);
    const certain = JSON.parse(genstack(['guard', 'scan', 'en.txt', '--min-score', '0.9', '--json'], { cwd }).stdout) as Finding[];
    assert.ok(certain.every((finding) => finding.score >= 0.9));
    const unknown = genstack(['guard', 'scan', 'en.txt', '--types', 'PHONE,BADGE'], { cwd });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown: 'BADGE'\. Known: RRN, FRN, PHONE/);
    assert.match(genstack(['guard', 'scan', 'en.txt', '--min-score', '1.5'], { cwd }).stderr, /--min-score must be a number from 0 to 1/);
  });

  test("redact --json names each finding's placeholder, one per value (Korean)", () => {
    const result = genstack(['guard', 'redact', 'ko.txt', '--json'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    const body = JSON.parse(result.stdout) as { text: string; findings: Finding[] };
    const phones = body.findings.filter((finding) => finding.type === 'PHONE');
    assert.deepEqual(
      phones.map((finding) => [finding.text, finding.placeholder]),
      [
        ['010-1234-5678', '[PHONE_1]'],
        ['010-1234-5678', '[PHONE_1]'],
      ],
    );
    for (const finding of body.findings) assert.ok(body.text.includes(finding.placeholder ?? '?'), finding.type);
  });

  test('redact --mode redact --json returns {text, findings}; restore leaves unknown placeholders (English)', () => {
    const result = genstack(['guard', 'redact', 'en.txt', '--mode', 'redact', '--json'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    const body = JSON.parse(result.stdout) as { text: string; findings: Finding[] };
    // "Please call Jane": a common first name after a request that opens the line is a person.
    assert.match(body.text, /call \[PERSON\] at \[PHONE\] or write to \[EMAIL\] before/);
    assert.ok(body.findings.some((finding) => finding.type === 'PERSON' && finding.text === 'Jane'));
    assert.ok(body.findings.some((finding) => finding.text === '010-9876-5432' && finding.placeholder === '[PHONE]'));
    const restored = genstack(['guard', 'restore', '--vault', 'vault.json', '-'], { cwd, input: 'Call [PHONE_1], not [PHONE_9].' });
    assert.equal(restored.stdout, 'Call 010-1234-5678, not [PHONE_9].\n');
  });

  test('a file of many pieces streams: global offsets, one numbering across pieces, exact round trip (ko, en)', () => {
    const lines: string[] = [];
    for (let index = 0; index < 24_000; index += 1) {
      const phone = `010-${2000 + Math.floor(index / 10_000)}-${String(index % 10_000).padStart(4, '0')}`;
      lines.push(index % 2 === 0 ? `${index}번 고객 연락처 ${phone} 입니다` : `Customer ${index} can be reached at ${phone} today`);
    }
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 3 * 256 * 1024, 'the file spans several pieces');
    writeFileSync(join(cwd, 'many.txt'), text);
    const scanned = genstack(['guard', 'scan', 'many.txt', '--json'], { cwd });
    assert.equal(scanned.code, 0, scanned.stderr);
    const phones = (JSON.parse(scanned.stdout) as Finding[]).filter((finding) => finding.type === 'PHONE');
    assert.equal(phones.length, lines.length);
    for (const finding of phones) assert.equal(text.slice(finding.start, finding.end), finding.text);

    const masked = genstack(['guard', 'redact', 'many.txt', '--vault', 'many-vault.json'], { cwd });
    assert.equal(masked.code, 0, masked.stderr);
    const maskedLines = masked.stdout.split('\n');
    assert.equal(maskedLines[0], '0번 고객 연락처 [PHONE_1] 입니다');
    assert.equal(maskedLines[23_999], `Customer 23999 can be reached at [PHONE_24000] today`);
    writeFileSync(join(cwd, 'many-masked.txt'), masked.stdout);
    const restored = genstack(['guard', 'restore', '--vault', 'many-vault.json', 'many-masked.txt'], { cwd });
    assert.equal(restored.stdout, text);
  });

  test('a line longer than a piece is cut at a blank and still scanned whole around it (stdin)', () => {
    const filler = 'lorem ipsum '.repeat(800_000);
    const input = `${filler}call 010-2345-6789 now`;
    const result = genstack(['guard', 'scan', '-'], { cwd, input });
    assert.equal(result.code, 0, result.stderr);
    const start = filler.length + 'call '.length;
    assert.match(result.stdout, new RegExp(`^PHONE ${start}-${start + 13} `, 'm'));
  });

  test('a reader that stops early (`| head`) ends the scan quietly with exit code 0 (ko, en)', async () => {
    const line = `${korean.trim()} ${english}`;
    writeFileSync(join(cwd, 'long.txt'), line.repeat(20_000));
    const child = spawn(process.execPath, [bin, 'guard', 'scan', 'long.txt'], {
      cwd,
      env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    assert.match(first.toString(), /^PERSON|^PHONE/);
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
  });

  test('errors are one line with a non-zero exit', () => {
    const cases: Array<{ args: string[]; input?: string | Buffer; pattern: RegExp }> = [
      { args: ['guard', 'restore', 'ko.txt'], pattern: /needs --vault/ },
      { args: ['guard', 'restore', '--vault', 'missing.json', 'ko.txt'], pattern: /Vault file 'missing\.json' does not exist/ },
      { args: ['guard', 'scan', 'nope.txt'], pattern: /Input file 'nope\.txt' does not exist/ },
      { args: ['guard', 'scan', '.'], pattern: /is not a file/ },
      { args: ['guard', 'scan', '--lang', 'fr', 'ko.txt'], pattern: /--lang must be ko or en/ },
      { args: ['guard', 'redact', '--mode', 'hide', 'ko.txt'], pattern: /--mode must be mask or redact/ },
      { args: ['guard', 'redact', '--mode', 'redact', '--vault', 'v.json', 'ko.txt'], pattern: /--vault only applies/ },
      { args: ['guard', 'frob'], pattern: /Unknown guard action 'frob'/ },
      { args: ['guard', 'redact', '-', '--json'], input: Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), pattern: /larger than 10 MB/ },
    ];
    writeFileSync(join(cwd, 'bad-vault.json'), '{"version":1,"entries":[{"placeholder":"[PHONE_1]"}]}');
    cases.push({ args: ['guard', 'restore', '--vault', 'bad-vault.json', 'ko.txt'], pattern: /Vault file 'bad-vault\.json'/ });
    for (const { args, input, pattern } of cases) {
      const result = genstack(args, { cwd, ...(input !== undefined ? { input } : {}) });
      assert.notEqual(result.code, 0, args.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, pattern, args.join(' '));
    }
  });
});
