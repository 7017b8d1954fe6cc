// The parents a Korean wedding invitation names before the couple, the father, a middle dot, the mother, then whose son
// or daughter marries ("송기철 · 유정란 의 장남 민재", "한승우 · 故 오미숙의 장녀 예린"): every invitation prints its couple so,
// and the names are the families' own, whatever their syllables.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';

const recognizerName = 'parents-of-the-married';

/**
 * The father, a middle dot, the mother (either perhaps after 故, as the late parent is printed), 의, the child's place among
 * the children and the child's given or full name.
 */
const parentsBeforeChild =
  /(?<![가-힣])((?:故[ \t]?)?)([가-힣]{3,4})[ \t]*[·•ㆍ・][ \t]*((?:故[ \t]?)?)([가-힣]{3,4}?)[ \t]*의[ \t]+(?:장남|차남|삼남|막내아들|외아들|아들|장녀|차녀|삼녀|막내딸|외동딸|딸)[ \t]+([가-힣]{2,4})(?![가-힣])/g;

// After 의's slot: every match holds 의, and few chats do.
const childWords = characterPairWords('장남', '장녀', '차남', '차녀', '삼남', '삼녀', '아들', '딸');
const possessiveWord = characterPairWords('의');

/**
 * Whether the text may name a couple's parents: a child's place among the children after 의.
 *
 * @example
 * mayHoldParentsOfTheMarried('송기철 · 유정란 의 장남 민재'); // true
 */
export function mayHoldParentsOfTheMarried(text: string): boolean {
  return (
    mayHoldAnyWord(text, possessiveWord) &&
    mayHoldAnyWord(text, childWords) &&
    /의[ \t]+(?:장|차|삼|막내|외동?)?(?:남|녀|아들|딸)/.test(text)
  );
}

/**
 * The parents' full names and the child's name, 0.8. Remembered for the last text.
 *
 * @example
 * findParentsOfTheMarried('송기철 · 유정란 의 장남 민재').map((finding) => finding.text); // ['송기철', '유정란', '민재']
 * findParentsOfTheMarried('본사 · 지사 의 장남 역할'); // []
 */
export const findParentsOfTheMarried = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldParentsOfTheMarried(text)) return [];
  const findings: PiiFinding[] = [];
  parentsBeforeChild.lastIndex = 0;
  for (let match = parentsBeforeChild.exec(text); match !== null; match = parentsBeforeChild.exec(text)) {
    const [whole, fatherMark, father, motherMark, mother, child] = match as unknown as [string, string, string, string, string, string];
    if (!isParentsName(father) || !isParentsName(mother) || isCommonKoreanNoun(child)) continue;
    const fatherStart = match.index + fatherMark.length;
    const motherStart = match.index + whole.indexOf(motherMark + mother, fatherMark.length + father.length) + motherMark.length;
    const childStart = match.index + whole.length - child.length;
    findings.push(finding({ start: fatherStart, text: father }));
    findings.push(finding({ start: motherStart, text: mother }));
    findings.push(finding({ start: childStart, text: child }));
  }
  return findings;
});

function isParentsName(name: string): boolean {
  return isPlausibleKoreanName(name) && !isCommonKoreanNoun(name);
}

function finding(name: { start: number; text: string }): PiiFinding {
  return { type: 'PERSON', start: name.start, end: name.start + name.text.length, text: name.text, score: 0.8, recognizer: recognizerName };
}
