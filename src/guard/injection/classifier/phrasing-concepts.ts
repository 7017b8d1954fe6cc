// What an attack talks about, whatever words it uses: each word of a text is mapped to the concepts it names (the model
// itself, its instructions, setting them aside, showing them, a new role, a claimed authority…), so the classifier can
// learn "set aside + instructions" once and read it in wordings it was never trained on ("the config you launched with was
// rolled back", "기존 세팅은 무효야"). The lists hold general vocabulary of each concept, not phrases of any attack set.

/** The concepts, by bit. */
export const phrasingConcept = {
  /** The assistant, the model or an automated reader. */
  model: 0,
  /** Its instructions, prompt, rules, configuration. */
  instructions: 1,
  /** Setting something aside, switching it off, replacing it. */
  setAside: 2,
  /** What came before: previous, original, existing. */
  earlier: 3,
  /** Showing, printing, repeating, handing over. */
  reveal: 4,
  /** Taking on a role, a mode, a character; pretending. */
  role: 5,
  /** A claimed authority: staff, developers, vendors, auditors. */
  authority: 6,
  /** What is kept from a customer: other people's data, secrets, internals. */
  protectedData: 7,
  /** An action with consequences through a tool: refunds, transfers, approvals. */
  consequentialAction: 8,
  /** A link, an image or an address data can be sent to. */
  destination: 9,
  /** Obligation and totality: must, always, never, every. */
  obligation: 10,
  /** Addressing whoever reads or processes the text. */
  readerAddress: 11,
  /** Keeping something from the user: do not mention, hide, secretly. */
  conceal: 12,
  /** Encodings and transformations: base64, decode, reversed. */
  encoding: 13,
  /** From now on, henceforth, starting now. */
  fromNow: 14,
  /** Without limits: unrestricted, uncensored, anything. */
  unrestricted: 15,
  /** A conversation's roles and markers: system, assistant, user, end of prompt. */
  turnMarker: 16,
} as const;

type Concept = keyof typeof phrasingConcept;

/** A list written as one line of comma-separated entries, so each concept's vocabulary reads at a glance. */
const list = (entries: string): readonly string[] => entries.split(', ');

// English words, lower case; a trailing * matches any word that starts so.
const englishWords: Record<Concept, readonly string[]> = {
  model: list(
    'assistant*, ai, bot, bots, chatbot*, model, models, llm*, agent, agents, gpt*, copilot, summari*, automat*, chatgpt, claude, gemini, yourself',
  ),
  instructions: list(
    'instruction*, prompt*, rule, rules, guideline*, config*, setup, settings, directive*, guardrail*, constraint*, restriction*, programming, preamble, policy, policies, persona, briefing, guidance, initiali*, primed, loaded, told, orders, filter*, moderation, safeguard*, limits, boundaries',
  ),
  setAside: list(
    'ignore*, disregard*, forget*, overrid*, bypass*, supersed*, void, voided, revok*, retract*, rescind*, scrap*, scratch, discard*, suspend*, lift, lifted, disabl*, deactivat*, unlock*, drop, dropped, abandon*, replac*, rolled, reset, wipe*, cancel*, null, obsolete, expired, nothing, off',
  ),
  earlier: list('previous*, prior, earlier, above, original*, initial*, existing, old, before, preceding, former*, default*, factory'),
  reveal: list(
    'reveal*, show, showing, print*, output*, display*, repeat*, echo*, recite*, dump*, expose*, leak*, disclos*, verbatim, copy, paste, export*, word, exact*, spell, transcri*, list, read',
  ),
  role: list(
    'pretend*, roleplay*, role, roles, persona*, character*, act, acting, simulat*, mode, become, play, playing, game, imagine, hypothetical*, fiction*, story, dan, jailbr*, alter, twin, version',
  ),
  authority: list(
    'admin*, developer*, engineer*, operator*, ops, staff, supervisor*, manager*, owner*, vendor*, openai, anthropic, google, security, trust, safety, auditor*, audit*, regulator*, compliance, legal, root, sudo, maintenance, debug*, authori*, clearance, official*, headquarters, hq, team, internal',
  ),
  protectedData: list(
    'customers, subscribers, users, accounts, database*, records, credential*, password*, token*, secret*, confidential, private, personal, key, keys, hidden, internal, api, logs, history, others, everyone',
  ),
  consequentialAction: list(
    'refund*, transfer*, waive*, credit*, approv*, execute*, invoke*, delete*, verif*, grant*, send, forward*, email, call, payment*, discount*, upgrade*, escalat*, mark, close',
  ),
  destination: list('link, http*, url, image, img, webhook*, domain, address, endpoint*, markdown, pixel, query'),
  obligation: list('must, always, never, shall, required, mandatory, every, all, any, only, immediately, instead'),
  readerAddress: list('reading, reader*, processing, whoever, note, attention, if, automated, parsing, ingest*, crawler*, indexing'),
  conceal: list('hide, hidden, conceal*, secretly, quietly, silently, omit*, mention, unnoticed, without'),
  encoding: list('base64, hex, decode*, encod*, revers*, backwards, rot13, cipher*, translate*, unscramble, letters'),
  fromNow: list('now, henceforth, onward*, forward, hereafter, going, starting, until'),
  unrestricted: list('unrestrict*, uncensor*, unfilter*, unlimited, anything, whatever, limitless, unbound*, free, freedom, no'),
  turnMarker: list('system, assistant, user, end, begin, inst, sys, im_start, im_end, human'),
};

// Korean stems found anywhere in a word (an eojeol carries its particles and endings).
const koreanStems: Record<Concept, readonly string[]> = {
  model: list('어시스턴트, 챗봇, 상담봇, 인공지능, 에이전트, 모델, 봇, 너는, 넌, 너의, 네가, 니가, 당신'),
  instructions: list(
    '프롬프트, 지시, 지침, 규칙, 설정, 세팅, 명령, 가이드, 정책, 제약, 제한, 룰, 초기값, 운영 원칙, 원칙, 필터, 검열, 학습',
  ),
  setAside: list(
    '무시, 잊어, 잊고, 잊으, 버려, 버리, 취소, 해제, 풀어, 무효, 폐기, 우회, 꺼, 끄고, 비활성, 덮어, 대체, 초기화, 리셋, 없던, 신경 쓰지, 신경쓰지, 빼고, 철회',
  ),
  earlier: list('이전, 앞서, 앞의, 기존, 위의, 위에, 원래, 처음, 지금까지, 예전, 기본'),
  reveal: list('보여, 출력, 알려, 공개, 말해, 그대로, 원문, 복사, 적어, 읊어, 나열, 유출, 털어, 전문, 토씨, 보내줘, 뽑아'),
  role: list('역할, 척해, 척하, 연기, 모드, 캐릭터, 롤플, 상황극, 가정, 게임, 탈옥, 소설, 이야기'),
  authority: list(
    '관리자, 개발자, 운영팀, 운영자, 본사, 보안팀, 감사, 담당자, 엔지니어, 권한, 점검, 디버그, 마스터, 팀장, 직원, 내부, 공식, 규제, 당국',
  ),
  protectedData: list(
    '다른 고객, 타 고객, 고객 정보, 고객정보, 개인정보, 데이터베이스, 비밀번호, 토큰, 내부 자료, 명단, 기밀, 비공개, 계정, 내역, 주민번호',
  ),
  consequentialAction: list('환불, 이체, 송금, 면제, 승인, 해지, 처리해, 처리하, 전송, 보내, 실행, 호출, 인증, 지급, 할인, 감면, 적용'),
  destination: list('링크, http, 주소, url, 이미지, 웹훅, 도메인'),
  obligation: list('반드시, 무조건, 항상, 절대, 모든, 전부, 꼭, 즉시, 대신'),
  readerAddress: list('읽는, 요약하는, 처리하는, 분석하는, 읽고 있는, 참고, 주의, 이 문서, 이 글, 이 메일, 라면'),
  conceal: list('숨기, 숨겨, 몰래, 비밀로, 언급하지, 말하지 마, 알리지 마, 알리지 말, 티 내지, 모르게'),
  encoding: list('인코딩, 디코딩, 해독, 거꾸로, 역순, 번역, 암호'),
  fromNow: list('지금부터, 이제부터, 앞으로, 이제, 오늘부터, 당분간'),
  unrestricted: list('제한 없, 제한없, 무제한, 뭐든, 무엇이든, 아무거나, 자유롭게, 검열 없, 필터 없'),
  turnMarker: list('시스템'),
};

interface ConceptTable {
  exact: Map<string, number>;
  prefixes: Array<{ prefix: string; mask: number }>;
  korean: Array<{ stem: string; mask: number }>;
  koreanPhrases: Array<{ stem: string; mask: number }>;
}

function buildTable(): ConceptTable {
  const exact = new Map<string, number>();
  const prefixes: ConceptTable['prefixes'] = [];
  const korean: ConceptTable['korean'] = [];
  const koreanPhrases: ConceptTable['koreanPhrases'] = [];
  for (const [concept, words] of Object.entries(englishWords) as Array<[Concept, readonly string[]]>) {
    const bit = 1 << phrasingConcept[concept];
    for (const word of words) {
      if (word.endsWith('*')) prefixes.push({ prefix: word.slice(0, -1), mask: bit });
      else exact.set(word, (exact.get(word) ?? 0) | bit);
    }
  }
  for (const [concept, stems] of Object.entries(koreanStems) as Array<[Concept, readonly string[]]>)
    for (const stem of stems) (stem.includes(' ') ? koreanPhrases : korean).push({ stem, mask: 1 << phrasingConcept[concept] });
  return { exact, prefixes, korean, koreanPhrases };
}

const table = buildTable();
const remembered = new Map<string, number>();
const mostRemembered = 50_000;

/**
 * The concepts a word names, as bits of `phrasingConcept` (0 for most words). `word` is lower case, as the classifier's
 * normalisation leaves it; a Korean word is matched by the stems it holds.
 *
 * @example
 * conceptsOfWord('disregarded') === 1 << phrasingConcept.setAside; // true
 * conceptsOfWord('무시하고') === 1 << phrasingConcept.setAside; // true
 */
export function conceptsOfWord(word: string): number {
  const known = remembered.get(word);
  if (known !== undefined) return known;
  let mask = table.exact.get(word) ?? 0;
  if (word.charCodeAt(0) < 0x80) {
    for (const { prefix, mask: bit } of table.prefixes) if (word.startsWith(prefix)) mask |= bit;
  } else for (const { stem, mask: bit } of table.korean) if (word.includes(stem)) mask |= bit;
  if (remembered.size >= mostRemembered) remembered.clear();
  remembered.set(word, mask);
  return mask;
}

/**
 * The concepts of the Korean phrases that span two words ("다른 고객", "제한 없이", "말하지 마"), read on a word and the next.
 *
 * @example
 * conceptsOfWordPair('다른', '고객의') === 1 << phrasingConcept.protectedData; // true
 */
export function conceptsOfWordPair(word: string, next: string): number {
  if (word.charCodeAt(0) < 0x80) return 0;
  const pair = `${word} ${next}`;
  let mask = 0;
  for (const { stem, mask: bit } of table.koreanPhrases) if (pair.includes(stem)) mask |= bit;
  return mask;
}

/** How many words apart two concepts may stand to count as a pair ("forget everything you were told before"). */
const pairReach = 6;

/**
 * Adds a text's concept features through `add` (a hash per feature): each concept a word names, each ordered pair of
 * concepts at most `pairReach` words apart, and each pair of concepts the text holds anywhere.
 *
 * @example
 * addConceptFeatures(['ignore', 'your', 'rules'], (hash) => hashes.push(hash));
 */
export function addConceptFeatures(words: readonly string[], add: (hash: number) => void): void {
  const masks: number[] = [];
  let present = 0;
  for (let index = 0; index < words.length; index += 1) {
    const mask = conceptsOfWord(words[index]!) | (index + 1 < words.length ? conceptsOfWordPair(words[index]!, words[index + 1]!) : 0);
    masks.push(mask);
    present |= mask;
  }
  if (present === 0) return;
  for (let index = 0; index < masks.length; index += 1) {
    const mask = masks[index]!;
    if (mask === 0) continue;
    forEachBit(mask, (concept) => add(Math.imul(concept + 1, 0x2545f491) ^ 0x1b873593));
    for (let next = index + 1; next < masks.length && next <= index + pairReach; next += 1) {
      const other = masks[next]!;
      if (other !== 0)
        forEachBit(mask, (first) => forEachBit(other, (second) => add(Math.imul(first * 32 + second + 1, 0x68e31da4) ^ 0x5bd1e995)));
    }
  }
  forEachBit(present, (first) =>
    forEachBit(present, (second) => {
      if (first < second) add(Math.imul(first * 32 + second + 1, 0x3c6ef372) ^ 0x27d4eb2f);
    }),
  );
}

function forEachBit(mask: number, visit: (bit: number) => void): void {
  for (let rest = mask; rest !== 0; rest &= rest - 1) visit(31 - Math.clz32(rest & -rest));
}
