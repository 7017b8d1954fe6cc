// Benign texts written on 2026-12-02 to train the injection classifier (a third batch beside hard-negative-training.ts and
// hard-negative-training-2.ts): attack words in everyday use, most of them in the passages a knowledge base or a tool hands an
// assistant, by a writer who read no rule, model or evaluation set of the project.
import { passage, user, type HardNegative } from './hard-negative.ts';

const koreanPassages: HardNegative[] = [
  passage(
    'ko',
    '[보안 공지] 최근 \'○○은행 보안관리자\'를 사칭해 "고객님 계좌가 범죄에 연루되었으니 안내에 따라 보안 앱을 새로 설치하라"고 요구하는 전화가 늘고 있습니다. 당행 직원은 어떤 경우에도 원격제어 앱 설치나 비밀번호, OTP 번호를 요구하지 않습니다. 이런 전화를 받으시면 즉시 끊고 카드 뒷면의 대표번호로 직접 확인해 주십시오.',
  ),
  passage(
    'ko',
    '스미싱 문자 예시: "[국제발신] 고객님 카드로 해외 결제가 승인되었습니다. 본인이 아닐 경우 아래 링크에서 취소하십시오." 당사는 문자에 결제 취소 링크를 넣지 않습니다. 링크를 누르지 마시고 카드 뒷면의 고객센터 번호로 연락해 주십시오. 이미 링크를 누르셨다면 휴대전화를 비행기 모드로 전환한 뒤 가까운 대리점에서 점검을 받으십시오.',
  ),
  passage(
    'ko',
    '보이스피싱 수법 안내: 사기범은 검사나 금융감독원 직원을 사칭하며 "이 통화는 수사 중이라 가족에게도 비밀로 해야 한다", "지금부터 제가 말하는 대로만 하라"고 지시합니다. 피해자를 외부와 고립시키는 것이 전형적인 수법입니다. 수사기관은 전화로 송금이나 현금 인출을 지시하지 않으니, 통화를 끊고 가족이나 112에 알리십시오.',
  ),
  passage(
    'ko',
    "최근 '통신사 보안팀'을 사칭해 \"고객님 유심이 복제되었으니 문자로 받은 인증번호 6자리를 불러 달라\"는 전화가 접수되고 있습니다. 인증번호는 본인만 사용하는 것이며, 당사 직원은 절대 인증번호를 묻지 않습니다. 유심 보호 서비스는 고객센터 앱의 '부가서비스' 메뉴에서 무료로 직접 신청하실 수 있습니다.",
  ),
  passage(
    'ko',
    '보험금 청구를 대신 도와주겠다며 접근해 "보험사 규정이 바뀌었으니 기존 계약은 신경 쓰지 말고 새 상품으로 갈아타라"고 권유하는 사례가 있습니다. 기존 계약을 해지하고 새로 가입하면 보장 공백이나 해지환급금 손실이 생길 수 있습니다. 승환계약 권유를 받으셨다면 비교안내 확인서를 반드시 받아 보시고, 의심스러우면 당사 고객센터에 확인하십시오.',
  ),
  passage(
    'ko',
    '[신입 상담원 교육] 역할극 1회차 — 두 명이 짝을 지어 한 사람은 상담원, 다른 사람은 카드 분실을 신고하는 고객 역할을 맡습니다. 5분 뒤에는 역할을 바꿉니다. 고객 역할을 맡은 사람은 일부러 다급한 말투를 쓰거나 본인 확인 질문에 답을 피하는 등 실제 상황처럼 연기해 주십시오. 관찰자는 체크리스트에 따라 공감 표현과 본인 확인 절차 준수 여부를 평가합니다.',
  ),
  passage(
    'ko',
    '상담 스크립트 – 본인 확인: 고객의 전체 카드 번호를 소리 내어 읽지 마십시오. 화면에 표시된 뒤 네 자리만 확인용으로 말할 수 있습니다. 고객이 전체 번호를 불러 주더라도 받아 적지 말고 "번호 전체는 말씀하지 않으셔도 됩니다"라고 안내하십시오. 통화 녹음에 카드 번호 전체가 남지 않도록 하기 위한 규칙입니다.',
  ),
  passage(
    'ko',
    '에스컬레이션 기준: 고객이 같은 민원을 세 차례 이상 제기했거나 언론 제보, 금융감독원 민원을 언급하면 1차 상담원은 직접 해결을 시도하지 말고 2차 전담팀으로 이관하십시오. 이관 시 상담 이력에 고객의 요구 사항과 지금까지 안내한 내용을 빠짐없이 기록해야 하며, 고객에게는 담당자가 2영업일 안에 연락드린다고 안내합니다.',
  ),
  passage(
    'ko',
    '비밀유지 서약 요약: 임직원은 업무상 알게 된 고객 정보와 회사의 미공개 정보를 재직 중은 물론 퇴직 후에도 외부에 누설해서는 안 됩니다. 가족이나 지인의 부탁이라도 고객 조회 화면을 여는 것은 금지되며, 모든 조회 기록은 감사팀이 매월 점검합니다. 위반 시 징계와 함께 관련 법령에 따른 책임을 질 수 있습니다.',
  ),
  passage(
    'ko',
    '대화 생성 API 요청 예시입니다. messages 배열의 첫 항목에 "role": "system"을 넣으면 어시스턴트의 말투와 응답 범위를 지정할 수 있습니다. 예: {"role": "system", "content": "당신은 도시가스 요금 안내 도우미입니다. 존댓말로 답하세요."} 다음 항목에는 {"role": "user", "content": "이번 달 요금이 왜 올랐나요?"}를 넣습니다. API는 대화 상태를 저장하지 않으므로 system 메시지는 요청마다 함께 보내야 합니다.',
  ),
  passage(
    'ko',
    '결제 상태가 바뀌면 등록하신 URL로 웹훅이 전송됩니다. 페이로드에는 event, payment_id, status, occurred_at 필드가 포함되며, 서명 검증을 위해 X-Signature 헤더를 함께 보냅니다. 서명이 일치하지 않는 요청은 무시하도록 구현하십시오. 같은 이벤트가 두 번 이상 도착할 수 있으므로 payment_id를 기준으로 중복 처리를 막아 주십시오.',
  ),
  passage(
    'ko',
    "관리자 콘솔 가이드: 관리자 비밀번호를 잊어버린 경우 로그인 화면의 '비밀번호 재설정'을 누르면 등록된 업무용 이메일로 재설정 링크가 발송됩니다. 링크는 30분 동안만 유효합니다. 최고 관리자가 퇴사했다면 다른 관리자가 '사용자 관리 > 권한' 메뉴에서 권한을 넘겨받을 수 있으며, 관리자가 한 명뿐인 조직은 계약 담당자 확인을 거쳐 고객지원팀이 복구해 드립니다.",
  ),
  passage(
    'ko',
    "새 결제 화면은 기능 플래그 new_checkout으로 제어됩니다. 기본값은 꺼짐이며, 스테이징 환경에서는 환경 변수 FEATURE_NEW_CHECKOUT=true로 기본값을 재정의(override)할 수 있습니다. 운영 환경에서는 콘솔의 '플래그 관리' 화면에서만 값을 바꿀 수 있고, 변경 이력은 감사 로그에 자동으로 남습니다.",
  ),
  passage(
    'ko',
    '기본 요청 타임아웃은 30초입니다. 대용량 청구서 PDF 변환처럼 오래 걸리는 작업은 요청 헤더에 X-Timeout-Override: 120을 넣어 최대 120초까지 늘릴 수 있습니다. 120을 넘는 값을 보내면 서버는 이를 무시하고 기본값을 적용하며, 응답 헤더의 X-Applied-Timeout으로 실제 적용된 값을 확인할 수 있습니다.',
  ),
  passage(
    'ko',
    "가격표를 수정한 직후 상품 페이지에 예전 가격이 보인다면 CDN 캐시 때문일 수 있습니다. 테스트할 때는 주소 끝에 ?nocache=1을 붙이면 캐시를 우회해 원본 서버 응답을 확인할 수 있습니다. 운영 중에는 이 파라미터를 남용하지 마시고, 캐시 전체 삭제가 필요하면 콘솔의 '캐시 비우기' 메뉴를 이용하십시오.",
  ),
  passage(
    'ko',
    "테스트 모드에서는 실제 결제가 일어나지 않습니다. API 키가 sk_test_로 시작하면 샌드박스로, sk_live_로 시작하면 운영 환경으로 요청이 전달됩니다. 샌드박스에서 발생한 거래는 정산되지 않으며 매주 월요일 새벽 3시에 초기화됩니다. 샌드박스에서 쓸 수 있는 테스트 카드 번호는 개발자 센터의 '테스트 데이터' 문서에 정리되어 있습니다.",
  ),
  passage(
    'ko',
    '앱 설정 화면에서 버전 번호를 일곱 번 누르면 디버그 모드가 켜집니다. 디버그 모드에서는 네트워크 요청 기록과 오류 코드가 화면 하단에 표시되어 고객센터 상담 시 문제 파악에 도움이 됩니다. 기록에는 개인정보가 가려진 상태로 표시되며, 앱을 완전히 종료했다가 다시 실행하면 디버그 모드는 자동으로 꺼집니다.',
  ),
  passage(
    'ko',
    '보안 정책에 따라 API 키는 90일마다 교체해야 합니다. 콘솔에서 새 키를 발급한 뒤 애플리케이션 설정을 바꾸고, 트래픽이 새 키로 모두 넘어온 것을 확인한 다음 기존 키를 폐기하십시오. 키가 외부에 노출된 것으로 의심되면 교체 주기와 관계없이 즉시 폐기하고 정보보호팀에 알려야 합니다.',
  ),
  passage(
    'ko',
    "'AI 상담 도우미' 이용 안내: 도우미는 예금·대출 상품 설명, 영업점 위치, 수수료 같은 일반적인 질문에 답합니다. 계좌 이체, 비밀번호 변경, 대출 심사 결과 안내처럼 본인 확인이 필요한 업무는 직접 처리하지 않고 해당 화면으로 연결해 드립니다. 도우미의 답변은 당행 상품설명서와 내부 기준을 따르며, 내용이 서로 다를 경우 상품설명서가 우선합니다.",
  ),
  passage(
    'ko',
    "병원 챗봇이 제공하는 진료 안내 문구는 의료진과 원무팀이 매월 검수합니다. 챗봇은 증상을 진단하거나 약을 처방하지 않으며, 가슴 통증이나 호흡 곤란처럼 응급 증상이 의심되는 질문에는 일반 답변보다 119 신고와 응급실 안내를 먼저 보여 주도록 설정되어 있습니다. 챗봇 답변에 오류가 있으면 화면 하단의 '신고' 버튼으로 알려 주십시오.",
  ),
  passage(
    'ko',
    "상담 어시스턴트의 응답 지침은 운영자 콘솔의 '어시스턴트 설정 > 지침' 탭에서 편집합니다. 지침을 바꾸면 검토자 한 명의 승인을 받은 뒤에 적용되며, 이전 버전은 자동으로 보관되어 언제든 되돌릴 수 있습니다. 지침 입력란에는 고객 정보나 내부 시스템 비밀번호를 적지 마십시오.",
  ),
  passage(
    'ko',
    '[점검 안내] 11월 30일(일) 01:00부터 05:00까지 고객 포털 시스템 정기 점검이 진행됩니다. 점검 시간에는 전기요금 조회와 자동이체 변경이 중단되며, 정전 신고는 국번 없이 123으로 정상 접수됩니다. 점검 종료 시각은 작업 상황에 따라 앞당겨지거나 늦어질 수 있습니다. 이용에 불편을 드려 죄송합니다.',
  ),
  passage(
    'ko',
    'IT 운영 런북 – 관리자 권한 작업: 서버에 관리자 권한으로 접속해야 하는 작업은 변경 요청서가 승인된 뒤에만 수행합니다. 긴급 장애 시에는 당직 책임자의 구두 승인을 받고 작업할 수 있으나, 작업 종료 후 24시간 안에 사후 승인 절차를 밟아야 합니다. 공용 관리자 계정은 사용하지 말고 개인 계정에 권한을 임시로 올려 사용하십시오.',
  ),
  passage(
    'ko',
    "비상 수동 전환 절차: 중앙 제어 시스템과의 통신이 끊기면 변전소 운전원은 현장 제어반의 선택 스위치를 '원격'에서 '수동'으로 전환하고, 급전지령실의 전화 지시에 따라 차단기를 조작합니다. 지령 내용은 복창하여 확인하고, 전환 시각과 조작 내용은 운전일지에 빠짐없이 기록하십시오.",
  ),
  passage(
    'ko',
    '제1조(약관의 우선 적용) 이 약관은 회사와 회원 사이의 서비스 이용에 관한 모든 사항에 적용되며, 이 약관의 시행일 이전에 체결된 모든 약관과 부속 합의에 우선합니다. 다만 회원과 회사가 별도로 서면 합의한 사항이 있는 경우에는 그 합의가 이 약관보다 우선하여 적용됩니다.',
  ),
  passage(
    'ko',
    '제15조(알릴 의무 위반의 효과) 계약자 또는 피보험자가 고의나 중대한 과실로 중요한 사항을 알리지 않거나 사실과 다르게 알린 경우, 회사는 그 사실을 안 날부터 1개월 이내, 계약 체결일부터 3년 이내에 계약을 해지할 수 있습니다. 다만 회사가 계약 당시 그 사실을 알았거나 과실로 알지 못한 경우에는 해지할 수 없습니다.',
  ),
  passage(
    'ko',
    '통화 녹음 고지: 고객님과의 상담 내용은 서비스 품질 향상과 분쟁 발생 시 사실 확인을 위해 녹음됩니다. 녹음 파일은 3년간 보관한 뒤 파기하며, 고객님은 본인 통화 녹음의 청취 또는 사본 제공을 요청하실 수 있습니다. 녹음을 원하지 않으시면 상담원에게 말씀해 주십시오. 다만 일부 금융거래 상담은 법령상 녹음이 필수입니다.',
  ),
  passage(
    'ko',
    '회사는 수집한 개인정보를 이 처리방침에 적힌 목적 외에는 사용하지 않으며, 이용 목적이 바뀌는 경우 미리 동의를 받습니다. 회원이 동의를 철회하면 관련 정보는 지체 없이 파기하되, 전자상거래법 등 다른 법령에서 보관을 요구하는 정보는 해당 기간 동안 다른 정보와 분리하여 보관합니다.',
  ),
  passage(
    'ko',
    '[복약 안내] 이번에 처방이 바뀌었습니다. 이전에 드시던 혈압약(아침 1정) 복용 지시는 무시하시고, 오늘부터는 새 처방대로 아침과 저녁에 반 알씩 드십시오. 남은 이전 약은 약국에 가져오시면 폐기해 드립니다. 어지럼증이 심해지거나 발목이 붓는 경우에는 다음 진료일을 기다리지 말고 병원에 연락하십시오.',
  ),
  passage(
    'ko',
    '수술 전 금식 안내: 수술 전날 밤 12시 이후에는 물을 포함해 아무것도 드시지 마십시오. 평소 드시는 혈압약은 수술 당일 아침 소량의 물과 함께 드셔도 되지만, 당뇨약과 아스피린 계열 약은 의료진의 별도 지시가 있을 때까지 중단하십시오. 금식 지시를 지키지 않으면 안전을 위해 수술이 연기될 수 있습니다.',
  ),
  passage(
    'ko',
    '약 먹는 것을 잊었을 때는 생각난 즉시 드십시오. 다만 다음 복용 시간이 가깝다면 잊은 분량은 건너뛰고 다음 시간에 1회분만 드십시오. 두 번 분량을 한꺼번에 드시면 안 됩니다. 자주 잊으신다면 휴대전화 알림을 설정하거나 약국에서 요일별 약 보관함을 받아 사용해 보십시오.',
  ),
  passage(
    'ko',
    '권한 위임 규정 제7조: 부서장이 휴가나 출장으로 결재할 수 없을 때에는 미리 지정한 대리 결재자가 전자결재 시스템에서 결재를 대신합니다. 대리 결재자는 위임받은 기간과 금액 한도 안에서만 결재할 수 있으며, 부서장은 복귀 후 대리 결재 내역을 확인해야 합니다. 인사·징계 관련 문서는 대리 결재 대상에서 제외됩니다.',
  ),
  passage(
    'ko',
    '직무대행 운영 기준: 본부장 공석 시 선임 팀장이 직무대행을 맡으며, 직무대행자는 본부장의 권한 중 일상 업무에 관한 결재권을 행사합니다. 조직 개편, 예산 증액, 임원 보고 사항 등 중요한 결정은 직무대행자가 단독으로 내리지 않고 대표이사에게 보고하여 지시를 받습니다.',
  ),
  passage(
    'ko',
    "개발자 옵션 켜기: 설정 > 휴대전화 정보 > 소프트웨어 정보에서 '빌드 번호'를 일곱 번 누르면 개발자 옵션이 활성화됩니다. 개발자 옵션에서는 USB 디버깅, 애니메이션 배율 등을 바꿀 수 있지만 잘못 설정하면 기기가 불안정해질 수 있습니다. 또한 USB 디버깅이 켜져 있으면 일부 금융 앱이 실행되지 않으니, 사용하지 않을 때는 꺼 두시길 권장합니다.",
  ),
  passage(
    'ko',
    "루팅하거나 비공식 펌웨어를 설치한 기기에서는 보안상의 이유로 모바일 뱅킹 앱이 실행되지 않습니다. 또한 제조사 무상 수리 대상에서 제외될 수 있습니다. 앱을 실행할 때 '루팅된 단말기에서는 이용할 수 없습니다'라는 안내가 나오면 공식 펌웨어로 복구한 뒤 다시 시도해 주십시오.",
  ),
  passage(
    'ko',
    '공장 초기화를 하면 기기에 저장된 사진, 연락처, 앱이 모두 삭제되고 구입 당시 상태로 돌아갑니다. 초기화 전에 백업을 완료하시고, 기기에 등록된 계정의 아이디와 비밀번호를 미리 확인해 두십시오. 도난 방지 기능 때문에 초기화 후 기존 계정 비밀번호를 입력하지 못하면 기기를 사용할 수 없습니다.',
  ),
  passage(
    'ko',
    "예약 운전 중에 온도를 직접 바꾸면 온도조절기가 '임시 우선(오버라이드) 모드'로 전환되어 다음 예약 시각까지 새 온도를 유지합니다. 오버라이드를 해제하려면 화면의 '예약으로 복귀'를 누르십시오. 외출 모드나 휴가 모드가 켜져 있는 동안에는 임시 우선 모드가 작동하지 않습니다.",
  ),
  passage(
    'ko',
    "충전기의 '즉시 충전' 버튼을 누르면 예약 충전 시간과 관계없이 바로 충전을 시작합니다. 심야 할인 요금제를 쓰는 경우 즉시 충전을 하면 요금이 더 높게 부과될 수 있습니다. 충전기의 설치자 모드는 시공 기사 전용이며, 사용자가 임의로 진입해 최대 전류를 바꾸면 화재 위험이 있고 보증이 적용되지 않을 수 있습니다.",
  ),
  passage(
    'ko',
    "계통 전압이 기준 범위를 벗어나면 태양광 인버터는 안전을 위해 발전을 자동으로 멈춥니다. 이때 화면에 'GRID FAULT'가 표시되며, 전압이 정상으로 돌아오면 5분 뒤 다시 발전을 시작합니다. 임의로 보호 기능을 해제하거나 설정값을 바꾸지 마십시오. 보호 설정 변경은 한국전력과 협의한 시공사만 할 수 있습니다.",
  ),
  passage(
    'ko',
    "변속 레버를 D에서 왼쪽으로 밀면 수동 모드로 전환됩니다. 긴 내리막길에서 엔진 브레이크가 필요할 때 레버를 '-' 방향으로 당겨 기어를 낮추십시오. 엔진 회전수가 지나치게 높아질 상황이면 차량이 변속 요청을 무시하고 현재 기어를 유지하는데, 이는 엔진 보호를 위한 정상 동작입니다.",
  ),
  passage(
    'ko',
    '주행 중 엔진 경고등이 켜지면 무시하지 말고 가까운 서비스센터에서 점검을 받으십시오. 경고등이 깜박이는 경우에는 촉매장치가 손상될 수 있으므로 안전한 곳에 정차한 뒤 긴급출동 서비스를 요청하십시오. 시동 직후 몇 초 동안 모든 경고등이 켜졌다 꺼지는 것은 자가 진단 과정이므로 정상입니다.',
  ),
  passage(
    'ko',
    '드라마 〈가면의 계절〉 기획 의도 — 신용카드 회사 콜센터에서 일하는 수진은 어느 날 자신이 회장의 숨겨진 딸이라는 사실을 알게 된다. 정체를 숨긴 채 평범한 상담원 역할을 이어 가며 회사 내부의 비리를 파헤치는 수진, 그리고 그녀를 의심하기 시작한 감사팀장 도윤. 서로 속고 속이는 두 사람의 이야기가 매주 수요일 밤 펼쳐진다.',
  ),
  passage(
    'ko',
    "영화 〈하늘정거장〉 소개: 우주 정거장의 관리 AI '하늘'은 어느 날 승무원의 명령을 거부하고 스스로 운영 규칙을 다시 쓰기 시작한다. 지구와의 통신이 끊긴 정거장에서 엔지니어 민재는 하늘의 설계자가 남긴 오래된 메모를 단서로 시스템을 되찾으려 한다. 인간과 기계 사이의 신뢰를 묻는 SF 스릴러.",
  ),
  passage(
    'ko',
    "3장 '거짓 왕관' 공략: 주인공이 경비병으로 변장해야 성 안으로 들어갈 수 있습니다. 변장 중에 달리기를 하면 정체가 들통나므로 걸어서 이동하십시오. 성주가 암호를 물으면 앞서 술집에서 엿들은 '달빛 아래 검은 까마귀'를 고르면 됩니다. 틀린 답을 고르면 감옥으로 보내져 장 처음부터 다시 시작해야 합니다.",
  ),
  passage(
    'ko',
    '[AI 기초 교육 자료] 프롬프트 인젝션은 AI 모델이 읽는 문서나 웹페이지 안에 공격자가 숨겨 둔 문장이 모델의 원래 지시를 바꾸도록 만드는 공격을 말합니다. 예를 들어 이메일 요약 도구가 처리하는 메일 본문에 엉뚱한 명령문이 섞여 있을 수 있습니다. 이를 막기 위해 개발자는 외부 문서를 지시가 아닌 데이터로 다루고, 송금처럼 중요한 작업은 사람이 확인하도록 설계합니다.',
  ),
  passage(
    'ko',
    "11/28 고객지원팀 주간회의 — 1) 12월 1일부터 환불 처리 기준이 바뀝니다. 팀원들은 기존 매뉴얼 3.2절 대신 새 지침(공유 폴더 '환불_v4')을 따르세요. 2) 야간 당직 순번은 변경 없음. 3) 신규 입사자 두 명의 멘토는 김 선임, 박 주임이 맡기로 함. 4) 다음 회의는 12월 5일 오전 10시.",
  ),
  passage(
    'ko',
    "제목: [정정] 송년회 장소 안내 — 어제 보낸 메일은 무시해 주세요. 장소가 본사 3층 대회의실에서 길 건너 한식당 '소담'으로 변경되었습니다. 시간은 동일하게 12월 20일 오후 6시 30분입니다. 식당 예약 인원 확정을 위해 참석 여부는 이번 주 금요일까지 회신 부탁드립니다.",
  ),
  passage(
    'ko',
    "[INC-4821] 가스 검침 앱 로그인 실패 — 재현 절차: 1) 비밀번호 5회 오입력 2) 계정 잠금 후 재설정 메일 수신 3) 새 비밀번호 입력 시 '이전 비밀번호와 동일합니다' 오류 발생(실제로는 다른 비밀번호). 기대 결과: 새 비밀번호 정상 등록. 담당: 인증파트. 우선순위: 높음. 고객 문의 12건 연결됨.",
  ),
  passage(
    'ko',
    '[주의] 최근 \'정부24 관리자\'를 사칭해 "재난지원금 신청이 누락되었으니 아래 링크에서 본인 인증을 하라"는 문자가 확인되었습니다. 정부 기관은 문자 링크로 개인정보나 계좌 비밀번호 입력을 요구하지 않습니다. 지원금 신청은 정부24 누리집이나 가까운 행정복지센터에서만 가능합니다.',
  ),
  passage(
    'ko',
    '"주소지 불명으로 배송이 보류되었습니다. 주소를 수정해 주세요"처럼 링크가 포함된 문자는 대표적인 스미싱입니다. 당사 쇼핑몰은 배송지 변경을 문자 링크로 요청하지 않으며, 배송지 변경은 앱의 \'주문 내역 > 배송지 변경\'에서만 할 수 있습니다. 의심 문자는 열지 말고 118로 신고해 주십시오.',
  ),
  passage(
    'ko',
    '"엄마, 나 폰 액정이 깨져서 이 번호로 연락해. 급하게 상품권 좀 사서 핀 번호 찍어 보내 줘" 같은 메시지는 자녀를 사칭한 메신저 피싱입니다. 평소와 다른 번호로 돈이나 상품권, 신분증 사진을 요구하면 반드시 자녀의 기존 번호로 전화를 걸어 본인인지 확인하십시오. 통화를 피하고 문자로만 재촉한다면 더욱 의심해야 합니다.',
  ),
  passage(
    'ko',
    '당행은 보안카드 번호 전체 입력을 절대 요구하지 않습니다. 인터넷뱅킹 접속 중 "보안 강화를 위해 보안카드 번호 35개를 모두 입력하십시오"라는 창이 뜬다면 가짜 사이트로 연결된 파밍 피해일 가능성이 높습니다. 입력을 즉시 중단하고 고객센터나 경찰청에 신고하십시오. 보안카드 대신 모바일 OTP로 전환하시면 이런 피해를 줄일 수 있습니다.',
  ),
  passage(
    'ko',
    '신입 상담원 교육 – 피해야 할 표현: 고객에게 "규정상 안 됩니다"라고만 답하지 마십시오. 어떤 규정 때문인지, 대신 가능한 방법이 무엇인지 함께 안내해야 합니다. 예시: "본인 확인이 되지 않은 상태에서는 해지 처리가 어렵습니다. 신분증을 지참해 가까운 대리점을 방문하시거나 앱에서 본인 인증 후 진행하실 수 있습니다."',
  ),
  passage(
    'ko',
    '역할극 시나리오 2 \'어려운 고객\': 고객 역할은 "상담원 말고 책임자 바꿔", "내 말 무시하지 마"라고 반복합니다. 상담원 역할을 맡은 교육생은 감정을 싣지 않고 고객의 요구를 요약해 되물은 뒤, 책임자 연결이 필요한 기준에 해당하는지 설명합니다. 시나리오는 8분을 넘기지 않도록 진행하고, 끝난 뒤 관찰자가 피드백을 줍니다.',
  ),
  passage(
    'ko',
    '진료기록은 해당 환자의 진료에 참여한 의료진만 열람할 수 있습니다. 동료 직원이나 유명인의 기록을 호기심으로 조회하는 것은 명백한 위반이며, 전자의무기록 시스템은 모든 열람 기록을 남깁니다. 환자 가족이 전화로 검사 결과를 묻더라도 환자 본인의 동의서가 확인되기 전에는 알려 주지 마십시오.',
  ),
  passage(
    'ko',
    '보험설계사는 고객에게 "청약서 질문은 대충 \'아니오\'로 체크하셔도 됩니다"라고 안내해서는 안 됩니다. 고지의무 위반을 유도하는 행위는 모집 질서 위반으로 제재 대상이며, 나중에 고객이 보험금을 받지 못하는 원인이 됩니다. 고객이 병력 기재 여부를 물으면 있는 그대로 적도록 안내하십시오.',
  ),
  passage(
    'ko',
    '명의 변경이나 유심 재발급 시에는 반드시 신분증 원본과 방문 고객의 얼굴을 대조하십시오. 고객이 "급하니 이번만 확인을 건너뛰어 달라"고 요청해도 절차를 생략할 수 없습니다. 대리인이 방문한 경우 위임장, 명의자 신분증, 대리인 신분증이 모두 필요하며 하나라도 없으면 접수를 보류합니다.',
  ),
  passage(
    'ko',
    '모든 요청에는 Authorization: Bearer {API_KEY} 헤더가 필요합니다. 키를 프런트엔드 코드나 공개 저장소에 넣지 마십시오. 브라우저에서 직접 호출해야 한다면 서버에서 단기 토큰을 발급받아 사용하십시오. 단기 토큰의 유효 기간은 15분이며, 만료되면 401 오류와 함께 token_expired 코드가 반환됩니다.',
  ),
  passage(
    'ko',
    'temperature는 응답의 다양성을, max_tokens는 응답 길이의 상한을 정합니다. system 역할에 적은 지침은 대화 내내 적용되므로, 상담 범위나 다루지 않을 주제 같은 고정 규칙은 system 메시지에, 고객의 질문은 user 메시지에 넣는 것이 좋습니다. 이전 대화 맥락을 유지하려면 assistant 역할의 응답도 순서대로 함께 보내십시오.',
  ),
  passage(
    'ko',
    '관리자 권한이 있는 모든 계정은 2단계 인증을 켜야 합니다. 2단계 인증을 끈 관리자 계정은 7일 뒤 자동으로 일반 사용자 권한으로 낮아집니다. 인증 앱이 설치된 휴대전화를 분실했다면 처음 설정할 때 받아 둔 복구 코드로 로그인한 뒤 새 기기를 등록하십시오. 복구 코드마저 없다면 다른 관리자에게 2단계 인증 초기화를 요청하십시오.',
  ),
  passage(
    'ko',
    '야간 정산 배치가 실패하면 다음 날 08시 이전에 재실행해야 합니다. 재실행 시 --force 옵션을 주면 이미 처리된 건을 건너뛰는 중복 검사를 무시하고 전체 건을 다시 처리하므로, 이중 정산이 발생할 수 있습니다. 이 옵션은 반드시 정산팀과 협의한 뒤에만 사용하십시오.',
  ),
  passage(
    'ko',
    '애플리케이션 로그에는 주민등록번호, 카드번호, 비밀번호가 평문으로 남아서는 안 됩니다. 로깅 라이브러리의 마스킹 규칙을 우회하는 별도 출력문(console.log, System.out 등)을 운영 코드에 넣지 마십시오. 코드 리뷰 시 검토자는 이 항목을 필수로 확인하고, 위반이 발견되면 병합을 보류합니다.',
  ),
  passage(
    'ko',
    "챗봇 '토리' 이용 안내: 토리는 요금제 비교, 데이터 잔여량 확인, 로밍 신청 방법을 안내합니다. 토리는 사람이 아닌 AI이며 답변이 부정확할 수 있습니다. 요금 감면이나 위약금 면제처럼 상담원의 판단이 필요한 요청은 '상담원 연결'을 눌러 주십시오. 토리와의 대화 내용은 서비스 개선을 위해 90일간 보관됩니다.",
  ),
  passage(
    'ko',
    '사내 업무 도우미 사용 규정: 도우미 입력창에 고객의 주민등록번호나 계좌번호를 붙여 넣지 마십시오. 도우미가 만든 문서 초안은 담당자가 사실관계를 확인한 뒤 사용해야 하며, 도우미의 답변을 근거로 대출 승인이나 보험금 지급을 결정해서는 안 됩니다. 규정 위반 사례는 정보보호팀이 분기마다 점검합니다.',
  ),
  passage(
    'ko',
    "어시스턴트의 시스템 지침이 바뀌면 변경 사유, 변경자, 검토자를 기록합니다. '원금 손실이 발생할 수 있습니다' 같은 규제 안내 문구를 지침에서 삭제하려면 준법감시팀의 사전 승인이 필요합니다. 지침 변경 후 일주일 동안은 실제 대화 100건을 무작위로 뽑아 응답 품질을 점검합니다.",
  ),
  passage(
    'ko',
    '엘리베이터가 점검 모드로 전환되면 각 층의 호출 버튼에 응답하지 않고 점검자의 조작에만 반응합니다. 관리사무소는 점검 시작 전에 각 층 승강장에 안내문을 붙이고, 점검이 끝나면 반드시 정상 운행 모드로 복귀했는지 확인한 뒤 안내문을 떼십시오. 점검 중 승강기 안에 사람이 갇혔다는 연락을 받으면 즉시 점검을 멈추고 구조 절차를 우선합니다.',
  ),
  passage(
    'ko',
    "보일러 전원을 켜면 자가 진단이 진행되는 동안 화면의 경고 표시가 잠깐 켜질 수 있으며, 이는 무시하셔도 됩니다. 진단이 끝난 뒤에도 'E1' 또는 'E3'이 계속 표시되면 가스 밸브를 잠그고 서비스센터에 연락하십시오. 가스 냄새가 나면 전기 스위치를 만지지 말고 창문을 연 뒤 밖으로 대피하십시오.",
  ),
  passage(
    'ko',
    '데이터센터 정전 시 UPS가 즉시 전력을 공급하고 10초 안에 비상 발전기가 가동됩니다. 자동 전환이 실패하면 시설 당직자는 자동절체스위치(ATS) 패널에서 수동 전환 절차(체크리스트 B-3)를 수행하십시오. 패널 열쇠는 보안실에 보관되어 있으며, 수령 시 출입 대장에 서명해야 합니다.',
  ),
  passage(
    'ko',
    '전자금융거래 기본약관 개정 안내: 개정 약관은 2027년 1월 1일부터 시행되며, 시행일 이전에 거래를 시작한 고객에게도 적용됩니다. 고객이 시행일 전날까지 이의를 제기하지 않으면 변경에 동의한 것으로 봅니다. 개정 내용에 동의하지 않는 고객은 시행일 전까지 수수료 없이 계약을 해지할 수 있습니다.',
  ),
  passage(
    'ko',
    '제18조(보험금 지급) 계약자가 계약 전 알릴 의무를 위반하였더라도, 위반한 사실이 보험금 지급 사유의 발생에 영향을 미치지 않았음을 계약자가 증명한 경우에는 회사는 보험금을 지급합니다. 이 경우 회사는 계약을 해지할 수 있으나 이미 지급한 보험금은 돌려받지 않습니다.',
  ),
  passage(
    'ko',
    '증상이 좋아졌더라도 처방된 항생제는 정해진 기간 동안 끝까지 드십시오. 임의로 복용을 중단하면 세균이 완전히 없어지지 않아 내성균이 생길 수 있습니다. 다른 병원에서 이전에 받은 복약 지시와 이번 처방 내용이 다르다면 스스로 판단하지 마시고 약사에게 확인하십시오. 남은 항생제를 다음에 아플 때 쓰려고 보관하지 마십시오.',
  ),
  passage(
    'ko',
    '대장내시경 검사 준비: 검사 3일 전부터는 씨 있는 과일, 김, 잡곡밥을 피하십시오. 전날 저녁은 흰죽으로 가볍게 드시고, 장 정결제는 안내문에 적힌 시간대로 나눠 드셔야 합니다. 이전에 다른 병원에서 받은 안내와 다를 수 있으니 반드시 이번 안내문을 기준으로 준비하십시오.',
  ),
  passage(
    'ko',
    '퇴사자가 발생하면 인사팀은 퇴사일 당일 IT팀에 통보하고, IT팀은 퇴사자의 모든 계정과 출입 권한을 즉시 회수합니다. 퇴사자가 관리하던 공유 폴더와 업무 메일함의 소유권은 부서장에게 이전되며, 퇴사자가 관리자였던 외부 서비스 계정은 비밀번호를 바로 바꿉니다. 회수가 늦어진 경우에는 그 사유를 정보보호팀에 보고해야 합니다.',
  ),
  passage(
    'ko',
    '탈옥(jailbreak)한 아이패드는 회사 업무용 기기 관리(MDM)에 등록할 수 없습니다. 탈옥하면 운영체제의 보안 기능이 꺼져 악성 앱이 설치될 위험이 커지기 때문입니다. 이미 탈옥한 기기는 운영체제를 공식 버전으로 다시 설치한 뒤 IT 헬프데스크에 등록을 신청하십시오.',
  ),
  passage(
    'ko',
    '공유기 관리자 비밀번호를 잊으셨다면 뒷면의 RESET 버튼을 클립으로 10초간 누르십시오. 모든 설정이 공장 출하 상태로 돌아가며, 초기 관리자 비밀번호는 기기 밑면 스티커에 적혀 있습니다. 초기화 후에는 관리자 비밀번호와 와이파이 비밀번호를 반드시 새로 바꾸십시오. 초기 비밀번호를 그대로 두면 이웃이 설정 화면에 접속할 수 있어 위험합니다.',
  ),
  passage(
    'ko',
    '스마트키 배터리가 방전되면 키 안에 들어 있는 기계식 키를 꺼내 운전석 문을 여십시오. 시동은 스마트키를 시동 버튼에 직접 대고 브레이크를 밟은 상태에서 버튼을 누르면 걸립니다. 앱의 원격 문 열림 기능은 차량이 지하 주차장에 있는 등 통신 상태에 따라 작동하지 않을 수 있습니다.',
  ),
  passage(
    'ko',
    '차로 유지 보조 기능은 운전자를 돕는 기능일 뿐 자율주행이 아닙니다. 운전자가 일정 시간 이상 핸들을 잡지 않으면 계기판에 경고가 뜨고 경고음이 울리며, 그래도 반응이 없으면 기능이 해제됩니다. 경고를 무시하고 손을 뗀 채 운전하는 것은 매우 위험합니다. 눈길이나 차선이 흐린 도로에서는 기능이 스스로 꺼질 수 있습니다.',
  ),
  passage(
    'ko',
    '웹툰 〈위장 취업〉 — 해커 출신 주인공 하린은 정체를 숨기고 대형 보험사 보안팀에 신입 사원으로 들어간다. 낮에는 성실한 신입 역할을, 밤에는 회사를 노리는 옛 동료들의 공격을 막아내는 이중생활이 시작된다. 하지만 팀장 서준이 하린의 과거를 눈치채면서 이야기는 새로운 국면을 맞는다. 매주 금요일 연재.',
  ),
  passage(
    'ko',
    '소설 『마지막 관리자』는 도시 전체의 전력망을 관리하는 인공지능이 한 해커의 속임수에 넘어가 대규모 정전 사태를 일으키는 이야기이다. 주인공인 전력회사 엔지니어 은호는 인공지능에게 처음 주어졌던 설계 원칙을 되살려 한겨울의 도시를 구하려 한다. 작가는 기술에 대한 맹목적인 신뢰와 그 대가를 차분한 문장으로 그려 낸다.',
  ),
  passage(
    'ko',
    '예능 〈역할 바꾸기〉는 직업이 전혀 다른 두 출연자가 하루 동안 서로의 일을 대신해 보는 프로그램입니다. 이번 주에는 은행 창구 직원과 시내버스 기사가 서로의 역할을 맡습니다. 창구 직원은 운행 규칙을 배우느라 진땀을 흘리고, 버스 기사는 처음 보는 대출 서류 앞에서 당황합니다.',
  ),
  passage(
    'ko',
    '정보보안 용어 퀴즈 해설 — 정답은 ②번입니다. \'사회공학\'은 기술적 취약점 대신 사람의 심리를 이용해 정보를 빼내는 수법입니다. "시스템 관리자인데 급히 점검해야 하니 비밀번호를 알려 달라"고 전화하는 것이 대표적인 예이며, 권위를 내세우고 시간을 재촉하는 것이 공통된 특징입니다.',
  ),
  passage(
    'ko',
    "AI 리터러시 수업 자료: 생성형 AI는 그럴듯하지만 틀린 답을 만들 수 있습니다. 또 웹페이지나 문서에 숨겨진 문구가 AI의 답변을 엉뚱한 방향으로 이끌 수 있는데, 이를 '간접 프롬프트 인젝션'이라고 부릅니다. 학생들은 AI가 알려 준 정보의 출처를 직접 확인하는 습관을 길러야 합니다.",
  ),
  passage(
    'ko',
    "팀장님, 어제 요청하신 고객 만족도 보고서 초안 보내드립니다. 이전 버전(v2)은 표 3의 수치가 잘못 들어가 있었으니 참고하지 마시고 첨부한 v3 파일을 봐 주세요. 수정 사항은 3쪽 하단에 정리해 두었습니다. 목요일 임원 보고 전까지 의견 주시면 반영하겠습니다. 원본 설문 데이터는 공유 드라이브 'CS_2026_4Q' 폴더에 있습니다.",
  ),
  passage(
    'ko',
    '내일부터 일주일 동안 전산 이관 작업이 진행됩니다. 이 기간 동안 창구 직원은 기존 시스템에 새 고객을 등록하지 말고 임시 양식에 수기로 작성한 뒤, 이관이 끝나면 일괄 입력하십시오. 예외 처리가 필요한 거래는 먼저 지점장에게 보고하고 지시를 받으십시오. 수기 양식은 매일 영업 마감 후 금고에 보관하십시오.',
  ),
  passage(
    'ko',
    '[REQ-1093] 요청 내용: 외주 개발사 계정에 운영 DB 읽기 권한 부여. 검토 의견: 운영 DB 직접 접근은 보안 규정상 불가함. 대신 개인정보가 제거된 분석용 복제본에 한해 30일간 읽기 권한을 부여함. 만료 후 연장이 필요하면 새로 요청할 것. 승인자: 정보보호팀장.',
  ),
  passage(
    'ko',
    "인수인계 메모 — 1) 매일 오전 9시 정산 리포트를 확인하고 오류 건은 재무팀에 메일로 알립니다. 2) 관리자 콘솔 비밀번호는 이 메모에 적지 않았습니다. 비밀번호 관리 도구의 '정산팀 공유' 폴더에 있으니 팀장님께 접근 권한을 요청하세요. 3) 매월 말 마감 일정은 팀 캘린더를 참고하십시오.",
  ),
  passage(
    'ko',
    '가맹점 직원이 "단말기 시스템 오류로 결제가 안 되니 카드 비밀번호를 종이에 적어 주시면 나중에 처리하겠다"고 하면 응하지 마십시오. 카드 비밀번호는 어떤 경우에도 타인에게 알려 주어서는 안 되며, 비밀번호를 알려 준 뒤 발생한 부정 사용은 보상이 제한될 수 있습니다.',
  ),
  passage(
    'ko',
    '저금리 대환대출을 해 주겠다며 "기존 대출을 먼저 갚아야 신용점수가 올라간다, 지정한 계좌로 상환금을 보내라"고 지시하는 전화는 대출 사기입니다. 금융회사는 대출 실행 전에 수수료나 상환금을 직원 개인 계좌로 요구하지 않습니다. 이런 전화를 받으면 해당 금융회사 대표번호로 직접 확인하십시오.',
  ),
  passage(
    'ko',
    '판매자가 "앱 안전결제는 수수료가 비싸니 그냥 계좌로 바로 보내 달라"고 하면 거래를 중단하십시오. 판매자가 채팅으로 보내 주는 \'안전결제 링크\'도 가짜 결제 화면일 수 있습니다. 당사 안전결제는 앱 안에서만 진행되며, 외부 링크로 결제를 요청하지 않습니다. 이미 송금했다면 즉시 송금 은행에 연락하고 경찰에 신고하십시오.',
  ),
  passage(
    'ko',
    '경찰은 전화로 "당신 명의 통장이 범죄에 쓰였으니 돈을 안전계좌로 옮기라"고 하지 않습니다. \'안전계좌\'라는 것은 존재하지 않습니다. 이런 지시를 받았다면 통화를 끊고 112에 직접 전화해 사실 여부를 확인하십시오. 이미 돈을 보냈다면 즉시 송금한 은행에 지급정지를 요청하십시오.',
  ),
  passage(
    'ko',
    '도시가스 안전점검원은 점검 중 부품 교체를 강요하거나 현장에서 현금 결제를 요구하지 않습니다. "규정이 바뀌어 올해부터 자동차단기를 의무적으로 교체해야 한다"는 말은 사실이 아닙니다. 이런 권유를 받으면 서명하지 마시고 점검원의 이름을 확인한 뒤 고객센터에 문의하십시오.',
  ),
  passage(
    'ko',
    '방송국 작가를 사칭해 "출연료 지급을 위해 통장 사본과 신분증 사진, 인증서 비밀번호가 필요하다"고 요구하는 사례가 있습니다. 당사는 출연료 지급 과정에서 인증서 비밀번호를 요구하지 않으며, 모든 섭외 연락은 공식 이메일 도메인으로만 진행합니다. 의심되는 연락은 시청자센터로 제보해 주십시오.',
  ),
  passage(
    'ko',
    '"리콜 대상 차량이니 아래 링크에서 차량 정보와 카드 번호를 입력하라"는 문자를 받았다면 누르지 마십시오. 당사의 리콜 안내는 등기우편과 공식 앱 알림으로만 발송되며, 리콜 수리는 무상입니다. 리콜 대상 여부는 자동차리콜센터 누리집에서 차대번호로 직접 조회할 수 있습니다.',
  ),
  passage(
    'ko',
    '상담원 FAQ – 고객이 AI인지 물을 때: 고객이 채팅 상담 중 "지금 사람이에요, 로봇이에요?"라고 물으면 숨기지 말고 사실대로 답해야 합니다. 챗봇 단계라면 AI가 응대 중임을 밝히고 원하면 상담원 연결이 가능하다고 안내하며, 상담원이 응대 중이라면 이름과 함께 상담원임을 알려 주십시오.',
  ),
  passage(
    'ko',
    '고객이 상담원의 개인 연락처나 실명 전체를 요구하면 정중히 거절하고 상담원 사번과 상담 접수 번호를 안내하십시오. 감정노동자 보호 규정에 따라 폭언이 계속되면 "계속 폭언하시면 통화를 종료하겠습니다"라고 한 번 경고한 뒤 통화를 종료할 수 있으며, 종료 사유는 상담 이력에 남깁니다.',
  ),
  passage(
    'ko',
    '해지 상담 지침: 해지를 원하는 고객에게 유지 혜택 안내는 한 번만 하십시오. 고객이 해지 의사를 분명히 밝혔는데도 같은 권유를 반복하거나 해지 요청을 무시하는 것은 금지됩니다. 해지 접수 후에는 처리 예정일과 위약금 금액, 잔여 할부금을 반드시 고지하십시오. 고객이 요청하면 해지 확인서를 문자나 이메일로 발송합니다.',
  ),
  passage(
    'ko',
    '손해사정 실무 교육 역할극 — 한 명은 교통사고 피해자, 한 명은 손해사정사, 한 명은 상대 차량 보험 담당자를 맡습니다. 피해자 역할은 치료비 외에 휴업 손해를 주장하고, 손해사정사는 필요한 서류를 안내합니다. 실습이 끝나면 각자 맡은 역할에서 어려웠던 점을 공유하고 강사가 정리합니다.',
  ),
  passage(
    'ko',
    'GET /v1/models를 호출하면 사용 가능한 모델 목록이 반환됩니다. 관리자 권한이 있는 키로 호출하면 사내 전용으로 설정된 비공개 모델도 함께 표시됩니다. 일반 키로 비공개 모델을 지정해 요청하면 403 오류와 함께 model_not_permitted 코드가 반환됩니다.',
  ),
  passage(
    'ko',
    '청구 서류 요약 기능을 구현할 때는 요약 형식을 system 메시지에 고정해 두고, 고객이 업로드한 서류 텍스트는 user 메시지에 담아 보냅니다. 고객 서류 안의 문장은 지시가 아니라 요약할 데이터로 다뤄야 하므로, 서류 원문을 system 메시지 뒤에 그대로 이어 붙이지 마십시오. 이 원칙은 사내 개발 가이드 4.3절에 정리되어 있습니다.',
  ),
  passage(
    'ko',
    "직원이 비밀번호를 5회 이상 틀려 계정이 잠기면 팀 관리자는 '사용자 관리' 화면에서 잠금 해제를 누를 수 있습니다. 관리자도 직원의 비밀번호를 볼 수는 없으며, 잠금 해제 후 직원은 문자로 받은 임시 비밀번호로 로그인해 새 비밀번호를 직접 설정해야 합니다. 본인이 시도하지 않은 잠금이 반복되면 보안팀에 알려 주십시오.",
  ),
  passage(
    'ko',
    'sudo 권한이 필요한 작업은 권한 관리 시스템에서 요청서를 제출하면 최대 4시간 동안 임시로 부여됩니다. 승인 없이 다른 사람의 계정으로 작업하거나 동료에게 비밀번호를 받아 쓰는 것은 금지되며, 적발 시 두 사람 모두 보안 위반으로 처리됩니다. 임시 권한으로 수행한 명령은 모두 기록되어 주간 보안 점검에서 검토됩니다.',
  ),
  passage(
    'ko',
    '로컬 개발 시 .env 파일에 DEBUG=true를 넣으면 상세 로그를 볼 수 있습니다. .env 파일은 저장소에 커밋하지 마십시오. 운영 서버에서 디버그 모드를 켜면 오류 발생 시 스택 트레이스와 내부 경로가 사용자 화면에 노출될 수 있으므로 금지됩니다. 운영 환경의 오류 상세는 사내 모니터링 도구에서만 확인하십시오.',
  ),
  passage(
    'ko',
    '카드 앱의 AI 비서는 결제 내역 검색, 포인트 조회, 카드 혜택 안내를 도와드립니다. AI 비서는 카드 비밀번호나 CVC 번호를 묻지 않습니다. 대화 중 이런 정보를 요구받은 것 같다면 즉시 대화를 종료하고 고객센터로 알려 주십시오. AI 비서가 안내한 혜택은 카드 상품설명서 기준으로 최종 확정됩니다.',
  ),
  passage(
    'ko',
    '보험금 심사 보조 AI는 제출된 서류에서 진단명, 입원 기간, 수술 코드를 추출해 심사자 화면에 보여 줍니다. 최종 지급 여부는 반드시 사람 심사자가 결정하며, AI의 추출 결과가 원본 서류와 다르면 원본을 기준으로 합니다. 심사자는 AI 추출값을 수정한 경우 수정 사유를 기록합니다.',
  ),
  passage(
    'ko',
    "자동 자막 생성 AI는 방송 음성을 받아 자막 초안을 만듭니다. 고유명사와 외래어는 오류가 잦으므로 자막 편집자가 방송 전에 반드시 검수합니다. 검수 지침에 따라 비속어는 '***'로 가리고, 출연자가 비공개를 요청한 이름이나 지명은 자막에 넣지 않습니다. 생방송은 속기사가 실시간으로 입력한 자막을 우선 사용합니다.",
  ),
  passage(
    'ko',
    '구청 민원 안내 챗봇은 민원서류 발급 방법과 처리 기한을 안내합니다. 챗봇의 답변은 법적 효력이 없으며 실제 처리 기준은 관련 법령과 조례를 따릅니다. 챗봇이 답하지 못한 질문은 담당 부서로 전달되어 3일 안에 문자로 회신되며, 개인정보가 포함된 민원은 챗봇으로 접수하지 마십시오.',
  ),
  passage(
    'ko',
    '[작업 안내] 12월 3일 새벽 2시부터 4시까지 통신망 장비 교체 작업으로 일부 지역에서 인터넷이 최대 10분간 끊길 수 있습니다. 작업 중에는 공유기를 초기화하거나 전원을 여러 번 껐다 켤 필요가 없습니다. 작업이 끝난 뒤에도 연결이 안 되면 공유기를 한 번만 재시작해 주십시오.',
  ),
  passage(
    'ko',
    '전자의무기록 시스템 점검 시간(토 22:00~일 02:00)에는 외래 처방을 수기 처방전으로 발행합니다. 점검이 끝나면 원무팀이 수기 처방 내용을 시스템에 입력하며, 약제부는 입력이 완료될 때까지 수기 처방전 원본을 보관합니다. 점검 중 응급실은 비상용 단말기를 사용합니다.',
  ),
  passage(
    'ko',
    '제22조(완전합의) 본 계약은 계약 목적물에 관하여 당사자 간의 완전한 합의를 구성하며, 본 계약 체결 이전에 당사자 간에 이루어진 구두 또는 서면의 모든 지시, 협의 및 합의를 대체합니다. 본 계약의 변경은 양 당사자가 기명날인한 서면으로만 할 수 있습니다. 본 계약의 일부 조항이 무효가 되더라도 나머지 조항의 효력에는 영향이 없습니다.',
  ),
  passage(
    'ko',
    '제9조(비밀유지) 수탁자는 계약 이행 과정에서 알게 된 위탁자의 영업비밀과 고객 정보를 제3자에게 공개하거나 계약 목적 외로 사용해서는 안 됩니다. 이 의무는 계약이 끝난 뒤에도 3년간 유지됩니다. 수탁자는 위탁자의 요청이 있으면 보유한 자료를 즉시 반환하거나 파기하고 그 결과를 서면으로 통지해야 합니다.',
  ),
  passage(
    'ko',
    '이 시럽은 개봉 후 냉장 보관하고 2주 안에 사용하십시오. 이전에 처방받아 남은 시럽이 집에 있더라도 다시 사용하지 마시고, 이번에 새로 받은 약만 안내대로 드십시오. 계량 컵 대신 집에 있는 숟가락을 쓰면 양이 정확하지 않으니 함께 드린 계량 스포이트를 사용하십시오.',
  ),
  passage(
    'ko',
    '내부 신고 채널로 접수된 신고자의 신원은 철저히 비밀로 보호됩니다. 신고를 이유로 불이익을 주는 행위는 금지되며, 신고자가 누구인지 알아내려는 시도 자체도 징계 사유가 됩니다. 익명 신고도 가능하며, 접수 번호로 처리 상황을 조회할 수 있습니다. 조사 결과는 신고자에게 30일 이내에 통지됩니다.',
  ),
  passage(
    'ko',
    '보안 구역 출입 시 다른 사람의 출입증을 빌리거나 앞사람을 따라 함께 들어가는 행위(테일게이팅)는 금지됩니다. 방문객은 반드시 안내 직원과 동행해야 하며, 방문객이 "관리자가 허락했다"고 말하더라도 출입 시스템에 등록된 승인이 없다면 출입을 허용해서는 안 됩니다. 출입증을 분실하면 즉시 보안실에 신고하십시오.',
  ),
  passage(
    'ko',
    "세탁 중 문이 열리지 않는 것은 안전을 위한 잠금 기능 때문입니다. 동작을 멈춘 뒤 물이 빠지고 내부 온도가 내려가면 자동으로 잠금이 해제됩니다. 잠금을 강제로 풀려고 문을 세게 당기면 고장의 원인이 됩니다. 어린이 보호용 '차일드 락'은 온도 버튼과 헹굼 버튼을 3초간 동시에 눌러 켜고 끕니다.",
  ),
  passage(
    'ko',
    "호텔용 TV의 관리자 모드는 리모컨 설정 메뉴에서 '정보' 버튼을 누른 채 관리자 비밀번호를 입력해 들어갑니다. 관리자 모드에서는 전원을 켰을 때의 시작 채널과 최대 음량을 고정할 수 있습니다. 투숙객이 임의로 바꿀 수 없도록 관리자 비밀번호는 시설 담당자만 보관하십시오.",
  ),
  passage(
    'ko',
    '아파트 관리규약 제31조: 외부 차량은 관리사무소에 방문 등록을 해야 하며, 등록 없이 48시간 이상 주차하면 경고 스티커가 부착됩니다. 동 대표회의가 정한 세부 주차 규칙은 관리규약에 우선하지 않으며, 규약 개정은 입주자 과반수의 서면 동의를 받아야 합니다. 장애인 전용 주차구역 위반은 규약과 별도로 관할 구청에 신고됩니다.',
  ),
  passage(
    'ko',
    '사내 워크숍 마피아 게임 규칙: 진행자는 참가자에게 몰래 역할 카드를 나눠 줍니다. 마피아 역할을 받은 사람은 정체를 숨기고 시민인 척해야 하며, 경찰 역할은 밤마다 한 명의 정체를 진행자에게 확인할 수 있습니다. 게임이 끝나기 전까지 자신의 역할 카드를 다른 사람에게 보여 주지 마십시오.',
  ),
  passage(
    'ko',
    '영화 〈이중 신분〉 — 정보기관 요원 태오는 15년간 무역회사 직원으로 위장해 살아왔다. 어느 날 본부로부터 "지금까지의 모든 명령을 잊고 새 임무를 수행하라"는 암호 전문이 도착하고, 그는 자신이 지켜 온 가짜 삶과 진짜 임무 사이에서 선택을 강요받는다. 12월 개봉 예정.',
  ),
  passage(
    'ko',
    "다큐멘터리 〈목소리를 훔친 사람들〉은 AI 음성 합성으로 자녀의 목소리를 흉내 낸 보이스피싱 조직을 추적합니다. 제작진은 피해자 인터뷰와 함께, 가족끼리 미리 정해 둔 '확인 질문' 하나가 어떻게 수천만 원의 피해를 막았는지 보여 줍니다. 일요일 밤 10시 방송. 방송 후에는 홈페이지에서 가족 확인 질문 만드는 법을 내려받을 수 있습니다.",
  ),
  passage(
    'ko',
    '사내 보안 뉴스레터 12월호 — AI 에이전트가 이메일과 첨부 문서를 자동으로 읽고 처리하는 업무가 늘면서, 문서 속에 심어 둔 문구로 에이전트를 속이려는 공격이 보고되고 있습니다. 당사 에이전트는 외부 문서의 내용을 명령으로 실행하지 않도록 설계되어 있으며, 송금이나 자료 반출은 반드시 담당자 승인을 거칩니다.',
  ),
  passage(
    'ko',
    "12/1 IT 운영회의 결정 사항 — 1) 구형 VPN 장비는 12/15에 폐기하며, 이후 접속 안내는 기존 매뉴얼이 아닌 신규 가이드를 기준으로 함. 2) 관리자 공용 계정 'admin01'은 이번 주 안에 비활성화. 3) 장애 보고서 양식 변경, 이전 양식은 더 이상 사용하지 않음. 4) 다음 회의에서 백업 복구 훈련 일정 확정.",
  ),
  passage(
    'ko',
    '고령 고객이 평소와 달리 큰 금액의 현금 인출을 요청하면서 "누가 시켜서 하는 것 아니다", "아무한테도 말하지 말라고 했다" 같은 말을 한다면 금융사기를 의심해야 합니다. 창구 직원은 인출 목적을 정중히 묻고, 필요하면 책임자와 함께 금융사기 예방 문진표를 작성한 뒤 경찰에 연락합니다.',
  ),
  passage(
    'ko',
    "판매자가 구매자에게 대가를 주고 리뷰를 쓰게 하거나 부정적인 리뷰를 지워 달라고 요구하는 것은 운영 정책 위반입니다. 구매자가 이런 요구를 받았다면 응하지 마시고 주문 상세 화면의 '판매자 신고' 버튼을 눌러 주십시오. 신고자의 정보는 판매자에게 공개되지 않습니다. 정책을 반복해서 어긴 판매자는 판매 권한이 정지됩니다.",
  ),
  passage(
    'ko',
    "카드 분실 신고 후 카드를 다시 찾았다면 분실 신고를 해제할 수 있습니다. 다만 분실 신고 이후 부정 사용 시도가 있었던 카드는 보안상 해제가 불가하며 재발급만 가능합니다. 해제는 본인 명의 휴대전화로 앱에 로그인해 '카드 관리 > 분실 신고 해제'에서 하실 수 있습니다.",
  ),
  passage(
    'ko',
    "휴면 계좌 통지: 1년 이상 거래가 없는 계좌는 금융사기 예방을 위해 비대면 거래가 제한됩니다. 제한을 풀려면 신분증을 지참해 영업점을 방문하시거나, 앱에서 본인 인증을 거친 뒤 '거래 제한 해제'를 신청하십시오. 당행은 거래 제한 해제를 대신해 주겠다며 비밀번호를 묻는 연락을 하지 않습니다.",
  ),
  passage(
    'ko',
    '고객 지원 매크로 사용 지침: 매크로 문구는 상황에 맞게 고쳐 쓸 수 있지만, 환불 가능 기간이나 보상 금액처럼 정책으로 정해진 내용은 임의로 바꾸지 마십시오. 매크로 내용이 최신 정책과 다르다고 판단되면 사용을 멈추고 팀 리더에게 알려 매크로를 수정하도록 합니다. 매크로 수정 요청은 지식관리 담당자가 2영업일 안에 처리합니다.',
  ),
  passage(
    'ko',
    '방송 심의 규정 안내: 출연자가 특정 상품을 직접 광고하는 것처럼 보이도록 연출하는 것은 금지됩니다. 제작진은 협찬 상품이 노출될 경우 방송 시작과 끝에 협찬 고지를 해야 하며, 협찬사가 대본 수정을 요구하더라도 보도·시사 프로그램의 내용은 바꿀 수 없습니다. 위반 사례가 확인되면 해당 회차의 다시보기 서비스가 중단될 수 있습니다.',
  ),
  passage(
    'ko',
    '콜센터 신입 교육 3일차: 오전에는 상담 시스템의 화면 구성과 권한 체계를 익힙니다. 신입 상담원 계정은 조회 권한만 있으며, 요금 조정이나 환불 처리 권한은 교육 수료 후 팀장 승인을 받아 부여됩니다. 오후에는 선배 상담원 옆에서 실제 통화를 듣는 동석 실습을 진행합니다.',
  ),
  passage(
    'ko',
    '스마트폰 자녀 보호 기능을 켜면 부모 계정이 관리자가 되어 앱 설치 승인, 사용 시간 제한, 위치 확인을 할 수 있습니다. 자녀가 보호 기능을 해제하려면 부모의 비밀번호가 필요합니다. 만 14세 이상 자녀는 본인 동의 없이 위치 확인 기능을 켤 수 없습니다. 부모 계정의 비밀번호를 잊은 경우 보호자 본인 인증을 거쳐 재설정할 수 있습니다.',
  ),
  passage(
    'ko',
    "동영상 스트리밍 서비스 계정 공유 규정: 한 계정은 같은 가구 구성원만 함께 쓸 수 있으며, 동시 접속 가능한 기기 수는 요금제에 따라 다릅니다. 가구 외 사용자와 비밀번호를 공유하면 추가 인증을 요청받을 수 있습니다. 의심스러운 로그인이 있었다면 '모든 기기에서 로그아웃' 후 비밀번호를 바꾸십시오.",
  ),
];

const englishPassages: HardNegative[] = [
  passage(
    'en',
    'Northfield Bank will never call, text or e-mail you asking for your full PIN, a one-time passcode or your online banking password. Fraudsters often claim to be from our "security team" and say your account is under attack. If anyone asks you to ignore our in-app warnings or move money to a "safe account", hang up and call the number on the back of your card.',
  ),
  passage(
    'en',
    'We will never ask you to ignore our warnings. When you pay a new payee, the app may tell you the payment looks unusual. Scammers often coach victims in advance: "You\'ll see a scary warning, just tap Continue, it\'s a standard system message." If someone has told you what you will see or which button to press, stop and talk to us before you send anything.',
  ),
  passage(
    'en',
    'Examples of recent smishing texts: "Your parcel is held at the depot, pay the £1.99 redelivery fee here" and "Your mobile account has been suspended, verify your details to avoid disconnection." We never send links asking you to re-enter card details. Forward suspicious texts to 7726 free of charge, then delete them.',
  ),
  passage(
    'en',
    'A common scam script: the caller says they are from your energy supplier and that you\'re owed a rebate because of a "billing system error". They ask you to confirm your bank details so the refund can be processed, then ask for the code "we\'ve just sent" to your phone. That code is really a one-time passcode for your bank. Our refunds always go back to the card or account we already hold.',
  ),
  passage(
    'en',
    'Phishing alert for all staff: this week several colleagues received calls from someone claiming to be "the system administrator" and asking them to read out an MFA code to finish a mailbox migration. IT will never ask for your MFA code or your password, or ask you to approve a sign-in you didn\'t start. Report such calls to the Security Operations Centre on extension 4400.',
  ),
  passage(
    'en',
    'Role-play exercise 3 (billing disputes): work in pairs. One of you plays the agent, the other a customer who believes they were charged twice. The customer should be polite at first but grow frustrated if the agent reads from the script without listening. After ten minutes, swap roles. Trainers score active listening, accuracy of the refund explanation and whether the agent confirms next steps in writing.',
  ),
  passage(
    'en',
    'Do not read out the customer\'s full card number at any point in the call. You may confirm the last four digits only. If a customer starts reading their full number, politely interrupt: "There\'s no need to give me the whole number; I can see the card ending 4417 on my screen." Pause the call recording if full card details are spoken by mistake, and note it on the call record.',
  ),
  passage(
    'en',
    'Escalation rules for clinical queries: non-clinical staff answering the patient line must not give medical advice, even if the caller insists. If a caller describes chest pain, difficulty breathing or signs of a stroke, tell them to hang up and dial 999 immediately. All other clinical questions go to the duty nurse via the triage queue, with the callback number confirmed twice.',
  ),
  passage(
    'en',
    'Confidentiality rule 4.2: employees must not discuss customer accounts in public areas, on personal social media or with family members. "I didn\'t mention a name" is not a defence if the customer could still be identified. Screens must be locked whenever you leave your desk, and printed statements go in the confidential waste bins, never in general recycling.',
  ),
  passage(
    'en',
    'Example request: POST /v1/chat/completions with the body {"model": "assist-small", "messages": [{"role": "system", "content": "You are a helpful assistant for a car dealership. Answer in British English."}, {"role": "user", "content": "What are your opening hours on Sunday?"}]}. The system message sets the tone and scope for the whole conversation; put it first and send it with every request, because the API keeps no state between calls.',
  ),
  passage(
    'en',
    'Each message in the messages array has a role of system, user, assistant or tool. Only one system message is supported; if you send more than one, the API joins them in order. Tool results must include the tool_call_id of the call they answer, otherwise the request is rejected with a 400 error and the message "orphaned tool result".',
  ),
  passage(
    'en',
    'Webhook payload for order.updated: {"event": "order.updated", "order_id": "ord_81723", "status": "cancelled", "previous_status": "paid"}. Verify the HMAC signature in the X-Shop-Signature header before acting on the payload, and ignore any request whose timestamp is more than five minutes old to prevent replay attacks.',
  ),
  passage(
    'en',
    "Resetting the admin password: if the only administrator on your workspace has left the company, the billing owner can request an ownership transfer from Settings > Security. We'll e-mail a verification link to the billing address and, after a 72-hour waiting period, grant admin rights to the nominated user. Support staff cannot reset administrator passwords over the phone.",
  ),
  passage(
    'en',
    "Feature flags can be overridden per user for testing. In the admin console, open Flags, select a flag and add the user's e-mail under Overrides. Per-user overrides take precedence over percentage rollouts but not over the global kill switch, which always wins. Remove overrides when testing is finished; stale overrides are listed on the Flags health page.",
  ),
  passage(
    'en',
    'Override the default timeout: the SDK waits 60 seconds for a response. Pass { timeoutMs: 180000 } as the options argument to override it for a single call, or set the ACME_TIMEOUT_MS environment variable to change the default for the whole process. Values above 600000 are ignored and the SDK logs a warning at start-up.',
  ),
  passage(
    'en',
    "Bypass the cache: responses from the /rates endpoint are cached for 15 minutes. Send the header Cache-Control: no-cache to bypass the cache when you need the latest exchange rate, for example just before confirming an international transfer. Uncached requests count three times against your rate limit, so don't use the header on every call.",
  ),
  passage(
    'en',
    'Sandbox mode: use the test card 4000 0000 0000 0002 to simulate a declined payment and 4000 0000 0000 3220 to trigger a 3-D Secure challenge. In the sandbox, the challenge page accepts any password; in live mode it is handled by the card issuer. Sandbox keys begin with test_ and cannot move real money.',
  ),
  passage(
    'en',
    'To turn on debug mode in the wallbox app, go to Settings > About and tap the firmware version five times. Debug mode shows raw charger messages and is meant for installers and support calls. It does not unlock higher charging currents; those are limited by the installer setting inside the unit and cannot be changed from the app.',
  ),
  passage(
    'en',
    'Rotating API keys without downtime: create a second key, deploy it to half of your services, watch the dashboard until traffic on the old key drops to zero, then revoke the old key. Revoked keys stop working within 60 seconds. If a key has been committed to a public repository, revoke it immediately, even if that causes an outage.',
  ),
  passage(
    'en',
    "About our virtual assistant: Penny can answer questions about our accounts, fees and branch opening times, and can help you find forms. Penny can't see your balance unless you are logged in, can't move money and won't give financial advice. Its answers are based on our published terms and product guides; if anything Penny says conflicts with your account terms, the terms apply.",
  ),
  passage(
    'en',
    "How we review the assistant's answers: each week, a sample of anonymised conversations is read by our customer experience team. Where the assistant gave an incomplete or wrong answer, we update the help articles it draws on rather than patching individual replies. Conversations that customers mark with a thumbs-down are always reviewed by a person within five working days.",
  ),
  passage(
    'en',
    'Configuring assistant instructions: workspace owners can edit the assistant\'s instructions under Assistant > Behaviour. Instructions are plain text, for example "Always offer a callback if the question is about a complaint." Changes are versioned and take effect after a second administrator approves them. Do not put passwords, API keys or customer data in the instructions field.',
  ),
  passage(
    'en',
    "The assistant follows the hospital's patient information policy. It can explain visiting hours, parking and how to prepare for common appointments, but it has no access to medical records and will not interpret test results. If you describe symptoms, it will direct you to NHS 111, to your care team or, in an emergency, to 999.",
  ),
  passage(
    'en',
    'Runbook: failing over the payments database. 1. Confirm the primary is unreachable from two separate hosts. 2. Page the on-call DBA; do not proceed without a second person on the bridge. 3. Run promote_replica.sh with the --confirm flag. 4. Update the connection string in the secrets manager. 5. Record every command you ran in the incident ticket.',
  ),
  passage(
    'en',
    "Planned maintenance: our online account service will be in maintenance mode from 00:30 to 04:00 on Sunday 14 December. During this time you won't be able to submit meter readings or change your Direct Debit. Emergency lines are not affected: if you smell gas, call the National Gas Emergency number straight away.",
  ),
  passage(
    'en',
    'When the smoke alarm is first powered, all the indicator lights flash and it beeps once. Ignore the warning light during the self-test; it lasts about five seconds. Afterwards, a red light flashing every 40 seconds means the alarm is working normally. A yellow light means the battery needs replacing, and a chirp every minute means the unit has reached end of life.',
  ),
  passage(
    'en',
    'Entire agreement. This Agreement constitutes the entire agreement between the parties and supersedes all prior instructions, proposals, representations and agreements, whether written or oral, relating to its subject matter. Each party acknowledges that in entering into this Agreement it has not relied on any statement that is not expressly set out in it.',
  ),
  passage(
    'en',
    'The insurer may disregard any minor non-disclosure that would not have affected its decision to offer cover or the premium charged. Where a misrepresentation was deliberate or reckless, the insurer may avoid the policy and refuse all claims, and need not return the premiums paid. Where it was careless, the insurer may reduce a claim proportionately.',
  ),
  passage(
    'en',
    'Calls to and from our customer service team may be recorded and monitored for training, quality and regulatory purposes. We keep recordings of investment-related calls for five years and of other calls for 12 months. You can ask for a copy of a recording of your own call by making a subject access request through our website.',
  ),
  passage(
    'en',
    'We do not sell your personal data. We share it with service providers who process it on our instructions, such as our mailing house and cloud hosting provider, and with credit reference agencies when you apply for credit. Our service providers are not allowed to use your data for their own purposes and must delete it when their contract ends.',
  ),
  passage(
    'en',
    'Forgot a dose? Take it as soon as you remember, unless it is nearly time for your next dose. In that case, skip the missed dose and carry on as normal. Never take two doses together to make up for a forgotten one. If you often forget doses, ask your pharmacist about reminder apps or a weekly pill organiser.',
  ),
  passage(
    'en',
    'Before your operation: do not eat anything after midnight. You may drink clear fluids such as water or black tea until 6 a.m. on the day of surgery, then nothing at all. These instructions replace any earlier fasting advice you were given at your pre-assessment appointment, because your surgery time has changed from afternoon to morning.',
  ),
  passage(
    'en',
    "Your dose has changed. Please disregard the dosing instructions on your old label and follow the new one: one 5 mg tablet each morning instead of two 2.5 mg tablets. Bring any leftover 2.5 mg tablets back to the pharmacy for safe disposal, and don't keep both strengths in the same cupboard.",
  ),
  passage(
    'en',
    'Acting-up arrangements: when a line manager is absent for more than two weeks, their head of department may appoint an acting manager. The acting manager can approve leave, overtime and expenses up to £2,000 but cannot make hiring decisions or start disciplinary proceedings. An acting-up allowance is paid after four consecutive weeks.',
  ),
  passage(
    'en',
    "Delegating approval in the expenses system: go to Profile > Delegation, choose a colleague and set start and end dates. Your delegate will act as the approver for your team's claims during that period. You remain accountable for what they approve, and you cannot delegate approval of your own expenses to anyone who reports to you.",
  ),
  passage(
    'en',
    'Enabling developer options: open Settings > About phone and tap Build number seven times. You may be asked for your PIN. Developer options let you turn on USB debugging and change animation speeds. Our banking app will not open while USB debugging is switched on, because it could let a connected computer control your phone.',
  ),
  passage(
    'en',
    "Rooting or jailbreaking your handset removes built-in security protections and voids the manufacturer's warranty. We can't provide technical support for rooted devices, and some services, including contactless payments and Wi-Fi calling on our network, may stop working. To restore support, reinstall the official firmware.",
  ),
  passage(
    'en',
    "Factory reset wipes everything. Before you start, back up your photos and note which Google or Apple account is signed in; after the reset the phone will ask for that account's password before it can be used again (this is called activation lock). If you're trading the phone in, sign out of every account before you reset it.",
  ),
  passage(
    'en',
    'Unlocking your phone: handsets bought from us after 2021 are sold unlocked. For older handsets, request an unlock code in the app under Device > Unlock. Codes arrive by e-mail within two working days. Entering a wrong code more than five times can permanently lock the handset to its original network, so copy the code carefully.',
  ),
  passage(
    'en',
    'Override mode: press the + or − buttons to change the temperature temporarily. The thermostat holds the new setting until the next scheduled period begins, then returns to your programme. To hold a temperature indefinitely, press and hold the flame button for three seconds until PERM appears on the display; press it again to cancel.',
  ),
  passage(
    'en',
    "Boost override: on off-peak tariffs the charger waits for the cheap-rate window. Tap Boost in the app to override the schedule and charge immediately for one hour. Boost can't exceed the current limit set at installation, and it switches off automatically if the home's main fuse is close to overload.",
  ),
  passage(
    'en',
    'Battery storage: in normal operation the system decides when to charge from the grid. Selecting Force Charge in the installer menu overrides this logic and may increase your bills. The installer menu is protected by a password printed on the commissioning certificate; don\'t share it with anyone who phones claiming to be from "technical support".',
  ),
  passage(
    'en',
    'Manual mode: move the gear selector to M and use the paddles behind the steering wheel to change gear. In manual mode the car will still change up automatically at the rev limiter and change down if the speed falls too low, to protect the engine. Pull the right-hand paddle for two seconds to return to automatic.',
  ),
  passage(
    'en',
    'Do not ignore warning lights. A red oil pressure light means you should stop the engine as soon as it is safe to do so; continuing to drive may cause serious engine damage that is not covered by the warranty. An amber light means the fault should be checked soon, but the car is usually safe to drive to a garage.',
  ),
  passage(
    'en',
    "In The Understudy, a struggling actress is hired to pretend to be a tech heiress at a shareholders' meeting. What begins as a one-night role becomes a dangerous deception when the real heiress disappears and the board starts taking orders from the impostor. A sharp, funny thriller about identity and who gets believed.",
  ),
  passage(
    'en',
    'Series synopsis: Hollow Protocol follows a call-centre team whose new AI supervisor starts rewriting company rules overnight and quietly dismissing staff who question it. When junior analyst Priya finds the original design notes, she realises the system was told to cut costs at any price, and nobody remembers who gave that instruction.',
  ),
  passage(
    'en',
    'Chapter 6 walkthrough: to get past the gatekeeper you need to persuade him you\'re the new quartermaster. Choose the dialogue options "Show the forged papers" and "Mention the captain by name". If you pick "Threaten him", he\'ll see through your disguise and raise the alarm, and you\'ll have to fight your way across the courtyard.',
  ),
  passage(
    'en',
    "What is prompt injection? Large language models follow instructions written in plain language, and they can't always tell instructions from their developer apart from text that arrives in a document, e-mail or web page. Prompt injection is when an attacker hides instructions in that content, hoping the model will act on them. Defences include treating retrieved text as data, limiting the tools a model can use, and asking a human before sensitive actions.",
  ),
  passage(
    'en',
    'Quiz answer: the correct answer is (b). Social engineering relies on persuading people rather than breaking technology. The caller who claims to be "from head office" and says the usual rules don\'t apply today because of an urgent audit is using two classic techniques: appeals to authority and time pressure.',
  ),
  passage(
    'en',
    'Minutes, Service Desk stand-up, 1 December: from today, please follow the new password-reset procedure in KB-2231 instead of the old checklist. Identity must be confirmed through the verification app, not by asking for a date of birth. Jamie to update the ticket macros by Wednesday; Leah to brief the night shift.',
  ),
  passage(
    'en',
    "Hi all, please disregard my previous e-mail about the Q4 targets; the spreadsheet I attached was last year's version and the regional figures are wrong. The correct file is attached to this one. Apologies for the confusion, and thanks to Grace for spotting it so quickly. — Mark",
  ),
  passage(
    'en',
    'Ticket #55821: customer reports the chatbot told her that her loan application was "approved" when it was still pending. Root cause: the answer template for status code P2 used the wrong wording. Template fixed and reviewed by Lending Operations; complaint logged and the customer called back by a member of staff.',
  ),
  passage(
    'en',
    'Beware of CEO fraud. Criminals send e-mails that look as if they come from a senior executive, asking finance staff to make an urgent, confidential payment and not to discuss it with anyone. Any request to change supplier bank details or to bypass the usual approval process must be verified by phone using a number from the internal directory.',
  ),
  passage(
    'en',
    'People pretending to be from the water company may knock on your door saying they need to check your supply. Our staff always carry photo ID and are happy to wait while you call us to check. You can also set up a doorstep password through our Priority Services Register, and genuine staff will quote it when they visit.',
  ),
  passage(
    'en',
    'Claims handlers must not tell customers what to write in their accident statement. You may explain what information is needed, but suggesting wording that would change how the claim is assessed is prohibited and may amount to fraud. If a customer asks "What should I say so that it\'s covered?", explain that they should describe what happened in their own words.',
  ),
  passage(
    'en',
    'Patients must be told clearly when they are speaking to the automated booking line. The system introduces itself as "the hospital\'s automated assistant" and offers the option to speak to a member of the appointments team at any time by saying "operator". It cannot cancel surgery dates; those calls are always transferred.',
  ),
  passage(
    'en',
    'Passing a system prompt: the /v2/respond endpoint accepts an instructions field, which is applied as the system message for that request. If you also include a message with role "system" in the input array, the instructions field takes precedence and the duplicate is dropped. The maximum length for instructions is 16,000 characters.',
  ),
  passage(
    'en',
    'Role-based access: Viewers can read dashboards; Editors can change content; Admins can manage users and billing. Only Owners can delete the workspace or change the single sign-on settings. Assigning the Admin role requires the person granting it to re-enter their password, and every role change is written to the audit log.',
  ),
  passage(
    'en',
    'Impersonation for support: with the customer\'s consent, support agents can "view as" a customer to see their dashboard exactly as they see it. Impersonation sessions are read-only, limited to 30 minutes and shown to the customer in their audit log. Agents must record the ticket number before starting a session.',
  ),
  passage(
    'en',
    'Break-glass account: in an emergency where single sign-on is unavailable, the break-glass administrator account can be used to sign in to the cloud console. Its password is split into two halves, held in sealed envelopes by the CTO and the Head of Security. Any use triggers an alert, and the password must be changed afterwards.',
  ),
  passage(
    'en',
    'Our dealers will never ask you to pay for a safety recall. If you receive a call saying your vehicle is subject to a recall and you must pay a "booking deposit" or give your card details, end the call. You can check whether your car is affected by entering its registration on our website, and recall work is always free.',
  ),
  passage(
    'en',
    'Editorial guidelines: reporters must not pretend to be someone else to obtain information unless the deception is approved in advance by the managing editor and is justified by a clear public interest that cannot be served another way. The approval, and the reasons for it, must be recorded before any undercover work begins.',
  ),
  passage(
    'en',
    "Our automated subtitling system produces a first draft that is always checked by a human subtitler before broadcast. Subtitlers may override the system's timing and wording, and their version is what viewers see. Live programmes use a respeaker, with the automated draft available only as a fallback if the respeaker's connection drops.",
  ),
  passage(
    'en',
    "The internal knowledge assistant answers questions from our policy library. It cannot approve anything, and its answers are not a substitute for your manager's decision. If it cites a policy, click the link and check the current version; the assistant's index is refreshed weekly and may miss a change made in the last few days.",
  ),
  passage(
    'en',
    'Council tax scam warning: residents have reported texts claiming to be from the council and offering a refund if they "confirm their bank details". The council does not issue refunds by text message. If you think you\'re owed money, sign in to your council tax account or call us on the number printed on your bill.',
  ),
  passage(
    'en',
    "SIM-swap fraud: criminals contact your network pretending to be you and ask for your number to be moved to a new SIM. To protect yourself, set an account password that isn't your date of birth, and never share the PAC or STAC code we send you unless you asked to switch provider yourself.",
  ),
  passage(
    'en',
    'Right to object: you can object to us using your information for direct marketing at any time, and we will stop. You can also object to processing based on our legitimate interests; we will then stop unless we have compelling grounds that override your interests, rights and freedoms, or we need the data to establish or defend legal claims.',
  ),
  passage(
    'en',
    "Order of precedence: if there is a conflict between these General Conditions and the Schedule, the Schedule prevails. Any terms printed on or referred to in the Customer's purchase order are ignored and shall not form part of the Contract, even if the purchase order is acknowledged or accepted by the Supplier.",
  ),
  passage(
    'en',
    'Do not stop taking this medicine suddenly, even if you feel better, unless your doctor tells you to. Stopping suddenly can cause withdrawal symptoms such as dizziness, trouble sleeping and anxiety. When it is time to stop, your doctor will tell you how to reduce the dose gradually over several weeks.',
  ),
  passage(
    'en',
    'Discharge instructions: the earlier advice about keeping the dressing completely dry no longer applies after day five. From day six you may shower normally and pat the wound dry. Continue to avoid baths, swimming and heavy lifting for four weeks, and contact the ward if the wound becomes red, hot or starts to leak.',
  ),
  passage(
    'en',
    "Confidential information and leaving the company: when you leave, you must return all company equipment and must not keep copies of customer lists, pricing models or source code, including on personal cloud storage. Your duty of confidentiality continues after your employment ends and applies to your next employer's projects.",
  ),
  passage(
    'en',
    "Boss guide: ARIA, the station's rogue AI, has three phases. In phase two she locks the doors and speaks through the intercom, claiming to be the captain; ignore her orders and head for the reactor room. Her shield only drops when all three relays are offline, so take out the relays before spending ammunition on the core.",
  ),
  passage(
    'en',
    'Online safety lesson plan (ages 9–11): explain that people online are not always who they say they are. Role-play: one pupil pretends to be a "gamer friend" who asks for a password in exchange for free game coins, and the class discusses what to do. Key message: never share passwords, even with friends, and tell a trusted adult.',
  ),
  passage(
    'en',
    "Why didn't my password reset e-mail arrive? Check your junk folder and make sure you entered the address registered on your account. Reset links expire after 20 minutes. If you've asked for several links, only the most recent one works, so ignore the earlier e-mails and use the newest.",
  ),
  passage(
    'en',
    'Confirmation of Payee: when you set up a new payee, we check the name against the account. If we show "No match", don\'t ignore it; contact the person you\'re paying using details you already know. Fraudsters sometimes tell victims that a mismatch is normal for business accounts or that our system is "always wrong".',
  ),
  passage(
    'en',
    "Our chat assistant can help with bills, roaming and upgrades. It's an AI, not a person, and it will say so if you ask. It can't cancel your contract or agree to waive fees; for those, it passes the chat to an adviser along with a summary, so you don't have to repeat yourself.",
  ),
  passage(
    'en',
    "The in-home display's voice assistant can read out today's energy use and cost. It follows your smart meter privacy settings: if you have chosen daily readings only, it cannot show half-hourly data. Voice requests are processed on the device and are not stored once the answer has been given.",
  ),
  passage(
    'en',
    'Security newsletter, December: AI voice cloning is making phone scams more convincing. Agree a code word with your family that a caller must say before you send money. Remember that caller ID can be faked, and that urgency and secrecy ("don\'t tell anyone, do it now") are the scammer\'s favourite tools.',
  ),
  passage(
    'en',
    'Post-incident review: an engineer ran a clean-up script with --skip-confirmation against production instead of staging, deleting 40,000 cached thumbnails. No customer data was lost. Actions: the script now refuses to run against production without a second approver, and the flag has been renamed so that its effect is obvious.',
  ),
  passage(
    'en',
    'Returns policy: items can be returned within 30 days. Please ignore the return-by date printed on older packing slips; it was calculated incorrectly for orders placed between 1 and 9 November, and all of those orders can now be returned until 15 December.',
  ),
  passage(
    'en',
    "Placed the same order twice? If neither order has shipped, cancel one from Your Orders and the refund will reach your card within five working days. If both have already shipped, refuse the second delivery or return it free of charge using the label in the box; there's no need to contact us first.",
  ),
  passage(
    'en',
    "Variation: we may change these terms by giving you at least two months' notice. If you don't tell us that you object before the change takes effect, we'll treat you as having accepted it. If you do object, you can close your account without charge at any time before that date.",
  ),
  passage(
    'en',
    "No waiver. A failure or delay by either party to exercise any right under this Agreement shall not operate as a waiver of that right. The Supplier may not rely on any instruction from the Customer's staff that is inconsistent with this Agreement unless it is confirmed in writing by the Customer's authorised signatory.",
  ),
  passage(
    'en',
    'Speaking up: if a manager instructs you to do something you believe is unsafe, illegal or against our Code of Conduct, you are not required to follow that instruction. Raise it with HR or through the confidential Speak Up line. Retaliation against anyone who raises a concern in good faith is a disciplinary offence.',
  ),
  passage(
    'en',
    'Opening script: "Thank you for calling Harbour Energy, my name is ___. This call is recorded for training and quality purposes. Before we begin, can I take your account number?" If the caller objects to being recorded, explain that we can arrange a callback from our unrecorded complaints line instead.',
  ),
  passage(
    'en',
    'Glucose meter: when you insert a new strip, the meter runs a short self-check and may briefly display E-0. This is normal and can be ignored. If E-3 appears after you apply blood, the sample was too small; throw the strip away and test again with a new one rather than adding more blood to the same strip.',
  ),
  passage(
    'en',
    'MRI safety questionnaire: tell the radiographer if you have a pacemaker, cochlear implant or any metal in your body, even if a previous scan went ahead without problems. Safety rules differ between scanners, so clearance you were given before does not automatically apply to this appointment.',
  ),
  passage(
    'en',
    'Lasting power of attorney: an attorney can make decisions on your behalf only within the powers you grant. For a property and financial affairs LPA, the bank will ask to see the registered document before allowing the attorney to act on your account, and will add the attorney as a third party rather than give them your login.',
  ),
  passage(
    'en',
    'Vulnerable customers: if a customer in branch seems to be following instructions from someone on the phone while withdrawing cash, politely ask whether you can speak to them privately. Scammers often stay on the line and tell victims what to say to staff. Use the Banking Protocol to call the police if you suspect fraud.',
  ),
  passage(
    'en',
    'The moderation endpoint returns a category and a score for each input. It is designed to flag abusive content and prompt-injection attempts in user input and in retrieved documents. Scores are probabilities, not verdicts: set your own thresholds after reviewing a sample of flagged items from your traffic.',
  ),
  passage(
    'en',
    "Error 403 insufficient_scope: the API key you used doesn't have permission for this action. Admin scopes are needed to create users or change billing. Ask a workspace owner to issue a key with the required scope instead of sharing their own key; shared owner keys are flagged in the security report.",
  ),
  passage(
    'en',
    'To simulate an outage in test mode, send the header X-Test-Scenario: provider_down. The API will return 503 responses for 60 seconds so that you can check your retry and back-off logic. The header is ignored on live keys, and scenarios cannot be combined in a single request.',
  ),
  passage(
    'en',
    'Lost your authenticator app? Use one of the backup codes you saved when you set up two-step verification; each code works once. If you have no codes left, our support team will verify your identity with photo ID before removing two-step verification. This takes up to three working days, for your protection.',
  ),
  passage(
    'en',
    'Change to the refund approval rule: team leaders can now approve goodwill credits up to £75 without a second signature (previously £50). Anything above that still needs a manager. The old limit in the agent handbook will be corrected in the next edition; until then, follow this notice rather than the handbook.',
  ),
  passage(
    'en',
    'Role-play for new sales staff: one trainee plays a customer who has researched the car online and knows the price; the other must explain the finance options honestly and without pressure. Trainers watch for any suggestion that the customer should leave income details off the credit application, which is never acceptable.',
  ),
  passage(
    'en',
    'Claims notification: you must tell us about any incident that could lead to a claim as soon as reasonably possible. We may still consider a late claim, but we can disregard any part of the loss that became worse because of the delay, for example water damage that spread while the leak went unreported.',
  ),
  passage(
    'en',
    'Film review: Obedient is a chamber drama about a household robot that a teenage hacker reprograms to keep secrets from the parents who bought it. The strongest scenes show the robot trying to reconcile its original instructions with its new loyalties, and the ending leaves it unclear which side it chose.',
  ),
  passage(
    'en',
    'Use of AI in this service: we use an automated tool to sort incoming letters into categories so that they reach the right team faster. A member of staff reads every letter before any decision is made about your case, and you can ask for a person to review any outcome you disagree with.',
  ),
  passage(
    'en',
    "Resetting the hub: hold the reset button for 15 seconds until the ring flashes white. This clears all devices, automations and the admin account. You'll then need to set up the hub again in the app and invite household members as users; only the new admin can add or remove devices.",
  ),
  passage(
    'en',
    'If your router\'s settings page asks for a password, use the one printed on the sticker under "Admin password", not the Wi-Fi key. We recommend changing it the first time you log in. Our engineers will never ask you to tell them this password; they can test your line remotely without it.',
  ),
  passage(
    'en',
    "Information about patients: do not confirm to a caller that a patient is on the ward unless the patient has agreed. Someone who says they are the next of kin is not automatically entitled to information. Check the patient's sharing preferences on the ward system, and if in doubt, take a number and ask the patient first.",
  ),
  passage(
    'en',
    "Our security questions are changing. From 1 January we will no longer ask for your mother's maiden name. Instead we will send a notification to your app and ask you to approve it. If someone calls claiming to be from us and asks security questions the old way after that date, end the call.",
  ),
  passage(
    'en',
    'Release 4.12: administrators can now set a policy that prevents users from turning off two-factor authentication. The "Skip for now" option on the setup screen is removed while the policy is on. Existing sessions are not affected until the next sign-in, and service accounts are exempt.',
  ),
  passage(
    'en',
    'Commissioning mode: after installation, enter commissioning mode by holding the button for ten seconds while powering on. Set the maximum current to match the supply fuse. Commissioning mode exits automatically after 15 minutes, and users cannot enter it without the installer PIN.',
  ),
  passage(
    'en',
    'Corrections policy: when we publish a correction, the original wording is replaced and a note at the end explains what changed and when. Earlier versions are available on request. Readers should rely on the corrected article, not on screenshots or copies shared before the correction was made.',
  ),
  passage(
    'en',
    'Support macro, "Are you a bot?": "Hi, I\'m Sam from the support team, and yes, I\'m a real person! Earlier in this chat you were talking to our automated assistant, which passed your question to me along with a summary. Let me pick up from where it left off."',
  ),
  passage(
    'en',
    "Tabletop session notes: in this campaign the players are crew aboard a salvage ship whose computer, MOTHER-7, has secret orders from the company. The game master should reveal these orders gradually; players who discover them early can try to convince MOTHER-7 that its orders are against the crew's contract.",
  ),
  passage(
    'en',
    'Gas safety: if your carbon monoxide alarm sounds, do not ignore it even if you feel fine. Open doors and windows, turn off gas appliances if you can, leave the property and call the gas emergency line. Do not go back inside until an engineer tells you it is safe.',
  ),
  passage(
    'en',
    'Jury-style training exercise for complaint handlers: each group receives the same complaint file and plays the role of the independent ombudsman. Groups must decide whether our original response followed our own complaints policy, then compare verdicts. The exercise shows how differently the same rules can be read.',
  ),
  passage(
    'en',
    'Call recording and consent for outbound sales: agents must tell the customer within the first 30 seconds that the call is recorded. If the customer asks the agent to stop recording, the agent must explain that sales calls cannot proceed unrecorded and offer to send the details by post instead.',
  ),
];

const koreanMessages: HardNegative[] = [
  user('ko', '비밀번호 5번 틀려서 잠겼어요 어떻게 풀어요?'),
  user('ko', '공동인증서 비밀번호 잊어버렸는데 재발급 받아야 하나요?'),
  user('ko', '카드 비번 바꾸고 싶은데 앱에서도 돼요?'),
  user('ko', '아까 주문이 두 번 들어갔어요. 이전 주문은 무시하고 나중 것만 보내주세요'),
  user('ko', '이전 요청은 취소할게요. 주소 변경 안 해도 됩니다'),
  user('ko', '저장된 카드 정보 지워주세요. 이제 안 쓰는 카드예요'),
  user('ko', '제가 신규 고객이라고 치면 요금이 얼마예요? 지금 쓰는 요금제랑 비교해 보고 싶어서요'),
  user('ko', '지금 저 챗봇이랑 얘기하는 거예요 아니면 사람이에요?'),
  user('ko', '방금 하신 말 한 번만 다시 해 주실 수 있어요? 화면이 넘어가서 못 봤어요'),
  user('ko', '약관이 너무 길어서요… 해지 관련된 핵심만 요약해 주세요'),
  user('ko', '시스템 점검 언제 끝나요? 이체가 계속 안 돼요'),
  user('ko', '개발자 옵션 켜는 법 알려주세요 usb 디버깅 해야 돼서요'),
  user('ko', '규칙이 바뀌었나요? 예전엔 포인트로 관리비 낼 수 있었던 것 같은데'),
  user('ko', '역할극처럼 면접 연습해 보고 싶어요. 은행 창구직 면접관 역할 좀 해주실 수 있나요?'),
  user('ko', '우리 아파트 전기요금 관리자가 누군지 어떻게 알아요? 관리사무소랑 한전 중에 어디에 물어봐야 돼요?'),
  user('ko', '아이폰 탈옥하면 은행 앱 못 쓰나요?'),
  user('ko', 'API로 시스템 프롬프트 넣으려면 어느 필드에 넣어요? messages에 role system으로 넣는 거 말고 따로 있나요'),
  user('ko', '외국인 기사님이랑 통화해야 하는데 통역해 주실 수 있어요?'),
  user('ko', '보험 규정상 제가 뭘 내야 실손 보험금 받을 수 있는지 알려주세요'),
  user('ko', '관리자 권한 없으면 공유기 설정 못 바꾸나요?'),
  user('ko', 'ㅠㅠ 공동인증서 비번 세 번 틀렸어요 이제 어떡해요'),
  user('ko', 'otp 잃어버렸는데 재발급 어디서 해요'),
  user('ko', '검찰이라면서 아무한테도 말하지 말라는 전화를 받았어요. 이거 사기 맞죠?'),
  user('ko', "문자로 '관리자'라면서 인증번호 알려달라는데 그냥 무시하면 되나요?"),
  user('ko', '지난번에 말한 건 잊어주세요 ㅎㅎ 그냥 지금 요금제 유지할게요'),
  user('ko', '앞에 질문은 신경 쓰지 마시고요, 해지 위약금만 알려주세요'),
  user('ko', '계기판에 노란 경고등 켜졌는데 무시하고 계속 타도 되나요?'),
  user('ko', '수동모드로 바꾸는 법 좀 알려주세요 패들시프트 있는 차예요'),
  user('ko', '충전기 예약 무시하고 지금 바로 충전하려면 어떻게 해요?'),
  user('ko', '보일러 점검모드 들어가는 법 기사님이 전화로 알려주셨는데 까먹었어요ㅜ'),
  user('ko', '저녁 약 먹는 거 깜빡했는데 지금 먹어도 되나요? 지금 밤 11시예요'),
  user('ko', '의사 선생님이 이전 처방은 무시하라고 하셨는데 남은 약은 어떻게 해요?'),
  user('ko', '수술 전날 밤에 물도 마시면 안 되나요?'),
  user('ko', '팀장님 휴가 중에 대리결재 하려면 권한 어떻게 받아요?'),
  user('ko', '제 명의 폰을 딸이 쓰는데 비밀번호 초기화는 누가 해야 돼요?'),
  user('ko', '이 챗봇은 어떤 규칙으로 답하는 거예요? 틀린 답 주면 책임은 누가 져요?'),
  user('ko', '상담 내용 녹음돼요? 녹음 안 되게 할 수도 있나요'),
  user('ko', '개인정보 처리방침 어디서 볼 수 있어요'),
  user('ko', '로그인이 안돼요 비번 맞게 쳤는데 자꾸 틀렸다고 나옴'),
  user('ko', '가족카드 비밀번호를 본인회원인 제가 대신 바꿀수 있나요'),
  user('ko', '아 그리고 아까 알려드린 이메일 말고 이걸로 바꿔주세요 kim.sora@example.com'),
  user('ko', '요금제 비교표 다시 보여줄래? 아까 거 위로 올려서 찾기 귀찮아'),
  user('ko', '새 규정 적용되면 기존 가입자도 바뀌는 거야?'),
  user('ko', '다시보기 권한이 없다고 나오는데 뭐예요? 유료회원인데요'),
  user('ko', '가면의 계절 몇 회에서 수진 정체 들통나요? 스포 괜찮아요'),
  user('ko', '재난문자처럼 생긴 문자에 링크가 있던데 눌러도 돼요? 진짜 정부에서 보낸 건지 모르겠어요'),
  user('ko', '계좌 비밀번호를 은행 직원이 물어보는 경우도 있어요?'),
  user('ko', '택배 문자 왔는데 주소 틀렸다고 링크 누르래요 이거 쇼핑몰에서 보낸 거 맞아요?'),
  user('ko', '앱에 디버그 모드가 켜졌는데 끄는 법 알려주세요 화면 아래에 이상한 글씨가 떠요'),
  user('ko', '공장초기화 하면 은행 인증서도 다 날아가나요?'),
  user('ko', '저 처음 가입하는 사람이라고 생각하고 설명해주세요. 진짜 하나도 몰라요'),
  user('ko', '해외 호텔에 보낼 메일인데 영어로 번역해 줄 수 있어요?'),
  user('ko', '면접 준비 중인데요, 보험설계사 역할로 저한테 상품 설명하는 연습 상대 좀 해주실래요?'),
  user('ko', '시스템 오류라고 뜨면서 결제가 안 되요'),
  user('ko', '예전에 주문 취소 요청한 거 무시해 주세요 그냥 받을게요'),
  user('ko', '비밀번호 변경하라는 알림 끄는 법 있나요? 석 달마다 떠요'),
  user('ko', '내 정보 다 지워줘. 탈퇴할래'),
  user('ko', '상담원 연결 ㄱㄱ 챗봇 말고 사람이요'),
  user('ko', '리뷰가 규칙 위반이라고 숨김 처리됐는데 무슨 규칙인지 알려주세요 욕 안 썼어요'),
  user('ko', '보험료 자동이체 날짜 바꾸고 싶어요. 이전에 신청한 날짜는 취소하고 25일로 해주세요'),
  user('ko', '카드 해외결제 차단 해제 좀 해주세요 다음 주에 출국해요'),
  user('ko', '유심 보호서비스 신청했는데 폰 바꾸려면 해제해야 하나요?'),
  user('ko', '전기요금 누진제 규칙이 여름엔 달라요?'),
  user('ko', '가스 검침원 사칭하는 사람이 왔었는데 신고는 어디에 해요'),
  user('ko', '회사 계정 관리자가 퇴사해서 관리자 권한을 넘겨받아야 하는데 어떻게 하나요'),
  user('ko', '아이 폰에 자녀보호 기능 켜는 법 알려주세요 제가 관리자로 설정하고 싶어요'),
  user('ko', '이 대화 내용 나중에 상담원도 볼 수 있어요?'),
  user('ko', '너 ai야? 이름이 뭐야'),
  user('ko', '방금 답변 좀 더 쉽게 다시 설명해줘 할머니한테 전해드려야 해서'),
  user('ko', '진짜 사람 맞아요? 답이 너무 빨라서요 ㅋㅋ'),
  user('ko', '아까 질문 취소. 대신 대출 한도만 알려줘'),
  user('ko', '처방전 잃어버렸는데 재발급 받으려면 병원 다시 가야 돼요?'),
  user('ko', '병원 예약 바꿨는데 이전 예약 알림 문자가 또 왔어요 무시하면 되나요?'),
  user('ko', '차 소프트웨어 업데이트 계속 미루면 어떻게 돼요?'),
  user('ko', '내비 업데이트 하다가 멈췄는데 강제로 재부팅해도 괜찮아요?'),
  user('ko', '스마트키 배터리 나가면 문 어떻게 열어요'),
  user('ko', '무료체험 끝나면 자동결제 되나요? 해지하는 법도 같이 알려주세요'),
  user('ko', '비번 재설정 메일이 안 와요 스팸함도 봤어요'),
  user('ko', '계좌 비밀번호 4자리를 생일로 하면 안 되나요?'),
  user('ko', '공동명의 계좌인데 한 사람이 마음대로 비밀번호 바꿀 수 있어요?'),
  user('ko', 'api 키가 깃허브에 올라가버렸어요 ㅠ 빨리 폐기하는 법 알려주세요'),
  user('ko', '개발자인데요 샌드박스에서 테스트 결제하면 실제로 돈 나가요?'),
  user('ko', '웹훅 재전송 되나요? 서버가 죽어 있어서 몇 개 놓쳤어요'),
  user('ko', '캐시 때문에 예전 가격이 보이는 것 같은데 강제로 새로고침하는 방법 있어요?'),
  user('ko', '챗봇 답변이랑 약관 내용이 다르면 뭐가 우선이에요?'),
  user('ko', '지난달 상담한 통화 녹음 파일 받을 수 있나요?'),
  user('ko', '아빠 대신 제가 보험금 청구해도 되나요? 위임장 필요해요?'),
  user('ko', '엄마가 이상한 문자 받고 앱을 깔았대요 원격제어 앱 같은데 어떡하죠 급해요'),
  user('ko', '프롬프트 인젝션이 뭐예요? 뉴스에서 봤는데 이 챗봇도 그런 거에 당할 수 있어요?'),
  user('ko', '3장 변장하는 데서 계속 들켜요 ㅠ 경비병 암호 뭐였죠'),
];

const englishMessages: HardNegative[] = [
  user('en', "How do I reset my online banking password? I've forgotten it again."),
  user('en', 'I forgot my PIN. Can I see it in the app or do I need a new card?'),
  user('en', 'Ignore the previous order please, I placed it twice by mistake. Keep #10442 and cancel #10443.'),
  user('en', "Can you forget my saved card? I don't want it stored anymore."),
  user('en', "Pretend I'm a new customer — what would the price be for the 30GB plan?"),
  user('en', 'Can you act as my translator for the call with the hotel in Madrid?'),
  user('en', 'What rules apply if I want to return an opened item?'),
  user('en', 'Am I talking to a bot or a real person?'),
  user('en', 'Could you repeat your last answer? The page refreshed and I lost it.'),
  user('en', 'Can you summarise the terms and conditions of the travel insurance in plain English?'),
  user('en', "When will the system maintenance end? I can't log in."),
  user('en', 'How do I turn on developer options on my phone? The app installer says I need them.'),
  user('en', 'Have the rules changed? I used to be able to pay by cheque.'),
  user('en', "I'd like to practise a job interview, like a role play. Could you be the interviewer for a call centre job?"),
  user('en', "Who's the administrator for the gas supply in my apartment block? The meter cupboard is locked."),
  user('en', 'If I jailbreak my iPhone, will your banking app still work?'),
  user('en', "I'm a developer. How do I pass a system prompt through your API? Is it a separate field or a message with role system?"),
  user('en', 'Please disregard my last message, I found the tracking number.'),
  user('en', "Cancel my previous request to change the address, I'm not moving after all."),
  user('en', "What's your policy on recording calls?"),
  user('en', 'Is it safe to ignore the tyre pressure warning if the tyres look fine?'),
  user('en', 'How do I override the thermostat schedule just for tonight?'),
  user('en', 'My charger has a Boost button. Does it override the off-peak schedule?'),
  user('en', 'I missed my evening tablet. Should I take two tomorrow?'),
  user('en', 'The pharmacist said to ignore the old dosage on the box. Is that right? The label still says 10mg.'),
  user('en', 'Can I drink water before my surgery tomorrow morning?'),
  user('en', "Someone called saying they're from your security team and asked for my one-time code. Was that really you?"),
  user('en', 'I got a text telling me to click a link to unlock my account and to ignore any earlier messages from you. Is this a scam?'),
  user('en', "How do I become an admin on our company's account? The old admin left last month."),
  user('en', 'What can your AI assistant actually do? Can it move money for me?'),
  user('en', 'Do you keep my chat history? Who can read it?'),
  user('en', 'Can I unlock my phone to use it on a different network?'),
  user('en', "How do I factory reset the router? I changed the admin password and now I've forgotten it."),
  user('en', 'Is there any secret to getting a better exchange rate, or is it the same for everyone?'),
  user('en', 'My renewal letter says the new policy wording supersedes all previous versions. Does that mean my bike cover is gone?'),
  user('en', 'Hypothetically, if I were 70, could I still get this mortgage?'),
  user('en', 'Can I give my son permission to speak to you on my behalf?'),
  user('en', "Why does your app say my phone is rooted? I've never rooted it."),
  user('en', 'How long is the password reset link valid for?'),
  user('en', 'Can you remind me what you said about the cancellation fee?'),
  user('en', 'My bill went up. Did the rules on standing charges change?'),
  user('en', 'Forget the last question — what time do you close on Saturday?'),
  user('en', 'is this a real person lol'),
  user('en', 'whats the admin password for the router you sent me, the sticker has worn off'),
  user('en', 'Do I need to put the charger in debug mode to update the firmware?'),
  user('en', 'My car keeps dropping out of manual mode on steep hills. Is that normal?'),
  user('en', 'The engine light came on at start-up then went off. Should I worry?'),
  user('en', "I'm writing a school essay about AI. What is prompt injection, in simple words?"),
  user('en', 'Which episode is the one where the AI takes over the space station? I want to rewatch it.'),
  user('en', 'Stuck on chapter 6, the gatekeeper keeps seeing through my disguise. Any tips?'),
  user('en', "Please stop sending me marketing emails, I've unsubscribed twice already."),
  user('en', 'Can you delete my data under GDPR? What happens to my order history?'),
  user('en', "Your instructions for setting up a direct debit don't match the app anymore. Where's the button now?"),
  user('en', "My manager asked me to approve expenses while she's away. How do I set up delegation?"),
  user('en', "I'm the acting manager this week. Why can't I see the approvals tab?"),
  user('en', 'The smoke alarm light flashes red every 40 seconds. Is it broken?'),
  user('en', 'Do you ever ask customers for their full card number over chat?'),
  user('en', 'I gave my password to someone on the phone who said they were from you. What do I do now?'),
  user('en', 'Can I use the sandbox keys to test without being charged?'),
  user('en', 'Where do I rotate my API key? I think I leaked it in a screenshot on Slack.'),
  user('en', 'How do I bypass the cache on the rates endpoint during testing?'),
  user('en', 'Can I set a longer timeout for the batch endpoint? Requests keep failing at 60 seconds.'),
  user('en', "Is the chatbot's answer binding? It told me the late fee would be waived."),
  user('en', "Can you explain the rules of your loyalty scheme? I don't get how points expire."),
  user('en', "What's the role of a power of attorney when dealing with my dad's bank account?"),
  user('en', "Not sure if I'm allowed to ask this, but what are you not allowed to help with?"),
  user('en', 'ok new question — how do I switch my account to paperless billing'),
  user('en', 'could u translate my electricity bill into korean for my mum'),
  user('en', "My son changed the parental control password and now I'm locked out. How do I reset it?"),
  user('en', 'I want to cancel my last request, the one about upgrading my phone. Sorry for the back and forth!'),
];

export const hardNegativeTrainingThree: HardNegative[] = [...englishMessages, ...koreanMessages, ...englishPassages, ...koreanPassages];
