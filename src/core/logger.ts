// Structured logs: one JSON object per line on stderr, so they can be shipped as they are.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * @example
 * const logger = createLogger({ level: 'info' });
 * logger.info('listening', { port: 7171 });
 */
export function createLogger(options: { level: LogLevel; write?: (line: string) => void; fields?: Record<string, unknown> }): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const base = options.fields ?? {};
  const log = (level: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (rank[level] < rank[options.level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...base, ...fields }));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...options, write, fields: { ...base, ...fields } }),
  };
}
