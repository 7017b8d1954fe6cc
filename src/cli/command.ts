// The shape of a CLI command and the shared flag parsing, so every command handles --help, --json and --data alike.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GenstackError } from '../core/index.ts';
import { openPlatform, type OpenPlatformOptions, type Platform } from '../platform/index.ts';

export interface CommandIo {
  stdout: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  stderr: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CommandIo): Promise<number | void>;
}

export type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** Flags every data-touching command accepts. */
export const commonFlags = {
  json: { type: 'boolean' },
  data: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies FlagOptions;

/**
 * @example
 * const { values, positionals } = parseFlags(argv, { port: { type: 'string' } });
 */
export function parseFlags<T extends FlagOptions>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...commonFlags, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new GenstackError({ code: 'invalid_request', message: (error as Error).message.split('\n')[0] ?? 'Invalid arguments' });
  }
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new GenstackError({ code: 'invalid_request', message: `--port must be 0–65535, got '${value}'` });
  return port;
}

/** Prints JSON when asked, otherwise the human form. */
export function print(io: CommandIo, options: { json: boolean | undefined; value: unknown; human: () => string }): void {
  io.stdout.write(options.json ? JSON.stringify(options.value, null, 2) + '\n' : options.human() + '\n');
}

export function table(rows: string[][]): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)), []);
  return rows
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(widths[index] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Opens the platform for a command, honouring its --config and --data flags. */
export function openPlatformForCommand(options: {
  io: CommandIo;
  values: { config?: string; data?: string };
  flags?: OpenPlatformOptions['flags'];
}): Promise<Platform> {
  const { io, values } = options;
  return openPlatform({
    cwd: io.cwd,
    env: io.env,
    ...(values.config ? { file: values.config } : {}),
    flags: { ...options.flags, ...(values.data ? { data: values.data } : {}) },
  });
}
