// An organisation's switchboard told by the extension given before it: "housekeeping ext. 5 or 02-…", "ext. 7711 from your
// room, 051-… from outside", "내선 0번 또는 02-…", "시설관리팀 내선 204 / 외부 031-…". Only a switchboard has extensions;
// the outside number given beside one is the organisation's, whoever answers it. The caller keeps mobiles.

/**
 * An extension's number, then a few words and "or", a slash or a comma before the outside number ("from outside" and 외부 may
 * label it), on its line; not someone's own line named between ("ext. 12 or my mobile …").
 */
const extensionBefore =
  /(?:\b(?:[Ee]xt|EXT|[Ee]xtn|[Ee]xtension)\.?|내선)[ \t]*(?:no\.?[ \t]*)?\d{1,5}(?:번)?(?![\d-])(?:(?![ \t]*(?:[Mm]y|[Mm]e\b|[Mm]obile|[Cc]ell|[Dd]irect|[Hh]ome|직통|휴대|개인))[^\n\d]){0,28}?(?:\bor\b|또는|혹은|\/|,)[ \t]*(?:외부(?:[ \t]*(?:번호|전화))?|(?:from )?outside(?: line)?)?[ \t]*[:：]?[ \t]*\(?$/;
const directLines = /[Dd]irect|DIRECT|직통/;
/** How far before the number the extension may stand. */
const reach = 64;

/**
 * Whether the number at `start` is given beside an extension, as a switchboard's outside number.
 *
 * @example
 * followsExtension('Guest enquiries: housekeeping ext. 5 or 02-6670-0500.', 40); // true
 * followsExtension('내 휴대폰 010-2231-4410 또는 02-331-2290', 25); // false
 */
export function followsExtension(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - reach), start);
  // A list of staff's direct lines by their extensions ("Direct lines: ext 201 me, (302) …; ext 202 Ines …") is theirs.
  if (!(before.includes('xt') || before.includes('XT') || before.includes('내선')) || directLines.test(text.slice(lineStart, start)))
    return false;
  return extensionBefore.test(before);
}
