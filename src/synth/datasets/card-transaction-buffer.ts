// Column buffers for card transactions while they are drawn (typed arrays), before sorting by time and writing CSV cells.

export interface CardTransactionBuffer {
  count: number;
  customer: Int32Array;
  category: Int8Array;
  channel: Int8Array;
  /** Seconds since the start of the 90-day window. */
  second: Float64Array;
  amount: Float64Array;
  foreign: Uint8Array;
  fraud: Uint8Array;
}

/**
 * @example
 * const buffer = createTransactionBuffer(20_000); // buffer.count === 0
 */
export function createTransactionBuffer(capacity: number): CardTransactionBuffer {
  return {
    count: 0,
    customer: new Int32Array(capacity),
    category: new Int8Array(capacity),
    channel: new Int8Array(capacity),
    second: new Float64Array(capacity),
    amount: new Float64Array(capacity),
    foreign: new Uint8Array(capacity),
    fraud: new Uint8Array(capacity),
  };
}

export interface CardTransactionDraft {
  customer: number;
  category: number;
  channel: number;
  second: number;
  amount: number;
  foreign: boolean;
  fraud: boolean;
}

/**
 * @example
 * pushTransaction(buffer, { customer: 0, category: 6, channel: 1, second: 30_000, amount: 5800, foreign: false, fraud: false });
 */
export function pushTransaction(buffer: CardTransactionBuffer, draft: CardTransactionDraft): void {
  const index = buffer.count;
  buffer.customer[index] = draft.customer;
  buffer.category[index] = draft.category;
  buffer.channel[index] = draft.channel;
  buffer.second[index] = draft.second;
  buffer.amount[index] = draft.amount;
  buffer.foreign[index] = draft.foreign ? 1 : 0;
  buffer.fraud[index] = draft.fraud ? 1 : 0;
  buffer.count = index + 1;
}
