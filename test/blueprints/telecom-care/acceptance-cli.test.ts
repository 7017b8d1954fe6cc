// `bin/genstack blueprints install telecom-care --from <dir>`: a different dataset is imported as is, and a broken one is
// rejected with the file, path and reason of every mistake while the installed data stays exactly as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { writeBrokenTelecomData, writeCustomTelecomData } from './acceptance-dataset.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'genstack');

function genstack(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'genstack-cli-')),
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Listed {
  name: string;
  installed: boolean;
  source?: string;
  counts?: Record<string, number>;
}

describe('genstack blueprints install telecom-care --from', () => {
  test('imports a dataset unlike the samples, then refuses a broken one and keeps the first', () => {
    const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
    const custom = writeCustomTelecomData();
    const installed = genstack(['blueprints', 'install', 'telecom-care', '--from', custom, '--data', data, '--json', '--no-knowledge']);
    assert.equal(installed.code, 0, installed.stderr);
    const result = JSON.parse(installed.stdout) as { counts: Record<string, number> };
    for (const file of ['plans', 'customers', 'lines', 'bills', 'tickets']) {
      const records = JSON.parse(readFileSync(join(custom, `${file}.json`), 'utf8')) as unknown[];
      assert.equal(result.counts[file], records.length, file);
    }

    const broken = writeBrokenTelecomData();
    const rejected = genstack([
      'blueprints',
      'install',
      'telecom-care',
      '--from',
      broken.directory,
      '--data',
      data,
      '--json',
      '--no-knowledge',
    ]);
    assert.notEqual(rejected.code, 0);
    const output = `${rejected.stdout}${rejected.stderr}`;
    const error = (
      JSON.parse(
        output
          .trim()
          .split('\n')
          .find((line) => line.startsWith('{'))!,
      ) as { error: { code: string; message: string } }
    ).error;
    assert.equal(error.code, 'unprocessable');
    assert.match(error.message, /nothing changed/);
    assert.match(error.message, /3 problems/);
    for (const mistake of broken.mistakes)
      assert.ok(error.message.includes(`${mistake.file} ${mistake.path}:`), `${mistake.file} ${mistake.path}`);
    assert.match(error.message, /010-XXXX-XXXX/);

    const listed = JSON.parse(genstack(['blueprints', 'list', '--data', data, '--json']).stdout) as Listed[];
    const telecom = listed.find((entry) => entry.name === 'telecom-care');
    assert.equal(telecom?.source, custom);
    assert.deepEqual(telecom?.counts, result.counts);
  });
});
