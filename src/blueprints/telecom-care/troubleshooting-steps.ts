// Step-by-step fixes per symptom, shared by the diagnostics tool and the tech-support manual so both say the same thing.

export const operatorName = { ko: '한결모바일', en: 'Hangyeol Mobile' } as const;
export const apnSettings = {
  internet: 'internet.hangyeol.kr',
  mms: 'mms.hangyeol.kr',
  mmsc: 'http://mms.hangyeol.kr:8080/mms',
  mmsProxy: '10.20.30.40:8080',
} as const;

export const symptoms = ['no-service', 'mobile-data', 'mms', 'calls', 'roaming', 'slow-data'] as const;
export type Symptom = (typeof symptoms)[number];

type Step = { ko: string; en: string };

const airplane: Step = {
  ko: '비행기 모드를 켜고 10초 뒤에 끕니다. 휴대폰이 망에 다시 등록됩니다.',
  en: 'Turn airplane mode on, wait 10 seconds, and turn it off; the phone registers with the network again.',
};
const restart: Step = { ko: '휴대폰을 완전히 껐다가 다시 켭니다.', en: 'Switch the phone fully off and on again.' };

export const troubleshootingSteps: Record<Symptom, { title: Step; steps: readonly Step[] }> = {
  'no-service': {
    title: { ko: '서비스 안 됨 (신호 없음)', en: 'No service (no signal)' },
    steps: [
      airplane,
      restart,
      {
        ko: 'USIM을 다시 꽂습니다: 전원을 끄고 트레이를 빼서 금속 면에 먼지나 긁힘이 없는지 본 뒤 다시 끼웁니다. eSIM은 설정 > 모바일 네트워크(iPhone: 셀룰러)에서 회선이 켜져 있는지 확인합니다.',
        en: 'Reseat the SIM: power off, take out the tray, check the gold contacts for dust or scratches and put it back. For an eSIM, check the line is switched on under Settings > Mobile networks (iPhone: Cellular).',
      },
      {
        ko: '설정 > 모바일 네트워크 > 네트워크 사업자에서 "자동 선택"을 켭니다.',
        en: 'Under Settings > Mobile networks > Network operators, choose "Select automatically".',
      },
      {
        ko: '다른 휴대폰에 USIM을 꽂아 봅니다. 거기서도 안 되면 USIM 불량이므로 가까운 매장에서 교체합니다(불량 시 무료, 그 외 7,700원).',
        en: 'Try the SIM in another phone. If it fails there too, the SIM is faulty: replace it at a store (free when faulty, otherwise ₩7,700).',
      },
      {
        ko: '회선 진단으로 지역 장애, 회선 정지, USIM 잠김(PUK)을 확인합니다.',
        en: 'Run the line diagnostics to check for an area outage, a suspended line or a PUK-locked SIM.',
      },
    ],
  },
  'mobile-data': {
    title: { ko: '모바일 데이터가 안 됨', en: 'Mobile data not working' },
    steps: [
      {
        ko: '모바일 데이터가 켜져 있는지 확인합니다 (Android: 설정 > 연결 > 데이터 사용 > 모바일 데이터, iPhone: 설정 > 셀룰러 > 셀룰러 데이터).',
        en: 'Check mobile data is on (Android: Settings > Connections > Data usage > Mobile data; iPhone: Settings > Cellular > Cellular Data).',
      },
      airplane,
      {
        ko: '남은 데이터를 확인합니다. 기본 제공량을 다 쓰면 요금제에 따라 속도가 제한됩니다. 데이터 충전으로 바로 정상 속도로 돌아옵니다.',
        en: 'Check the data left: once the allowance is used the speed is limited as the plan says; a top-up restores full speed at once.',
      },
      {
        ko: `APN을 초기화합니다. Android: 설정 > 연결 > 모바일 네트워크 > 액세스 포인트 이름 > 메뉴(⋮) > 초기화. APN이 ${apnSettings.internet}인지 확인합니다. iPhone: 설정 > 일반 > 정보에서 이동통신사 설정 업데이트가 뜨면 설치합니다.`,
        en: `Reset the APN. Android: Settings > Connections > Mobile networks > Access Point Names > menu (⋮) > Reset to default; the APN should be ${apnSettings.internet}. iPhone: open Settings > General > About and install any carrier settings update offered.`,
      },
      restart,
      { ko: 'VPN과 데이터 절약 모드를 끄고 다시 시도합니다.', en: 'Turn off any VPN and data saver, then try again.' },
      {
        ko: '그래도 안 되면 회선 진단을 실행합니다. 망에서 데이터 서비스가 꺼져 있으면 접수 후 1시간 안에 복구해 드립니다.',
        en: 'If it still fails, run the line diagnostics; if data service is off on the network side, we restore it within an hour of your ticket.',
      },
    ],
  },
  mms: {
    title: { ko: 'MMS(사진·긴 문자)가 안 됨', en: 'MMS (picture or long messages) not working' },
    steps: [
      {
        ko: 'MMS는 와이파이가 아니라 모바일 데이터로 주고받습니다. 모바일 데이터를 켭니다(데이터 사용량은 차감되지 않습니다).',
        en: 'MMS travels over mobile data, not Wi-Fi: turn mobile data on (MMS does not count against your data).',
      },
      {
        ko: '기본 메시지 앱을 확인합니다 (Android: 설정 > 애플리케이션 > 기본 앱 > SMS 앱).',
        en: 'Check the default messaging app (Android: Settings > Apps > Default apps > SMS app).',
      },
      {
        ko: `MMS APN을 확인합니다: APN ${apnSettings.mms}, MMSC ${apnSettings.mmsc}, MMS 프록시 ${apnSettings.mmsProxy}. iPhone은 설정 > 메시지 > MMS 메시지를 켭니다.`,
        en: `Check the MMS APN: APN ${apnSettings.mms}, MMSC ${apnSettings.mmsc}, MMS proxy ${apnSettings.mmsProxy}. On iPhone, turn on Settings > Messages > MMS Messaging.`,
      },
      { ko: '저장 공간이 1GB 이상 남아 있는지 확인합니다.', en: 'Make sure at least 1 GB of storage is free.' },
      restart,
      {
        ko: '그래도 안 되면 회선 진단을 실행합니다. 망에서 MMS가 꺼져 있으면 문의를 접수해 재설정합니다.',
        en: 'If it still fails, run the line diagnostics; if MMS is off on the network side, open a ticket and we re-provision it.',
      },
    ],
  },
  calls: {
    title: { ko: '전화가 안 되거나 끊김', en: 'Calls fail or drop' },
    steps: [
      {
        ko: 'VoLTE(고음질 통화)가 켜져 있는지 확인합니다 (설정 > 모바일 네트워크 > VoLTE 통화).',
        en: 'Check VoLTE is on (Settings > Mobile networks > VoLTE calls).',
      },
      {
        ko: '착신 전환이 켜져 있지 않은지 확인합니다. 다이얼에서 ##002# 을 누르면 모든 착신 전환이 해제됩니다.',
        en: 'Check call forwarding is off: dialling ##002# cancels every forwarding.',
      },
      { ko: '차단 목록에 상대 번호가 없는지 확인합니다.', en: 'Check the other number is not on your block list.' },
      airplane,
      {
        ko: '특정 장소에서만 끊기면 주소와 시간대를 알려 주세요. 기지국 점검 문의로 접수합니다.',
        en: 'If calls drop only in one place, tell us the address and times; we open a cell-site check ticket.',
      },
    ],
  },
  roaming: {
    title: { ko: '해외 로밍이 안 됨', en: 'Roaming not working abroad' },
    steps: [
      {
        ko: '출국 전에 로밍을 해당 국가로 신청했는지 확인합니다. 신청하지 않았으면 지금 바로 켤 수 있습니다.',
        en: 'Check roaming is set up for the country you are in; if not, it can be switched on right away.',
      },
      {
        ko: '휴대폰의 데이터 로밍을 켭니다 (Android: 설정 > 연결 > 모바일 네트워크 > 데이터 로밍, iPhone: 설정 > 셀룰러 > 셀룰러 데이터 옵션 > 데이터 로밍).',
        en: 'Turn on data roaming on the phone (Android: Settings > Connections > Mobile networks > Data roaming; iPhone: Settings > Cellular > Cellular Data Options > Data Roaming).',
      },
      { ko: '네트워크 사업자를 "자동 선택"으로 둡니다.', en: 'Leave the network operator on "Select automatically".' },
      { ko: '도착 후 휴대폰을 한 번 재시작합니다.', en: 'Restart the phone once after landing.' },
      {
        ko: '회선이 정지 상태가 아닌지 회선 진단으로 확인합니다.',
        en: 'Run the line diagnostics to make sure the line is not suspended.',
      },
    ],
  },
  'slow-data': {
    title: { ko: '데이터가 느림', en: 'Slow mobile data' },
    steps: [
      {
        ko: '남은 데이터를 확인합니다. 기본 제공량을 다 쓰면 요금제의 제한 속도(예: 1Mbps)로 바뀝니다.',
        en: 'Check the data left; after the allowance the plan’s limited speed (for example 1 Mbps) applies.',
      },
      airplane,
      {
        ko: '실내 깊은 곳이나 지하에서는 창가나 지상으로 이동해 봅니다.',
        en: 'Deep indoors or underground, move near a window or above ground.',
      },
      {
        ko: '5G 신호가 약한 곳에서는 설정 > 모바일 네트워크 > 네트워크 모드를 LTE 우선으로 바꾸면 안정적일 수 있습니다.',
        en: 'Where 5G is weak, Settings > Mobile networks > Network mode set to LTE first can be steadier.',
      },
      { ko: '회선 진단으로 지역 장애를 확인합니다.', en: 'Run the line diagnostics to check for an area outage.' },
    ],
  },
};
