// The terminal progress bar: formatting helpers, throttled redraws on a TTY, a single summary line when piped.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createProgressBar,
  displayWidth,
  formatBytes,
  formatDuration,
  renderProgressLine,
  type ProgressStream,
} from '../../src/cli/progress-bar.ts';

function fakeStream(options: { isTTY: boolean; columns?: number }): ProgressStream & { output: string[] } {
  const output: string[] = [];
  return {
    isTTY: options.isTTY,
    columns: options.columns ?? 80,
    output,
    write: ((chunk: string) => {
      output.push(chunk);
      return true;
    }) as ProgressStream['write'],
  };
}

describe('formatBytes', () => {
  test('uses binary units with one decimal', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(1023), '1023 B');
    assert.equal(formatBytes(1536), '1.5 KiB');
    assert.equal(formatBytes(3 * 1024 ** 2), '3.0 MiB');
    assert.equal(formatBytes(4.25 * 1024 ** 3), '4.3 GiB');
    assert.equal(formatBytes(2 * 1024 ** 4), '2.0 TiB');
    assert.equal(formatBytes(Number.NaN), '-- B');
  });
});

describe('formatDuration', () => {
  test('seconds, minutes and hours, and -- when unknown', () => {
    assert.equal(formatDuration(0), '0s');
    assert.equal(formatDuration(59.4), '59s');
    assert.equal(formatDuration(65), '1m 05s');
    assert.equal(formatDuration(3725), '1h 02m');
    assert.equal(formatDuration(undefined), '--');
    assert.equal(formatDuration(Number.POSITIVE_INFINITY), '--');
  });
});

describe('renderProgressLine', () => {
  test('shows label, bar, percent, sizes, speed and ETA', () => {
    const line = renderProgressLine({ label: 'model.gguf', received: 512, total: 1024, bytesPerSecond: 256, etaSeconds: 2, columns: 80 });
    assert.equal(line, `model.gguf [${'#'.repeat(14)}${'-'.repeat(13)}]  50%  512 B / 1.0 KiB  256 B/s  ETA 2s`);
    assert.ok(line.length < 80);
  });

  test('fits a long Korean label into the terminal, counting Hangul as two columns', () => {
    const label = '한국어 법률 상담 모델 가중치 파일을 내려받는 중입니다';
    const line = renderProgressLine({ label, received: 5e8, total: 1e9, bytesPerSecond: 2e7, etaSeconds: 25, columns: 80 });
    assert.ok(displayWidth(line) <= 79, `width ${displayWidth(line)}: ${line}`);
    assert.match(line, /^한국어 [^[]*… \[#+-+\] {2}50%/);
    assert.equal(displayWidth('모델 a'), 6);
  });

  test('without a total shows bytes and speed but no bar', () => {
    const line = renderProgressLine({
      label: 'stream',
      received: 2048,
      total: undefined,
      bytesPerSecond: 1024,
      etaSeconds: undefined,
      columns: 80,
    });
    assert.equal(line, 'stream  2.0 KiB  1.0 KiB/s');
  });
});

describe('createProgressBar', () => {
  test('on a TTY redraws in place with \\r at most ten times a second', () => {
    const stream = fakeStream({ isTTY: true });
    let now = 0;
    const bar = createProgressBar({ stream, label: 'model.gguf', total: 1000, now: () => now });
    for (let step = 1; step <= 100; step += 1) {
      now = step * 10; // one update every 10 ms for one second
      bar.update(step * 10);
    }
    assert.ok(stream.output.length >= 9 && stream.output.length <= 11, `${stream.output.length} redraws`);
    assert.ok(stream.output.every((chunk) => chunk.startsWith('\r') && !chunk.includes('\n')));
    bar.done('saved');
    const last = stream.output.at(-1) ?? '';
    assert.equal(last, '\rmodel.gguf: saved (1000 B in 1s, 1000 B/s)\u001b[K\n');
  });

  test('when piped prints nothing until done, then exactly one line', () => {
    const stream = fakeStream({ isTTY: false });
    let now = 0;
    const bar = createProgressBar({ stream, label: '모델 다운로드', now: () => now });
    for (let step = 1; step <= 50; step += 1) {
      now = step * 100;
      bar.update(step * 1024 * 1024, 50 * 1024 * 1024);
    }
    assert.deepEqual(stream.output, []);
    bar.done();
    bar.done();
    assert.deepEqual(stream.output, ['모델 다운로드: 50.0 MiB in 5s, 10.0 MiB/s\n']);
  });

  test('fail prints the reason once and ignores later updates', () => {
    const stream = fakeStream({ isTTY: false });
    const bar = createProgressBar({ stream, label: 'model.gguf', now: () => 0 });
    bar.update(2048, 4096);
    bar.fail('checksum mismatch');
    bar.update(4096);
    bar.done();
    assert.deepEqual(stream.output, ['model.gguf: failed — checksum mismatch (2.0 KiB received)\n']);
  });

  test('uses the speed and ETA the caller passes in', () => {
    const stream = fakeStream({ isTTY: true });
    const bar = createProgressBar({ stream, label: 'model.gguf', total: 4096, now: () => 0 });
    bar.update(1024, 4096, { bytesPerSecond: 512, etaSeconds: 6 });
    assert.ok(stream.output[0]?.includes('512 B/s  ETA 6s'), stream.output[0]);
  });

  test('leaves resumed bytes out of the average speed', () => {
    const stream = fakeStream({ isTTY: false });
    let now = 0;
    const bar = createProgressBar({ stream, label: 'model.gguf', now: () => now });
    now = 1000;
    bar.update(3 * 1024 * 1024, 4 * 1024 * 1024, { resumedFromBytes: 2 * 1024 * 1024 });
    bar.done();
    assert.deepEqual(stream.output, ['model.gguf: 3.0 MiB in 1s, 1.0 MiB/s\n']);
  });
});
