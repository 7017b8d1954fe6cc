// A small bilingual lexicon of concepts common in tool catalogues and forms, so Korean messages meet English tool descriptions.

export interface Concept {
  id: string;
  /** English words (lowercase, singular); the first one is the concept's label. */
  en: readonly string[];
  /** Korean stems (particles stripped); the first one is the concept's Korean label. */
  ko: readonly string[];
  /** Verbs go last in a Korean label: create order → 주문 생성. */
  verb?: boolean;
  /** Too general to be evidence of an intent ("tell me", "어때"): used for labels, not for matching tool text. */
  generic?: boolean;
}

const c = (id: string, words: { en: string[]; ko: string[] }, verb = false): Concept => ({ id, en: words.en, ko: words.ko, verb });

export const concepts: readonly Concept[] = [
  // actions
  {
    ...c(
      'get',
      {
        en: ['get', 'fetch', 'retrieve', 'show', 'tell', 'check', 'view', 'see', 'what', 'know'],
        ko: ['조회', '확인', '알려', '보여', '어때', '어떤', '알고', '궁금'],
      },
      true,
    ),
    generic: true,
  },
  c(
    'lookup',
    {
      en: ['lookup', 'look', 'find', 'track', 'where', 'status', 'search', 'query'],
      ko: ['조회', '찾아', '검색', '추적', '어디', '상태', '찾기'],
    },
    true,
  ),
  c(
    'create',
    {
      en: ['create', 'make', 'add', 'new', 'place', 'open', 'register'],
      ko: ['생성', '만들', '추가', '등록', '신규', '개설', '주문하', '주문해'],
    },
    true,
  ),
  c('buy', { en: ['buy', 'purchase', 'checkout'], ko: ['구매', '구입', '주문하', '주문해', '살래', '시켜'] }, true),
  c('send', { en: ['send', 'mail', 'deliver', 'forward'], ko: ['전송', '보내', '발송', '송부'] }, true),
  c('cancel', { en: ['cancel', 'abort', 'revoke', 'stop'], ko: ['취소', '철회', '중지', '해지'] }, true),
  c('update', { en: ['update', 'change', 'modify', 'edit', 'set'], ko: ['변경', '수정', '바꿔', '업데이트', '설정'] }, true),
  c('delete', { en: ['delete', 'remove', 'erase'], ko: ['삭제', '지워', '제거'] }, true),
  c('list', { en: ['list', 'all', 'browse'], ko: ['목록', '리스트', '전체', '모두'] }, true),
  c('schedule', { en: ['schedule', 'book', 'reserve', 'arrange', 'plan'], ko: ['예약', '잡아', '일정', '예매', '스케줄'] }, true),
  c('translate', { en: ['translate', 'translation'], ko: ['번역', '통역'] }, true),
  c('calculate', { en: ['calculate', 'compute', 'convert', 'estimate'], ko: ['계산', '환산', '변환', '견적'] }, true),
  c('refund', { en: ['refund', 'return', 'reimburse'], ko: ['환불', '반품', '환급'] }, true),
  c('pay', { en: ['pay', 'payment', 'charge', 'bill'], ko: ['결제', '납부', '지불', '청구', '요금'] }, true),
  c('transfer', { en: ['transfer', 'wire', 'remit'], ko: ['이체', '송금'] }, true),
  c('recommend', { en: ['recommend', 'suggest', 'recommendation'], ko: ['추천', '제안'] }, true),
  c('summarize', { en: ['summarize', 'summary'], ko: ['요약', '정리'] }, true),
  c('call', { en: ['call', 'phone', 'dial'], ko: ['전화', '통화'] }, true),
  // things
  c('weather', {
    en: ['weather', 'forecast', 'rain', 'snow', 'sunny', 'cloudy', 'umbrella', 'climate'],
    ko: ['날씨', '기상', '일기예보', '예보', '비', '비가', '우산', '맑', '흐림'],
  }),
  c('temperature', { en: ['temperature', 'temp', 'degree', 'hot', 'cold'], ko: ['기온', '온도', '도씨', '더워', '추워'] }),
  c('order', { en: ['order', 'purchase'], ko: ['주문', '오더'] }),
  c('product', { en: ['product', 'item', 'goods', 'sku'], ko: ['상품', '제품', '품목', '물건'] }),
  c('quantity', { en: ['quantity', 'qty', 'count', 'amount', 'number', 'many'], ko: ['수량', '개수', '갯수', '몇'] }),
  c('price', { en: ['price', 'cost', 'amount', 'fee', 'total', 'budget'], ko: ['가격', '금액', '비용', '요금', '얼마', '총액', '예산'] }),
  c('email', { en: ['email', 'mail', 'e-mail', 'inbox'], ko: ['이메일', '메일', '전자우편'] }),
  c('message', { en: ['message', 'text', 'sms', 'note', 'body', 'content'], ko: ['메시지', '문자', '메모', '본문', '내용'] }),
  c('subject', { en: ['subject', 'title', 'topic', 'headline'], ko: ['제목', '주제'] }),
  c('recipient', { en: ['recipient', 'receiver', 'addressee'], ko: ['받는', '수신', '수신자', '받는사람'] }),
  c('name', { en: ['name', 'called'], ko: ['이름', '성함', '성명'] }),
  c('phone', { en: ['phone', 'mobile', 'telephone', 'cell', 'contact'], ko: ['전화', '전화번호', '휴대폰', '핸드폰', '연락처', '번호'] }),
  c('address', { en: ['address', 'street', 'zip'], ko: ['주소', '우편번호'] }),
  c('city', { en: ['city', 'location', 'place', 'town', 'region', 'area', 'where'], ko: ['도시', '지역', '위치', '장소', '어디'] }),
  c('date', { en: ['date', 'day', 'when'], ko: ['날짜', '일자', '언제', '며칠'] }),
  c('time', { en: ['time', 'hour', 'clock'], ko: ['시간', '시각', '몇시'] }),
  c('duration', { en: ['duration', 'minute', 'length', 'long'], ko: ['기간', '소요', '분간', '동안'] }),
  c('meeting', { en: ['meeting', 'appointment', 'call', 'event'], ko: ['회의', '미팅', '약속', '면담', '일정'] }),
  c('calendar', { en: ['calendar', 'agenda'], ko: ['달력', '캘린더'] }),
  c('customer', { en: ['customer', 'client', 'user', 'account', 'member'], ko: ['고객', '회원', '사용자', '계정'] }),
  c('identifier', { en: ['id', 'identifier', 'code', 'reference', 'number'], ko: ['번호', '아이디', '코드', '식별자'] }),
  c('shipping', { en: ['shipping', 'delivery', 'shipment', 'parcel', 'package'], ko: ['배송', '배달', '택배', '발송'] }),
  c('balance', { en: ['balance', 'remaining'], ko: ['잔액', '잔고'] }),
  c('bank', { en: ['bank', 'deposit', 'savings', 'account'], ko: ['은행', '예금', '적금', '계좌', '통장'] }),
  c('card', { en: ['card', 'credit'], ko: ['카드', '신용카드'] }),
  c('loan', { en: ['loan', 'mortgage', 'credit'], ko: ['대출', '융자'] }),
  c('invoice', { en: ['invoice', 'receipt', 'statement'], ko: ['청구서', '영수증', '명세서', '인보이스'] }),
  c('plan', { en: ['plan', 'subscription', 'tariff'], ko: ['요금제', '구독', '플랜'] }),
  c('ticket', { en: ['ticket', 'issue', 'case', 'complaint', 'support'], ko: ['티켓', '문의', '민원', '불만', '지원', '상담'] }),
  c('flight', { en: ['flight', 'airline', 'plane'], ko: ['항공', '비행기', '항공편'] }),
  c('hotel', { en: ['hotel', 'room', 'stay', 'accommodation'], ko: ['호텔', '객실', '숙소', '숙박'] }),
  c('restaurant', { en: ['restaurant', 'table', 'dinner', 'lunch'], ko: ['식당', '레스토랑', '맛집', '저녁', '점심'] }),
  c('stock', { en: ['stock', 'inventory', 'availability', 'available'], ko: ['재고', '입고', '품절'] }),
  c('news', { en: ['news', 'headline', 'article'], ko: ['뉴스', '기사', '소식'] }),
  c('document', { en: ['document', 'file', 'report', 'pdf'], ko: ['문서', '파일', '보고서', '리포트'] }),
  c('language', { en: ['language', 'korean', 'english'], ko: ['언어', '한국어', '영어'] }),
  c('currency', { en: ['currency', 'exchange', 'rate'], ko: ['환율', '통화', '환전'] }),
  c('vehicle', { en: ['vehicle', 'car', 'engine', 'oil'], ko: ['차량', '자동차', '엔진', '오일'] }),
  c('energy', { en: ['energy', 'electricity', 'power', 'usage', 'meter'], ko: ['에너지', '전기', '전력', '사용량', '계량기'] }),
  c('patient', { en: ['patient', 'doctor', 'hospital', 'clinic'], ko: ['환자', '의사', '병원', '진료'] }),
  c('reason', { en: ['reason', 'why', 'because'], ko: ['사유', '이유', '원인'] }),
  c('note', { en: ['note', 'comment', 'remark', 'memo'], ko: ['메모', '비고', '코멘트'] }),
  c('reminder', { en: ['reminder', 'remind', 'alarm', 'alert'], ko: ['알림', '리마인더', '알람'] }),
  c('search', { en: ['search', 'query', 'keyword'], ko: ['검색', '검색어', '키워드'] }),
  // values often found in enums
  c('celsius', { en: ['celsius', 'centigrade', 'metric'], ko: ['섭씨'] }),
  c('fahrenheit', { en: ['fahrenheit', 'imperial'], ko: ['화씨'] }),
  c('low', { en: ['low', 'minor'], ko: ['낮음', '낮은', '낮게', '하'] }),
  c('medium', { en: ['medium', 'normal', 'moderate', 'mid'], ko: ['보통', '중간', '중', '미디엄'] }),
  c('high', { en: ['high', 'important', 'major'], ko: ['높음', '높은', '높게', '상', '중요'] }),
  c('urgent', { en: ['urgent', 'critical', 'asap', 'emergency'], ko: ['긴급', '급함', '급한', '시급', '빨리'] }),
  c('small', { en: ['small', 'little'], ko: ['작은', '소형', '스몰', '소'] }),
  c('large', { en: ['large', 'big'], ko: ['큰', '대형', '라지', '대'] }),
  c('red', { en: ['red'], ko: ['빨간', '빨강', '빨간색', '레드'] }),
  c('blue', { en: ['blue'], ko: ['파란', '파랑', '파란색', '블루'] }),
  c('green', { en: ['green'], ko: ['초록', '녹색', '초록색', '그린'] }),
  c('black', { en: ['black'], ko: ['검정', '검은', '검정색', '블랙'] }),
  c('white', { en: ['white'], ko: ['흰', '하얀', '흰색', '화이트'] }),
  c('yellow', { en: ['yellow'], ko: ['노란', '노랑', '노란색'] }),
  c('pending', { en: ['pending', 'waiting', 'queued'], ko: ['대기', '대기중', '보류'] }),
  c('shipped', { en: ['shipped', 'dispatched', 'sent'], ko: ['발송됨', '출고', '배송중'] }),
  c('delivered', { en: ['delivered', 'arrived', 'received'], ko: ['배송완료', '도착', '수령'] }),
  c('cancelled', { en: ['cancelled', 'canceled'], ko: ['취소됨'] }),
  c('billing', { en: ['billing', 'invoice', 'payment'], ko: ['청구', '결제', '요금'] }),
  c('technical', { en: ['technical', 'tech', 'bug', 'error'], ko: ['기술', '오류', '에러', '장애'] }),
  c('card-payment', { en: ['card'], ko: ['카드'] }),
  c('cash', { en: ['cash'], ko: ['현금'] }),
  c('male', { en: ['male', 'man'], ko: ['남성', '남자'] }),
  c('female', { en: ['female', 'woman'], ko: ['여성', '여자'] }),
  c('yes', { en: ['yes', 'true', 'yeah', 'sure', 'ok'], ko: ['네', '예', '응', '그래', '좋아요'] }),
  c('no', { en: ['no', 'false', 'nope'], ko: ['아니요', '아니', '아뇨', '싫어'] }),
  c('korean', { en: ['korean', 'ko', 'korea'], ko: ['한국어', '한국'] }),
  c('english', { en: ['english', 'en'], ko: ['영어'] }),
  c('daily', { en: ['daily', 'day'], ko: ['매일', '일간', '일별'] }),
  c('weekly', { en: ['weekly', 'week'], ko: ['매주', '주간', '주별'] }),
  c('monthly', { en: ['monthly', 'month'], ko: ['매월', '월간', '월별', '매달'] }),
  // ISO currency codes, as tools name them, and the words people say ("100 dollars in won", "달러를 원화로")
  c('usd', { en: ['usd', 'dollar'], ko: ['달러', '미국달러'] }),
  c('krw', { en: ['krw', 'won'], ko: ['원화', '한화'] }),
  c('eur', { en: ['eur', 'euro'], ko: ['유로'] }),
  c('jpy', { en: ['jpy', 'yen'], ko: ['엔화', '엔'] }),
  c('gbp', { en: ['gbp', 'pound', 'sterling'], ko: ['파운드'] }),
  c('cny', { en: ['cny', 'yuan', 'rmb', 'renminbi'], ko: ['위안', '위안화'] }),
  // return and complaint reasons
  c('damaged', { en: ['damaged', 'broken', 'cracked', 'crushed'], ko: ['파손', '깨진', '깨져', '부서진', '부서져', '찌그러'] }),
  c('defective', { en: ['defective', 'faulty', 'malfunctioning'], ko: ['불량', '고장'] }),
];
