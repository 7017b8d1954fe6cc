// Scans streamed model output for PII across chunk boundaries, holding back only a bounded tail and never splitting a finding.
import { openTableHeader } from '../pii/tables/index.ts';
import { builtInScanReach } from '../pii/scan-reach.ts';
import type { PiiFinding } from '../pii/types.ts';
import { EarlierValues } from '../pii/earlier-values.ts';
import { applyPiiActions } from './apply-pii-actions.ts';
import { contentBlockedError } from './content-blocked-error.ts';
import type { MaskVault } from './mask-vault.ts';
import type { PiiActionMap } from './pii-action.ts';
import type { StreamTransform } from './stream-restorer.ts';

export interface StreamPiiGuardOptions {
  /**
   * Scans a piece of text, e.g. `(text, earlier) => scanPii(text, { lang, minScore, earlier })`. `earlier` holds the values
   * found in the text already sent, which the window no longer shows: passed on to `scanPii`, a name or a number written
   * again further on is found there as in the whole text ("Thanks, Priscilla!" long after "Shipping to: Priscilla Mahlangu").
   * A scan that ignores it reads each window alone.
   */
  scan: (text: string, earlier: EarlierValues) => readonly PiiFinding[];
  actions: PiiActionMap;
  /** Where masked values go. For model output use a vault the reply restorer never sees, or a leaked value comes back. */
  vault: MaskVault;
  /**
   * Characters kept pending at the end of what arrived (default `builtInScanReach`, 128): longer than any built-in value
   * plus the context words a recogniser looks at, so a phone number, an RRN or a number spelled out in words split across
   * chunks is scanned whole.
   */
  holdBack?: number;
  /**
   * Characters of the text already sent that are scanned again before what is pending (default `defaultStreamContext`,
   * 512; never fewer than `holdBack`): a chat's speaker is known by the turns before ("Shazza: …" … "Shazza: …"), a
   * column of names by its header, as in the whole text.
   */
  contextLength?: number;
  /** A finding longer than this many pending characters is emitted (with its action) rather than held further (default 1024). */
  maxPending?: number;
  /**
   * Characters that arrive between two scans (default `defaultScanEvery`, 64). Each scan reads the context and all that
   * is pending, `contextLength` plus `holdBack` and up to this many more: scanned at every token (3–4 characters), a
   * reply's each character was read some two hundred times; in strides of 64, about eleven. After its first piece, the text
   * comes out in pieces of at least this length.
   */
  scanEvery?: number;
  /** Findings whose value this vault knows pass unchanged: the user's own data, restored into the reply on purpose. */
  allowValuesFrom?: MaskVault;
}

/** Characters between two scans of a stream unless `scanEvery` says otherwise. */
export const defaultScanEvery = 64;
/**
 * Characters of sent text scanned again with what is pending unless `contextLength` says otherwise. Of 6,090 replies
 * streamed four characters at a time with the values sent, 38 came out otherwise than scanned whole with a context of 128
 * characters and 26 with 512 (each of those a value that text after it makes one); 1,024 changed none, at more reading.
 */
export const defaultStreamContext = 512;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves `cut` out of every finding it falls inside: back to the finding's start, or forward to its end; stops when none does. */
function settle(options: { cut: number; findings: readonly PiiFinding[]; direction: 'back' | 'forward' }): number {
  let cut = options.cut;
  for (let changed = true; changed;) {
    changed = false;
    for (const finding of options.findings) {
      if (finding.start < cut && finding.end > cut) {
        cut = options.direction === 'back' ? finding.start : finding.end;
        changed = true;
      }
    }
  }
  return cut;
}

/** Where to stop emitting: `holdBack` before the end, moved back to the start of any finding it would split. */
function safeCut(options: { pending: string; findings: readonly PiiFinding[]; holdBack: number; maxPending: number }): number {
  const { pending, findings } = options;
  const target = pending.length - options.holdBack;
  if (target <= 0) return 0;
  let cut = settle({ cut: target, findings, direction: 'back' });
  // A finding that would keep the pending text growing past the bound is sent whole, with its action applied.
  if (pending.length - cut > options.maxPending) cut = settle({ cut: target, findings, direction: 'forward' });
  if (cut > 0 && cut < pending.length && isHighSurrogate(pending.charCodeAt(cut - 1))) cut -= 1;
  return cut;
}

/**
 * The text scanned before what is pending: the context, after the carried table header when the context no longer holds
 * it (from the context's first whole line then, as a partial row under the header would misalign its cells).
 */
function leftContext(context: string, tableHeader: string | undefined): string {
  if (tableHeader === undefined || context.includes(tableHeader)) return context;
  return `${tableHeader}\n${context.slice(context.indexOf('\n') + 1)}`;
}

/**
 * A stream transform that applies PII actions to model output. Its output equals scanning and rewriting the whole
 * text at once, for any chunking, as long as the recognisers look at no more than `holdBack` characters after a value and
 * `contextLength` before it, or at the header of the table of names a value sits in, which is carried; a value written
 * again after that is found by the values the stream has sent (`earlier`, see `scan`). Only the whole text finds a value
 * that text after it makes one, beyond `holdBack`: a name vouched for by a later mention, a chat's first speaker before
 * the second turn. `push` throws `content_blocked` (see `contentBlockedError`) when a finding's action is
 * `block`; the caller turns that into an error part of the stream. Text is held back at most `holdBack` plus `scanEvery`
 * characters, or to the end of a finding that `holdBack` would split.
 * @example
 * const scan = (text: string, earlier: EarlierValues) => scanPii(text, { earlier });
 * const guard = createStreamPiiGuard({ scan, actions: { PHONE: 'mask' }, vault: new MaskVault() });
 * for await (const delta of deltas) send(guard.push(delta));
 * send(guard.flush());
 */
export function createStreamPiiGuard(options: StreamPiiGuardOptions): StreamTransform {
  const holdBack = Math.max(0, Math.floor(options.holdBack ?? builtInScanReach));
  const maxPending = Math.max(holdBack, Math.floor(options.maxPending ?? 1024));
  const contextLength = Math.max(holdBack, Math.floor(options.contextLength ?? defaultStreamContext));
  const scanEvery = Math.max(1, Math.floor(options.scanEvery ?? defaultScanEvery));
  let context = '';
  let pending = '';
  // Characters pushed since the last scan; the first scan comes as soon as anything can be released, so the reply starts
  // as early as it did when every token was scanned.
  let arrived = scanEvery;
  // The header of a table of names whose rows are still being sent, once it has left `context`: scanned before the
  // context, so the cells of later rows are read as names as they are in the whole text.
  let tableHeader: string | undefined;
  // The values found in the text sent so far.
  const earlier = new EarlierValues();

  const emit = (final: boolean): string => {
    const left = leftContext(context, tableHeader);
    const offset = left.length;
    const found = options.scan(left + pending, earlier);
    const findings = found
      .filter((finding) => finding.end > offset)
      // A finding reaching back into text already sent (longer than holdBack) is cut to its unsent part, still acted on.
      .map((finding) => ({ ...finding, start: Math.max(finding.start, offset) - offset, end: finding.end - offset }));
    const cut = final ? pending.length : safeCut({ pending, findings, holdBack, maxPending });
    if (cut === 0 && !final) return '';
    const text = pending.slice(0, cut);
    const ready = findings.filter(
      (finding) =>
        finding.end <= cut &&
        !options.allowValuesFrom?.placeholderOf({ type: finding.type, value: text.slice(finding.start, finding.end) }),
    );
    const result = applyPiiActions({ text, findings: ready, actions: options.actions, vault: options.vault });
    if (result.blocked.length > 0) throw contentBlockedError({ findings: result.blocked, text: context + text });
    earlier.add(found.filter((finding) => finding.start >= offset && finding.end <= offset + cut));
    tableHeader = openTableHeader(left + text);
    context = (context + text).slice(-contextLength);
    pending = pending.slice(cut);
    return result.text;
  };

  return {
    push(chunk) {
      if (chunk === '') return '';
      pending += chunk;
      arrived += chunk.length;
      // Nothing could be released yet (all of it is held back), or too little arrived since the last scan to read it again.
      if (pending.length <= holdBack || arrived < scanEvery) return '';
      arrived = 0;
      return emit(false);
    },
    flush() {
      return pending === '' ? '' : emit(true);
    },
  };
}
