// The findings of a text grouped by the line they start on, so that a search that asks "what else was found on this
// line?" for each of thousands of rows of an export reads a few findings, not all of them.
import type { PiiFinding } from './types.ts';

/** The findings of `text` by the start of the line each starts on, in the order given. */
export class FindingsByLine {
  private readonly lines = new Map<number, PiiFinding[]>();

  constructor(private readonly text: string) {}

  /** Files `finding` under its line. */
  add(finding: PiiFinding): void {
    const lineStart = this.text.lastIndexOf('\n', finding.start - 1) + 1;
    const line = this.lines.get(lineStart);
    if (line === undefined) this.lines.set(lineStart, [finding]);
    else line.push(finding);
  }

  /** The findings that start on the line opening at `lineStart`. */
  on(lineStart: number): readonly PiiFinding[] {
    return this.lines.get(lineStart) ?? none;
  }

  /**
   * @example
   * const index = FindingsByLine.of('a\nb 010-1234-5678', [{ type: 'PHONE', start: 4, end: 17, text: '010-1234-5678', score: 0.9, recognizer: 'phone' }]);
   * index.on(2).length; // 1
   */
  static of(text: string, findings: readonly PiiFinding[]): FindingsByLine {
    const index = new FindingsByLine(text);
    for (const finding of findings) index.add(finding);
    return index;
  }
}

const none: readonly PiiFinding[] = [];
