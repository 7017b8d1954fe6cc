// createStreamRestorer: placeholders split across chunks are restored; only a possible partial placeholder is held back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createStreamRestorer, MaskVault } from '../../../src/guard/masking/index.ts';
import { randomChunks, seededRandom } from './fixture-scanner.ts';

function vaultWithValues(): MaskVault {
  const vault = new MaskVault();
  vault.mask({ type: 'PHONE', value: '010-1234-5678' });
  vault.mask({ type: 'PERSON', value: '김민준' });
  vault.mask({ type: 'HEALTH_INSURANCE', value: '1-2345678901' });
  vault.mask({ type: 'EMAIL', value: 'jane@example.com' });
  return vault;
}

function run(options: { vault: MaskVault; chunks: string[] }): { outputs: string[]; text: string } {
  const restorer = createStreamRestorer(options.vault);
  const outputs = options.chunks.map((chunk) => restorer.push(chunk));
  outputs.push(restorer.flush());
  return { outputs, text: outputs.join('') };
}

describe('createStreamRestorer', () => {
  test('Korean: a placeholder split in three is restored once it is complete', () => {
    const { outputs } = run({ vault: vaultWithValues(), chunks: ['[PERSON_1]님 번호는 [PHO', 'NE', '_1]입니다.'] });
    assert.deepEqual(outputs, ['김민준님 번호는 ', '', '010-1234-5678입니다.', '']);
  });

  test('English: brackets that cannot start a placeholder are not held back; a lone [ is', () => {
    const { outputs } = run({ vault: vaultWithValues(), chunks: ['See [note] and [', 'x] or a[1', '] and [EMAIL_1', '].'] });
    assert.deepEqual(outputs, ['See [note] and ', '[x] or a[1', '] and ', 'jane@example.com.', '']);
  });

  test('a custom type with a long name is held back whole too (ko, en)', () => {
    const vault = new MaskVault();
    const placeholder = vault.mask({ type: 'CUSTOMER_CONTRACT_REFERENCE_NO', value: 'CR-2026-000123' });
    assert.equal(placeholder.length, 34);
    for (const reply of [`계약 ${placeholder} 확인했습니다`, `Contract ${placeholder} is active.`])
      for (let cut = 1; cut < reply.length; cut += 1)
        assert.equal(run({ vault, chunks: [reply.slice(0, cut), reply.slice(cut)] }).text, vault.restore(reply), `cut at ${cut}`);
  });

  test('unknown placeholders and an unterminated tail come out unchanged at flush', () => {
    assert.equal(run({ vault: vaultWithValues(), chunks: ['Call [PHONE_9] or [PHONE_'] }).text, 'Call [PHONE_9] or [PHONE_');
  });

  test('a placeholder as a model rewrote it is restored across chunks; other words pass at once (ko, en)', () => {
    const vault = vaultWithValues();
    assert.deepEqual(run({ vault, chunks: ['Hello wor', 'ld, call PHO', 'NE_', '1 now'] }).outputs, [
      'Hello wor',
      'ld, call ',
      '',
      '010-1234-5678 now',
      '',
    ]);
    assert.deepEqual(run({ vault, chunks: ['【PERSON', '_1】님 \\', '[PHONE\\_1\\]로'] }).outputs, [
      '',
      '김민준님 ',
      '010-1234-5678로',
      '',
    ]);
    // Split inside a longer word, the second half is no placeholder, as in the whole reply.
    assert.equal(run({ vault, chunks: ['call x', 'PHONE_1 now'] }).text, 'call xPHONE_1 now');
  });

  test('any chunking gives the same text as restoring the whole reply (ko and en)', () => {
    const vault = vaultWithValues();
    const replies = [
      '[PERSON_1] 고객님, [PHONE_1]로 연락드릴게요. 건강보험증 [HEALTH_INSURANCE_1] 확인했습니다. [PHONE_2]는 모르는 번호입니다.',
      'Dear [PERSON_1], we will email [EMAIL_1] and call [PHONE_1]; [[PHONE_1]] [EMAIL_1][EMAIL_1] [x] [PHONE_',
      '【person_1】님, PHONE_1로 연락드릴게요. [Health Insurance 1] 확인. xPHONE_1, PHONE_12, \\[EMAIL\\_1\\] \\',
      'Dear [person 1], call phone_1 or [PHONE-1] (EMAIL_1); PHONE_1x and PERSON_1.',
    ];
    for (const reply of replies) {
      const expected = vault.restore(reply);
      for (let seed = 1; seed <= 300; seed += 1) {
        const chunks = randomChunks({ text: reply, random: seededRandom(seed), maxSize: 7 });
        assert.equal(run({ vault, chunks }).text, expected, `seed ${seed}`);
      }
    }
  });
});
