// Effective configuration: defaults ← genstack.config.{json,yaml} ← GENSTACK_* environment ← command-line flags, validated with zod.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { GenstackError } from './errors.ts';

const retrySchema = z.strictObject({
  maxRetries: z.number().int().min(0).max(10).default(2),
  baseDelayMs: z.number().int().min(0).default(250),
  maxDelayMs: z.number().int().min(0).default(8000),
});

export const modelEntrySchema = z.strictObject({
  id: z.string().min(1).max(200),
  provider: z.string().min(1),
  kind: z.enum(['chat', 'embedding']).default('chat'),
  /** Provider settings: `path` of a GGUF, `baseURL`/`apiKey`/`model` of an OpenAI-compatible server, … */
  settings: z.record(z.string(), z.unknown()).default({}),
  /** Request defaults applied when a client leaves them out. */
  defaults: z
    .strictObject({
      temperature: z.number().min(0).max(2).optional(),
      topP: z.number().min(0).max(1).optional(),
      maxTokens: z.number().int().positive().optional(),
      system: z.string().optional(),
    })
    .default({}),
  fallbacks: z.array(z.string()).default([]),
  timeoutMs: z.number().int().positive().default(120_000),
  retry: retrySchema.default({ maxRetries: 2, baseDelayMs: 250, maxDelayMs: 8000 }),
  concurrency: z.number().int().positive().default(64),
  maxQueue: z.number().int().min(0).default(1000),
  description: z.string().optional(),
});

export type ModelEntryConfig = z.infer<typeof modelEntrySchema>;
export type ModelEntryInput = z.input<typeof modelEntrySchema>;

export const configSchema = z.strictObject({
  dataDir: z.string().default('./.genstack'),
  server: z
    .strictObject({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(7171),
      bodyLimitBytes: z
        .number()
        .int()
        .positive()
        .default(8 * 1024 * 1024),
      requestTimeoutMs: z
        .number()
        .int()
        .positive()
        .default(10 * 60_000),
      shutdownGraceMs: z.number().int().min(0).default(10_000),
      /** `auto`: keys are required unless the server is bound to loopback. */
      requireApiKey: z.union([z.literal('auto'), z.boolean()]).default('auto'),
    })
    .default({
      host: '127.0.0.1',
      port: 7171,
      bodyLimitBytes: 8 * 1024 * 1024,
      requestTimeoutMs: 600_000,
      shutdownGraceMs: 10_000,
      requireApiKey: 'auto',
    }),
  /** IANA time zone for dates the assistants read and say ("tomorrow", due dates). */
  timeZone: z.string().default('Asia/Seoul'),
  guard: z
    .strictObject({
      /** Requests per minute for an API key without its own limit; null: unlimited. */
      rateLimitPerMinute: z.number().int().positive().nullable().default(null),
      /** The global guard policy (PII actions, routing, injection, topics, output, review, tool roles); the guard validates it. */
      policy: z.record(z.string(), z.unknown()).default({}),
    })
    .default({ rateLimitPerMinute: null, policy: {} }),
  blueprints: z
    .strictObject({
      /** `serve` installs every shipped blueprint with its sample data on first start, so its assistant answers at once. */
      autoInstall: z.boolean().default(true),
    })
    .default({ autoInstall: true }),
  log: z.strictObject({ level: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info') }).default({ level: 'info' }),
  models: z
    .strictObject({
      default: z.string().default('builtin'),
      defaultEmbedding: z.string().default('builtin-embed'),
      aliases: z.record(z.string(), z.string()).default({}),
      entries: z.array(modelEntrySchema).default([]),
      llama: z.strictObject({ idleUnloadMs: z.number().int().positive().default(600_000) }).default({ idleUnloadMs: 600_000 }),
    })
    .default({ default: 'builtin', defaultEmbedding: 'builtin-embed', aliases: {}, entries: [], llama: { idleUnloadMs: 600_000 } }),
});

export type GenstackConfig = z.infer<typeof configSchema>;
type ConfigInput = z.input<typeof configSchema>;

export interface LoadConfigOptions {
  /** Explicit config file; otherwise genstack.config.{json,yaml,yml} in `cwd` if present. */
  file?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Command-line flags, already parsed: the highest precedence. */
  flags?: { host?: string; port?: number; data?: string; logLevel?: string };
}

const configFileNames = ['genstack.config.json', 'genstack.config.yaml', 'genstack.config.yml'];

/**
 * Loads and validates the effective configuration.
 * @example
 * const config = loadConfig({ flags: { port: 8080 } });
 */
export function loadConfig(options: LoadConfigOptions = {}): GenstackConfig & { source: string | null } {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const file = options.file
    ? resolve(cwd, options.file)
    : configFileNames.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
  const fromFile = file ? expandEnvironment(readConfigFile(file), { env, file }) : {};
  const merged = applyFlags(applyEnvironment(fromFile, env), options.flags ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new GenstackError({
      code: 'config_invalid',
      message: `Invalid configuration${file ? ` in ${file}` : ''} at ${where}: ${issue?.message ?? 'invalid'}`,
      details: parsed.error.issues,
    });
  }
  return { ...parsed.data, source: file ?? null };
}

/** Replaces `${NAME}` in string values with the environment's value, so secrets stay out of config files. */
function expandEnvironment<T>(value: T, context: { env: NodeJS.ProcessEnv; file: string }): T {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, name: string) => {
      const resolved = context.env[name];
      if (resolved === undefined)
        throw new GenstackError({
          code: 'config_invalid',
          message: `${context.file} uses \${${name}}, but that environment variable is not set.`,
        });
      return resolved;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((item) => expandEnvironment(item, context)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expandEnvironment(item, context)])) as T;
  return value;
}

function readConfigFile(path: string): ConfigInput {
  if (!existsSync(path)) throw new GenstackError({ code: 'config_invalid', message: `Config file not found: ${path}` });
  const text = readFileSync(path, 'utf8');
  try {
    return (path.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) ?? {};
  } catch (error) {
    throw new GenstackError({ code: 'config_invalid', message: `Cannot parse ${path}: ${(error as Error).message}`, cause: error });
  }
}

function numberFromEnv(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new GenstackError({ code: 'config_invalid', message: `${name} must be a number, got '${value}'` });
  return number;
}

/** GENSTACK_* variables, documented in README.md. */
function applyEnvironment(input: ConfigInput, env: NodeJS.ProcessEnv): ConfigInput {
  const server = { ...input.server };
  const models = { ...input.models, entries: [...(input.models?.entries ?? [])] };
  if (env.GENSTACK_HOST) server.host = env.GENSTACK_HOST;
  const port = numberFromEnv('GENSTACK_PORT', env.GENSTACK_PORT);
  if (port !== undefined) server.port = port;
  if (env.GENSTACK_REQUIRE_API_KEY)
    server.requireApiKey = env.GENSTACK_REQUIRE_API_KEY === 'auto' ? 'auto' : env.GENSTACK_REQUIRE_API_KEY === 'true';
  if (env.GENSTACK_DEFAULT_MODEL) models.default = env.GENSTACK_DEFAULT_MODEL;
  if (env.GENSTACK_OPENAI_BASE_URL) {
    const names = (env.GENSTACK_OPENAI_MODELS ?? 'default')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    for (const name of names) {
      models.entries.push({
        id: name,
        provider: 'openai',
        settings: {
          baseURL: env.GENSTACK_OPENAI_BASE_URL,
          ...(env.GENSTACK_OPENAI_API_KEY ? { apiKey: env.GENSTACK_OPENAI_API_KEY } : {}),
        },
      });
    }
  }
  if (env.GENSTACK_GGUF)
    models.entries.push({ id: env.GENSTACK_GGUF_ID ?? 'local', provider: 'llama', settings: { path: env.GENSTACK_GGUF } });
  return {
    ...input,
    ...(env.GENSTACK_DATA ? { dataDir: env.GENSTACK_DATA } : {}),
    ...(env.GENSTACK_LOG_LEVEL ? { log: { level: env.GENSTACK_LOG_LEVEL as 'info' } } : {}),
    ...(env.GENSTACK_TIME_ZONE ? { timeZone: env.GENSTACK_TIME_ZONE } : {}),
    ...(env.GENSTACK_BLUEPRINTS_AUTO_INSTALL ? { blueprints: { autoInstall: env.GENSTACK_BLUEPRINTS_AUTO_INSTALL !== 'false' } } : {}),
    server,
    models,
  };
}

function applyFlags(input: ConfigInput, flags: NonNullable<LoadConfigOptions['flags']>): ConfigInput {
  return {
    ...input,
    ...(flags.data ? { dataDir: flags.data } : {}),
    ...(flags.logLevel ? { log: { level: flags.logLevel as 'info' } } : {}),
    server: { ...input.server, ...(flags.host ? { host: flags.host } : {}), ...(flags.port !== undefined ? { port: flags.port } : {}) },
  };
}

const secretKeyPattern = /(api[-_]?key|secret|token|password|authorization)/i;
/** Settings about secrets rather than secrets ("requireApiKey": auto, true or false). */
const settingAboutSecretPattern = /^require/i;

/** A copy of any config value with secrets replaced by `***` and their last 4 characters. */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        secretKeyPattern.test(key) && !settingAboutSecretPattern.test(key) && typeof item === 'string'
          ? maskValue(item)
          : maskSecrets(item),
      ]),
    ) as T;
  }
  return value;
}

function maskValue(secret: string): string {
  return secret.length <= 8 ? '***' : `***${secret.slice(-4)}`;
}

/** True for hosts that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}
