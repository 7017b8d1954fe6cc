// A per-conversation vault of mask placeholders: the same value always gets the same `[TYPE_n]`, and only known placeholders are restored.
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import type { PiiEntityType } from '../pii/types.ts';

export interface MaskVaultEntry {
  placeholder: string;
  type: PiiEntityType;
  value: string;
}

/** What `toJSON()` writes and `fromJSON()` reads: small enough to persist per conversation or in a file. */
export interface MaskVaultJson {
  version: 1;
  entries: MaskVaultEntry[];
}

/**
 * A placeholder as a model may write it back: `[PHONE_1]` itself; other case, a blank or a hyphen for an underscore,
 * blanks inside the brackets, fullwidth or lenticular brackets and Markdown escapes (`[phone 1]`, `[Bank-Account-1]`,
 * `【PERSON_1】`, `\[PHONE\_1\]`); and without brackets when underscores still join it (`PHONE_1`, `credit_card_1`).
 * A bare `phone 1` is an everyday phrase and stays. Only placeholders the vault issued are replaced.
 */
const placeholderVariants = new RegExp(
  String.raw`\\?[\[［【〔] ?([A-Za-z]+(?:(?:\\?_|[ -])[A-Za-z]+)*)(?:\\?_|[ -])?([1-9]\d{0,8}) ?\\?[\]］】〕]` +
    String.raw`|(?<![A-Za-z0-9_\\])([A-Za-z]+(?:\\?_[A-Za-z]+)*)\\?_([1-9]\d{0,8})(?![A-Za-z0-9_])`,
  'g',
);
/** Where a variant's words meet: an underscore, escaped or not, a blank or a hyphen. */
const variantJoints = /\\?_|[ -]/g;

/** The placeholder a variant stands for: `[Bank-Account 1]` → `[BANK_ACCOUNT_1]`. */
function placeholderOfVariant(type: string, number: string): string {
  return `[${type.replace(variantJoints, '_').toUpperCase()}_${number}]`;
}

const vaultJsonSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(
    z.strictObject({
      placeholder: z.string().regex(/^\[[A-Z][A-Z_]*_[1-9]\d{0,8}\]$/),
      type: z.string().regex(/^[A-Z][A-Z_]*$/),
      value: z.string(),
    }),
  ),
});

// Keyed by type and value: a number found once as PHONE and once as BANK_ACCOUNT keeps two distinct placeholders.
function valueKey(type: PiiEntityType, value: string): string {
  return `${type}\u0000${value}`;
}

/**
 * Reversible masking state. Placeholders are numbered per type from 1 in order of first use.
 * @example
 * const vault = new MaskVault();
 * vault.mask({ type: 'PHONE', value: '010-1234-5678' }); // '[PHONE_1]'
 * vault.restore('Call [PHONE_1] or [PHONE_9]'); // 'Call 010-1234-5678 or [PHONE_9]'
 */
export class MaskVault {
  readonly #byValue = new Map<string, MaskVaultEntry>();
  readonly #byPlaceholder = new Map<string, MaskVaultEntry>();
  readonly #counters = new Map<PiiEntityType, number>();

  /** The placeholder for a value, created on first use. */
  mask(options: { type: PiiEntityType; value: string }): string {
    const key = valueKey(options.type, options.value);
    const known = this.#byValue.get(key);
    if (known) return known.placeholder;
    const next = (this.#counters.get(options.type) ?? 0) + 1;
    const entry: MaskVaultEntry = { placeholder: `[${options.type}_${next}]`, type: options.type, value: options.value };
    this.#add(entry);
    return entry.placeholder;
  }

  /** The placeholder a value already has, without creating one. */
  placeholderOf(options: { type: PiiEntityType; value: string }): string | undefined {
    return this.#byValue.get(valueKey(options.type, options.value))?.placeholder;
  }

  /** The original behind a placeholder, if this vault issued it. */
  originalOf(placeholder: string): string | undefined {
    return this.#byPlaceholder.get(placeholder)?.value;
  }

  /**
   * Replaces the placeholders this vault issued with their originals, also as a model rewrote them (`[phone_1]`,
   * `【PERSON_1】`, `\[PHONE\_1\]`, `PHONE_1`); anything else (e.g. an unknown `[PHONE_9]`) stays.
   */
  restore(text: string): string {
    if (this.#byPlaceholder.size === 0) return text;
    return text.replace(placeholderVariants, (...match: string[]) => {
      const [written, bracketedType, bracketedNumber, bareType, bareNumber] = match as [string, ...Array<string | undefined>];
      return this.#byPlaceholder.get(placeholderOfVariant(bracketedType ?? bareType!, bracketedNumber ?? bareNumber!))?.value ?? written;
    });
  }

  /**
   * Whether `tail`, the end of a streamed reply so far, may still grow into a placeholder this vault issued written
   * without brackets (`PHO`, `phone_`, `PHONE_1`, which a digit may continue), so a stream holds it back.
   */
  mayBecomeBarePlaceholder(tail: string): boolean {
    const written = tail.replace(/\\/g, '').toUpperCase();
    if (written.length === 0) return false;
    for (const placeholder of this.#byPlaceholder.keys()) {
      const bare = placeholder.slice(1, -1);
      if (bare.startsWith(written) || (written.startsWith(bare.slice(0, bare.lastIndexOf('_') + 1)) && /_\d+$/.test(written))) return true;
    }
    return false;
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  entries(): MaskVaultEntry[] {
    return [...this.#byPlaceholder.values()].map((entry) => ({ ...entry }));
  }

  toJSON(): MaskVaultJson {
    return { version: 1, entries: this.entries() };
  }

  /**
   * Reads a vault written by `toJSON()`; a malformed one is an `invalid_request` error.
   * @example
   * const vault = MaskVault.fromJSON(JSON.parse(readFileSync('vault.json', 'utf8')));
   */
  static fromJSON(json: unknown): MaskVault {
    const parsed = vaultJsonSchema.safeParse(json);
    if (!parsed.success)
      throw new GenstackError({
        code: 'invalid_request',
        message: `Not a mask vault: ${parsed.error.issues[0]?.path.join('.') || 'value'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      });
    const vault = new MaskVault();
    for (const entry of parsed.data.entries) {
      if (/^\[([A-Z_]+)_\d+\]$/.exec(entry.placeholder)?.[1] !== entry.type || vault.#byPlaceholder.has(entry.placeholder))
        throw new GenstackError({ code: 'invalid_request', message: `Not a mask vault: bad or repeated placeholder ${entry.placeholder}` });
      vault.#add(entry);
    }
    return vault;
  }

  #add(entry: MaskVaultEntry): void {
    this.#byValue.set(valueKey(entry.type, entry.value), entry);
    this.#byPlaceholder.set(entry.placeholder, entry);
    const number = Number(entry.placeholder.slice(entry.type.length + 2, -1));
    this.#counters.set(entry.type, Math.max(this.#counters.get(entry.type) ?? 0, number));
  }
}
