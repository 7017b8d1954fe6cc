// A Chinese or a Japanese name in Han characters written with its romanisation in brackets or after a slash, as shipping
// labels, bookings and visa papers give both ("刘雨桐 (LIU YUTONG)", "Wang Lei (王磊)", "山口 美咲 (YAMAGUCHI MISAKI)", "高橋
// 彩花 / Takahashi Ayaka"). Neither half alone is a name to the scanner; together they vouch for each other when the
// characters open with a listed surname and the Latin words read as their sounds: as many syllables of pinyin (or of the
// older Wade-Giles and Cantonese spellings) as there are characters, or, after a Japanese surname, two words of Hepburn's
// syllables. "会議室 (Meeting Room)" and "東京 本社 (TOKYO HONSHA)" open with no surname.
import type { PiiFinding } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';

const recognizerName = 'han-name-with-romanisation';

/** Chinese surnames, simplified and traditional, one character or two. */
const chineseSurnames: ReadonlySet<string> = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于',
  ...'蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍',
  ...'史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯',
  ...'岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管',
  ...'柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党党宫宮费費',
  ...'卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑',
  ...['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '令狐'],
]);

/** Common Japanese surnames in Han characters. */
const japaneseSurnames: ReadonlySet<string> = new Set([
  ...['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '渡邊', '渡邉', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木'],
  ...['山口', '松本', '井上', '木村', '斎藤', '齋藤', '斉藤', '清水', '山崎', '池田', '橋本', '阿部', '石川', '山下', '中島'],
  ...['石井', '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本', '福田', '太田', '西村'],
  ...['藤井', '金子', '岡本', '藤原', '中野', '三浦', '原田', '中川', '松田', '竹内', '小野', '田村', '中山', '和田', '石田'],
  ...['森田', '上田', '内田', '柴田', '酒井', '宮崎', '横山', '高木', '安藤', '宮本', '大野', '小島', '谷口', '今井', '工藤'],
  ...['高田', '増田', '丸山', '杉山', '村田', '大塚', '新井', '小山', '平野', '藤本', '河野', '上野', '野口', '武田', '松井'],
  ...['千葉', '岩崎', '菅原', '木下', '久保', '佐野', '野村', '松尾', '菊地', '杉本', '市川', '古川', '大西', '島田', '水野'],
  ...['桜井', '高野', '渡部', '吉川', '山内', '西田', '飯田', '菊池', '西川', '小松', '北村', '安田', '五十嵐', '川口', '平田'],
  ...['中田', '久保田', '服部', '樋口', '秋山', '田口', '永井', '山中', '中西', '吉村', '川上', '石原', '大橋', '松岡', '馬場'],
  ...['浜田', '森本', '星野', '矢野', '浅野', '大久保', '松下', '吉岡', '小池', '野田', '荒木', '大谷', '内藤', '松浦', '熊谷'],
  ...['黒田', '尾崎', '永田', '川村', '望月', '田辺', '松村', '荒井', '大島', '平井', '早川', '菅野', '栗原', '西山', '広瀬'],
  ...['横田', '石橋', '萩原', '岩本', '片山', '関口', '宮田', '大石', '高山', '本間', '須藤', '岡崎', '小西', '伊東', '小田'],
  ...['中尾', '竹田', '福井', '北川', '堀', '森', '林', '原', '関', '辻', '岡', '東', '西', '南', '北'],
]);

const han = String.raw`[\u3005\u3400-\u9fff]`;
/** Two to five characters, the family and the given names apart by a blank or not. */
const hanName = String.raw`${han}{1,3}[ \u3000]${han}{1,3}|${han}{2,4}`;
const latinWord = String.raw`[A-Za-z][A-Za-zāēīōūÂâÔôÛûŌŪÜü'’]*(?:-[A-Za-z][A-Za-zāēīōūŌŪÜü'’]*)?`;
/** Up to four Latin words, set apart by blanks or a comma ("ZHANG, WEILUN"). */
const latinName = String.raw`${latinWord}(?:,?[ \t]+${latinWord}){0,3}`;
/** The Han name, then the Latin one in brackets or after a slash or a bar. */
const hanThenLatin = new RegExp(
  String.raw`(?<!${han})(${hanName})[ \t]*(?:[(（][ \t]*(${latinName})[ \t]*[)）]|[/|][ \t]*(${latinName})(?![A-Za-z]))`,
  'g',
);
/** The Han name in brackets or after a slash or a bar: the Latin name is read back from it. */
const latinThenHan = new RegExp(String.raw`[ \t]*(?:[(（][ \t]*(${hanName})[ \t]*[)）]|[/|][ \t]*(${hanName})(?!${han}))`, 'g');
const latinWordsBefore = new RegExp(
  String.raw`(?:^|[^A-Za-z'’-])((?:${latinWord}),?[ \t]+(?:${latinWord})(?:,?[ \t]+(?:${latinWord})){0,2})$`,
);

/** One syllable of pinyin, of Wade-Giles ("Hsu", "Tsai") or of Cantonese ("Cheung", "Lau", "Lam"), in lower case. */
const syllable = String.raw`(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|eung|ang|eng|ing|ong|ung|ian|iao|uai|uan|ai|ao|au|am|an|ei|en|er|ia|ie|in|iu|oi|ou|ua|uo|ui|un|ue|ve|a|e|i|o|u|v|ü)`;
const syllableRuns = new Map<number, RegExp>();

/** Whether the Latin words read as exactly `count` Chinese syllables, joined or apart ("LIU YUTONG", "Yu-Ting Chen"). */
function readsAsChineseSyllables(latin: string, count: number): boolean {
  let pattern = syllableRuns.get(count);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`^${syllable}(?:(?:,?[ \t]+|-|['’])?${syllable}){${count - 1}}$`);
    syllableRuns.set(count, pattern);
  }
  return pattern.test(latin.toLowerCase());
}

/** A word of Hepburn's syllables ("yamaguchi", "kenji", "ōtani", "satou", "hattori"). */
const hepburnWord =
  /^(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmrjfwy])?[aiueoāēīōū](?:h(?![aiueoy]))?|n(?![aiueoy])|[kstpgc](?=[kstpgc]))+$/;

function readsAsJapaneseName(latin: string): boolean {
  const words = latin.toLowerCase().split(/,?[ \t]+/);
  return words.length === 2 && words.every((word) => word.length >= 2 && hepburnWord.test(word));
}

function opensWithSurname(characters: string, surnames: ReadonlySet<string>, longest: number): boolean {
  for (let length = 1; length <= longest && length < characters.length; length += 1)
    if (surnames.has(characters.slice(0, length))) return true;
  return false;
}

/** Whether the Han name and the Latin words spell one person's name. */
function spellEachOther(hanText: string, latin: string): boolean {
  const characters = hanText.replace(/[ \u3000]/g, '');
  if (characters.length <= 4 && opensWithSurname(characters, chineseSurnames, 2) && readsAsChineseSyllables(latin, characters.length))
    return true;
  return opensWithJapaneseSurname(hanText) && readsAsJapaneseName(latin);
}

/** The family name before the blank is listed, or, with no blank, two or three first characters are: "東京 本社" is none. */
function opensWithJapaneseSurname(hanText: string): boolean {
  const blank = hanText.search(/[ \u3000]/);
  if (blank !== -1) return japaneseSurnames.has(hanText.slice(0, blank));
  return japaneseSurnames.has(hanText.slice(0, 2)) || (hanText.length > 3 && japaneseSurnames.has(hanText.slice(0, 3)));
}

function personAt(start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.8, recognizer: recognizerName };
}

/**
 * Whether `text` holds such a pair: a Han character and a bracket, a slash or a bar first, then the search itself.
 *
 * @example
 * holdsHanNameWithRomanisation('刘雨桐 (LIU YUTONG)'); // true
 */
export function holdsHanNameWithRomanisation(text: string): boolean {
  return mayPairHanAndLatinNames(text) && findHanNamesWithRomanisations(text).length > 0;
}

/** A Han character and a bracket, a slash or a bar: the cheap look before the search. */
export function mayPairHanAndLatinNames(text: string): boolean {
  return (
    hasFeatures(textFeatures(text), textFeature.hanCharacter) &&
    (text.includes('(') || text.includes('（') || text.includes('/') || text.includes('|'))
  );
}

/**
 * Both halves of each name written in Han characters and in Latin letters side by side, 0.8.
 *
 * @example
 * findHanNamesWithRomanisations('성명 刘雨桐 (LIU YUTONG), 여권번호 EJ4827615').map((found) => found.text); // ['刘雨桐', 'LIU YUTONG']
 */
export function findHanNamesWithRomanisations(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  hanThenLatin.lastIndex = 0;
  for (let match = hanThenLatin.exec(text); match !== null; match = hanThenLatin.exec(text)) {
    const latin = match[2] ?? match[3]!;
    if (!spellEachOther(match[1]!, latin)) continue;
    findings.push(personAt(match.index, match[1]!));
    findings.push(personAt(match.index + match[0].lastIndexOf(latin), latin));
  }
  latinThenHan.lastIndex = 0;
  for (let match = latinThenHan.exec(text); match !== null; match = latinThenHan.exec(text)) {
    const hanText = match[1] ?? match[2]!;
    const before = latinWordsBefore.exec(text.slice(Math.max(0, match.index - 60), match.index));
    if (before === null) continue;
    const latin = shortestSpelling(before[1]!, hanText);
    if (latin === undefined) continue;
    findings.push(personAt(match.index - latin.length, latin));
    findings.push(personAt(match.index + match[0].lastIndexOf(hanText), hanText));
  }
  return findings;
}

/** The fewest last words (two at least) of `words` that spell the Han name: "Wang Lei" of "Buyer Wang Lei". */
function shortestSpelling(words: string, hanText: string): string | undefined {
  const starts: number[] = [];
  wordStart.lastIndex = 0;
  for (let match = wordStart.exec(words); match !== null; match = wordStart.exec(words)) starts.push(match.index);
  for (let count = 2; count <= starts.length; count += 1) {
    const latin = words.slice(starts[starts.length - count]);
    if (spellEachOther(hanText, latin)) return latin;
  }
  return undefined;
}

const wordStart = /(?<![A-Za-zāēīōūŌŪÜü'’-])[A-Za-z]/g;
