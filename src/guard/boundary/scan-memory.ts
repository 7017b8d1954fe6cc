// The PII findings of texts a guard has scanned, kept across requests: a chat client re-sends the whole conversation
// with every request, and an agent its tool results with every step, so without a memory each message is scanned
// again on every turn and a conversation's guard work grows with the square of its length.
import type { PiiFinding } from '../pii/index.ts';

export interface ScanMemoryLimits {
  /** Characters of remembered texts, all entries together: past it the least recently used go first. */
  maxCharacters: number;
  /** A text longer than this is scanned every time, never remembered (one upload must not push out a conversation). */
  maxTextCharacters: number;
  /**
   * Milliseconds a text stays remembered after its last use: personal data is held no longer than a conversation goes on,
   * however quiet the server.
   */
  maxIdleMilliseconds: number;
}

/**
 * About 16 MB of text (UTF-16) and its findings, for the whole process (a 30-turn chat of 200-character messages holds
 * 6,000), each text for 15 minutes after its last use.
 */
export const defaultScanMemoryLimits: ScanMemoryLimits = {
  maxCharacters: 8_000_000,
  maxTextCharacters: 256_000,
  maxIdleMilliseconds: 15 * 60_000,
};

interface Remembered {
  space: string;
  text: string;
  findings: PiiFinding[];
  usedAt: number;
}

export interface ScanMemoryStatistics {
  texts: number;
  characters: number;
  hits: number;
  misses: number;
}

/**
 * A bounded memory of scans, least recently used first out. A text is remembered within a space that names everything
 * else its findings depend on (the caller's scope and scan options); the findings are frozen, since every later reader
 * shares them.
 *
 * @example
 * const memory = new ScanMemory();
 * memory.recall('연락처 010-1234-5678', () => scanPii('연락처 010-1234-5678'), 'ws_1'); // scanned
 * memory.recall('연락처 010-1234-5678', () => scanPii('연락처 010-1234-5678'), 'ws_1'); // remembered
 */
export class ScanMemory {
  // Texts by space, then by text: the text itself is the inner key, so a lookup hashes it as it came (its hash kept by
  // the string) rather than a new string of the space and the text, which every request would copy and hash anew.
  readonly #spaces = new Map<string, Map<string, Remembered>>();
  // Every entry in order of last use, least recent first: a Set keeps insertion order, and a used entry is taken out and
  // put back.
  readonly #byUse = new Set<Remembered>();
  readonly #limits: ScanMemoryLimits;
  readonly #now: () => number;
  #characters = 0;
  #hits = 0;
  #misses = 0;

  constructor(options: Partial<ScanMemoryLimits> & { now?: () => number } = {}) {
    const { now = Date.now, ...limits } = options;
    this.#limits = { ...defaultScanMemoryLimits, ...limits };
    this.#now = now;
  }

  /** The findings remembered for `text` in `space`, or `scan()`'s, remembered; each call gets its own array. */
  recall(text: string, scan: () => PiiFinding[], space = ''): PiiFinding[] {
    const now = this.#now();
    this.#forgetIdle(now);
    const known = this.#spaces.get(space)?.get(text);
    if (known !== undefined) {
      this.#byUse.delete(known);
      known.usedAt = now;
      this.#byUse.add(known);
      this.#hits += 1;
      return known.findings.slice();
    }
    this.#misses += 1;
    const findings = scan();
    // The array stays the memory's own (each reader gets a copy); a frozen array would take V8's slow path to copy.
    if (text.length <= this.#limits.maxTextCharacters) this.#remember({ space, text, findings, usedAt: now });
    return findings.slice();
  }

  /** Texts and characters remembered now, and the calls answered from memory (hits) or by a scan (misses) so far. */
  statistics(): ScanMemoryStatistics {
    return { texts: this.#byUse.size, characters: this.#characters, hits: this.#hits, misses: this.#misses };
  }

  #remember(entry: Remembered): void {
    for (const finding of entry.findings) Object.freeze(finding);
    let space = this.#spaces.get(entry.space);
    if (space === undefined) this.#spaces.set(entry.space, (space = new Map()));
    space.set(entry.text, entry);
    this.#byUse.add(entry);
    this.#characters += entry.text.length;
    for (const oldest of this.#byUse) {
      if (this.#characters <= this.#limits.maxCharacters) break;
      this.#forget(oldest);
    }
  }

  /** Drops the texts unused for longer than the limit: the least recently used come first, so the loop stops early. */
  #forgetIdle(now: number): void {
    for (const entry of this.#byUse) {
      if (now - entry.usedAt <= this.#limits.maxIdleMilliseconds) break;
      this.#forget(entry);
    }
  }

  #forget(entry: Remembered): void {
    this.#byUse.delete(entry);
    const space = this.#spaces.get(entry.space)!;
    space.delete(entry.text);
    if (space.size === 0) this.#spaces.delete(entry.space);
    this.#characters -= entry.text.length;
  }
}

/** The one memory of the process, so its bound is the process's whatever the number of policies and assistants. */
const sharedMemory = new ScanMemory();
/** A number per policy object: its scan options (threshold, custom types, allowed values) are fixed with it. */
const policyNumbers = new WeakMap<object, number>();
let policiesNumbered = 0;

/**
 * The space of one scan under `policy`: the policy's number, then the scope, so that one workspace's texts never answer
 * another's (not even by how fast they come back), then what a question before the text asked for (`answerContextKey`:
 * a name or an identifier given alone counts then).
 *
 * @example
 * scanMemorySpace({ policy, scope: 'ws_1', answer: '' }); // '1\u0000ws_1\u0000'
 */
export function scanMemorySpace(input: { policy: object; scope: string; answer: string }): string {
  let number = policyNumbers.get(input.policy);
  if (number === undefined) policyNumbers.set(input.policy, (number = policiesNumbered += 1));
  return `${number}\u0000${input.scope}\u0000${input.answer}`;
}

/**
 * A scan remembered across requests in the process's memory (`scanMemorySpace` names what it depends on besides the text).
 *
 * @example
 * rememberScan({ policy, scope: actor.workspace, answer: '', text }, () => scanPii(text, options));
 */
export function rememberScan(input: Parameters<typeof scanMemorySpace>[0] & { text: string }, scan: () => PiiFinding[]): PiiFinding[] {
  return sharedMemory.recall(input.text, scan, scanMemorySpace(input));
}

/**
 * The process's scan memory as it stands: for operators and tests.
 *
 * @example
 * const { hits, misses } = scanMemoryStatistics();
 */
export function scanMemoryStatistics(): ScanMemoryStatistics {
  return sharedMemory.statistics();
}
