// CPU time a process has used, read from /proc: the cost per request that background load on the machine does not skew.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)). */
const ticksPerSecond = 100;

/**
 * User + system CPU milliseconds of a process (10 ms resolution), or undefined where /proc is missing.
 * @example
 * const before = processCpuMs(child.pid!);
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself contain spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
  } catch {
    return undefined;
  }
}
