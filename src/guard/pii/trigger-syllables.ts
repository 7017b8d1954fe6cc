// Tables that let the feature pass notice, one lookup per Hangul syllable, whether a text holds a Korean context word at all.

/** Bits of `TextFeatures.triggers`: a family's prefilter pattern can only match where its bit is set. */
export const textTrigger = {
  /** The honorifics, titles and labels around a Korean name (`contextEndPattern` in korean-names.ts). */
  koreanNameContext: 1,
  /** The weak cues before a Korean name: a bare label, a bracket, a copula (`cuePattern` in korean-name-cues.ts). */
  koreanNameCue: 2,
  /** The Korean words that open a labelled value (`koreanTriggers` in label-triggers.ts). */
  koreanLabel: 4,
  /** The English name context words (`contextHintPattern` in english-names.ts), from the pairs in latin-triggers.ts. */
  englishNameHint: 8,
  /** The English words that open a labelled value (`englishTriggers` in label-triggers.ts), from the pairs in latin-triggers.ts. */
  englishLabel: 16,
  /**
   * `englishNameHint` from anything but a colon. A colon counts for English names only after an ASCII letter
   * (`textFeature.latinColon`), so "성명: 김민수" alone does not run the English name search.
   */
  englishNameWord: 32,
  /**
   * A relative before a Korean name (`relativePattern` in korean-name-cues.ts), or an office title, a sign-off or a
   * label the honorific pattern does not hold (`roleEndPattern` in korean-names.ts): both are rare, and the pair table
   * has no bit to spare.
   */
  koreanRelativeOrRole: 64,
  /** 명의 or 계좌 after a Korean name (`holdingPattern` in korean-name-cues.ts). */
  koreanHolding: 128,
  /**
   * 라는 and a blank, or 라고, after a Korean name: a person introduced by it ("김민수라는 분", "이정민이라고 합니다",
   * `calledPattern` in korean-name-cues.ts).
   */
  koreanCalled: 256,
  /**
   * A number may be written to slip past a filter or with a word processor's dash (`plainForms` decides): a zero spelled
   * as a word before another digit word (공일, 영일, 공이 …), and from the feature pass's digit branch a spelled zero or an O
   * right before a digit ("공1공", "O1O"), a dash after a number ("900101–1234567"), or after a number that starts with 0
   * a digit word, an O, ~, _ or * ("010 일이삼사", "010~1234").
   */
  disguisedNumber: 512,
  /**
   * 예요, the copula after a vowel: a cue of `cuePattern` with a bit of its own, since "얼마예요" and "뭐예요" are everywhere
   * and only a word of three or four syllables before it can be a name (`holdsNameBeforeVowelCopula`).
   */
  koreanVowelCopula: 1024,
  /**
   * A verb of dealing with a service (전화, 연락, 주문, 가입 …), by its first two syllables: a full name may be its subject
   * ("김민수가 어제 전화했어요", `findKoreanNamesAsSubjects` in korean-name-cues.ts).
   */
  koreanServiceVerb: 2048,
  /**
   * A sign of an email address written to slip past a filter: 골뱅이 or 앳 (@), 닷 or 쩜 (a dot), and from
   * latin-triggers.ts "dot", "DO" and a bracket before "a" ("(at)"); see `mayHoldObfuscatedEmail`.
   */
  emailObfuscation: 4096,
  /**
   * A dot before a lower-case letter ("gmail.com", also "e.g."), from latin-triggers.ts: with " at " in the text, an address
   * may be written "minsu.kim at gmail.com".
   */
  domainDot: 8192,
  /**
   * A word that labels a password, a PIN, a card security code, a username or a card's expiry date: 비밀(번호), 비번, 암호,
   * 핀번(호), 보안(코드), 아이디, 계정 …, 유효(기간), 만료, and from latin-triggers.ts "password", "passcode", "pw", "PIN",
   * "CVV"/"CVC", "username", "exp" … (`findCredentials`).
   */
  credentialLabel: 16384,
  /**
   * A pair that opens or marks a key's published shape (AKIA, ghp_, sk-, xoxb-, AIza, eyJ, -----BEGIN) or a key's label
   * (secret, token, _key, api key, 토큰, 시크릿), from latin-triggers.ts and below (`findSecrets`).
   */
  secretShape: 32768,
  /**
   * An English digit word that few ordinary words share, confirmed whole after a blank (" two", " three", " five", " six",
   * " zero", " oh"), from latin-triggers.ts: a number may be spelled out in words (`findSpelledNumbers`). Above the bits a
   * pair table holds, so only a confirmed word sets it.
   */
  spelledDigits: 65536,
  /**
   * A game's or an app's name whose handle follows it (steam, xbox, gamertag, Skype, WeChat, Twitch, Roblox, Minecraft,
   * BattleTag, Cash App), confirmed whole from latin-triggers.ts (`findAccountNames`); like `spelledDigits` above the bits a
   * pair table holds.
   */
  accountApp: 131072,
  /**
   * A relative after a possessive or a relative's title ("my wife ", "your son ", "Uncle "), confirmed whole from
   * latin-triggers.ts: the search for the name after one (`kinshipPattern`) runs only where one stands.
   */
  kinship: 262144,
  /**
   * A bare "code" or "keypad", confirmed whole from latin-triggers.ts: a door's code may follow where a door is named near
   * it (`findAccessCodes`); like `spelledDigits` above the bits a pair table holds.
   */
  accessCode: 524288,
} as const;

// Each rule is a superset of its family's pattern (a pair stands for the longer words it opens). Every alternative of a
// prefilter pattern must be covered by a rule here, or a finding would be lost. Pairs are adjacent syllables, except that
// 는 is kept across one blank for "는 ?분" and "는 ?사람", and 신 and 실 for "[신실] ?분" (`afterBlankClass`).
const syllablePairs: ReadonlyArray<readonly [string, string, number]> = [
  // koreanNameContext: [당호청신약험표성환해전무익담]자[분명]?|[성자객본]명|[청신령대차송금취본]인명?|[대교의호][리수사]|표이사|담[사원]|치의|이름|성함|[금대차업점]주명?|는 ?분|저는 |전 |고객(?![님명])|귀하|외(?= ?\d)|[님씨장표임군양쌤]
  ['당호청신약험표성환해전무익담', '자', textTrigger.koreanNameContext],
  ['성자객본', '명', textTrigger.koreanNameContext],
  ['청신령대차송금취본', '인', textTrigger.koreanNameContext],
  ['대교의호', '리수사', textTrigger.koreanNameContext],
  ['이', '름', textTrigger.koreanNameContext],
  ['성', '함', textTrigger.koreanNameContext],
  ['금대차업점', '주', textTrigger.koreanNameContext],
  ['고', '객', textTrigger.koreanNameContext],
  ['귀', '하', textTrigger.koreanNameContext],
  ['담', '사원', textTrigger.koreanNameContext],
  ['치', '의', textTrigger.koreanNameContext],
  ['는', '분', textTrigger.koreanNameContext],
  // koreanNameCue: [입인이](?:니다|데|요|에요|고요)|에게|한테; its 예요 is koreanVowelCopula
  ['입인이', '니데요에고', textTrigger.koreanNameCue],
  ['예', '요', textTrigger.koreanVowelCopula],
  ['에한', '게테', textTrigger.koreanNameCue],
  // koreanHolding: 명의|계좌|앞으로
  ['명', '의', textTrigger.koreanHolding],
  ['계', '좌', textTrigger.koreanHolding],
  ['앞', '으', textTrigger.koreanHolding],
  // koreanRelativeOrRole, an office title, a sign-off or a label after a name:
  // 기[자사]|[무계약박]사|[생료양비개학]사|사원|조원|니[저션]|이저|프로|수석|[상전총]무|[무접]관|공의|전결|인[계수]|팀 |[드올]림|문명|[석토인재령검로상진세수계권]자|환아|서명자?|참조|담당의?(?=[ \t:：])|작성|신[부랑]|[리속임증고천]인|는 ?사람
  ['기', '자사', textTrigger.koreanRelativeOrRole],
  ['무계약박생료양비개학집권목도', '사', textTrigger.koreanRelativeOrRole],
  // … and a church's offices: 장로, 권찰
  ['장', '로', textTrigger.koreanRelativeOrRole],
  ['권', '찰', textTrigger.koreanRelativeOrRole],
  ['사', '원', textTrigger.koreanRelativeOrRole],
  ['니', '저션', textTrigger.koreanRelativeOrRole],
  ['조', '원', textTrigger.koreanRelativeOrRole],
  ['이', '저', textTrigger.koreanRelativeOrRole],
  ['프', '로', textTrigger.koreanRelativeOrRole],
  ['수', '석', textTrigger.koreanRelativeOrRole],
  // … and a gym's, a club's or a golf course's staff after a name: 트레이너, 코치, 캐디
  ['이', '너', textTrigger.koreanRelativeOrRole],
  ['코', '치', textTrigger.koreanRelativeOrRole],
  ['캐', '디', textTrigger.koreanRelativeOrRole],
  // … and a husband before a name: 남편
  ['남', '편', textTrigger.koreanRelativeOrRole],
  ['상전총', '무', textTrigger.koreanRelativeOrRole],
  ['무접', '관', textTrigger.koreanRelativeOrRole],
  ['공', '의', textTrigger.koreanRelativeOrRole],
  ['전', '결', textTrigger.koreanRelativeOrRole],
  ['인', '계수', textTrigger.koreanRelativeOrRole],
  ['드올', '림', textTrigger.koreanRelativeOrRole],
  ['문서', '명', textTrigger.koreanRelativeOrRole],
  ['석토인재령검로상진세수계권', '자', textTrigger.koreanRelativeOrRole],
  ['환', '아', textTrigger.koreanRelativeOrRole],
  ['참', '조', textTrigger.koreanRelativeOrRole],
  ['작', '성', textTrigger.koreanRelativeOrRole],
  ['신', '부랑', textTrigger.koreanRelativeOrRole],
  ['리속임증고천', '인', textTrigger.koreanRelativeOrRole],
  // "보내는 사람", "받는 사람": by 는 and 사, kept across the blank as for "는 ?분".
  ['는', '사', textTrigger.koreanRelativeOrRole],
  // The police's and the fire service's ranks, an investigation's investigators and witnesses, a surgery's fellow, a
  // board's secretary and directors, an assessor, compliance: 경[감위사장정]|순경|소방[경위장교사]|조사[관자]|참여자|입회인|
  // 전임의|간사|[무업내외]이사|정사|준법감시|무원|퍼리|턴트|후보자 (by 보자, below)
  ['경', '감위사장정', textTrigger.koreanRelativeOrRole],
  ['순', '경', textTrigger.koreanRelativeOrRole],
  ['방', '경위장교사', textTrigger.koreanRelativeOrRole],
  ['사', '관자', textTrigger.koreanRelativeOrRole],
  ['참', '여', textTrigger.koreanRelativeOrRole],
  ['회', '인', textTrigger.koreanRelativeOrRole],
  ['임', '의', textTrigger.koreanRelativeOrRole],
  ['간정', '사', textTrigger.koreanRelativeOrRole],
  ['무업내외', '이', textTrigger.koreanRelativeOrRole],
  // … and a firm's clerk and a candidate's referee: 사무원, 레퍼리
  ['무', '원', textTrigger.koreanRelativeOrRole],
  ['퍼', '리', textTrigger.koreanRelativeOrRole],
  // … and a search firm's consultant after a name: 컨설턴트
  ['턴', '트', textTrigger.koreanRelativeOrRole],
  ['감', '시', textTrigger.koreanRelativeOrRole],
  // An applicant's and a candidate's label, a researcher, a head nurse ("지원자: 윤하은", "후보자: 왕지호", "책임연구원 금동하",
  // "수간호사 오태경"): [원보]자|연구원|간호사
  ['원보', '자', textTrigger.koreanRelativeOrRole],
  ['구', '원', textTrigger.koreanRelativeOrRole],
  ['호', '사', textTrigger.koreanRelativeOrRole],
  // An elder and a child after their names ("정말순 어르신", "이서준 어린이"): 어르신|어린이
  ['르', '신', textTrigger.koreanRelativeOrRole],
  ['린', '이', textTrigger.koreanRelativeOrRole],
  // koreanRelativeOrRole: 남편|아내|아들|아드님|딸|따님|자녀|엄마|아빠|어머니|아버지|동생|언니|오빠|누나|누님|형님|배우자|부인|할머니|
  // 할아버지|며느리|사위|손자|손녀|손주|조카|이모|고모|삼촌|모친|부친|동료|지인|친구|여자친구|남자친구|여친|남친|약혼자|와이프, by
  // their first pair (딸 alone, below)
  ['남', '편', textTrigger.koreanRelativeOrRole],
  ['배', '우', textTrigger.koreanRelativeOrRole],
  ['부', '인', textTrigger.koreanRelativeOrRole],
  ['할', '머아', textTrigger.koreanRelativeOrRole],
  ['며', '느', textTrigger.koreanRelativeOrRole],
  ['사', '위', textTrigger.koreanRelativeOrRole],
  ['손', '자녀주', textTrigger.koreanRelativeOrRole],
  // … and the children by their order: 장남|차남|장녀|차녀
  ['장차', '남녀', textTrigger.koreanRelativeOrRole],
  ['아', '내들빠버드', textTrigger.koreanRelativeOrRole],
  ['엄', '마', textTrigger.koreanRelativeOrRole],
  ['어', '머', textTrigger.koreanRelativeOrRole],
  ['동', '생', textTrigger.koreanRelativeOrRole],
  ['언', '니', textTrigger.koreanRelativeOrRole],
  ['오', '빠', textTrigger.koreanRelativeOrRole],
  ['누', '나님', textTrigger.koreanRelativeOrRole],
  ['따형', '님', textTrigger.koreanRelativeOrRole],
  ['자', '녀', textTrigger.koreanRelativeOrRole],
  ['조', '카', textTrigger.koreanRelativeOrRole],
  ['이고', '모', textTrigger.koreanRelativeOrRole],
  ['삼', '촌', textTrigger.koreanRelativeOrRole],
  ['모부', '친', textTrigger.koreanRelativeOrRole],
  // … and a colleague, an acquaintance or a friend ("직장동료 채윤서가", "지인 우태식", "친구 김하늘이").
  ['동', '료', textTrigger.koreanRelativeOrRole],
  ['지', '인', textTrigger.koreanRelativeOrRole],
  ['친', '구', textTrigger.koreanRelativeOrRole],
  // … a girlfriend or a boyfriend as chat shortens them, a fiancé ("여친 유하린", "남친", "약혼자").
  ['여남', '친', textTrigger.koreanRelativeOrRole],
  ['약', '혼', textTrigger.koreanRelativeOrRole],
  // 와이프 by its last pair: 와이파이 and 와이퍼 hold its first.
  ['이', '프', textTrigger.koreanRelativeOrRole],
  // 학생 before a child's full name (names/korean-names-before-parents.ts).
  ['학', '생', textTrigger.koreanRelativeOrRole],
  // koreanLabel: 생(?:년월일|년|일|신)|출생|태어|환자|병록|차트|의무|진료|진찰|등록|건[강보]|보험증|증번호|증권번호|가입자|면허|의료\s*(?:급여|보험)|메디케어|(?:내원|입원|외래)\s*번호|병원\s*ID|요양\s*인정 (by 급여, 의료)
  ['생', '년일신', textTrigger.koreanLabel],
  ['출', '생', textTrigger.koreanLabel],
  ['태', '어', textTrigger.koreanLabel],
  ['환', '자', textTrigger.koreanLabel],
  ['병', '록', textTrigger.koreanLabel],
  ['차', '트', textTrigger.koreanLabel],
  ['의', '무', textTrigger.koreanLabel],
  ['진', '료찰', textTrigger.koreanLabel],
  ['등', '록', textTrigger.koreanLabel],
  ['건', '강보', textTrigger.koreanLabel],
  ['험', '증', textTrigger.koreanLabel],
  // … and an insurer's 증권번호
  ['증', '번권', textTrigger.koreanLabel],
  ['메', '디', textTrigger.koreanLabel],
  ['내입', '원', textTrigger.koreanLabel],
  ['외', '래', textTrigger.koreanLabel],
  ['병', '원', textTrigger.koreanLabel],
  ['가', '입', textTrigger.koreanLabel],
  ['면', '허', textTrigger.koreanLabel],
  ['급', '여', textTrigger.koreanLabel],
  ['의', '료', textTrigger.koreanLabel],
  // … and long-term care's 요양인정번호
  ['요', '양', textTrigger.koreanLabel],
  // koreanCalled: 라고 (its 라는 needs a blank after it, below)
  ['라', '고', textTrigger.koreanCalled],
  // koreanServiceVerb: the first two syllables of each of `serviceVerbStems` in korean-name-cues.ts
  ...(
    [
      ['전통', '화'],
      ['연', '락'],
      ['문', '자의'],
      ['말', '했씀하'],
      ['얘', '기'],
      ['상', '담'],
      ['방주', '문'],
      ['예', '약'],
      ['가', '입'],
      ['신', '청'],
      ['결', '제'],
      ['해', '지'],
      ['취', '소'],
      ['변', '경'],
      ['보', '냈'],
      ['받', '았'],
      ['찾', '아'],
      ['다', '녀'],
    ] as const
  ).map(([firsts, seconds]) => [firsts, seconds, textTrigger.koreanServiceVerb] as const),
  // disguisedNumber: a Korean number opens with 0 and one of 1–7 (010, 02, 031, 041, 051, 061, 070), spelled out.
  ['공영', '일이삼사오육칠', textTrigger.disguisedNumber],
  // disguisedNumber: a resident or foreigner number's label, after which one may be spelled out (`spelledResidentNumbers`).
  ['주', '민', textTrigger.disguisedNumber],
  ['외', '국', textTrigger.disguisedNumber],
  // credentialLabel: 비밀번호, 비번, 암호, 핀번호, 보안코드, 뒷면
  ['비', '밀번', textTrigger.credentialLabel],
  ['암', '호', textTrigger.credentialLabel],
  ['핀', '번', textTrigger.credentialLabel],
  ['보', '안', textTrigger.credentialLabel],
  // a card's code by where it is printed: 뒷면 번호, 뒷면 3자리, 뒷자리 세 개
  ['뒷', '면자', textTrigger.credentialLabel],
  // … and 뒤에 3자리, 뒤의 세 자리, 뒤쪽 번호
  ['뒤', '에의쪽', textTrigger.credentialLabel],
  // … and an American Express card's 앞면 4자리
  ['앞', '면', textTrigger.credentialLabel],
  // a door's code: 도어락 (번호), 현관 (비밀)번호
  ['어', '락', textTrigger.credentialLabel],
  ['현', '관', textTrigger.credentialLabel],
  // credentialLabel, a keypad's, a key box's and an alarm's code: 키패드, 키박스, 경보기
  ['키', '패박', textTrigger.credentialLabel],
  ['경', '보', textTrigger.credentialLabel],
  // a digital lock's 번호키 and a padlock's 자물쇠 (번호)
  ['호', '키', textTrigger.credentialLabel],
  ['물', '쇠', textTrigger.credentialLabel],
  // credentialLabel, a card's expiry date: 유효기간, 만료
  ['유', '효', textTrigger.credentialLabel],
  ['만', '료', textTrigger.credentialLabel],
  // credentialLabel, usernames: 아이디, 계정, 닉네임, 캐릭터, 인스타(그램), 트위터, 텔레그램, 틱톡, 카톡, 카카오톡, 디코
  ['이', '디', textTrigger.credentialLabel],
  ['계', '정', textTrigger.credentialLabel],
  ['닉', '네', textTrigger.credentialLabel],
  // … and a game character's name (캐릭터명, 캐릭터 닉네임)
  ['캐', '릭', textTrigger.credentialLabel],
  ['인', '스', textTrigger.credentialLabel],
  ['트텔', '위레', textTrigger.credentialLabel],
  ['틱카오', '톡', textTrigger.credentialLabel],
  // 디코 and 디스코드 (Discord)
  ['디', '코스', textTrigger.credentialLabel],
  // 위챗 (WeChat)
  ['위', '챗', textTrigger.credentialLabel],
  // secretShape: a key's label, 토큰 and 시크릿
  ['토', '큰', textTrigger.secretShape],
  ['시', '크', textTrigger.secretShape],
  // 인증키, a Korean portal's API key.
  ['증', '키', textTrigger.secretShape],
  // 스트림키 and 스트림 키, a stream key.
  ['트', '림', textTrigger.secretShape],
  // emailObfuscation: 골뱅이
  ['골', '뱅', textTrigger.emailObfuscation],
];
/** Syllables that are a context word on their own. */
const singleSyllables: ReadonlyArray<readonly [string, number]> = [
  ['님씨장표임군양쌤', textTrigger.koreanNameContext],
  // 앳 (@), and 닷 or 쩜 (a dot) before a Hangul or a Latin domain part ("닷컴", "naver닷com").
  ['앳닷쩜', textTrigger.emailObfuscation],
  // koreanRelativeOrRole: 딸, a relative of one syllable
  ['딸', textTrigger.koreanRelativeOrRole],
];
/** Syllables, after any character, that count only right before a space, a tab or a colon ("전 ", "고객 ", "본인:"). */
const beforeSeparatorSyllables: ReadonlyArray<readonly [string, number]> = [
  ['전', textTrigger.koreanNameContext],
  ['객인명자행크협국모', textTrigger.koreanNameCue],
  // koreanRelativeOrRole: a team's name before its member ("인사팀 심소정"); a form's 모 and 부 before a name ("모 / 윤말순"); 저
  // before one's own ("세대주는 저 조은비고요").
  ['팀모부저', textTrigger.koreanRelativeOrRole],
  // koreanNameContext: 외 before a count of people ("김민수 외 2명").
  ['외', textTrigger.koreanNameContext],
];
/** Pairs that count only right before a separator ("저는 "; "배송비는 얼마" holds no context word). */
const beforeSeparatorPairs: ReadonlyArray<readonly [string, string, number]> = [
  ['저', '는', textTrigger.koreanNameContext],
  // koreanCalled: 라는[ \t]
  ['라', '는', textTrigger.koreanCalled],
  // koreanRelativeOrRole: 담당 before its colon ("담당: 박서연"); 담당자 is a label of the honorific pattern.
  ['담', '당', textTrigger.koreanRelativeOrRole],
  // koreanRelativeOrRole: 담당의 (the attending doctor) before a blank or a colon ("담당의 박정우").
  ['당', '의', textTrigger.koreanRelativeOrRole],
  // koreanRelativeOrRole: [신실] ?분, the person of a form ("주문하신 분: 김민수", "받으실 분 이영희"); 신분증 is no label.
  ['신실', '분', textTrigger.koreanRelativeOrRole],
  // koreanRelativeOrRole: the duty before whoever handled a record ("처리: 헬프데스크 나윤성", "처리자 …", "접수: 안내데스크 …",
  // "확인 직원: …", "당직자 …", "처방의 …", "처방의료인: …", "당직의 …"); 담당, 기사, 확인자, 주치의 and 전공의 are read above.
  ['처', '리', textTrigger.koreanRelativeOrRole],
  ['리직', '자', textTrigger.koreanRelativeOrRole],
  ['접', '수', textTrigger.koreanRelativeOrRole],
  ['직', '원', textTrigger.koreanRelativeOrRole],
  ['당', '직', textTrigger.koreanRelativeOrRole],
  ['방직', '의', textTrigger.koreanRelativeOrRole],
  ['료', '인', textTrigger.koreanRelativeOrRole],
];

const hangulFirst = 0xac00;
const relevant = [
  ...new Set([
    ...[...syllablePairs, ...beforeSeparatorPairs].flatMap(([first, second]) => [...first, ...second]),
    ...[...singleSyllables, ...beforeSeparatorSyllables].flatMap(([syllables]) => [...syllables]),
  ]),
];
/**
 * Width of a row of `pairBits`: class 0 stands for every other character, and the last class for 신 or 실 before a blank
 * (`afterBlankClass`), which no syllable has.
 */
export const syllableClassCount = relevant.length + 2;
const bridgedClass = syllableClassCount - 1;
/** The class of each Hangul syllable (index `code - 0xac00`); 0 for a syllable no rule names. */
export const syllableClass = new Uint8Array(11_172);
/** How far the bits that wait for a separator are shifted in a `pairBits` entry (above every `textTrigger` bit). */
export const separatorShift = 16;
/** The bits of a `pairBits` entry that count at once. */
export const immediateMask = (1 << separatorShift) - 1;
/**
 * What a syllable of class `class` after one of class `previousClass` (0: any other character) sets, at
 * `previousClass * syllableClassCount + class`: the bits that count at once (the pair's and the syllable's own) and, above
 * `separatorShift`, those that count if a separator follows. One entry per syllable, read without a branch.
 */
export const pairBits = new Int32Array(syllableClassCount * syllableClassCount);

relevant.forEach((syllable, index) => {
  syllableClass[syllable.charCodeAt(0) - hangulFirst] = index + 1;
});
const classOf = (syllable: string) => syllableClass[syllable.charCodeAt(0) - hangulFirst] ?? 0;
/**
 * The class that stands after a blank, by the class before it: 0 except for 는 and 생, kept as they are ("는 ?분", "는
 * ?사람", "생 년 월 일"), and 신 and 실, which become a class whose only pair is the one with 분 (a bridged 신 must not
 * open 신청, 신자 or 신인).
 */
export const afterBlankClass = new Uint8Array(syllableClassCount);
afterBlankClass[classOf('는')] = classOf('는');
// A certificate spaces its labels' syllables ("생 년 월 일:"): 생 keeps its class over the blank.
afterBlankClass[classOf('생')] = classOf('생');
afterBlankClass[classOf('신')] = bridgedClass;
afterBlankClass[classOf('실')] = bridgedClass;

const enter = (options: { previousClasses: readonly number[]; syllables: string; bits: number }) => {
  for (const previousClass of options.previousClasses)
    for (const syllable of options.syllables) {
      const index = previousClass * syllableClassCount + classOf(syllable);
      pairBits[index] = (pairBits[index] ?? 0) | options.bits;
    }
};
const everyClass = Array.from({ length: syllableClassCount }, (_, index) => index);
for (const [firsts, seconds, bit] of syllablePairs) enter({ previousClasses: [...firsts].map(classOf), syllables: seconds, bits: bit });
for (const [firsts, seconds, bit] of beforeSeparatorPairs)
  enter({ previousClasses: [...firsts].map(classOf), syllables: seconds, bits: bit << separatorShift });
for (const [syllables, bit] of singleSyllables) enter({ previousClasses: everyClass, syllables, bits: bit });
for (const [syllables, bit] of beforeSeparatorSyllables) enter({ previousClasses: everyClass, syllables, bits: bit << separatorShift });
// "주문하신 분:", "받으실 분 ": 분 after a bridged 신 or 실, before a separator.
enter({ previousClasses: [bridgedClass], syllables: '분', bits: textTrigger.koreanRelativeOrRole << separatorShift });
