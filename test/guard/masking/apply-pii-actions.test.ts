// applyPiiActions: allow, mask (reversible), redact (irreversible) and block, and the blocked-content error in Korean and English.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyPiiActions, contentBlockedError, MaskVault } from '../../../src/guard/masking/index.ts';
import { findingOf } from './fixture-scanner.ts';

const korean = '김민준 고객님 연락처는 010-1234-5678, 주민번호 900101-1234567, 메일 minjun@example.com 입니다.';
const koreanFindings = [
  findingOf({ text: korean, value: '김민준', type: 'PERSON' }),
  findingOf({ text: korean, value: '010-1234-5678', type: 'PHONE' }),
  findingOf({ text: korean, value: '900101-1234567', type: 'RRN' }),
  findingOf({ text: korean, value: 'minjun@example.com', type: 'EMAIL' }),
];
const english = 'Contact Jane Doe at 010-1234-5678 or jane@example.com; call 010-1234-5678 again.';
const englishFindings = [
  findingOf({ text: english, value: 'Jane Doe', type: 'PERSON' }),
  findingOf({ text: english, value: '010-1234-5678', type: 'PHONE' }),
  findingOf({ text: english, value: 'jane@example.com', type: 'EMAIL' }),
  {
    ...findingOf({ text: english, value: '010-1234-5678', type: 'PHONE' }),
    start: english.lastIndexOf('010'),
    end: english.lastIndexOf('010') + 13,
  },
];

describe('applyPiiActions', () => {
  test('Korean: mask, redact and allow in one text; the vault restores the masked values', () => {
    const vault = new MaskVault();
    const result = applyPiiActions({
      text: korean,
      findings: koreanFindings,
      actions: { PHONE: 'mask', RRN: 'redact', EMAIL: 'mask', PERSON: 'allow' },
      vault,
    });
    assert.equal(result.text, '김민준 고객님 연락처는 [PHONE_1], 주민번호 [RRN], 메일 [EMAIL_1] 입니다.');
    assert.deepEqual(result.blocked, []);
    assert.deepEqual(
      result.applied.map((entry) => [entry.type, entry.action, entry.placeholder]),
      [
        ['PERSON', 'allow', undefined],
        ['PHONE', 'mask', '[PHONE_1]'],
        ['RRN', 'redact', '[RRN]'],
        ['EMAIL', 'mask', '[EMAIL_1]'],
      ],
    );
    // Redaction is irreversible: the RRN is nowhere in the vault.
    assert.equal(vault.restore(result.text), korean.replace('900101-1234567', '[RRN]'));
    assert.ok(!JSON.stringify(vault).includes('900101'));
  });

  test('English: a repeated value gets one placeholder; unlisted types are allowed', () => {
    const vault = new MaskVault();
    const result = applyPiiActions({ text: english, findings: englishFindings, actions: { PHONE: 'mask', EMAIL: 'redact' }, vault });
    assert.equal(result.text, 'Contact Jane Doe at [PHONE_1] or [EMAIL]; call [PHONE_1] again.');
    assert.equal(vault.restore(result.text), english.replace('jane@example.com', '[EMAIL]'));
  });

  test('a function maps types to actions (a policy lookup)', () => {
    const result = applyPiiActions({ text: english, findings: englishFindings, actions: () => 'redact', vault: new MaskVault() });
    assert.equal(result.text, 'Contact [PERSON] at [PHONE] or [EMAIL]; call [PHONE] again.');
  });

  test('block: the findings come back as blocked and their spans are redacted too', () => {
    const result = applyPiiActions({
      text: korean,
      findings: koreanFindings,
      actions: { RRN: 'block', PHONE: 'mask' },
      vault: new MaskVault(),
    });
    assert.deepEqual(
      result.blocked.map((finding) => finding.type),
      ['RRN'],
    );
    assert.ok(!result.text.includes('900101-1234567'));
  });

  test('overlapping, out-of-range and empty findings are ignored rather than garbling the text', () => {
    const text = 'call 010-1234-5678 now';
    const phone = findingOf({ text, value: '010-1234-5678', type: 'PHONE' });
    const result = applyPiiActions({
      text,
      findings: [
        { ...phone, type: 'BANK_ACCOUNT', start: phone.start + 4, end: phone.end + 2 },
        phone,
        { ...phone, start: 100, end: 120 },
        { ...phone, start: 3, end: 3 },
      ],
      actions: { PHONE: 'mask', BANK_ACCOUNT: 'mask' },
      vault: new MaskVault(),
    });
    assert.equal(result.text, 'call [PHONE_1] now');
  });

  test('the blocked-content error names the types in the text language, never the values', () => {
    const koError = contentBlockedError({ findings: koreanFindings.slice(1, 3), text: korean });
    assert.equal(koError.code, 'content_blocked');
    assert.equal(koError.status, 422);
    assert.match(koError.message, /전화번호\(PHONE\), 주민등록번호\(RRN\)/);
    assert.ok(!koError.message.includes('010-1234-5678') && !koError.message.includes('900101'));
    assert.deepEqual((koError.details as { types: string[] }).types, ['PHONE', 'RRN']);

    const enError = contentBlockedError({ findings: englishFindings, text: english });
    assert.match(enError.message, /^The content was blocked .*: name \(PERSON\), phone number \(PHONE\), email address \(EMAIL\)\./);
    assert.ok(!enError.message.includes('jane@example.com'));
    assert.match(contentBlockedError({ findings: englishFindings, lang: 'ko' }).message, /개인정보/);
  });
});
