// `genstack config`: the effective configuration (file + environment + flags) with secrets masked.
import { loadConfig, maskSecrets } from '../../core/index.ts';
import { stringify } from 'yaml';
import { parseFlags, print, type Command } from '../command.ts';

export const configCommand: Command = {
  name: 'config',
  summary: 'Print the effective configuration (secrets masked)',
  usage: 'genstack config [--config file] [--data dir] [--json]',
  async run(argv, io) {
    const { values } = parseFlags(argv, {});
    const config = loadConfig({
      cwd: io.cwd,
      env: io.env,
      ...(values.config ? { file: values.config } : {}),
      flags: values.data ? { data: values.data } : {},
    });
    const masked = maskSecrets(config);
    const { source, ...settings } = masked;
    print(io, {
      json: values.json,
      value: masked,
      human: () => `# source: ${source ?? 'defaults + environment'}\n${stringify(settings).trimEnd()}`,
    });
  },
};
