// A download progress bar for the terminal: redrawn in place on a TTY, one summary line when output is piped.

/** What the bar writes to; process.stderr fits. Only TTY streams get the live bar. */
export type ProgressStream = Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; columns?: number };

export interface ProgressBarOptions {
  stream: ProgressStream;
  label: string;
  total?: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
  /** Counts things other than bytes (e.g. 'documents'); byte units by default. */
  unit?: string;
}

/** Figures the caller already knows better (e.g. pullModel's sliding-window speed). */
export interface ProgressExtra {
  bytesPerSecond?: number;
  etaSeconds?: number;
  /** Bytes that were already on disk before this run; left out of the average speed. */
  resumedFromBytes?: number;
}

export interface ProgressBar {
  update(received: number, total?: number, extra?: ProgressExtra): void;
  done(message?: string): void;
  fail(message?: string): void;
}

const redrawIntervalMs = 100;
const clearToEndOfLine = '\u001b[K';

/**
 * Creates a progress bar; call `update` as often as you like, it redraws at most ten times a second.
 * @example
 * const bar = createProgressBar({ stream: process.stderr, label: 'qwen2.5-0.5b.gguf' });
 * await pullModel({ source, directory, onProgress: (p) => bar.update(p.receivedBytes, p.totalBytes, p) });
 * bar.done('saved');
 */
export function createProgressBar(options: ProgressBarOptions): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const format = amountFormatter(options.unit);
  const live = options.stream.isTTY === true;
  const startedAt = now();
  let lastDrawAt = -Infinity;
  let received = 0;
  let total = options.total;
  let extra: ProgressExtra = {};
  let finished = false;

  const averageSpeed = (): number => {
    const seconds = (now() - startedAt) / 1000;
    return seconds > 0 ? Math.max(0, received - (extra.resumedFromBytes ?? 0)) / seconds : 0;
  };
  const draw = (): void => {
    lastDrawAt = now();
    const speed = extra.bytesPerSecond ?? averageSpeed();
    const eta = extra.etaSeconds ?? (total !== undefined && speed > 0 ? (total - received) / speed : undefined);
    const line = renderProgressLine({
      label: options.label,
      format,
      received,
      total,
      bytesPerSecond: speed,
      etaSeconds: eta,
      columns: options.stream.columns ?? 80,
    });
    options.stream.write(`\r${line}${clearToEndOfLine}`);
  };
  const finish = (line: string): void => {
    if (finished) return;
    finished = true;
    options.stream.write(live ? `\r${line}${clearToEndOfLine}\n` : `${line}\n`);
  };

  return {
    update(nextReceived, nextTotal, nextExtra) {
      if (finished) return;
      received = nextReceived;
      total = nextTotal ?? total;
      extra = nextExtra ?? {};
      if (live && now() - lastDrawAt >= redrawIntervalMs) draw();
    },
    done(message) {
      const seconds = (now() - startedAt) / 1000;
      const stats = `${format(received)} in ${formatDuration(seconds)}, ${format(averageSpeed())}/s`;
      finish(message === undefined ? `${options.label}: ${stats}` : `${options.label}: ${message} (${stats})`);
    },
    fail(message) {
      finish(`${options.label}: failed${message === undefined ? '' : ` — ${message}`} (${format(received)} received)`);
    },
  };
}

/**
 * One line of the live bar, fitted to the terminal width (Hangul and other wide characters count as two columns).
 * @example
 * renderProgressLine({ label: 'model.gguf', received: 512, total: 1024, bytesPerSecond: 256, etaSeconds: 2, columns: 80 });
 * // 'model.gguf [##############-------------]  50%  512 B / 1.0 KiB  256 B/s  ETA 2s'
 */
export function renderProgressLine(options: {
  format?: (amount: number) => string;
  label: string;
  received: number;
  total: number | undefined;
  bytesPerSecond: number;
  etaSeconds: number | undefined;
  columns: number;
}): string {
  const { received, total } = options;
  const format = options.format ?? formatBytes;
  const speed = `${format(options.bytesPerSecond)}/s`;
  const eta = `ETA ${formatDuration(options.etaSeconds)}`;
  const tail = total === undefined ? `  ${format(received)}  ${speed}` : `  ${format(received)} / ${format(total)}  ${speed}  ${eta}`;
  const fraction = total === undefined || total <= 0 ? undefined : Math.min(1, Math.max(0, received / total));
  const percent = fraction === undefined ? '' : ` ${`${Math.floor(fraction * 100)}%`.padStart(4)}`;
  // Leave the last column free: writing into it makes many terminals wrap before the \r.
  const room = options.columns - 1 - tail.length - percent.length;
  // On a narrow terminal the numbers matter more than the bar, so the bar goes first.
  const showBar = fraction !== undefined && room >= 24;
  const barWidth = showBar ? Math.min(40, Math.max(10, room - 3 - Math.min(displayWidth(options.label), 30))) : 0;
  const bar = showBar ? ` [${'#'.repeat(Math.round(fraction * barWidth)).padEnd(barWidth, '-')}]` : '';
  const label = truncateToWidth(options.label, Math.max(1, room - bar.length));
  return `${label}${bar}${percent}${tail}`;
}

/**
 * Human byte counts in binary units.
 * @example
 * formatBytes(1536); // '1.5 KiB'
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '-- B';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Short human durations; '--' when unknown.
 * @example
 * formatDuration(3725); // '1h 02m'
 */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '--';
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

/** Terminal columns a text takes: East Asian wide characters (Hangul, CJK, full-width forms) take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += isWide(character.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let result = '';
  let used = 0;
  for (const character of text) {
    const next = isWide(character.codePointAt(0) ?? 0) ? 2 : 1;
    if (used + next > width - 1) break;
    result += character;
    used += next;
  }
  return `${result}…`;
}

// Ranges from Unicode's East Asian Width property (W and F) that matter for Korean, Chinese and Japanese text.
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Formats amounts as bytes, or as plain counts of `unit`. */
function amountFormatter(unit: string | undefined): (amount: number) => string {
  if (!unit) return formatBytes;
  return (amount) => `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;
}
