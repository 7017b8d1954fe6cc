// A foreigner's name found in Latin letters and written again elsewhere in the text in Hangul, as Korean speakers write
// it ("SAGAR THAPA MAGAR … 사가르 학생", "Tharshan: … 타르샨, 프리얀탄", "Nurlan … 누를란 대표님"): the Hangul words hold no
// Korean surname, so no other search reads them, and only their sounds tie them to the name.
import { isCommonKoreanNoun } from './names/korean-common-nouns.ts';
import { overlapIndex } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'hangul-repeat-of-foreign-name';

/**
 * The consonants a name's sounds come down to, one letter per class, so that a Latin spelling and a Hangul transcription
 * meet: b, p, f and v are P; d, t and th are T; g, k, c, q, x and kh are K; j, ch, z and zh are J (Hangul writes all with ㅈ
 * or ㅊ); s and sh are S; l and r are R; m; n and ng are N; h, w, y and vowels are dropped, and a class said twice in a row
 * counts once ("Nurlan" and 누를란 are both NRN).
 */
const initialClasses = ['K', 'K', 'N', 'T', 'T', 'R', 'M', 'P', 'P', 'S', 'S', '', 'J', 'J', 'J', 'K', 'T', 'P', ''];
const finalClasses = [
  ...['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'R', 'K', 'M', 'R', 'R', 'R', 'P', 'R', 'M', 'P', 'P', 'S', 'S', 'N', 'J'],
  ...['J', 'K', 'T', 'P', ''],
];
/** Each Hangul vowel's Latin vowels, in Unicode's order of medials. */
const medialVowels = [
  ...['a', 'ea', 'a', 'ea', 'oeua', 'ea', 'eyi', 'eya', 'ou', 'aou', 'ea', 'eo', 'oy', 'uo', 'oue', 'e', 'iu', 'uyi', 'eou'],
  ...['iu', 'iey'],
];
const latinClasses: Readonly<Record<string, string>> = {
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  d: 'T',
  t: 'T',
  g: 'K',
  k: 'K',
  q: 'K',
  x: 'K',
  j: 'J',
  z: 'J',
  s: 'S',
  l: 'R',
  r: 'R',
  m: 'M',
  n: 'N',
};
const latinDigraphs: Readonly<Record<string, string>> = {
  sh: 'S',
  ch: 'J',
  zh: 'J',
  th: 'T',
  ph: 'P',
  kh: 'K',
  gh: 'K',
  ng: 'N',
  dh: 'T',
  bh: 'P',
};

/**
 * What a spelling sounds like: its consonants' classes, and its vowels, one letter for each run of them, with how many
 * letters (Latin) or syllables (Hangul) each run takes.
 */
interface Sounds {
  consonants: string;
  vowels: string[];
  runs: number[];
}

/**
 * The sounds of a Latin word or name, accents dropped: a run of vowels (y and w among them) is one, said as its first of
 * a, e, i, o and u ("Priyanthan" i, a; "Wulandari" u, a, a, i).
 */
function latinSounds(word: string): Sounds {
  const letters = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  let consonants = '';
  const vowels: string[] = [];
  const runs: number[] = [];
  let run = '';
  const endRun = (): void => {
    if (run !== '') {
      vowels.push(/[aeiou]/.exec(run)?.[0] ?? 'i');
      runs.push(run.length);
    }
    run = '';
  };
  for (let index = 0; index < letters.length; index += 1) {
    const letter = letters[index]!;
    if (/[aeiouyw]/.test(letter)) {
      run += letter;
      continue;
    }
    endRun();
    const digraph = latinDigraphs[letters.slice(index, index + 2)];
    const sound = digraph ?? (letter === 'c' ? (/[eiy]/.test(letters[index + 1] ?? '') ? 'S' : 'K') : (latinClasses[letter] ?? ''));
    if (digraph !== undefined) index += 1;
    if (sound !== '' && !consonants.endsWith(sound)) consonants += sound;
  }
  endRun();
  return { consonants, vowels, runs };
}

/**
 * The sounds of Hangul syllables: each vowel as the Latin vowels that may write it, joined with the one before where no
 * consonant stands between ("리얀" i, as "riyan" has one run), and the ㅡ Hangul adds between consonants left out.
 */
function hangulSounds(syllables: string): Sounds {
  let consonants = '';
  const vowels: string[] = [];
  const runs: number[] = [];
  let open = false;
  for (let index = 0; index < syllables.length; index += 1) {
    const offset = syllables.charCodeAt(index) - 0xac00;
    const initial = initialClasses[Math.floor(offset / 588)]!;
    const final = finalClasses[offset % 28]!;
    const medial = isAddedVowel(syllables, index) ? '' : medialVowels[Math.floor(offset / 28) % 21]!;
    const silentInitial = Math.floor(offset / 588) === 11;
    if (open && silentInitial && runs.length > 0) runs[runs.length - 1]! += 1;
    else if (medial !== '') {
      vowels.push(medial);
      runs.push(1);
    }
    open = offset % 28 === 0 && (medial !== '' || open);
    for (const sound of [initial, final]) if (sound !== '' && !consonants.endsWith(sound)) consonants += sound;
  }
  return { consonants, vowels, runs };
}

/**
 * Whether the syllable at `index` holds the ㅡ that Hangul adds after a consonant no vowel follows: with no final ("르" of
 * 사가르), or with an ㄹ that doubles the next syllable's (를 of 누를란, "Nurlan"); in 은, 를 or 슨 of a word it is said.
 */
function isAddedVowel(syllables: string, index: number): boolean {
  const offset = syllables.charCodeAt(index) - 0xac00;
  if (Math.floor(offset / 28) % 21 !== 18) return false;
  const final = offset % 28;
  return final === 0 || (final === 8 && Math.floor((syllables.charCodeAt(index + 1) - 0xac00) / 588) === 5);
}

/**
 * Whether Hangul's vowels write a Latin spelling's: one for each, or all but a last silent e ("Erdene", 에르덴), each run of
 * syllables no longer than the run of letters it writes ("차이" for "chai", not "가예요" for "ga").
 */
function vowelsAgree(hangul: Sounds, latin: Sounds): boolean {
  const count =
    hangul.vowels.length === latin.vowels.length - 1 && latin.vowels.at(-1) === 'e' ? hangul.vowels.length : latin.vowels.length;
  if (hangul.vowels.length !== count) return false;
  for (let index = 0; index < count; index += 1)
    if (!hangul.vowels[index]!.includes(latin.vowels[index]!) || hangul.runs[index]! > latin.runs[index]!) return false;
  return true;
}

/** What may follow a name in Hangul in one word: an honorific, a title, a vocative or a particle ("사가르 학생", "김올가예요"). */
const endingsAfterName: ReadonlySet<string> = new Set([
  ...['', '씨', '님', '아', '야', '이', '가', '은', '는', '을', '를', '의', '도', '와', '과', '랑', '이랑', '에게', '한테', '께'],
  ...['예요', '이에요', '입니다', '이고', '이가', '이는', '이를', '이의', '이도', '씨가', '씨는', '씨의', '씨한테', '씨께', '님이'],
  ...['님께', '군', '양', '학생', '대표님', '고객님', '선생님', '사장님', '님의', '로', '으로', '이라고', '라고'],
]);
/** Hangul words, each read as a name and what follows it. */
const hangulWord = /[가-힣]{2,12}/g;
/**
 * The fewest consonant classes that tie a Hangul word to a name alone, in three syllables or more: fewer, or as many in
 * two syllables (촬영 and "Julian"), match words by chance.
 */
const fewestConsonants = 3;

/**
 * Adds to `candidates` the Hangul words that say again a foreigner's name found in Latin letters: the same consonants as
 * one of its words or the whole name, and vowels that transcribe its vowels; two syllables or more before a particle, not
 * a common noun. Words side by side make one finding ("사가르 타파").
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 0, end: 11, text: 'Sagar Thapa', score: 0.8, recognizer: 'x' }];
 * addHangulRepeatsOfForeignNames('Sagar Thapa. 사가르 학생 안녕하세요', candidates);
 * candidates.map((finding) => finding.text); // ['Sagar Thapa', '사가르']
 */
export function addHangulRepeatsOfForeignNames(text: string, candidates: PiiFinding[]): void {
  // By their consonants, which a Hangul word's must equal: a long text holds thousands of names and of words.
  const names = new Map<string, Sounds[]>();
  for (const finding of candidates) {
    if (finding.type !== 'PERSON' || !/^[A-Za-zÀ-ÿ]/.test(finding.text) || /[가-힣]/.test(finding.text)) continue;
    for (const part of new Set([finding.text, ...finding.text.split(/[ \t,]+/), ...finding.text.split(/[ \t,.'-]+/)])) {
      const sounds = latinSounds(part);
      if (sounds.consonants === '') continue;
      const spellings = names.get(sounds.consonants);
      if (spellings === undefined) names.set(sounds.consonants, [sounds]);
      else spellings.push(sounds);
    }
  }
  if (![...names.keys()].some((consonants) => consonants.length >= fewestConsonants)) return;
  const found: { start: number; end: number; strong: boolean }[] = [];
  hangulWord.lastIndex = 0;
  for (let word = hangulWord.exec(text); word !== null; word = hangulWord.exec(text)) {
    const name = nameIn(word[0], names);
    if (name === undefined) continue;
    const end = word.index + name.length;
    // Two syllables of three consonants are enough where the word calls a person: before 씨 or 님, or opening a chat's turn
    // ("비샬씨", "수닐 괜찮아?" beside "Sunil Gurung:").
    const called = name.consonants === fewestConsonants && (calledAfter.test(text.slice(end, end + 2)) || opensTurn(text, word.index));
    found.push({ start: word.index, end, strong: name.strong || called });
  }
  const overlapsCandidate = overlapIndex(candidates);
  // Words a blank apart are one name ("사가르 타파", "카리모바 아지자"), which one word of three consonants or more vouches for.
  for (let index = 0; index < found.length; index += 1) {
    const span = { ...found[index]! };
    while (index + 1 < found.length && found[index + 1]!.start === span.end + 1 && text[span.end] === ' ') {
      span.end = found[++index]!.end;
      span.strong ||= found[index]!.strong;
    }
    if (!span.strong) continue;
    const finding: PiiFinding = {
      type: 'PERSON',
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      score: 0.75,
      recognizer: recognizerName,
    };
    if (!overlapsCandidate(finding)) candidates.push(finding);
  }
}

/** 씨 or 님 after a name, glued to it or a blank apart. */
const calledAfter = /^ ?[씨님]/;

/** Whether the word at `at` opens a chat's turn, right after the speaker's colon and a blank ("반장: 수닐 괜찮아?"). */
function opensTurn(text: string, at: number): boolean {
  return at >= 2 && text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at - 2) === 0x3a;
}

/**
 * The name a Hangul word opens with, the longest whose ending follows names ("솜차이", "김올가" of "김올가예요"), and whether
 * it is enough to be found alone.
 */
function nameIn(
  word: string,
  names: ReadonlyMap<string, readonly Sounds[]>,
): { length: number; strong: boolean; consonants: number } | undefined {
  for (let length = word.length; length >= 2; length -= 1) {
    if (!endingsAfterName.has(word.slice(length))) continue;
    const name = word.slice(0, length);
    const sounds = hangulSounds(name);
    const spelled = names.get(sounds.consonants)?.find((latin) => vowelsAgree(sounds, latin));
    if (spelled === undefined || isCommonKoreanNoun(name)) continue;
    const consonants = sounds.consonants.length;
    return { length, strong: consonants > fewestConsonants || (consonants === fewestConsonants && length >= 3), consonants };
  }
  return undefined;
}
