// Finds addresses written in Han script as customers paste them into chats and forms. Japanese: a prefecture (or a 〒
// postcode before one), the city, ward and district in kanji and kana, the block numbers ("2丁目4-18", "4-12-10") and the
// building and room after them ("〒156-0052 東京都世田谷区経堂3丁目8-14 グリーンハイツ201号"). Chinese: a region or a city,
// the road and its number with 號 or 号, the floor and the flat ("香港九龍旺角彌敦道688號15樓B室"). A place's name alone, or a
// road with no number, is no address.
import type { PiiFinding } from '../types.ts';

export const hanScriptAddressRecognizerName = 'han-script-address';

const prefectures = [
  ...['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都'],
  ...['神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府'],
  ...['大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県'],
  ...['福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'],
];
/** Kanji, 々, ヶ, hiragana and katakana with its long-vowel mark: the letters of a Japanese place name. */
const placeLetters = String.raw`\u3005\u30f6\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc`;
/** A block number: "2丁目4-18", "4-12-10", "3丁目8番14号", "1234番地"; hyphens as typed, fullwidth or not. */
const blockNumber = String.raw`\d{1,4}(?:(?:丁目|番地|番|号|[-−‐－の])\d{1,4}){0,3}(?:号|番地|番)?`;
/** The building and room after the block: "メゾン中崎305号室", " ハイツ三茶305", " コーポ恵比寿 203", " ラ・ベルテ302". */
const buildingAndRoom = String.raw`(?:[ \u3000]?[${placeLetters}][${placeLetters}・A-Za-z]{0,19}[ \u3000]?\d{1,4}(?:号室|号|室)?)?`;
/**
 * The city, ward, town or village and the district after it, up to the block number ("世田谷区経堂", "大阪市北区中崎西"):
 * a municipality's mark is among them, and none of the particles a sentence about the prefecture has ("東京都の人口は1400万人").
 */
const municipality = String.raw`(?:(?![はをでへもに])[${placeLetters}]){0,8}?[市区町村郡](?:(?![はをでへもに])[${placeLetters}]){0,10}?`;
const japaneseAddress = new RegExp(
  String.raw`(?:〒[ \u3000]?\d{3}[-－]\d{4}[ \u3000]*)?(?:${prefectures.join('|')})${municipality}${blockNumber}${buildingAndRoom}`,
  'g',
);

/** Hong Kong's and Macau's regions, mainland provinces and cities, Taiwan's cities: where a Chinese address starts. */
const chineseRegion = String.raw`(?:香港|九[龍龙]|新界|澳[門门]|[\u4e00-\u9fff]{2,3}(?:省|市|自治[區区]))`;
/**
 * The road, its lane perhaps, its number, then the entrance, the floor and the flat or the block: "彌敦道688號15樓B室",
 * "中山北路二段45号3楼", "復興南路一段219巷18號5樓", "光明街 88号 3单元 502室".
 */
const chineseAddress = new RegExp(
  String.raw`${chineseRegion}[\u4e00-\u9fff]{1,16}?(?:路|道|街|巷|弄|里)(?:[一二三四五六七八九十]段)?[ \t]?(?:\d{1,5}[巷弄][ \t]?)?\d{1,5}(?:[號号])(?:之\d{1,3})?(?:[ \t]?\d{1,2}(?:单元|單元))?(?:[ \t]?\d{1,3}(?:[樓楼層层]))?(?:[ \t]?[A-Z0-9]{1,4}(?:室|座))?`,
  'g',
);

/**
 * The Japanese and Chinese addresses of `text`, 0.85.
 *
 * @example
 * findHanScriptAddresses('新住所は 〒156-0052 東京都世田谷区経堂3丁目8-14 グリーンハイツ201号 です')[0]?.text;
 * // '〒156-0052 東京都世田谷区経堂3丁目8-14 グリーンハイツ201号'
 * findHanScriptAddresses('請送到香港九龍旺角彌敦道688號15樓B室')[0]?.text; // '香港九龍旺角彌敦道688號15樓B室'
 */
export function findHanScriptAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const pattern of [japaneseAddress, chineseAddress]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      findings.push({
        type: 'ADDRESS',
        start,
        end: start + match[0].length,
        text: match[0],
        score: 0.85,
        recognizer: hanScriptAddressRecognizerName,
      });
    }
  }
  return findings;
}
