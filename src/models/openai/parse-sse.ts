// An incremental server-sent-events parser: feed it decoded text as it arrives, in pieces of any size.
// Lines may end in LF, CRLF or CR (WHATWG HTML §9.2.6); `id` and `retry` are not needed by model streams and are ignored.

/** Called once per complete event; `event` is 'message' unless the server named it. */
export type SseEventHandler = (data: string, event: string) => void;

/**
 * @example
 * const parser = new SseParser((data) => console.log(data));
 * parser.feed('data: {"a"');
 * parser.feed(':1}\n\n'); // logs {"a":1}
 * parser.end();
 */
export class SseParser {
  #pending = '';
  #data = '';
  #hasData = false;
  #event = '';
  /** A CR ended the last piece: a LF at the start of the next one belongs to it. */
  #skipLineFeed = false;
  readonly #onEvent: SseEventHandler;

  constructor(onEvent: SseEventHandler) {
    this.#onEvent = onEvent;
  }

  feed(text: string): void {
    if (this.#skipLineFeed && text.charCodeAt(0) === 10) text = text.slice(1);
    this.#skipLineFeed = false;
    const input = this.#pending.length > 0 ? this.#pending + text : text;
    let start = 0;
    if (!input.includes('\r')) {
      // Fast path: almost every server ends lines with LF only.
      for (let end = input.indexOf('\n'); end !== -1; end = input.indexOf('\n', start)) {
        this.#line(input.slice(start, end));
        start = end + 1;
      }
    } else {
      for (let index = 0; index < input.length; index++) {
        const code = input.charCodeAt(index);
        if (code !== 10 && code !== 13) continue;
        this.#line(input.slice(start, index));
        if (code === 13) {
          if (index + 1 === input.length) this.#skipLineFeed = true;
          else if (input.charCodeAt(index + 1) === 10) index++;
        }
        start = index + 1;
      }
    }
    this.#pending = start === 0 ? input : input.slice(start);
  }

  /** Flushes the last line and event when the stream ends without a blank line. */
  end(): void {
    if (this.#pending.length > 0) this.#line(this.#pending);
    this.#pending = '';
    this.#line('');
  }

  #line(line: string): void {
    if (line.length === 0) {
      if (this.#hasData) this.#onEvent(this.#data, this.#event || 'message');
      this.#data = '';
      this.#hasData = false;
      this.#event = '';
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ':' starts a comment (keep-alive pings)
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') {
      this.#data = this.#hasData ? `${this.#data}\n${value}` : value;
      this.#hasData = true;
    } else if (field === 'event') {
      this.#event = value;
    }
  }
}
