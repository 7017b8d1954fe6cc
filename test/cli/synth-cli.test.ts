// The real `bin/genstack synth` command: blueprint dataset → fit → sample → report (JSON and HTML), and one-line errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

function genstack(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('genstack synth', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'genstack-synth-cli-'));

  test('datasets lists the blueprint datasets in English and Korean', () => {
    const result = genstack(['synth', 'datasets'], cwd);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /finance-card-transactions/);
    assert.match(result.stdout, /[가-힣]/);
  });

  test('finance card transactions: fit cart, sample with a seed twice the same, report with utility on is_fraud', () => {
    assert.equal(
      genstack(['synth', 'dataset', 'finance-card-transactions', '--rows', '1500', '--seed', '4', '--out', 'real.csv'], cwd).code,
      0,
    );
    assert.equal(
      genstack(['synth', 'dataset', 'finance-card-transactions', '--rows', '800', '--seed', '5', '--out', 'holdout.csv'], cwd).code,
      0,
    );
    const fit = genstack(['synth', 'fit', 'real.csv', '--synthesizer', 'cart', '--out', 'model.json', '--json'], cwd);
    assert.equal(fit.code, 0, fit.stderr);
    const summary = JSON.parse(fit.stdout) as { synthesizer: string; rows: number; columns: { name: string; kind: string }[] };
    assert.equal(summary.synthesizer, 'cart');
    assert.equal(summary.rows, 1500);
    assert.ok(summary.columns.some((column) => column.name === 'is_fraud'));

    assert.equal(genstack(['synth', 'sample', 'model.json', '--rows', '1000', '--seed', '7', '--out', 'a.csv'], cwd).code, 0);
    const human = genstack(['synth', 'sample', 'model.json', '--rows', '1000', '--seed', '7', '--out', 'b.csv'], cwd);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /Wrote 1000 rows/);
    assert.equal(readFileSync(join(cwd, 'a.csv'), 'utf8'), readFileSync(join(cwd, 'b.csv'), 'utf8'));

    const report = genstack(
      [
        'synth',
        'report',
        '--real',
        'real.csv',
        '--synthetic',
        'a.csv',
        '--holdout',
        'holdout.csv',
        '--target',
        'is_fraud',
        '--json',
        '--html',
        'r.html',
        '--lang',
        'ko',
      ],
      cwd,
    );
    assert.equal(report.code, 0, report.stderr);
    const parsed = JSON.parse(report.stdout) as { summary: { overallQuality: number; dcrShare: number | null } };
    assert.ok(parsed.summary.overallQuality > 0.7 && parsed.summary.overallQuality <= 1, String(parsed.summary.overallQuality));
    assert.ok(typeof parsed.summary.dcrShare === 'number');
    const html = readFileSync(join(cwd, 'r.html'), 'utf8');
    assert.match(html, /<svg/);
    assert.match(html, /품질/);
  });

  test('gaussian-copula with a Korean constraints file and a --where condition', () => {
    const rows = ['지역,수량,단가,금액'];
    const regions = ['서울', '부산', '대구'];
    for (let index = 0; index < 300; index += 1) {
      const quantity = 1 + (index % 7);
      const price = 1000 + ((index * 37) % 50) * 100;
      rows.push(`${regions[index % 3]},${quantity},${price},${quantity * price}`);
    }
    writeFileSync(join(cwd, 'orders.csv'), rows.join('\n'));
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ constraints: [{ type: 'formula', column: '금액', expression: '수량 * 단가' }] }));
    const fit = genstack(
      ['synth', 'fit', 'orders.csv', '--synthesizer', 'gaussian-copula', '--constraints', 'c.json', '--out', 'orders-model.json'],
      cwd,
    );
    assert.equal(fit.code, 0, fit.stderr);
    assert.match(fit.stdout, /Fitted gaussian-copula on 300 rows/);
    const info = genstack(['synth', 'info', 'orders-model.json', '--json'], cwd);
    assert.equal(info.code, 0, info.stderr);
    const details = (JSON.parse(info.stdout) as { details: { marginals: { column: string; family: string }[] } }).details;
    assert.deepEqual(
      details.marginals.map((entry) => entry.column),
      ['수량', '단가'],
      'the formula result 금액 is recomputed, not modelled',
    );
    const sample = genstack(
      ['synth', 'sample', 'orders-model.json', '--rows', '50', '--where', '지역=부산', '--out', 'orders-synth.csv'],
      cwd,
    );
    assert.equal(sample.code, 0, sample.stderr);
    const lines = readFileSync(join(cwd, 'orders-synth.csv'), 'utf8').trim().split('\n').slice(1);
    assert.equal(lines.length, 50);
    for (const line of lines) {
      const [region, quantity, price, amount] = line.split(',');
      assert.equal(region, '부산');
      assert.equal(Number(amount), Number(quantity) * Number(price));
    }
  });

  test('bad input: missing flags, unknown synthesizer, broken model file — one line, non-zero exit', () => {
    writeFileSync(join(cwd, 'tiny.csv'), 'a,b\n1,x\n2,y\n');
    const cases = [
      ['synth', 'fit', 'tiny.csv', '--synthesizer', 'cart'],
      ['synth', 'fit', 'orders.csv', '--synthesizer', 'gan', '--out', 'x.json'],
      ['synth', 'sample', 'tiny.csv', '--rows', '5', '--out', 'x.csv'],
      ['synth', 'nope'],
    ];
    for (const args of cases) {
      const result = genstack(args, cwd);
      assert.notEqual(result.code, 0, args.join(' '));
      assert.ok(result.stderr.trim().length > 0, args.join(' '));
    }
  });
});
