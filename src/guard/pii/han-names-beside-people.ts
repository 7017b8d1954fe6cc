// A person's name in Han characters written beside the same name in another script, as Japanese and Chinese customers and
// forms give both ("佐藤 美咲 (Misaki Sato)", "Wang Lei (王磊)", "刘雨桐 (LIU YUTONG)", "마츠모토 유키 (松本 由紀)", "陳志明 Chan
// Chi-ming:"), or after a label that asks for it in Han characters ("성명(한자): 盧恩瑞", "Name (Kanji): 佐藤 由紀"). The name
// found beside it, or the label, vouches for characters that alone could be any word.
import { overlapsAny } from './resolve-overlaps.ts';
import { textFeature, textFeatures } from './text-features.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'han-name-beside-person';

/** A Chinese name (two to four characters) or a Japanese one (family and given names apart by a blank). */
const hanName = String.raw`[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,4}`;
/**
 * The Han name in brackets or after a slash right after a found name ("Wang Lei (王磊)", "LIU JIANGUO / 刘建国"); not a
 * word after a blank ("Sarah Kim 会議", a meeting).
 */
const hanNameAfter = new RegExp(String.raw`[ \t]*(?:\([ \t]*(${hanName})[ \t]*\)|\/[ \t]*(${hanName})(?![\u4e00-\u9fff]))`, 'y');
/**
 * The Han name right before a found name: the characters, then blanks, an opening bracket, a slash or a comma, and the
 * word for the spelling that follows ("佐藤 健一, kana さとう けんいち").
 */
const hanNameBefore = new RegExp(
  String.raw`(?<![\u4e00-\u9fff])(${hanName})[ \t]*[(/,]?[ \t]*(?:(?:kana|Kana|katakana|Katakana|furigana|passport|Passport)[ \t]*[:：]?[ \t]*)?$`,
);
/** A label asking for the name in Han characters, its colon, then the name. */
const hanLabelThenName = new RegExp(
  String.raw`(?:한자|漢字|汉字|Kanji|KANJI|kanji|Chinese(?:[ \t]+name)?|中文(?:名)?)[ \t]*\)?[ \t]*[:：][ \t]*(${hanName})(?![\u4e00-\u9fff])`,
  'g',
);
/** A form's or an account's label for the name that follows, in Japanese or Chinese ("名義 キム ミンソ", "氏名 山田"). */
const nameLabels: ReadonlySet<string> = new Set(['名義', '口座名義', '氏名', '名前', '姓名', '户名', '戶名', '收款人', '联系人']);
/** How far before a found name its Han spelling may start. */
const reach = 24;

function hanFinding(text: string, start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName };
}

/**
 * Adds to `candidates` the Han-script names right beside a person found among them, and those after a label that asks
 * for the name in Han characters, 0.7; none where a candidate already covers the name.
 *
 * @example
 * const text = '수취인: 佐藤 美咲 (Misaki Sato)';
 * const candidates = [{ type: 'PERSON', start: 13, end: 24, text: 'Misaki Sato', score: 0.8, recognizer: 'person-name' }];
 * addHanNamesBesidePeople(text, candidates);
 * candidates[1]?.text; // '佐藤 美咲'
 */
export function addHanNamesBesidePeople(text: string, candidates: PiiFinding[]): void {
  const found: PiiFinding[] = [];
  for (const person of candidates) {
    if (person.type !== 'PERSON') continue;
    hanNameAfter.lastIndex = person.end;
    const after = hanNameAfter.exec(text);
    const spelled = after?.[1] ?? after?.[2];
    if (after !== null && spelled !== undefined) found.push(hanFinding(text, person.end + after[0].indexOf(spelled), spelled));
    const before = hanNameBefore.exec(text.slice(Math.max(0, person.start - reach), person.start));
    if (before !== null && !nameLabels.has(before[1]!))
      found.push(hanFinding(text, Math.max(0, person.start - reach) + before.index, before[1]!));
  }
  hanLabelThenName.lastIndex = 0;
  for (let match = hanLabelThenName.exec(text); match !== null; match = hanLabelThenName.exec(text)) {
    const name = match[1]!;
    found.push(hanFinding(text, match.index + match[0].length - name.length, name));
  }
  for (const finding of found) if (!overlapsAny(candidates, finding)) candidates.push(finding);
}

const hanCharacter = /[\u4e00-\u9fff]/;

/**
 * Whether `text` holds a Han character at all: most texts hold none, and the searches are skipped. The feature pass's bit
 * (any character from U+3400 to U+9FFF) is a superset read at no cost; the pattern decides where it is set.
 */
export function holdsHanCharacter(text: string): boolean {
  return (textFeatures(text).flags & textFeature.hanCharacter) !== 0 && hanCharacter.test(text);
}
