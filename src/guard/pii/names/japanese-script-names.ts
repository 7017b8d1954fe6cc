// Names written in Japanese script, as a Japanese landlord's, a management company's, a bank's or a ticket desk's text
// gives them to a Korean or a foreign customer: a name before 様 or 殿 ("崔 ユンホ 様", "朴 ミナ 様"), a name in kanji with its
// reading in katakana in brackets ("佐藤 美咲 (サトウ ミサキ)"), a name after a form's or an account's label ("口座名義: チェ
// ソヨン", "名義 キム ミンソ"), and the writer's surname after the company ("なにわ住宅管理の田中です").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';

const recognizerName = 'japanese-script-name';
const noFindings: readonly PiiFinding[] = [];

/**
 * A surname of one to three kanji, then perhaps a blank and a given name in kanji or katakana, before 様 (さま) or 殿; not
 * after お or 皆 ("お客様", "皆様").
 */
const nameBeforeHonorific =
  /(?<![お皆各\p{Script=Han}\p{Script=Katakana}])(\p{Script=Han}{1,3}(?:[ \u3000][\p{Script=Han}\p{Script=Katakana}ー]{1,5}|\p{Script=Han}{1,3})?)[ \u3000]?(?:様|さま|殿)/gu;
/** What is addressed with 様 but names no one: a role, a customer, a member, a firm ("入居者様", "ご担当者様", "会員様", "御社様"). */
const roleEndings = /[者客員社方位人主]$|^皆$|担当|会員|家族|本人|各位/;
/** A name in kanji and its reading in katakana in brackets right after it ("佐藤 美咲 (サトウ ミサキ)", "山本 蓮（ヤマモト レン）"). */
const nameWithReading =
  /(\p{Script=Han}{1,3}[ \u3000]\p{Script=Han}{1,3})[ \u3000]?[(（]([\p{Script=Katakana}ー]{1,8}[ \u3000・][\p{Script=Katakana}ー]{1,8})[)）]/gu;
/**
 * An account's holder or a form's name field, then a name in katakana words or in kanji and a given name ("口座名義: チェ
 * ソヨン", "名義 キム ミンソ", "口座名義 (katakana): タカハシ ナオコ", "緊急連絡先：朴 ミナ").
 */
const nameAfterLabel =
  /(?:口座名義|名義|氏名|お名前|名前|フリガナ|緊急連絡先)(?:[ \t]*[(（][^)）\n]{0,12}[)）])?[ \t\u3000]*[:：]?[ \t\u3000]*([\p{Script=Katakana}ー]{1,8}[ \u3000][\p{Script=Katakana}ー]{1,8}|\p{Script=Han}{1,3}[ \u3000][\p{Script=Han}\p{Script=Katakana}ー]{1,5})/gu;
/** The writer's surname after the company's name in a business letter ("なにわ住宅管理の田中です", "営業部の佐々木と申します"). */
const writerAfterCompany =
  /(?<=(?:管理|会社|不動産|住宅|事務所|銀行|ホテル|店|部|課)の)(\p{Script=Han}{1,3})(?=です|と申します|でございます)/gu;

/**
 * The names of `text` written in Japanese script, 0.75. Remembered for the last text.
 *
 * @example
 * findJapaneseScriptNames('崔 ユンホ 様\nいつもお世話になっております。').map((finding) => finding.text); // ['崔 ユンホ']
 * findJapaneseScriptNames('お客様各位'); // []
 */
export const findJapaneseScriptNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldJapaneseScriptName(text)) return noFindings;
  const findings: PiiFinding[] = [];
  const add = (name: string, start: number): void => {
    if (!findings.some((found) => found.start === start))
      findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  };
  nameBeforeHonorific.lastIndex = 0;
  for (let match = nameBeforeHonorific.exec(text); match !== null; match = nameBeforeHonorific.exec(text))
    if (!roleEndings.test(match[1]!)) add(match[1]!, match.index);
  nameWithReading.lastIndex = 0;
  for (let match = nameWithReading.exec(text); match !== null; match = nameWithReading.exec(text)) {
    add(match[1]!, match.index);
    add(match[2]!, match.index + match[0].lastIndexOf(match[2]!));
  }
  for (const pattern of [nameAfterLabel, writerAfterCompany]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      add(match[1]!, match.index + match[0].length - match[1]!.length);
  }
  return findings.length === 0 ? noFindings : findings;
});

/** Whether `text` holds a kanji or a kana at all: the one pass's flags, before any pattern. */
export function mayHoldJapaneseScriptName(text: string): boolean {
  const features = textFeatures(text);
  return hasFeatures(features, textFeature.hanCharacter) || hasFeatures(features, textFeature.kana);
}
