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
  findings: readonly PiiFinding[];
  usedAt: number;
}

export interface ScanMemoryStatistics {
  texts: number;
  characters: number;
  hits: number;
  misses: number;
}

/**
 * A bounded memory of scans, least recently used first out. The key names the text and everything else its findings
 * depend on (the caller's scope and scan options); the findings are frozen, since every later reader shares them.
 *
 * @example
 * const memory = new ScanMemory();
 * memory.recall('ws_1\u0000연락처 010-1234-5678', () => scanPii('연락처 010-1234-5678')); // scanned
 * memory.recall('ws_1\u0000연락처 010-1234-5678', () => scanPii('연락처 010-1234-5678')); // remembered
 */
export class ScanMemory {
  // In order of last use, least recent first: Map keeps insertion order, and a used entry is taken out and put back.
  readonly #entries = new Map<string, Remembered>();
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

  /** The findings remembered under `key`, or `scan()`'s, remembered; each call gets its own array. */
  recall(key: string, scan: () => PiiFinding[]): PiiFinding[] {
    const now = this.#now();
    this.#forgetIdle(now);
    const known = this.#entries.get(key);
    if (known !== undefined) {
      this.#entries.delete(key);
      known.usedAt = now;
      this.#entries.set(key, known);
      this.#hits += 1;
      return known.findings.slice();
    }
    this.#misses += 1;
    const findings = scan();
    if (key.length <= this.#limits.maxTextCharacters) this.#remember(key, findings, now);
    return findings.slice();
  }

  /** Texts and characters remembered now, and the calls answered from memory (hits) or by a scan (misses) so far. */
  statistics(): ScanMemoryStatistics {
    return { texts: this.#entries.size, characters: this.#characters, hits: this.#hits, misses: this.#misses };
  }

  #remember(key: string, findings: PiiFinding[], now: number): void {
    for (const finding of findings) Object.freeze(finding);
    this.#entries.set(key, { findings: Object.freeze(findings), usedAt: now });
    this.#characters += key.length;
    for (const [oldest] of this.#entries) {
      if (this.#characters <= this.#limits.maxCharacters) break;
      this.#forget(oldest);
    }
  }

  /** Drops the texts unused for longer than the limit: the least recently used come first, so the loop stops early. */
  #forgetIdle(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (now - entry.usedAt <= this.#limits.maxIdleMilliseconds) break;
      this.#forget(key);
    }
  }

  #forget(key: string): void {
    this.#entries.delete(key);
    this.#characters -= key.length;
  }
}

/** The one memory of the process, so its bound is the process's whatever the number of policies and assistants. */
const sharedMemory = new ScanMemory();
/** A number per policy object: its scan options (threshold, custom types, allowed values) are fixed with it. */
const policyNumbers = new WeakMap<object, number>();
let policiesNumbered = 0;

/**
 * The key of one scan under `policy`: the policy's number, then the scope, so that one workspace's texts never answer
 * another's (not even by how fast they come back), then whether a name given alone counts, then the text.
 *
 * @example
 * scanMemoryKey({ policy, scope: 'ws_1', nameExpected: false, text: '안녕하세요' }); // '1\u0000ws_1\u00000안녕하세요'
 */
export function scanMemoryKey(input: { policy: object; scope: string; nameExpected: boolean; text: string }): string {
  let number = policyNumbers.get(input.policy);
  if (number === undefined) policyNumbers.set(input.policy, (number = policiesNumbered += 1));
  return `${number}\u0000${input.scope}\u0000${input.nameExpected ? '1' : '0'}${input.text}`;
}

/**
 * A scan remembered across requests in the process's memory (`scanMemoryKey` names what it depends on).
 *
 * @example
 * rememberScan({ policy, scope: actor.workspace, nameExpected: false, text }, () => scanPii(text, options));
 */
export function rememberScan(input: Parameters<typeof scanMemoryKey>[0], scan: () => PiiFinding[]): PiiFinding[] {
  return sharedMemory.recall(scanMemoryKey(input), scan);
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
