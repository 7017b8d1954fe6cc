// What a turn of a conversation asks for: the identifiers its words name ("your passport number?", "건강보험증 번호 말씀해
// 주세요"), in the order they are named, when the turn asks at all.
import type { PiiType } from '../types.ts';

/** The words that name each type in a question, Korean and English. */
const askedWords: readonly (readonly [PiiType, RegExp])[] = [
  ['PASSPORT', /passport|여권/i],
  ['CA_SIN', /social insurance|\bSIN\b/i],
  ['US_SSN', /social security|\bSSN\b|\b(?:full|your|the) social\b(?! (?:media|insurance|worker|services?|club))/i],
  // A resident's or a foreigner's registration number whole (its first six digits are a birth date, asked below).
  ['RRN', /주민\s*(?:등록)?\s*번호(?!\s*앞)/],
  // In English, the card's name: an ARC (alien registration card) or a residence card's number.
  ['FRN', /외국인\s*등록\s*(?:번호|증)(?!\s*앞)|\bARC (?:number|no\b)|alien registration (?:number|card)|residence card number/i],
  ['CREDIT_CARD', /\bcard number|카드\s*번호(?!\s*(?:뒷|끝|앞)\s*자리)/i],
  ['US_ITIN', /\bITIN\b/],
  ['UK_NINO', /national insurance|\bNI number\b/i],
  [
    'HEALTH_INSURANCE',
    /medicare|health (?:card|insurance)|member(?:ship)? (?:ID|number|no)|insurance (?:number|ID)|\bNHS (?:number|no)|NHS\s*번호|건강\s*보험|보험증|가입자\s*번호/i,
  ],
  // A pet's registration number (동물등록번호) is the animal's, no patient's record; a hospital's registration number is
  // the patient's, no car's.
  [
    'MEDICAL_RECORD',
    /\bMRN\b|medical record|hospital (?:number|no\b|ID)|chart (?:number|no\b)|patient (?:ID|number)|(?:hospital|patient|clinic) reg(?:istration|\.)? (?:number|no\b)|병록\s*번호|환자\s*번호|차트\s*번호|(?<!(?:사업자|주민|외국인|법인|차량|자동차|동물|반려동물|펫)\s*)등록\s*번호|진료\s*카드/i,
  ],
  [
    'CARD_CVV',
    /\bCV[VC]2?\b|(?<!account )security code|(?:three|four|3|4)[ -]digits? (?:code )?on the back|digits on the signature strip|보안\s*코드/i,
  ],
  ['CARD_EXPIRY', /expir|\bexp\b|valid (?:thru|through|until)|유효\s*기간/i],
  ['DATE_OF_BIRTH', /date of birth|\bDOB\b|birth ?day|when were you born|생년월일|생일|주민\s*번호\s*앞\s*자리|주민등록번호\s*앞\s*자리/i],
  [
    'DRIVER_LICENSE',
    /licen[cs]e (?:number|no|#)|driver'?s licen[cs]e|\bCDL (?:number|no\b|#)|\bDL (?:number|no|#)|number (?:off|on|from) (?:your|the) (?:photocard )?licen[cs]e|면허\s*번호/i,
  ],
  ['BANK_ACCOUNT', /account number|bank account|계좌/i],
  // The phone's own IMEI is the handset's number, no line's ("Do you have the phone's IMEI?").
  [
    'PHONE',
    /\b(?:phone|mobile|cell|landline|whats ?app)\b(?!['’]s IMEI\b)|contact number|(?:new|phone) line|number (?:to|we can) (?:reach|call)|연락처|전화\s*번호|휴대\s*폰|핸드폰/i,
  ],
  [
    'USERNAME',
    /user ?name|user ID|\b(?:your|the|original|old|new) ID\b|\blogin\b|\bhandle\b|gamer ?tag|battle ?tag|riot ID|\bPSN\b|steam|discord|아이디/i,
  ],
  ['PASSWORD', /password|passcode|\bPIN\b|account security code|비밀\s*번호|비번/i],
  ['IMEI', /\bIMEI\b/i],
  ['VIN', /\bVIN\b|chassis|차대\s*번호/i],
  [
    'VEHICLE_PLATE',
    /number ?plate|\bplate\b|(?<!(?:hospital|patient|clinic) )\breg(?:istration)? (?:number|no)\b|vehicle reg(?:istration)?\b|\brego\b|차량\s*번호|차\s*번호/i,
  ],
];

/** Every type a question can ask for. */
export const askableTypes: readonly PiiType[] = askedWords.map(([type]) => type);

/** A piece of every word above, in any case: the test of a whole text before its turns are read. */
export const askedWordPiece =
  /passport|여권|social|card|카드|외국인|\bSIN\b|\bSSN\b|ITIN|insurance|medicare|health|member|NHS|보험|가입자|MRN|record|hospital|chart|patient|병록|환자|차트|등록|진료|CV[VC]|security|digits|보안|exp|valid|유효|birth|DOB|born|생년월일|생일|주민|licen[cs]e|면허|account|계좌|phone|mobile|cell|landline|whats|contact|line|number|연락처|전화|휴대|핸드폰|user|\bID\b|login|handle|gamer|tag|riot|PSN|steam|discord|아이디|pass|PIN|비밀|비번|IMEI|VIN|chassis|차대|plate|reg|차량|차\s*번호/i;

/**
 * A turn that asks: a question mark, a Korean request ("말씀해 주세요", "알려줘", "불러주시겠어요", "건강보험증 번호 아시면
 * 미리 기재해 드립니다"), or an English one
 * without its mark ("please confirm …", "I'll need the number off your licence", "the account passcode please."), as
 * speech-to-text writes an agent's: ending with what is asked ("… five four one two expiry date"). Not "what is", "may I
 * have" or "can you tell": knowledge documents' FAQs ask them, and reading their turns for answers cost those documents
 * some 2% of their instructions.
 */
export const askingPiece =
  /[?？]|(?:말씀|알려|불러|보내|적어|입력|확인|회신)\s*(?:해\s*)?(?:주|줘|줄|달|부탁)|번호\s*아시면|[실할될을릴]까요|어떻게\s*되|please (?:read|give|tell|confirm|send)|can you (?:read|give me)|\b(?:I|we)(?:'ll| will)?(?: also)? need (?:the|your|an?)\b|\bplease[.!]?\s*$|(?:expir(?:y|ation)(?: date)?|on the back)[ \t.]*(?:\r?\n|$)/i;

/**
 * A turn that opens with "and the" asks for what it names ("and the three digits on the back"); in a whole text, after a
 * speaker's colon. Apart from `askingPiece`: a pattern that may match at any line's start is tried at every character,
 * which cost knowledge documents 4% of their instructions.
 */
const opensWithAnd = /^[ \t]*(?:(?:ok(?:ay)?|perfect|great|thanks?|thank you|right|lovely|so|yes)[ \t,]+)*and (?:the|your|also)\b/i;
export const andAfterSpeaker =
  /:[ \t]*(?:(?:ok(?:ay)?|perfect|great|thanks?|thank you|right|lovely|so|yes)[ \t,]+)*and (?:the|your|also)\b/i;

/**
 * The types a turn asks for, in the order it names them; empty when it does not ask. An expiry counts only where a card
 * is spoken of in the text (a passport's expiry is no card's).
 *
 * @example
 * askedTypes('Can I have your passport number and date of birth?', { cardSpokenOf: false }); // ['PASSPORT', 'DATE_OF_BIRTH']
 * askedTypes('건강보험증 번호 아시면 말씀해 주세요.', { cardSpokenOf: false }); // ['HEALTH_INSURANCE']
 * askedTypes('Your passport is ready.', { cardSpokenOf: false }); // []
 */
export function askedTypes(turn: string, context: { cardSpokenOf: boolean }): PiiType[] {
  if (!askingPiece.test(turn) && !opensWithAnd.test(turn)) return [];
  return namedTypes(turn, context);
}

/** A question for "the new number" alone, whose type the turn before it named ("I need to update my passport number"). */
const numberAlone = /\b(?:the|that|this|your|my) (?:new |correct |right )?number\b|(?:새|바뀐) ?번호/i;

/**
 * The types a question for a number alone asks for: those the turn before it named, asking or not.
 *
 * @example
 * typesOfNumberAskedAfter("What's the new number and expiry date?", 'I need to update my passport number.', { cardSpokenOf: false }); // ['PASSPORT']
 */
export function typesOfNumberAskedAfter(question: string, before: string, context: { cardSpokenOf: boolean }): PiiType[] {
  return askingPiece.test(question) && numberAlone.test(question) ? namedTypes(before, context) : [];
}

/**
 * The types a list's item names, asking or not ("2) passport number", "3. Date of birth"), in the order it names them; a
 * card's expiry is left out, which a passport's shares its words with.
 *
 * @example
 * typesNamedIn('2) passport number'); // ['PASSPORT']
 */
export function typesNamedIn(item: string): PiiType[] {
  return namedTypes(item, { cardSpokenOf: false });
}

/** The types a turn names, in the order it names them, whether or not it asks. */
function namedTypes(turn: string, context: { cardSpokenOf: boolean }): PiiType[] {
  const named: { type: PiiType; at: number }[] = [];
  for (const [type, words] of askedWords) {
    if (type === 'CARD_EXPIRY' && !context.cardSpokenOf) continue;
    const match = words.exec(turn);
    if (match !== null) named.push({ type, at: match.index });
  }
  return named.sort((first, second) => first.at - second.at).map((entry) => entry.type);
}
