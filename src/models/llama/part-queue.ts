// Bridges node-llama-cpp's callbacks (push) to an async iterator (pull) without buffering more than the reader lags.

/**
 * @example
 * const queue = new PartQueue<string>();
 * queue.push('a'); queue.close();
 * for await (const part of queue) console.log(part);
 */
export class PartQueue<T> implements AsyncIterable<T> {
  private parts: T[] = [];
  private closed = false;
  private wake: (() => void) | undefined;

  push(part: T): void {
    this.parts.push(part);
    this.notify();
  }

  close(): void {
    this.closed = true;
    this.notify();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    while (true) {
      if (this.parts.length > 0) {
        // Swap the buffer instead of shift()ing, so a burst of tokens costs O(n), not O(n²).
        const ready = this.parts;
        this.parts = [];
        yield* ready;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
