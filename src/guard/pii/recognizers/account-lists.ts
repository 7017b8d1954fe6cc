// Several accounts named together, as a trust & safety note or a takedown lists them ("The seller accounts cashing out are
// goldrush_ty and ty.trades.91", "Linked accounts (same card): frostbyte2, xX_RKD_Xx", "alts linked by IP: sp1ll_, t_bombz"),
// and the two parties of a chat's header ("[Instagram DM] studio_lens ↔ kim_and_lee", "판매자 moon_ttt ↔ 구매자 hye.k"). Each
// is an account a person is found by; a handle's marks (a digit, an underscore, a dot) tell it from the sentence's words.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isOrganisationsHandle } from './organisations-handles.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const name = 'account-list';

/** A handle with a handle's marks: small letters, and a digit, an underscore or a dot inside or at its end. */
const listedHandle = String.raw`(?=[\w.]*[a-z])(?=[\w.]*[\d_.])[A-Za-z][\w.]{1,30}[A-Za-z0-9_]`;

/**
 * Where a list of accounts opens: the word "accounts" or "alts", words of the same clause, then a colon or "are", or the
 * device or the card they share ("accounts on the same device hb_902511 and hb_903004").
 */
const listOpening =
  /\b(?:[Aa]ccounts|alts|[Aa]lt accounts)\b(?:(?:[^\n:.;]|\.(?=\S)){0,40}?(?::|\bare\b)|[ \t]+on the same (?:device|card|IP|phone))[ \t]*/g;

/** One listed handle, a short note in brackets perhaps after it, then what joins it to the next ("(NL), ", " and "). */
const listItem = new RegExp(String.raw`["'“‘]?(${listedHandle})["'”’]?(?![\w@-]|\.\w)(?:[ \t]*\([^()\n]{1,24}\))?`, 'y');
const listJoin = /[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)/y;

/** A chat header's two parties, each perhaps after its role, joined by a two-way arrow. */
const partiesHeader = new RegExp(
  String.raw`(?:(?:판매자|구매자|[Ss]eller|[Bb]uyer)[ \t]+)?(${listedHandle})[ \t]*↔[ \t]*(?:(?:판매자|구매자|[Ss]eller|[Bb]uyer)[ \t]+)?(${listedHandle})(?![\w@-])`,
  'g',
);

const listWords = characterPairWords('ccounts', 'alts', '↔');

/** Whether `text` may hold a list of accounts or a header of two parties: the character pairs, then three plain searches. */
export function mayHoldAccountList(text: string): boolean {
  return mayHoldAnyWord(text, listWords) && (text.includes('ccounts') || text.includes('alts') || text.includes('↔'));
}

/**
 * The handles such a list or header names, 0.8.
 *
 * @example
 * findAccountLists('Linked accounts: frostbyte2, xX_RKD_Xx').map((finding) => finding.text); // ['frostbyte2', 'xX_RKD_Xx']
 * findAccountLists('Both accounts are locked and flagged'); // []
 */
export function findAccountLists(text: string): PiiFinding[] {
  if (!mayHoldAccountList(text)) return [];
  const findings: PiiFinding[] = [];
  const add = (handle: string, start: number): void => {
    if (isOrganisationsHandle(handle) || findings.some((finding) => finding.start === start)) return;
    findings.push(createFinding({ type: 'USERNAME', text: handle, start, score: 0.8, recognizer: name }));
  };
  if (text.includes('ccounts') || text.includes('alts')) {
    listOpening.lastIndex = 0;
    for (let opening = listOpening.exec(text); opening !== null; opening = listOpening.exec(text)) {
      let at = listOpening.lastIndex;
      for (;;) {
        listItem.lastIndex = at;
        const item = listItem.exec(text);
        if (item === null) break;
        const handle = item[1]!;
        add(handle, item.index + item[0].indexOf(handle));
        listJoin.lastIndex = listItem.lastIndex;
        if (!listJoin.test(text)) break;
        at = listJoin.lastIndex;
      }
    }
  }
  if (text.includes('↔')) {
    partiesHeader.lastIndex = 0;
    for (let match = partiesHeader.exec(text); match !== null; match = partiesHeader.exec(text)) {
      add(match[1]!, match.index + match[0].indexOf(match[1]!));
      add(match[2]!, match.index + match[0].lastIndexOf(match[2]!));
    }
  }
  return findings.sort((left, right) => left.start - right.start);
}
