// The real `bin/genstack` executable: help, JSON output, one-line errors with non-zero exit, keys, config masking, serve, models pull.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

function genstack(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'genstack-cli-')),
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `genstack`, without blocking this process's event loop (the pull tests serve files from it). */
function genstackAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'genstack-cli-')),
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('bin/genstack', () => {
  test('--help lists the commands, and each command has --help', () => {
    const help = genstack(['--help']);
    assert.equal(help.code, 0);
    for (const name of ['serve', 'models', 'keys', 'config']) assert.match(help.stdout, new RegExp(`\\b${name}\\b`));
    const serveHelp = genstack(['serve', '--help']);
    assert.match(serveHelp.stdout, /--port 7171/);
  });

  test('unknown commands and bad flags exit non-zero with one line', () => {
    const unknown = genstack(['frobnicate']);
    assert.notEqual(unknown.code, 0);
    assert.equal(unknown.stderr.trim().split('\n').length, 1);
    const badFlag = genstack(['models', 'list', '--nope']);
    assert.equal(badFlag.code, 1);
    assert.match(badFlag.stderr, /^genstack models: .*--nope.*\[invalid_request\]\n$/);
    const badPort = genstack(['serve', '--port', 'eighty']);
    assert.equal(badPort.code, 1);
    assert.match(badPort.stderr, /--port/);
  });

  test('models list prints a table, or JSON with --json', () => {
    const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
    const human = genstack(['models', 'list', '--data', data]);
    assert.equal(human.code, 0);
    assert.match(human.stdout, /^ID\s+PROVIDER/);
    const json = JSON.parse(genstack(['models', 'list', '--json', '--data', data]).stdout) as Array<{ id: string }>;
    assert.ok(json.some((model) => model.id === 'builtin'));
    const missing = genstack(['models', 'info', '없는모델', '--data', data]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /없는모델.*\[model_not_found\]/);
  });

  test('config prints the effective config with secrets masked', () => {
    const result = genstack(['config', '--json'], {
      env: { GENSTACK_OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', GENSTACK_OPENAI_API_KEY: 'sk-very-secret-9876', GENSTACK_PORT: '8123' },
    });
    assert.equal(result.code, 0);
    assert.ok(!result.stdout.includes('very-secret'));
    const config = JSON.parse(result.stdout);
    assert.equal(config.server.port, 8123);
    assert.equal(config.models.entries[0].settings.apiKey, '***9876');
    assert.match(genstack(['config']).stdout, /port: 7171/);
  });

  test('keys create | list | revoke, in Korean and English names', () => {
    const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
    const created = JSON.parse(genstack(['keys', 'create', '고객상담', '--role', 'builder', '--json', '--data', data]).stdout);
    assert.match(created.secret, /^gsk_/);
    assert.equal(genstack(['keys', 'create', 'ci-bot', '--data', data]).code, 0);
    const list = genstack(['keys', 'list', '--data', data]);
    assert.match(list.stdout, /고객상담/);
    assert.ok(!list.stdout.includes(created.secret), 'the secret is never listed');
    assert.equal(genstack(['keys', 'revoke', 'ci-bot', '--data', data]).code, 0);
    assert.match(genstack(['keys', 'list', '--data', data]).stdout, /ci-bot.*revoked/);
    const duplicate = genstack(['keys', 'create', '고객상담', '--data', data]);
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.stderr, /\[conflict\]/);
  });

  test('serve answers on the given port and stops cleanly on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', data, '--json'], {
      env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    });
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    const { url } = JSON.parse(line) as { url: string };
    const health = await fetch(`${url}/api/health`);
    assert.equal(health.status, 200);
    const page = await (await fetch(url)).text();
    assert.match(page, /모델 · Models/);
    // First start: both blueprints come with sample data, and their assistants answer at once (ko and en).
    const blueprints = (await (await fetch(`${url}/api/blueprints`)).json()) as { blueprints: Array<{ name: string; installed: boolean }> };
    assert.deepEqual(
      blueprints.blueprints.map((blueprint) => [blueprint.name, blueprint.installed]),
      [
        ['energy-store', true],
        ['telecom-care', true],
      ],
    );
    for (const [model, content, expected] of [
      ['assistant:energy-store', '안녕하세요', /누리에너지/],
      ['assistant:telecom-care', 'Hello', /[A-Za-z]{4}/],
    ] as const) {
      const response = await fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model, messages: [{ role: 'user', content }] }),
      });
      const body = (await response.json()) as { choices: Array<{ message: { content: string } }> };
      assert.match(body.choices[0]?.message.content ?? '', expected);
    }
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 0);
  });
});

describe('bin/genstack models pull', () => {
  const file = Buffer.concat([Buffer.from('GGUF'), randomBytes(300_000)]);
  const sha256 = createHash('sha256').update(file).digest('hex');
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((request, response) => {
      if (request.url !== '/models/tiny-ko.gguf') return void response.writeHead(404).end();
      response
        .writeHead(200, { 'content-length': file.length, 'accept-ranges': 'bytes' })
        .end(request.method === 'HEAD' ? undefined : file);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => server.close());

  test('downloads, verifies and registers the model', async () => {
    const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
    const pulled = await genstackAsync(['models', 'pull', `${base}/models/tiny-ko.gguf`, '--sha256', sha256, '--json', '--data', data]);
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.equal(JSON.parse(pulled.stdout).model.id, 'tiny-ko');
    const info = JSON.parse(genstack(['models', 'info', 'tiny-ko', '--json', '--data', data]).stdout);
    assert.equal(info.provider, 'llama');
    assert.equal(info.source, 'store');
  });

  test('a checksum mismatch exits non-zero and registers nothing', async () => {
    const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
    const pulled = await genstackAsync(['models', 'pull', `${base}/models/tiny-ko.gguf`, '--sha256', '0'.repeat(64), '--data', data]);
    assert.equal(pulled.code, 1);
    assert.match(pulled.stderr, /\[checksum_mismatch\]/);
    assert.equal(genstack(['models', 'info', 'tiny-ko', '--data', data]).code, 1);
    assert.deepEqual(readdirSync(join(data, 'models')), []);
  });
});
