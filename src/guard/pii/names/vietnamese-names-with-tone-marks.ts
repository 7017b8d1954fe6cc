// Finds Vietnamese full names written with their tone marks in Latin text ("Nguyễn Thị Hồng Nhung", "Nguyễn Văn Đức"), as a
// Vietnamese worker writes their own name in an English or Korean chat: a common surname, then two or three capitalised
// syllables. English's name lists do not read them (the marks split the words), and a bare listed syllable among them
// ("Hồng Nhung") is only part of the name.
import type { PiiFinding } from '../types.ts';
import { holdsFirmWord } from './english-name-words.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';

const recognizerName = 'vietnamese-name-with-tone-marks';

/**
 * A letter only Vietnamese writes among Latin scripts (ă, đ, ĩ, ũ, ơ, ư and the tone-marked vowels of Latin Extended
 * Additional): the cheap gate, and a mark each name found must hold, so an ASCII "Tran Van Duc" is left to the lists.
 */
const vietnameseLetter = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** The commonest surnames, with their marks (and without, for the syllables after one that holds a mark). */
const surnames = String.raw`Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|Đỗ|Do|Hồ|Ho|Ngô|Ngo|Dương|Duong|Lý|Ly|Đinh|Dinh|Trương|Truong|Đào|Dao|Lâm|Lam|Mai|Tạ|Cao|Lương|Luong|Trịnh|Trinh`;
/**
 * A capitalised syllable of Vietnamese: a capital (Đ too), then up to seven small letters of Latin's extended blocks and
 * Vietnamese's.
 */
const syllable = String.raw`[A-ZĐÀ-ÝĂÂÊÔƠƯ\u1ea0-\u1ef8][a-zà-ɏ\u1ea1-\u1ef9]{0,7}`;
const fullName = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${surnames})(?:[ \t]${syllable}){2,3}(?![\p{L}\p{N}])`, 'gu');

/** A city named after a person ("Hồ Chí Minh"), and the streets that are, after their house numbers or a street's word. */
const cityNamedAfterPerson = /^H[ồo] Ch[íi] Minh/;
const numberOrStreetBefore = /(?:\d[ \t]*|(?:đường|Đường|phố|Phố|số|Số)[ \t]+)$/;
const placeWords = /[ \t](?:Palace|Tower|Towers|Plaza|Resort|Residence|Mall|Building)$/;
const streetWordAfter = /^[ \t]*(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Blvd|Boulevard|City|Province|District|Ward)/;

/**
 * Vietnamese full names that hold a Vietnamese letter. 0.75.
 *
 * @example
 * findVietnameseNamesWithToneMarks('Nguyễn Thị Hồng Nhung: cảm ơn chị').map((finding) => finding.text); // ['Nguyễn Thị Hồng Nhung']
 * findVietnameseNamesWithToneMarks('TP. Hồ Chí Minh'); // []
 */
export const findVietnameseNamesWithToneMarks = rememberLastText((text: string): readonly PiiFinding[] => {
  // Every Vietnamese letter lies where the feature pass's accented Latin letters do (U+00C0–U+024F, U+1E00–U+1EFF), so a
  // text without one, most texts, is let go on a flag already computed.
  if (!hasFeatures(textFeatures(text), textFeature.accentedLatin) || !vietnameseLetter.test(text)) return [];
  const findings: PiiFinding[] = [];
  fullName.lastIndex = 0;
  for (let match = fullName.exec(text); match !== null; match = fullName.exec(text)) {
    const name = match[0];
    const start = match.index;
    const end = start + name.length;
    if (!vietnameseLetter.test(name) || cityNamedAfterPerson.test(name)) continue;
    // A hotel or a building named after a lake or a hero ("Hồ Gươm Palace"): an English word of a place ends it.
    if (holdsFirmWord(name) || placeWords.test(name)) continue;
    if (numberOrStreetBefore.test(text.slice(Math.max(0, start - 8), start)) || streetWordAfter.test(text.slice(end, end + 10))) continue;
    findings.push({ type: 'PERSON', start, end, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
