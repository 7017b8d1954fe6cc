// Reads a clear yes or no out of a short reply ("네, 진행해 주세요", "no thanks"); anything longer or mixed is neither.
import { normalizeText, tokenizeWords } from '../../models/builtin/index.ts';

const yesWords = new Set(
  'yes yeah yep yup sure ok okay confirm confirmed correct right absolutely definitely proceed 네 예 넹 응 어 그래 그래요 좋아 좋아요 좋습니다 맞아 맞아요 맞습니다 진행 진행해 진행해요 진행해주세요 해주세요 해줘 부탁해요 부탁드려요 부탁합니다 확인 동의 오케이 콜'.split(
    ' ',
  ),
);
const yesPhrases = [
  'go ahead',
  'do it',
  'please do',
  "that's right",
  'sounds good',
  'of course',
  '그렇게 해',
  '그걸로',
  '네 맞',
  '진행 해',
];
const noWords = new Set(
  "no nope nah don't dont not stop cancel wait 아니 아니요 아니오 아뇨 아니에요 싫어 싫어요 됐어 됐어요 괜찮아요 그만 안돼 안 돼요 말고 잠깐 잠깐만요 보류".split(
    ' ',
  ),
);
const noPhrases = [
  'never mind',
  'no thanks',
  'not now',
  "don't do",
  'do not',
  '하지 마',
  '하지마',
  '안 할',
  '안할',
  '취소할게',
  '그만할게',
  '필요 없',
  '필요없',
];
const maxWords = 8;

/**
 * @example
 * readYesNo('네, 진행해 주세요'); // 'yes'
 * readYesNo('No, the red one'); // 'no'
 * readYesNo('What is the return policy?'); // undefined
 */
export function readYesNo(message: string): 'yes' | 'no' | undefined {
  const text = normalizeText(message);
  const words = tokenizeWords(text);
  if (words.length === 0 || words.length > maxWords) return undefined;
  const negative = noPhrases.some((phrase) => text.includes(phrase)) || words.some((word) => noWords.has(word) || word.startsWith('아니'));
  if (negative) return 'no';
  const positive = yesPhrases.some((phrase) => text.includes(phrase)) || words.some((word) => yesWords.has(word) || isPoliteYes(word));
  return positive ? 'yes' : undefined;
}

/** 네네, 넵, 예예, 좋아요오: stretched or doubled Korean yeses. */
function isPoliteYes(word: string): boolean {
  return /^(네|예|넵|넹)+[요!~.]*$/u.test(word) || /^좋아요*$/u.test(word);
}
