// MaskVault: consistent placeholders per type, restore of known placeholders only, and a JSON round trip.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GenstackError } from '../../../src/core/index.ts';
import { MaskVault } from '../../../src/guard/masking/index.ts';

describe('MaskVault', () => {
  test('the same value gets the same placeholder, numbering is per type from 1', () => {
    const vault = new MaskVault();
    assert.equal(vault.mask({ type: 'PHONE', value: '010-1234-5678' }), '[PHONE_1]');
    assert.equal(vault.mask({ type: 'EMAIL', value: 'kim@example.com' }), '[EMAIL_1]');
    assert.equal(vault.mask({ type: 'PHONE', value: '010-9999-0000' }), '[PHONE_2]');
    assert.equal(vault.mask({ type: 'PHONE', value: '010-1234-5678' }), '[PHONE_1]');
    assert.equal(vault.mask({ type: 'BANK_ACCOUNT', value: '110-123-456789' }), '[BANK_ACCOUNT_1]');
    assert.equal(vault.size, 4);
    assert.equal(vault.placeholderOf({ type: 'PHONE', value: '010-0000-0000' }), undefined);
  });

  test('restores Korean and English text, leaving unknown placeholders as they are', () => {
    const vault = new MaskVault();
    vault.mask({ type: 'PHONE', value: '010-1234-5678' });
    vault.mask({ type: 'PERSON', value: '김민준' });
    vault.mask({ type: 'BANK_ACCOUNT', value: '110-123-456789' });
    assert.equal(
      vault.restore('[PERSON_1]님, [PHONE_1]로 연락드리겠습니다. [PHONE_9]와 [PERSON]은 그대로입니다.'),
      '김민준님, 010-1234-5678로 연락드리겠습니다. [PHONE_9]와 [PERSON]은 그대로입니다.',
    );
    assert.equal(vault.restore('Send to [BANK_ACCOUNT_1], not [BANK_ACCOUNT_2].'), 'Send to 110-123-456789, not [BANK_ACCOUNT_2].');
  });

  test('restores placeholders as models rewrite them (ko, en), and only those the vault issued', () => {
    const vault = new MaskVault();
    vault.mask({ type: 'PHONE', value: '010-1234-5678' });
    vault.mask({ type: 'PERSON', value: '김민준' });
    vault.mask({ type: 'BANK_ACCOUNT', value: '110-123-456789' });
    for (const [reply, restored] of [
      ['[person_1]님, [Phone_1]로 연락드릴게요', '김민준님, 010-1234-5678로 연락드릴게요'],
      ['【PERSON_1】님 ［PHONE_1］', '김민준님 010-1234-5678'],
      ['[PERSON 1]님의 계좌 [BANK-ACCOUNT-1], [ PHONE_1 ]', '김민준님의 계좌 110-123-456789, 010-1234-5678'],
      ['Call \\[PHONE\\_1\\] or write to **[BANK\\_ACCOUNT\\_1]**.', 'Call 010-1234-5678 or write to **110-123-456789**.'],
      ['PERSON_1 asked to pay into bank_account_1 (PHONE_1).', '김민준 asked to pay into 110-123-456789 (010-1234-5678).'],
      ['PERSON_1님 번호는 PHONE_1입니다', '김민준님 번호는 010-1234-5678입니다'],
    ] as const)
      assert.equal(vault.restore(reply), restored, reply);
    // Everyday words, other numbers and unknown placeholders stay.
    for (const reply of ['Press phone 1 for billing.', 'xPHONE_1', 'PHONE_12', '[PHONE_2]', 'phone_1x', '휴대폰 1번'])
      assert.equal(vault.restore(reply), reply, reply);
  });

  test('a restored value that looks like a placeholder is not expanded again', () => {
    const vault = new MaskVault();
    vault.mask({ type: 'EMAIL', value: 'x@example.com' });
    vault.mask({ type: 'PERSON', value: '[EMAIL_1]' });
    assert.equal(vault.restore('[PERSON_1]'), '[EMAIL_1]');
  });

  test('toJSON / fromJSON round-trips, and numbering continues after a reload', () => {
    const vault = new MaskVault();
    vault.mask({ type: 'RRN', value: '900101-1234567' });
    vault.mask({ type: 'RRN', value: '850505-2345678' });
    const reloaded = MaskVault.fromJSON(JSON.parse(JSON.stringify(vault)));
    assert.deepEqual(reloaded.toJSON(), vault.toJSON());
    assert.equal(reloaded.restore('[RRN_2]'), '850505-2345678');
    assert.equal(reloaded.mask({ type: 'RRN', value: '900101-1234567' }), '[RRN_1]');
    assert.equal(reloaded.mask({ type: 'RRN', value: '010101-3456789' }), '[RRN_3]');
  });

  test('fromJSON rejects what is not a vault', () => {
    for (const bad of [
      null,
      { version: 2, entries: [] },
      { version: 1, entries: [{ placeholder: '[PHONE_1]', type: 'NOPE', value: 'x' }] },
      { version: 1, entries: [{ placeholder: '[EMAIL_1]', type: 'PHONE', value: 'x' }] },
      { version: 1, entries: [{ placeholder: '[PHONE_X_1]', type: 'PHONE', value: 'x' }] },
      {
        version: 1,
        entries: [
          { placeholder: '[PHONE_1]', type: 'PHONE', value: 'a' },
          { placeholder: '[PHONE_1]', type: 'PHONE', value: 'b' },
        ],
      },
    ]) {
      assert.throws(
        () => MaskVault.fromJSON(bad),
        (error: unknown) => GenstackError.is(error) && error.code === 'invalid_request',
        JSON.stringify(bad),
      );
    }
  });
});
