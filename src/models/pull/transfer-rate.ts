// Measures download speed over a sliding window, so the rate and ETA follow the network rather than the whole history.

const windowMs = 5_000;

/**
 * Tracks bytes over time and reports a recent speed.
 * @example
 * const rate = new TransferRate(() => Date.now());
 * rate.record(1024);
 * rate.bytesPerSecond();
 */
export class TransferRate {
  private readonly samples: { time: number; bytes: number }[] = [];
  private transferred = 0;

  constructor(private readonly now: () => number) {
    this.samples.push({ time: now(), bytes: 0 });
  }

  /** Adds bytes that have just arrived. */
  record(bytes: number): void {
    this.transferred += bytes;
    const time = this.now();
    this.samples.push({ time, bytes: this.transferred });
    // Keep one sample older than the window so the window always spans its full width.
    while (this.samples.length > 2 && (this.samples[1]?.time ?? time) <= time - windowMs) this.samples.shift();
  }

  bytesPerSecond(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (first === undefined || last === undefined) return 0;
    const seconds = (last.time - first.time) / 1000;
    return seconds > 0 ? (last.bytes - first.bytes) / seconds : 0;
  }

  /** Seconds until `remainingBytes` arrive at the recent speed; undefined while the speed is unknown. */
  etaSeconds(remainingBytes: number | undefined): number | undefined {
    const speed = this.bytesPerSecond();
    if (remainingBytes === undefined || speed <= 0) return undefined;
    return Math.max(0, remainingBytes) / speed;
  }
}
