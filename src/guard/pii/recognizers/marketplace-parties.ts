// The accounts a marketplace's dispute, review or report names its parties by: the buyer's and the seller's usernames
// ("Buyer: jess_retro88 (Jessica A.)", "From tick_tock_vintage (seller):"), a review's author ("author": "tired_dad_91"),
// a reported user, a commenter, a shop's name ("his shop name was apple_mania_store"), a platform's handle in brackets
// after a person ("Hannah (Vinted: hanni_b94)"), and a report's list of accounts ("계정: iphone_sale_99, 정직한판매자01").
// Only values that read as handles count: "Seller: Liam Doherty" names a person, which the name search reads.
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isPlausibleKoreanName } from '../names/korean-names.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';

const name = 'marketplace-party';
const handle = String.raw`[A-Za-z0-9가-힣][A-Za-z0-9가-힣._]{1,29}`;
/** A party's label and its handle; a review's JSON key in quotes; a platform's name before a colon ("Vinted: hanni_b94"). */
const partyLabel = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Bb]uyer|[Ss]eller(?:[ \t]name(?:[ \t]\(public\))?)?|[Rr]eported[ \t](?:user|account|seller)|[Rr]eporter(?:[ \t]nickname)?|[Cc]omment[ \t]from|[Rr]eview[ \t]by|shop[ \t]name[ \t](?:is|was)|"author"[ \t]*:|(?:Vinted|eBay|Depop|Etsy|Poshmark|Mercari)[ \t]*[:：])[ \t]*(?:[:：][ \t]*)?["'‘]?(${handle})(?![A-Za-z0-9가-힣._])`,
  'dg',
);
/** A message's sender with the party in brackets after the handle ("From rj_falconer61 (buyer):"). */
const senderWithParty = new RegExp(String.raw`^From[ \t]+(${handle})[ \t]+\((?:seller|buyer)\)`, 'dgm');
/** A report's list of accounts or nicknames, two or more joined by commas. */
const accountList = new RegExp(
  String.raw`(?:계정|닉네임|[Aa]ccounts|[Uu]sernames|[Hh]andles)[ \t]*[:：]?[ \t]*(${handle}(?:[ \t]*,[ \t]*${handle})+)`,
  'g',
);
const listItem = new RegExp(handle, 'g');
const words =
  /Buyer|buyer|Seller|seller|eported|eporter|omment from|eview by|shop name|"author"|Vinted|eBay|Depop|Etsy|Poshmark|Mercari|계정|닉네임|ccounts|sernames|andles/;

const partyWords = characterPairWords(
  ...['buyer', 'seller', 'eported', 'eporter', 'omment from', 'eview by', 'shop name', '"author"', 'vinted', 'ebay', 'depop'],
  ...['etsy', 'poshmark', 'mercari', '계정', '닉네임', 'ccounts', 'sernames', 'andles'],
);

/** Whether `text` holds a party's label or a list's: one search, the fast path's test. */
export const mayHoldMarketplaceParty = rememberLastText((text: string): boolean => {
  return mayHoldAnyWord(text, partyWords) && words.test(text);
});

/**
 * A handle, not a person's name or a word: Latin with a digit, an underscore or a dot ("gr8deals_mike", "harpreet.handloom"),
 * or Hangul of three characters or more that reads as no Korean name ("보라돌이맘", "정직한판매자01").
 */
function isHandle(candidate: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+$|^[A-Za-z_]+\d+[A-Za-z_\d]*$/.test(candidate)) return true;
  // A field's word, a team's or a desk's name, or a word with its particle ("비번은") names no account.
  return (
    /^[가-힣][가-힣A-Za-z0-9_]{2,19}$/.test(candidate) &&
    !isPlausibleKoreanName(candidate) &&
    !/(?:명|번호|주소|정보|계좌|이름|팀|센터|본부|부서|실|과|[은는을를이가도])$/.test(candidate)
  );
}

/** What closes a nickname's field: the line's end, a quote, a bracket's note, a cell's bar, a comma or a slash. */
const hangulFieldEnd = /^(?:$|\r?\n|['"’”]|[ \t]*[(|,;/])/;

/**
 * The handles of a marketplace's parties in `text`, 0.8.
 *
 * @example
 * findMarketplaceParties('Buyer: jess_retro88 (Jessica A.)').map((finding) => finding.text); // ['jess_retro88']
 * findMarketplaceParties('Seller: Liam Doherty'); // []
 */
export function findMarketplaceParties(text: string): PiiFinding[] {
  if (!mayHoldMarketplaceParty(text)) return [];
  // A party's label holds a small letter, a sender's line "From", a list a comma: "제 계정 확인해 주세요" holds none.
  if (!hasFeatures(textFeatures(text), textFeature.lowerLatin) && !text.includes('From') && !text.includes(',')) return [];
  const findings: PiiFinding[] = [];
  const add = (value: string, start: number): void => {
    if (!isHandle(value) || findings.some((found) => found.start === start)) return;
    findings.push(createFinding({ type: 'USERNAME', text: value, start, score: 0.8, recognizer: name }));
  };
  for (const pattern of [partyLabel, senderWithParty]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const end = match.indices![1]![1];
      // A party's Hangul word that a sentence goes on from is the chat's message, not a nickname ("Seller: 안녕하세요! 네 아직
      // 판매중이에요", "Seller: 합정역 7번 출구 앞").
      if (/^[가-힣]/.test(match[1]!) && !hangulFieldEnd.test(text.slice(end, end + 3))) continue;
      add(match[1]!, match.indices![1]![0]);
    }
  }
  accountList.lastIndex = 0;
  for (let match = accountList.exec(text); match !== null; match = accountList.exec(text)) {
    const listStart = match.index + match[0].length - match[1]!.length;
    // Without a colon the list holds a handle with a handle's marks: "6개 계정 영구정지, 카드사 통보" is a sentence after the word.
    if (!/[:：]/.test(text.slice(match.index, listStart)) && !/(?:^|,)[ \t]*[A-Za-z][\w.]*[\d._]/.test(match[1]!)) continue;
    const items: Array<{ value: string; start: number }> = [];
    listItem.lastIndex = 0;
    for (let part = listItem.exec(match[1]!); part !== null; part = listItem.exec(match[1]!))
      items.push({ value: part[0], start: listStart + part.index });
    // A list of accounts holds accounts only: "계정 잠금, authorized_keys 점검" is a log's steps.
    if (items.every((item) => isHandle(item.value))) for (const item of items) add(item.value, item.start);
  }
  return findings;
}
