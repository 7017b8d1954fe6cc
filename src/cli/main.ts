// Entry of the `genstack` command: dispatch to a command, print errors as one line, exit non-zero on failure.
import { toGenstackError, version } from '../core/index.ts';
import type { Command, CommandIo } from './command.ts';
import { assistantsCommand } from './commands/assistants.ts';
import { auditCommand } from './commands/audit.ts';
import { blueprintsCommand } from './commands/blueprints.ts';
import { configCommand } from './commands/config.ts';
import { guardCommand } from './commands/guard.ts';
import { handoffsCommand } from './commands/handoffs.ts';
import { kbCommand } from './commands/kb.ts';
import { keysCommand } from './commands/keys.ts';
import { modelsCommand } from './commands/models.ts';
import { reviewsCommand } from './commands/reviews.ts';
import { serveCommand } from './commands/serve.ts';
import { synthCommand } from './commands/synth.ts';
import { workspacesCommand } from './commands/workspaces.ts';

export const commands: Command[] = [
  serveCommand,
  modelsCommand,
  kbCommand,
  blueprintsCommand,
  assistantsCommand,
  handoffsCommand,
  reviewsCommand,
  auditCommand,
  keysCommand,
  workspacesCommand,
  guardCommand,
  synthCommand,
  configCommand,
];

function help(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `genstack ${version} — self-hosted generative-AI stack`,
    '',
    'Usage: genstack <command> [options]',
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Every command takes --help; commands that touch data take --data <dir> (default ./.genstack) and --json.',
  ].join('\n');
}

/**
 * Runs one command line and returns its exit code.
 * @example
 * process.exitCode = await runCli(['models', 'list', '--json'], io);
 */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(help() + '\n');
    return 0;
  }
  if (name === '--version' || name === 'version') {
    io.stdout.write(version + '\n');
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`genstack: unknown command '${name}' (try genstack --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return (await command.run(rest, io)) ?? 0;
  } catch (value) {
    const error = toGenstackError(value);
    const wantsJson = rest.includes('--json');
    io.stderr.write(
      wantsJson ? JSON.stringify({ error: error.toJSON() }) + '\n' : `genstack ${name}: ${error.message.split('\n')[0]} [${error.code}]\n`,
    );
    return error.category === 'user' ? 1 : 3;
  }
}

const isEntry = process.argv[1] && /genstack$|main\.ts$/.test(process.argv[1]);
if (isEntry) {
  // A reader that stops early (`genstack guard scan big.txt | head`) is no failure: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
