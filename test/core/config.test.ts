// Config precedence (defaults ← file ← environment ← flags), validation errors that say where, and secret masking.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { GenstackError, isLoopbackHost, loadConfig, maskSecrets } from '../../src/core/index.ts';

const directory = () => mkdtempSync(join(tmpdir(), 'genstack-config-'));

test('defaults serve on loopback port 7171 with data in ./.genstack', () => {
  const config = loadConfig({ cwd: directory(), env: {} });
  assert.equal(config.server.host, '127.0.0.1');
  assert.equal(config.server.port, 7171);
  assert.equal(config.dataDir, './.genstack');
  assert.equal(config.models.default, 'builtin');
  assert.equal(config.source, null);
});

test('file < environment < flags, for JSON and YAML files', () => {
  const jsonDirectory = directory();
  writeFileSync(
    join(jsonDirectory, 'genstack.config.json'),
    JSON.stringify({ server: { port: 9000, host: '0.0.0.0' }, dataDir: '/tmp/a' }),
  );
  const fromFile = loadConfig({ cwd: jsonDirectory, env: {} });
  assert.equal(fromFile.server.port, 9000);
  assert.equal(fromFile.server.host, '0.0.0.0');
  const fromEnvironment = loadConfig({ cwd: jsonDirectory, env: { GENSTACK_PORT: '9100', GENSTACK_DATA: '/tmp/b' } });
  assert.equal(fromEnvironment.server.port, 9100);
  assert.equal(fromEnvironment.dataDir, '/tmp/b');
  const fromFlags = loadConfig({ cwd: jsonDirectory, env: { GENSTACK_PORT: '9100' }, flags: { port: 9200, data: '/tmp/c' } });
  assert.equal(fromFlags.server.port, 9200);
  assert.equal(fromFlags.dataDir, '/tmp/c');

  const yamlDirectory = directory();
  writeFileSync(
    join(yamlDirectory, 'genstack.config.yaml'),
    'models:\n  aliases:\n    빠른모델: builtin\n  entries:\n    - id: local\n      provider: llama\n      settings: { path: /models/a.gguf }\n',
  );
  const yaml = loadConfig({ cwd: yamlDirectory, env: {} });
  assert.equal(yaml.models.aliases['빠른모델'], 'builtin');
  assert.equal(yaml.models.entries[0]?.provider, 'llama');
  assert.equal(yaml.models.entries[0]?.timeoutMs, 120_000);
});

test('GENSTACK_OPENAI_* adds OpenAI-compatible models; GENSTACK_GGUF adds a local one', () => {
  const config = loadConfig({
    cwd: directory(),
    env: {
      GENSTACK_OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      GENSTACK_OPENAI_API_KEY: 'sk-secret-value-1234',
      GENSTACK_OPENAI_MODELS: 'qwen3, llama3.2',
      GENSTACK_GGUF: '/m/x.gguf',
    },
  });
  assert.deepEqual(
    config.models.entries.map((entry) => `${entry.provider}:${entry.id}`),
    ['openai:qwen3', 'openai:llama3.2', 'llama:local'],
  );
  const masked = maskSecrets(config);
  assert.equal(masked.models.entries[0]?.settings.apiKey, '***1234');
  assert.equal(masked.server.requireApiKey, 'auto', 'a setting about keys is not a secret');
  assert.equal(config.models.entries[0]?.settings.apiKey, 'sk-secret-value-1234', 'masking copies, never mutates');
});

test('invalid config names the file and the field', () => {
  const bad = directory();
  writeFileSync(join(bad, 'genstack.config.json'), JSON.stringify({ server: { port: 'eighty' } }));
  assert.throws(
    () => loadConfig({ cwd: bad, env: {} }),
    (error: GenstackError) =>
      error.code === 'config_invalid' && error.message.includes('server.port') && error.message.includes('genstack.config.json'),
  );
  assert.throws(
    () => loadConfig({ cwd: directory(), env: { GENSTACK_PORT: 'abc' } }),
    (error: GenstackError) => error.message.includes('GENSTACK_PORT'),
  );
  const unknownKey = directory();
  writeFileSync(join(unknownKey, 'genstack.config.json'), JSON.stringify({ sever: {} }));
  assert.throws(
    () => loadConfig({ cwd: unknownKey, env: {} }),
    (error: GenstackError) => error.code === 'config_invalid',
  );
  const broken = directory();
  writeFileSync(join(broken, 'genstack.config.json'), '{ not json');
  assert.throws(
    () => loadConfig({ cwd: broken, env: {} }),
    (error: GenstackError) => error.message.startsWith('Cannot parse'),
  );
});

test('loopback detection decides whether keys are required', () => {
  assert.ok(isLoopbackHost('127.0.0.1'));
  assert.ok(isLoopbackHost('localhost'));
  assert.ok(isLoopbackHost('::1'));
  assert.ok(!isLoopbackHost('0.0.0.0'));
  assert.ok(!isLoopbackHost('192.168.0.10'));
});

test('${NAME} in the config file is read from the environment; a missing one is an error naming it', () => {
  const withSecret = directory();
  writeFileSync(
    join(withSecret, 'genstack.config.yaml'),
    'models:\n  entries:\n    - id: vllm\n      provider: openai\n      settings: { baseURL: "http://gpu:8000/v1", apiKey: "${VLLM_KEY}" }\n',
  );
  const config = loadConfig({ cwd: withSecret, env: { VLLM_KEY: 'sk-from-env' } });
  assert.equal(config.models.entries[0]?.settings.apiKey, 'sk-from-env');
  assert.throws(
    () => loadConfig({ cwd: withSecret, env: {} }),
    (error: GenstackError) => error.code === 'config_invalid' && error.message.includes('VLLM_KEY'),
  );
});
