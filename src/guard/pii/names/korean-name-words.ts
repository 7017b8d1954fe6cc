// Korean context words around a name: honorifics and titles after it, labels before it, the endings that follow it and common words that only look like names.

/**
 * Titles of companies, offices and professions after a full name ("박지훈 매니저님", "정해인 책임", "김민수 주무관", "이수진
 * 변호사"). A word before them is as often a kind of one ("전담 매니저", "국선 변호사", "신입 사원"), so only a full name
 * counts (`fullNameOnlyHonorifics`).
 */
const officeTitles = [
  ...['매니저', '프로', '책임', '선임', '수석', '사원', '상무', '전무', '회장', '소장', '국장', '본부장', '지점장', '센터장'],
  ...['반장', '조장', '계장', '파트장', '점검원', '검침원', '작가'],
  // A married woman addressed with respect, as a family or a care agency writes a carer ("조선희 여사님"); an elder and a
  // child as a care home's or a clinic's notice writes them ("정말순 어르신", "이서준 어린이").
  ...['여사', '어르신', '어린이'],
  ...['주무관', '사무관', '변호사', '세무사', '법무사', '노무사', '회계사', '약사', '박사', '기자', '기사', '상담사', '상담원'],
  // A church's offices, as its rosters and notices write them after a name ("최미숙 권사님", "이상철 집사님").
  ...['집사', '권사', '장로', '목사', '전도사', '권찰'],
  // The police's and the fire service's ranks, and licensed assessors ("봉지욱 경위", "어태윤 소방장", "류하은 손해사정사").
  ...['경정', '경감', '경위', '경사', '경장', '순경', '소방경', '소방위', '소방장', '소방교', '소방사', '공인노무사', '손해사정사'],
  // A prosecutor's investigator, as a voice-phishing caller names himself, and a teaching assistant ("서울중앙지검 김태준
  // 수사관", "담당 오세진 조교").
  ...['수사관', '조교'],
  // A gym's, a club's or a golf course's staff, as members and parents write them ("정우람 트레이너님", "황보민 코치입니다",
  // "윤하늘 캐디님").
  ...['트레이너', '코치', '캐디'],
  // A search firm's consultant and an embassy's or a court's clerk, as a report's or a reply's line writes them ("인재채움
  // 노하은 컨설턴트 /", "(영사 민원실 주하람 실무관)").
  ...['컨설턴트', '실무관'],
  // A candidate as a search firm's or an employer's mail writes them ("[평판조회] 노하은 후보자 일정", "노하은 후보자께서").
  '후보자',
];

/** Honorifics and job titles that follow a name ("홍길동 고객님", "김민수 과장"), longest first so the alternation prefers them. */
export const honorificsAfterName = [
  '고객님',
  '고객',
  '선생님',
  '여사님',
  '간호사',
  '환자분',
  '환자',
  '회원님',
  '과장',
  '대리',
  '부장',
  '차장',
  '팀장',
  '실장',
  '원장',
  '교수',
  '의사',
  '사장',
  '대표',
  '주임',
  ...officeTitles,
  // The formal address of a letter or a form ("홍길동 귀하").
  '귀하',
  // A letter's sign-off ("김철수 드림", "홍길동 올림"); only at the end of a line (`signOffs`).
  '드림',
  '올림',
  // The person oneself ("최수진 본인이에요"), and the first of a party before the count of the others ("김민수 외 2명").
  '본인',
  '외',
  '님',
  '씨',
  '군',
  '양',
  // A teacher or a coach as pupils and parents call one ("한결쌤이에요", "변재호 쌤").
  '쌤',
  // An elderly neighbour, tenant or landlord as a field note or a chat names them ("3층 사시는 김정숙 할머니"): a full name
  // only (`fullNameOnlyHonorifics`), and no title of a list's items (`jobTitles`), as "하원은 할머니" is no item.
  '할머니',
  '할아버지',
] as const;

/** Titles that a department word can precede without a space ("영업팀장"): only a 3+ syllable name may attach to these. */
export const jobTitles: ReadonlySet<string> = new Set([
  '과장',
  '대리',
  '부장',
  '차장',
  '팀장',
  '실장',
  '원장',
  '교수',
  '의사',
  '사장',
  '대표',
  '주임',
  '간호사',
  // Licensed professions, written after the name as titles are ("정하늘 공인중개사", "김민수 변호사").
  ...['공인중개사', '변호사', '세무사', '법무사', '노무사', '회계사', '약사'],
  ...officeTitles,
]);

/** The last syllables of a squad's or a chat room's name (정비반, 작업반, 당직방), which no given name ends in. */
export const groupEndings: ReadonlySet<number> = new Set([...'반방'].map((syllable) => syllable.charCodeAt(0)));
/**
 * Places and desks that stand where a person's name would ("사무실 02-…", "주유소 계좌") and read like a surname plus
 * given-name syllables: by the last syllable (office, station, branch, department, bureau, floor, and a group's), which
 * given names almost never end with, and by name.
 */
export const placeEndings: ReadonlySet<number> = new Set([
  ...[...'실소처과관국점팀청층'].map((syllable) => syllable.charCodeAt(0)),
  ...groupEndings,
]);
export const placeWords: ReadonlySet<string> = new Set([
  ...['경찰서', '소방서', '세무서', '한의원', '지구대', '주민센터', '고객센터'],
  ...['우체국', '방송국', '사무국'],
]);

/**
 * Titles that are everyday words too ("회사 책임", "신규 사원", "30 프로", "시험 수석", "신문 기자"), and 본인 and 외 ("가입자
 * 본인", "그 외 3명"): only a full name of common given-name syllables may come before them.
 */
export const titlesLikeCommonWords: ReadonlySet<string> = new Set([
  ...['프로', '책임', '선임', '수석', '사원', '기사', '박사', '기자'],
  ...['소장', '국장', '회장', '상담사', '상담원', '본인', '외'],
]);
/** Sign-offs that end a letter: a full name before one counts only when nothing but punctuation follows on its line. */
export const signOffs: ReadonlySet<string> = new Set(['드림', '올림']);
/**
 * Words that follow a full name only ("최지우 고객이 해지 요청", "홍길동 고객 건"): before them a two-syllable word is a kind
 * of customer ("신규 고객", "기존 고객"), and a word ending in a verb's modifier is one too ("가입한 고객", "연체된 고객").
 */
export const fullNameOnlyHonorifics: ReadonlySet<string> = new Set(['고객', '여사님', '할머니', '할아버지', ...officeTitles, ...signOffs]);
export const modifierEndings: ReadonlySet<number> = new Set([...'한된할될운던'].map((syllable) => syllable.charCodeAt(0)));

/** 군 and 양 are everyday syllables (다양, 해군); they count only after a space ("김민지 양"). */
export const spacedOnlyHonorifics: ReadonlySet<string> = new Set(['군', '양']);
/**
 * Nouns that follow 한 (one) or 이 (this), both surnames too, so that "한 가지" or "이 부분" reads like a surname written apart
 * from a given name ("김 민수"); before an honorific they are no given name either ("한 가지 고객님께 안내드립니다").
 */
export const nounsAfterDeterminer: ReadonlySet<string> = new Set([
  '가지',
  '사람',
  '부분',
  '경우',
  '정도',
  '자리',
  '동안',
  '번째',
  '순간',
  '주일',
  // A patient's sex before a title ("70대 남성 환자"), which only a full name may not start with (여성민).
  '남성',
  '여성',
]);
/** Counters after 한 (one): "보호자 한 명만" is one guardian, not 한명만. */
export const countersAfterOne: ReadonlySet<number> = new Set(
  [...'명번개분달주살시대장권잔벌건차회곳줄쌍통병알층마'].map((syllable) => syllable.charCodeAt(0)),
);

/** Labels that introduce a name ("성명: 홍길동", "예금주 김민수"); self-introductions need a copula after the name. */
/** Office titles and care jobs that a signature line, a report or a record writes before a name. */
const officeAndCareJobs = [
  ...['원장', '팀장', '과장', '부장', '실장', '반장', '조장', '인사팀장', '담임교사', '교사', '치위생사', '간호조무사', '물리치료사'],
  ...['영양사', '정비사', '중개보조원', '테크니션', '어드바이저'],
  // An official's, a resident's, a vet's, an interviewer's, an agent's or a club's treasurer's line ("주무관 은하준", "전공의:
  // 한도경", "면접관 하태인·노유리", "공인중개사 진다솜", "총무 표은정").
  ...['주무관', '전공의', '수의사', '담당수의사', '면접관', '공인중개사', '총무', '담당간호사', '의뢰의사', '장학사'],
  // A building's manager and its residents' chair, a branch's head, a broadcaster's writer, a meter's or a boiler's
  // inspector, a rental's second driver ("관리소장 피영태", "입주자대표회장 반인숙", "승인 지점장 편동국", "작가 이슬비",
  // "점검원: 도미정", "동승운전자 도승아").
  ...['관리소장', '입주자대표회장', '지점장', '센터장', '파트장', '작가', '점검원', '검침원', '동승운전자'],
  // A club's, a parents' or a residents' committee in its minutes, and a counsellor's record ("참석: 회장 박민철, 총무 윤지아",
  // "서기 채민재", "상담자 김혜린").
  ...['회장', '부회장', '서기', '상담자'],
  // A police file's investigators and witnesses, a surgery's fellow, a carer, a board's secretary and directors ("조사관
  // 추동혁", "참여자 경사 봉나래", "전임의 반지원", "요양보호사 사희정", "간사 설민재", "상무이사 빙태준").
  // 경위 is as often a report's account of what happened ("경위: 금형 교체 중 …"): after a name only.
  ...['경감', '경사', '경장', '순경', '소방장', '조사관', '조사자', '참여자', '입회인', '전임의', '요양보호사', '간사'],
  // A crew's fire ranks and an optician before their names ("구급대원: 소방교 기현수, 소방사 천다인", "검사자: 안경사 피윤정").
  ...['소방교', '소방사', '소방위', '소방경', '안경사'],
  ...['상무이사', '영업이사', '전무이사', '노무사', '손해사정사', '준법감시'],
  // Who applies, who is put forward, a researcher, a head nurse ("지원자: 윤하은", "책임연구원 금동하", "수간호사 오태경").
  ...['지원자', '후보자', '연구원', '책임연구원', '선임연구원', '수석연구원', '수간호사', '간호부장'],
  // A school's counsellor, nurse and teaching assistant, a foundation's chair, a supervisor, a pupil of an academy ("상담교사
  // 한수정", "보건교사 확인: 유서영", "이사장 민경태", "지도교수 하경민", "담당 오세진 조교", "원생 최은우").
  ...['상담교사', '보건교사', '이사장', '지도교수', '조교', '원생'],
  // A public office's field surveyor and a court's or a ministry's clerks, a firm's clerk, and the directors a company's
  // registration lists ("조사원 엄하린", "법원사무관 진소라", "사무원 변다희", "사내이사 국태윤").
  ...['조사원', '사무관', '법원사무관', '사무원', '사내이사', '사외이사'],
];

const relativesBeforeName = [
  ...['어머니', '아버지', '남동생', '여동생', '큰오빠', '막내', '둘째', '외삼촌', '삼촌'],
  // A grandmother or a spouse in a claim's, a divorce's or a family's papers ("할머니 김말순 430512-…", "전남편 왕동규,"):
  // see `relativesBeforeNameWithoutColon`.
  ...['할머니', '남편', '전남편'],
  // An elder sibling as an emergency contact's line writes them ("비상연락처: 누나 황보민 +82 10-…"); see
  // `relativesBeforeNameWithoutColon`.
  ...['누나', '언니', '오빠'],
];

/**
 * Relatives who speak in a family's chat as often as they are named ("남편: 여보 우리 차 …"): a name after them only with
 * no colon between.
 */
export const relativesBeforeNameWithoutColon: ReadonlySet<string> = new Set(['할머니', '남편', '전남편', '누나', '언니', '오빠']);
/**
 * Relatives written before a full name in a family's accounts or a claim ("어머니 심말순, 남동생 황보준기와", "큰오빠 명재훈:",
 * "외삼촌 황보영철이 운전해요"): a name in Hangul right after the word, with no particle between ("어머니를 부양하고" is
 * the mother herself).
 */
export const relativeLabels: ReadonlySet<string> = new Set(relativesBeforeName);

export const labelsBeforeName = [
  '성명',
  '이름',
  '성함',
  // "my name" written as one word in chat ("받는사람 내이름 황지원으로 해줘").
  '내이름',
  '제이름',
  // A real name beside a nickname or a stage name ("본명은 김유나고").
  '본명',
  '환자명',
  '환자 이름',
  // The romanised name of a passport or a card ("영문명: HONG GILDONG", "영문이름 Lee Jieun").
  ...['영문명', '영문이름', '영문성명'],
  // The people of a meeting's minutes or an approval line ("참석자: 김민수, 이영희", "검토자 이영희", "담당: 박서연").
  ...['참석자', '검토자', '승인자', '결재자', '참조', '담당', '서명', '서명자'],
  // The subject of a checkup, a request, an employment or a benefit, and a child patient ("수검자 홍정민", "요청자: 문성현",
  // "근로자: 차민혁", "대상자: 권하린", "환아: 정이준").
  ...['수검자', '수진자', '요청자', '근로자', '대상자', '환아'],
  // Who reports a move, who pays a tax, a class's teacher ("신고인: 류지은", "납세자: 변하린", "담임: 안소라").
  ...['신고인', '납세자', '담임'],
  // Parties of a delivery, a power of attorney or an estate ("보내는 사람 홍길동", "법정대리인 박영희", "피상속인 김철수").
  ...[
    '수령자',
    '보내는 사람',
    '받는 사람',
    '보내는사람',
    '받는사람',
    '대리인',
    '법정대리인',
    '상속인',
    '피상속인',
    '위임인',
    '수임인',
    '연대보증인',
  ],
  '고객명',
  '예금주',
  // An employer or a shop's owner on a labour or a licence form ("사업주 한기석", "업주: 정미란", "점주 공태식").
  '사업주',
  '업주',
  '점주',
  '담당자',
  '보호자',
  '신청인',
  '신청자',
  '수신인',
  '수신자',
  '수령인',
  '받는 분',
  '받는분',
  '받으시는 분',
  // The persons of an order or delivery form ("주문하신 분: 김민수", "받으실 분 이영희").
  ...['주문하신 분', '주문하신분', '받으실 분', '받으실분', '보내실 분', '보내실분', '신청하신 분', '가입하신 분', '예약하신 분'],
  ...['구매하신 분', '방문하실 분', '수령하실 분'],
  '보내는 분',
  '보내는분',
  '발신인',
  '계약자',
  '피보험자',
  '대표자',
  '대표자명',
  '작성자',
  '환자',
  // Parties in leases, claims and loans: the forms of insurers, banks and property services.
  '임대인',
  '임차인',
  '세대주',
  '피해자',
  '운전자',
  '채무자',
  '수익자',
  '발송인',
  // Name fields of forms ("예약자명 : 이서준", "수령인명 김민지").
  ...['예약자명', '주문자명', '구매자명', '신청자명', '신청인명', '수령인명', '수령자명', '보호자명', '계약자명', '작성자명'],
  ...['담당자명', '소유자명', '세대주명', '운전자명', '수취인명', '송금인명', '예금주명'],
  // Jobs written before the name ("간호사 최유리", "대표이사 김한빛"); see `jobLabels`.
  ...['대표이사', '대표', '간호사', '상담사', '상담원', '주치의', '담당의', '의사', '약사', '조제약사', '치과의사', '한의사'],
  // … and titles and care jobs as a signature line or a witness statement writes them ("원장 서지호", "반장 배영호").
  ...officeAndCareJobs,
  // Who booked, who wrote a report, who marries ("예약자: 구본희", "작성: 공서연", "신부 송지아 하나은행 …").
  ...['예약자', '작성', '신부', '신랑'],
  // Who reviewed or approved a report, after a colon only ("작성: 권태윤, 검토: 문상철"; not "검토 결과").
  ...['검토', '승인', '결재'],
  // Who hands a duty over and who takes it ("작성자: 엄태규 → 인수자: 봉수진").
  ...['인수자', '인계자', '확인자'],
  // Who signs an approval line by delegation ("환경정책과장 전결 성기범").
  '전결',
  // A ward's handover ("인계 김나연 → 인수 윤슬기"), a team's member ("인사팀 심소정"), who recommended a member, a creditor.
  ...['인계', '인수', '팀', '추천인', '채권자'],
  // Who gives a candidate's reference in a search firm's report ("레퍼리: 한동훈 (전 직장 CFO)").
  '레퍼리',
  // A vehicle's owner or a loan's borrower; 차주 is also "next week" ("차주 월요일"), so it reads as a job does.
  ...['차주', '차주명'],
  // An account's holder in a fraud report, a student's financial sponsor ("명의인 국하은", "재정보증인: 부 장경호").
  ...['명의인', '재정보증인', '보증인'],
  // Relatives before a full name in a family's accounts or a claim; see `relativeLabels`.
  ...relativesBeforeName,
] as const;

/**
 * Given names of one syllable that end no common noun: after a label without a colon a two-syllable word is a name only
 * with one of these ("담당자 강혁", "본인 한솔"), since "보호자 연령", "고객 유형" and "이름 정정" read alike.
 */
export const singleSyllableGivenNames: ReadonlySet<number> = new Set([...'혁솔진철훈빈웅욱찬'].map((syllable) => syllable.charCodeAt(0)));

/**
 * Jobs that stand before a name as labels do, but before a verb or a noun as often ("상담원 연결해 주세요", "간호사 인력이
 * 부족"): after them a name must be made of common given-name syllables and not end like a verb, a modifier or a subject
 * or object particle (해, 한, 된, 이, 가, 을 …; 은 ends too many given names to count).
 */
export const jobLabels: ReadonlySet<string> = new Set([
  ...officeAndCareJobs,
  '대표이사',
  '대표',
  '간호사',
  '상담사',
  '상담원',
  '주치의',
  '담당의',
  '의사',
  '약사',
  '조제약사',
  '치과의사',
  '한의사',
  '차주',
  '차주명',
]);
export const endingsNotAfterJob: ReadonlySet<number> = new Set(
  [...'해한된할될운던했됐이가을를는'].map((syllable) => syllable.charCodeAt(0)),
);

/** Labels that are everyday nouns too ("담당 부서", "서명 부탁드립니다", "참조 문서"): a name follows them only after a colon. */
export const colonOnlyLabels: ReadonlySet<string> = new Set(['참조', '담당', '서명', '검토', '승인', '결재']);

/** Labels after which only a self-introduction counts ("저는 김민수입니다"), never a bare noun ("저는 김치를"). */
export const selfIntroductionLabels: ReadonlySet<string> = new Set(['저는', '전', '제 이름은', '제 이름은요']);

/** What may follow a name after a label: particles and copulas, so that "성명은 홍길동이고요" yields "홍길동". */
export const endingsAfterName: ReadonlySet<string> = new Set([
  '',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '도',
  '과',
  '와',
  '께',
  '께서',
  '에게',
  '한테',
  '님',
  '씨',
  '입니다',
  '이에요',
  '예요',
  '이요',
  '요',
  '이고',
  '이고요',
  // After a vowel the copula's 이 drops ("이름은 김민수고 번호는 …").
  '고',
  '고요',
  '이며',
  '이라고',
  '라고',
  '이라고요',
  '라고요',
  '이야',
  '야',
  '이다',
  '임',
  '님이',
  '님은',
  '님의',
  '씨가',
  '씨는',
  '님께',
  // The instrumental ("입금자명 홍길동으로 입금했어요", "김민수로 예약했어요").
  ...['으로', '로', '으로요', '로요'],
  // The copula said of someone respected ("성함은 문기철이시고", "어머니 성함은 구순례이세요").
  ...['이시고', '이시고요', '이세요', '이십니다'],
  // The copula in the past and before a clause ("이름이 김대현이었는데", "성함은 김민수인데요").
  ...['이었는데', '였는데', '이었어요', '였어요', '이었고', '였고', '이었습니다', '였습니다', '인데', '인데요', '이신데', '이신데요'],
]);

/** Endings that make a self-introduction ("저는 김민수입니다"); a bare particle there is usually an ordinary noun. */
export const copulaEndings: ReadonlySet<string> = new Set([
  '입니다',
  '이에요',
  '예요',
  '이요',
  '이고',
  '이고요',
  '고',
  '고요',
  '이라고',
  '라고',
  '이라고요',
  '라고요',
  '이야',
  '야',
  '임',
]);

/**
 * Syllables that end a word but never a given name, e.g. the particle in "이번에", the adnominal in "소중한", the
 * conditional in "하려면", a shop's branch ("폰나라 신림점 실장") or a shop's or a bot's last word ("라온몰", "모아샵",
 * "배포봇"), and a firm's team ("공무팀 차장", "구상팀 <subrogation@…>").
 */
export const nonFinalNameSyllables: ReadonlySet<string> = new Set([...'를을에는던며요죠까께의게든으면점몰샵봇팀']);

/**
 * Verb endings of two syllables that read like a given name after a surname syllable: "위해서입니다" (위 + 해서),
 * "하려고요", "고마워서". No given name is spelled so.
 */
export const verbEndingsLikeGivenNames: ReadonlySet<string> = new Set([
  ...['해서', '워서', '와서', '봐서', '어서', '아서', '여서', '려서', '러서', '쳐서', '져서', '해야', '해도', '려고', '하고', '하러'],
  // The honorific request before 요: "여보세요", "하세요", "주세요"; and "until" after a time ("출발 14일 전까지 고객님").
  ...['보세', '하세', '주세', '오세', '가세', '까지'],
  // A quote's ending after a number or a word ("생일(0716)이라고 진술").
  '라고',
  // A verb's stem of 기 and its linking ending, after a syllable that is a surname ("기록 남기고 결재 요청해요").
  '기고',
  // "come out" and its linking ending, after 나 ("세금이 안 나오고, …").
  '오고',
]);

/**
 * Ordinary words that start with a surname syllable and come before 님/씨 or a label.
 * A candidate equal to one of these, or one of these plus a particle, is not a name.
 */
export const commonWordsLikeNames: ReadonlySet<string> = new Set([
  // Kinship, roles and titles that take 님/씨 themselves.
  ...['고객', '회원', '손님', '부모', '어머', '아버', '사모', '형', '누', '도련', '서방', '주인', '선생', '선배', '후배', '사부', '스승'],
  // A car's owner, a companion, and a connective ending after a number ("차주 본인 윤성필", "목격자: 동행인 …", "…-62 라서").
  ...['차주', '동행인', '라서'],
  // A site's works desk, a control room, an address's detail field, and the national power utility's short name, which
  // stand before a name's place ("공무 담당 …", "[관제] …", "상세: 2층 203호", "한전 고객번호").
  ...['공무', '관제', '상세', '한전'],
  ...[
    '기사',
    '사장',
    '부장',
    '원장',
    '교수',
    '의사',
    '대표',
    '주임',
    '과장',
    '대리',
    '차장',
    '팀장',
    '실장',
    '소장',
    '국장',
    '회장',
    '이사',
  ],
  ...[
    '상무',
    '전무',
    '반장',
    '계장',
    '감독',
    '작가',
    '기자',
    '매니저',
    '상담원',
    '상담사',
    '관리자',
    '담당자',
    '담당',
    '간호사',
    '환자',
    '보호자',
  ],
  ...[
    '하느',
    '하나',
    '부처',
    '공주',
    '왕자',
    '임금',
    '마음',
    '아가',
    '아저',
    '아주머',
    '할머',
    '할아버',
    '따',
    '아드',
    '영감',
    '신부',
    '수녀',
  ],
  // Papers a name is compared with ("이름은 여권과 같게 써 주세요", "성명은 서명과 일치해야").
  ...['여권', '주소', '서명', '명의'],
  // A list of names and a bank a form or a consulate asks for ("변호사 명단도 보내드릴게요", "은행이 SWIFT 코드도 달래요").
  ...['명단', '은행'],
  // Everyday words (the hard negatives of issue 5) and department names before job titles.
  ...[
    '이번',
    '정말',
    '김치',
    '조금',
    '전화',
    '주문',
    '배송',
    '한국',
    '서울',
    '문의',
    '안내',
    '신청',
    '장바구니',
    '최근',
    '방금',
    '우리',
    '오늘',
  ],
  ...[
    '유심',
    '요금',
    '정기',
    '이거',
    '이것',
    '이런',
    '이제',
    '이미',
    '이후',
    '이전',
    '이용',
    '이유',
    '이상',
    '이해',
    '정보',
    '정확',
    '정상',
  ],
  ...[
    '안녕',
    '안전',
    '조회',
    '조건',
    '전체',
    '전송',
    '전달',
    '주소',
    '주의',
    '하루',
    '하나',
    '사용',
    '사실',
    '사람',
    '사진',
    '사이',
    '서비스',
  ],
  ...[
    '소개',
    '수정',
    '수량',
    '구매',
    '구독',
    '진행',
    '진짜',
    '지금',
    '지난',
    '지역',
    '나중',
    '나이',
    '명의',
    '도움',
    '도착',
    '성함',
    '성명',
    '이름',
    // Words that read as a surname and common given-name syllables and stand before 명의 or 계좌 ("예금주 명의로").
    '예금주',
    '소유자',
    '임대인',
    '모바일',
    '온라인',
    '부가세',
    '유치원',
  ],
  ...[
    '연락',
    '연결',
    '예약',
    '예정',
    '여기',
    '여러',
    '여러분',
    '가능',
    '가격',
    '가입',
    '가족',
    '공지',
    '국내',
    '기간',
    '기존',
    '기타',
    '남은',
  ],
  ...[
    '남편',
    '모든',
    '모두',
    '문자',
    '민원',
    '방법',
    '방문',
    '배달',
    '변경',
    '부분',
    '부탁',
    '선택',
    '설정',
    '송금',
    '심사',
    '어제',
    '오후',
  ],
  ...[
    '오전',
    '우선',
    '우수',
    '원래',
    '위치',
    '유효',
    '인증',
    '임시',
    '장소',
    '전부',
    '제가',
    '제품',
    '조치',
    '주말',
    '지불',
    '차량',
    '최대',
  ],
  ...['최소', '추가', '한도', '함께', '현재', '계좌', '계약', '고장', '반품', '반납', '신규', '일반', '해당', '저희', '소중한', '고마운'],
  ...[
    '반가운',
    '다양한',
    '친애하는',
    '존경하는',
    '사랑하는',
    '마케팅',
    '인사',
    '총무',
    '기획',
    '영업',
    '개발',
    '재무',
    '회계',
    '기술',
    '구매',
  ],
  ...[
    '생산',
    '품질',
    '홍보',
    '전략',
    '법무',
    '보안',
    '운영',
    '관리',
    '경영',
    '지원',
    '고객지원',
    '부서',
    '본부',
    '지점',
    '매장',
    '공동',
    '명예',
  ],
  ...[
    '수석',
    '선임',
    '책임',
    '전임',
    '소아과',
    '내과',
    '외과',
    '치과',
    '한의',
    '병원',
    '가정의학과',
    '정형외과',
    '안과',
    '피부과',
    '주치',
    '전문',
  ],
  ...[
    '담임',
    '교장',
    '교감',
    '원어민',
    '동료',
    '친구',
    '형님',
    '누님',
    '언니',
    '오빠',
    '동생',
    '아들',
    '딸',
    '남자',
    '여자',
    '아내',
    '부인',
  ],
  ...['신랑', '신부', '사위', '며느리', '장모', '장인', '시어머', '시아버', '방송', '연예', '모델', '가수', '배우', '경찰', '소방', '군인'],
  ...['도우미', '미용', '택배', '배송기사', '수리기사', '설치기사', '인테리어', '현장', '공사', '용역', '보험', '설계', '상담'],
  // Documents, qualities and charges that follow a role ("보호자 동의서", "고객 편의성", "환자 부담금").
  ...['신청서', '동의서', '명세서', '진단서', '계약서', '확인서', '증명서', '위임장', '신분증', '주민증', '안내문', '공지문'],
  ...['편의성', '안전성', '부담금', '이메일', '사업자'],
  // Form fields that follow a label such as 보호자 ("보호자 연락처 010-…").
  ...[
    '연락처',
    '연락',
    '전화',
    '전화번호',
    '번호',
    '주소지',
    '관계',
    '동의',
    '서명',
    '성별',
    '직업',
    '직장',
    '소속',
    '국적',
    '메모',
    '비고',
  ],
  // Titles and roles of which only the first syllable happens to be a surname ("선녀님", "도지사님", "구독자님").
  // A collections team and a bank's own word for itself ("담당: 추심1팀 명재훈", "당행 고객 편미자").
  ...['추심', '당행'],
  ...['선녀', '조상', '도사', '구독자', '주주', '고수', '용사', '공무원', '연구원', '기장', '선장', '조교', '조장', '주무관', '위원'],
  ...['도지사', '구청장', '동장', '이장', '면장', '부녀', '신도', '신자', '교인', '성도', '목사', '전도사', '장로', '권사', '집사', '사제'],
  ...['주교', '원님', '전하', '마마', '마님', '대감', '나리', '도령', '낭군', '부군', '영부인', '모친', '부친', '선친', '자제', '고인'],
  ...['하사', '소위', '소령', '장군', '제독', '경비원', '배달원', '판사', '검사', '변호사', '노무사', '세무사', '법무사', '약사', '한의사'],
  // A flight crew's first officer and a detective, as a crew's or a victim's chat calls them ("Tanabe 부기장님", "형사님이").
  ...['부기장', '형사'],
  // "(을) 위해", "위한": a purpose, before the person it is for ("본인 확인 위해 환자분 생년월일").
  ...['위해', '위한'],
  // People by their work, and an absence, before 님 or a number ("라이더님께 전달했습니다", "부재시 010-…").
  ...['라이더', '호스트', '당직', '부재', '강사', '경리', '부담임', '원감'],
  // A clause's end before a number or a name ("912-78-4405 이거고", "면허 … 가지고 ICBC", "벨 누르지 마시고 010 …").
  ...['이거고', '가지고', '마시고'],
  // Relatives a guardian's field names before the name ("보호자: 장남 도현우", "보호자: 조모 이순례").
  ...['장남', '차남', '장녀', '차녀', '조모', '조부', '외조모', '외조부', '고모', '숙모'],
  // An aunt who helps, and a child's age group ("청소 담당 은미 이모님", "상담원: 유아/소아 확인을 위해").
  ...['이모', '이모부', '고모부', '유아'],
  // The same party again in a form's field ("수익자: 동일"); a personal trainer, as 쌤 or 님 follows ("피티쌤").
  '동일',
  '피티',
  // A shift, a factory, a walk, a model and a report before a title or a particle, as care, clinic and public-office notes
  // write them ("주간 선생님", "공장 사장님", "도보 10분", "기종 갤럭시", "신고 대리").
  ...['주간', '야간', '공장', '도보', '기종', '신고', '설명', '정보'],
  // A lawsuit's parties and a law firm's money, as pleadings and trust ledgers write them ("원고 소유 차량", "진정인 계좌",
  // "예수금 잔액", "인지대·송달료 예납").
  ...['원고', '피고', '진정인', '예수금', '인지대', '송달료'],
  // An insurer's adjuster, rates and shares, and a repairer's estimate ("사정사님한테 전달", "| 감가율 |", "위자료(장해분)",
  // "참조: 견적 담당").
  ...['사정사', '감가율', '인상률', '장해분', '견적'],
  // A business line's redundancy, infrastructure and a card's approval ("500M (이중화)", "IT 인프라 팀장", "978,000원 승인").
  ...['이중화', '인프라', '승인'],
  // A period's limit, a list and an opposite, before a particle or a copula ("3개월 이내", "고객 목록은", "소견과 정반대입니다").
  ...['이내', '목록', '정반대'],
  // An association's department before its desk line ("연맹 국제부(02-…)").
  '국제부',
  // An account, an identity and a record before a particle ("계정은 …", "신고자 신원은 보호됩니다", "출입 기록이 …").
  ...['계정', '신원', '기록'],
  // A trial's and a device's words before a patient or an owner ("이식 환자분", "고령 환자", "표본 환자", "○○금속 대표").
  ...['이식', '고령', '표본', '금속'],
  // A detective, a first officer and a social worker by the post, and a lab's short name, as speakers' labels and police
  // and crews' chats write them ("형사님 말씀", "윤도하 부기장:", "복지사 천하은:", "진검 주임 …").
  ...['형사', '부기장', '복지사', '진검'],
  // A clause's end before a customer ("… 121.139.208.44 인데 고객님 댁 맞으신가요?"), and a mother said before her name
  // ("보호자: 엄마 임수경").
  ...['인데', '엄마'],
  // Police ranks and a civil-defence unit's posts, which a roster or a case file writes before the name ("담당: 경사 …",
  // "대장 | 진…", "부대장 → 소대장 순").
  ...['경사', '경위', '경장', '경감', '순경', '대장', '부대장', '소대장', '분대장', '중대장'],
  // An institution, a copy, an extension and a front desk as forms, memos and chats label them ("기관: … 상담연구소", "사본만
  // 확인", "연장 의사", "인포: 안녕하세요").
  ...['기관', '사본', '연장', '인포', '위치'],
]);
