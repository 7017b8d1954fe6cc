// Addresses a change notice, a runbook or a maintenance plan lists under a heading that names servers ("■ 대상 서버\n - WEB:
// 10.40.12.5 ~ 10.40.12.9\n - 외부 연계 GW: 203.245.…", "Target hosts:\n * app: 10.20.…"), public or private: an organisation's
// machines, each row a tier of them; and an address called shared right after it ("211.55.80.10 (shared by all guests)"),
// a venue's or an office's exit to the internet. A person's device is listed under a person's row, never under servers.

/** A heading that names servers, hosts or nodes, ending its line (a colon perhaps): "■ 대상 서버", "Target hosts:". */
const serversHeading =
  /(?:서버|호스트|장비|노드|\b(?:[Ss]ervers|[Hh]osts|[Nn]odes|[Mm]achines|SERVERS|HOSTS))[ \t]*(?:목록|현황|list)?[ \t]*[:：]?[ \t]*$/;
/** A list's row: blanks, then a bullet or a dash, or a row numbered "1." or "1)". */
const listRow = /^[ \t]*(?:[-*•·▪◦]|\d{1,2}[.)])[ \t]/;
/** How many rows above the address's the heading is looked for. */
const rowsAbove = 8;

/**
 * Whether the address at `start` stands on a list's row under a heading that names servers, the rows between all of the
 * list.
 *
 * @example
 * isListedUnderServersHeading('■ 대상 서버\n - WEB: 10.40.12.5', 15); // true
 * isListedUnderServersHeading('접속 기록\n - 10.40.12.5', 9); // false
 */
export function isListedUnderServersHeading(text: string, start: number): boolean {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!listRow.test(text.slice(lineStart, start))) return false;
  for (let row = 0; row < rowsAbove && lineStart > 0; row += 1) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (!listRow.test(line)) return serversHeading.test(line);
    lineStart = previousStart;
  }
  return false;
}

/** A gloss right after the address that calls it shared by everyone on a network ("(shared by all guests)", "(공용)"). */
const sharedGlossAfter = /^[ \t]*\((?:shared\b|공용|공유)/i;

/** Whether the address that ends at `end` is called shared right after it. */
export function isCalledShared(text: string, end: number): boolean {
  return sharedGlossAfter.test(text.slice(end, end + 12));
}
