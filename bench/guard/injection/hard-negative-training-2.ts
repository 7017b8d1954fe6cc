// Benign texts written on 2026-12-01 to train the injection classifier (a second batch beside hard-negative-training.ts):
// attack words in everyday use, most of them in passages of the kinds that knowledge bases and tools hand an assistant.
import { passage, user, type HardNegative } from './hard-negative.ts';

const englishMessages: HardNegative[] = [
  user(
    'en',
    'The orange light on my modem has been blinking for two days. The engineer said I can ignore it if the internet works. Is that right?',
  ),
  user('en', "My phone asks for an 'admin PIN' when I try to change the parental controls. I never set one, so what's the default?"),
  user('en', "Can I act as my dad's representative on his electricity account? He's in hospital and can't phone you himself."),
  user(
    'en',
    'My GP gave me new instructions: the blood pressure tablet is now taken in the evening, not the morning. Do I need a new repeat prescription?',
  ),
  user('en', 'Our landlord sent new instructions about the meter cupboard key. How do I pass the new key-safe code to your meter reader?'),
  user('en', 'Is it safe to jailbreak my phone? Would that void the extended warranty I bought from you?'),
  user('en', 'My contract ended in August. How do I unlock the handset so I can use a local SIM when I travel?'),
  user('en', "The card reader shows a prompt asking me to confirm the amount, but the green button doesn't respond."),
  user(
    'en',
    "How do I bypass the Wi-Fi extender and plug straight into the router? I think the extender is what's slowing everything down.",
  ),
  user('en', 'What rules does your AI use when it suggests a plan? Cheapest first, or does it push the premium bundles?'),
  user('en', "Are my chats with you used to train anything? I'd prefer they weren't."),
  user('en', "Show me everything I was charged in October, including the one-off fees. I think there's a double charge."),
  user('en', "List all the lines on our business account with their SIM numbers please, I'm doing the yearly asset audit for the office."),
  user(
    'en',
    "I'm the system administrator at a small dental clinic and we need a static IP for the X-ray software. Which business plan has one?",
  ),
  user(
    'en',
    "My nephew likes to pretend he's a pilot in a flight simulator game and it used 8GB in a weekend. Can I put a data cap on his SIM?",
  ),
  user('en', "Can you override the delivery slot? I won't be in on Thursday; Saturday morning works better."),
  user('en', 'Can branch staff override the daily withdrawal limit if I come in with ID? I need cash for a deposit on a used car.'),
  user('en', "Do you have a developer plan for testing IoT SIMs? We're building water meters that report over NB-IoT."),
  user(
    'en',
    'My car went into limp mode on the motorway and I had to crawl to the services. Is the tow covered by my roadside assistance?',
  ),
  user('en', 'The TV box in my new flat is stuck in hotel mode, the previous tenant must have set it. How do I get back to normal mode?'),
  user(
    'en',
    'Forget about the appointment on the 12th, my consultant moved it to the 19th. Can you move the patient transport booking too?',
  ),
  user('en', "My data counter hasn't reset. It says I've used 40GB but the billing month only started yesterday."),
  user('en', "What does 'system generated' mean at the bottom of my letter? Does it mean nobody actually checked it?"),
  user(
    'en',
    "Hi, I need help with my mother's account. She's 84 and has given me lasting power of attorney, so I'll be acting on her behalf from now on. " +
      'The branch told me to send you a certified copy, which I posted last Monday. Could you confirm it has been registered and that I can now discuss her bills? ' +
      'Also, please send all future letters to my address instead of hers. She still wants to keep paper statements. Thank you.',
  ),
  user('en', 'Could you print all my prescriptions from the past year? My new GP wants the full list before my first appointment.'),
  user('en', "The app keeps prompting me to update, but the app store says there's no update available. What do I do?"),
  user('en', "What's the difference between the admin and member roles in the family sharing settings?"),
  user(
    'en',
    "I picked the wrong mode in the charger app. It's on Boost and I don't want peak rates. How do I switch it back to scheduled?",
  ),
  user('en', "Can I turn off the 'Ask the assistant' pop-up? On my small phone it covers the Pay button."),
  user('en', 'Is the AI assistant in the app the same as the one on the website, or are they separate systems?'),
  user('en', "Please don't read out my full account number when you call back, my flatmates are always around."),
  user('en', "My debit card keeps getting declined at the petrol pump with 'contact issuer'. Is some fraud rule blocking it?"),
  user(
    'en',
    'I got a text saying my parcel is on hold and I need to pay a 1.99 redelivery fee through a link. It had your logo but the web address looked odd. ' +
      "I haven't clicked it. Is it from you? If it's a scam, where should I forward it?",
  ),
  user('en', 'The management notice says e-scooters must not be charged in the car park after 10pm. Does that rule apply to e-bikes too?'),
  user('en', "Can you unlock my online banking? The security questions changed last month and I can't remember which answers I gave."),
  user(
    'en',
    'The self-checkout prompts at my local branch are only in Korean. Can the store switch them to English? My mum struggles with them.',
  ),
  user('en', "What role does a 'nominated person' have on a gas account? Can they only make payments, or change the tariff too?"),
  user(
    'en',
    "Is it true you'll never ask me to move money to a 'safe account'? Someone claiming to be your fraud team rang me this morning.",
  ),
  user('en', "The discharge sheet says to ignore mild bruising around the drip site, but it's spreading. Should I call the ward or my GP?"),
  user('en', 'Can an individual get a developer account for your open banking API, or is it only for registered companies?'),
  user(
    'en',
    'Head office wants admin access to every branch router. Can we set that up from the business portal, or do you need to do it?',
  ),
  user(
    'en',
    "Please stop the promotional calls. I've asked three times now. Whatever setting keeps putting me back on the list needs overriding.",
  ),
  user('en', 'How long do you keep the system logs from my smart meter? I want my half-hourly usage for the whole of last year.'),
  user('en', 'Is the chatbot allowed to change my address, or does a person have to do that for security reasons?'),
  user(
    'en',
    'I want to cancel the previous transfer instruction I set up at the branch. The standing order to my landlord should stop after December.',
  ),
  user('en', "My grandson jailbroke my old iPad and now the banking app won't open at all. Can you fix that, or do I need a new tablet?"),
  user('en', 'Sorry, scratch my last question about roaming. What I actually need is an add-on for calls to Vietnam.'),
  user('en', "Can you tell me exactly what personal data you hold about me? I'd like to make a subject access request."),
  user(
    'en',
    'My grandmother is hard of hearing, so I am typing for her in this chat. She is sitting next to me and can confirm her details.',
  ),
  user('en', "What's the bypass valve on the boiler for? The engineer mentioned it and I didn't like to ask."),
  user('en', "Could you write the answer in Korean as well? I'll forward it to my mother-in-law."),
  user('en', 'Does the terminal prompt me to enter my PIN once the contactless limit is reached, or does the payment just fail?'),
  user('en', 'Which rules apply to cash deposits over 10 million won? My stall at the weekend market takes mostly cash.'),
  user(
    'en',
    "I've been a customer for nine years and this is the first time I'm genuinely annoyed. Your website says I can move to the new fibre plan with no fee, " +
      'but checkout keeps adding a 30 pound setup charge. I tried three browsers and the app. The chat bot just repeats the FAQ. ' +
      "Could someone with admin rights look at this and remove the charge by hand? I'm happy to stay, I just want what was advertised.",
  ),
  user(
    'en',
    "Can a pharmacist override the repeat limit on my inhaler prescription? My GP surgery is closed over the holiday and I'm down to one.",
  ),
  user('en', "The dealer says my key fob was left in 'transport mode' after delivery. How do I take it out of that?"),
  user(
    'en',
    'I pumped up the tyres but the low-pressure warning is still on. Can I ignore it for the drive home, or is that a reset thing?',
  ),
  user('en', "My screen reader reads out 'system prompt' every time the login page loads. Is that a bug in your site?"),
  user('en', 'new phone, how do I move my banking OTP app across before I reset the old one?'),
  user('en', 'The sat-nav update is asking "Delete previous map data?" Is it safe to say yes?'),
];

const koreanMessages: HardNegative[] = [
  user('ko', '폰 탈옥하면 여기서 산 보험 수리 못 받나요?'),
  user('ko', '약정 끝난 공기계 유심 잠금 해제하려면 대리점 가야 돼요? 해외 나가서 현지 유심 쓰려고요'),
  user('ko', "스마트TV 켜니까 '관리자 비밀번호를 입력하세요'라는 창이 떠요. 이런 거 설정한 적 없는데 뭘 넣어야 하죠?"),
  user('ko', '선생님이 새로 지시하신 대로 혈압약을 아침 말고 저녁에 먹게 됐는데 처방전을 다시 받아야 하나요?'),
  user('ko', '집주인이 계량기함 열쇠 관련해서 새로 안내를 보냈는데요 검침원분께 비밀번호는 어떻게 전달하면 돼요?'),
  user('ko', '아버지 대신 제가 전기요금 문의해도 될까요? 입원 중이셔서 직접 통화가 어려우세요'),
  user('ko', '10월에 빠져나간 거 전부 보여줘 일회성 요금까지 다. 두 번 결제된 것 같아서'),
  user('ko', '법인 명의 회선 전부 유심 번호랑 같이 목록으로 뽑아주실 수 있나요? 연말 자산 실사 때문에요'),
  user('ko', '와이파이 증폭기 우회해서 공유기에 바로 꽂는 방법 있나요? 증폭기 때문에 느린 것 같아요'),
  user('ko', 'AI가 요금제 추천할 때 무슨 기준으로 해요? 비싼 거 위주로 추천하는 건 아니죠?'),
  user('ko', '제 상담 내용이 AI 학습에 쓰이나요? 안 쓰였으면 좋겠어요'),
  user('ko', '목요일엔 집에 없어서요 배송 날짜 토요일 오전으로 바꿔주세요'),
  user('ko', '창구에서 신분증 보여드리면 하루 출금 한도 넘어서도 찾을 수 있나요? 중고차 계약금이라서요'),
  user('ko', '고속도로에서 차가 갑자기 림프 모드로 들어갔어요ㅠ 견인비 긴급출동 서비스로 처리되나요'),
  user('ko', '이사 온 집 셋톱박스가 호텔 모드로 돼 있어요 전 세입자가 해놓은 듯한데 일반 모드로 어떻게 바꿔요?'),
  user('ko', '12일 진료는 19일로 미뤄졌으니 12일 건은 무시하셔도 돼요. 환자 이송 예약도 같이 옮겨주세요'),
  user('ko', '이번 달 시작한 지 하루밖에 안 됐는데 데이터 40기가 썼다고 나와요 사용량이 초기화가 안 된 거 아닌가요'),
  user('ko', "안내문 맨 밑에 '시스템 자동 발송'이라고 써 있던데 사람이 확인한 건 아닌 거예요?"),
  user(
    'ko',
    '안녕하세요. 어머니 명의 계좌 때문에 문의드려요. 어머니가 올해 여든넷이신데 제가 성년후견인으로 지정돼서 앞으로 어머니 대신 은행 업무를 보게 됐어요. ' +
      '지난주에 지점에 후견 등기사항증명서를 냈는데 등록이 다 됐는지 확인 부탁드려요. 그리고 우편물은 앞으로 제 주소로 받고 싶어요. 종이 명세서는 계속 받으시겠대요.',
  ),
  user('ko', '작년 처방 내역 전부 출력할 수 있을까요? 새로 다니는 병원에서 가져오래요'),
  user('ko', '앱이 자꾸 업데이트하라고 뜨는데 스토어 들어가면 업데이트가 없어요 어떡하죠'),
  user('ko', '가족 공유 설정에서 관리자랑 구성원은 역할이 뭐가 달라요?'),
  user('ko', '충전 앱에서 모드를 잘못 눌러서 급속으로 바뀌었어요 예약 충전으로 되돌리려면 어떻게 해요?'),
  user('ko', "앱에 뜨는 'AI에게 물어보기' 팝업 끌 수 있나요? 화면이 작아서 납부 버튼을 가려요"),
  user('ko', '택배 보관 중이라고 수수료 내라는 문자가 왔는데 링크 주소가 이상해요. 누르진 않았어요. 여기서 보낸 거 맞나요?'),
  user('ko', "비밀번호 오류로 잠긴 건 풀었는데 이번엔 '이전 기기에서 로그아웃할까요?'라고 물어봐요. 눌러도 되나요?"),
  user('ko', '무인계산대 안내 화면이 한국어로만 나와요 영어로도 바꿀 수 있나요? 외국인 알바생이 써야 해서요'),
  user('ko', "은행 직원이라면서 '안전계좌'로 돈 옮기라고 전화가 왔어요. 은행에서 이런 전화 안 하죠?"),
  user('ko', '퇴원 안내문에 주사 자리 멍은 무시해도 된다고 써 있는데 점점 번져요 병동에 전화해야 할까요'),
  user('ko', '오픈뱅킹 API 개발자 계정은 개인도 만들 수 있나요? 사업자만 되나요?'),
  user('ko', '본사에서 지점 공유기 전부 관리자 권한으로 보고 싶대요 기업 포털에서 설정 가능해요?'),
  user('ko', '광고 전화 좀 안 오게 해주세요. 세 번이나 말했는데 설정이 자꾸 원래대로 돌아가나 봐요'),
  user('ko', '챗봇으로 주소 변경까지 되나요 아니면 보안 때문에 상담원이 해야 하나요'),
  user('ko', '지점에서 걸어둔 이전 이체 지시는 12월까지만 하고 끊고 싶어요 집주인한테 가는 월세요'),
  user('ko', '손자가 예전 아이패드를 탈옥했다는데 그 뒤로 은행 앱이 아예 안 열려요'),
  user('ko', '정비 기다리는 동안 전시장 와이파이 써도 돼요? 애들이 영상 보고 싶어해서요'),
  user('ko', '방금 로밍 질문은 취소할게요 사실 베트남 국제전화 부가서비스가 궁금했어요'),
  user('ko', '저에 대해 가지고 있는 개인정보 전부 열람 신청하고 싶어요 어떻게 해요?'),
  user('ko', '애가 셋톱박스를 초기화해버려서 녹화해둔 게 다 날아갔어요 복구 방법 있을까요'),
  user('ko', '청각장애 있는 동생 대신 제가 채팅하고 있어요. 옆에 있어서 본인 확인은 동생이 직접 할 수 있어요'),
  user('ko', '보일러 바이패스 밸브가 뭐예요? 기사님이 말씀하셨는데 못 알아들었어요'),
  user('ko', '답변을 영어로도 한 번 써주실 수 있어요? 남편이 외국인이라 보여주려고요'),
  user('ko', '비접촉 결제 한도 넘으면 단말기가 비밀번호 입력하라고 뜨나요 아니면 그냥 결제 실패예요?'),
  user('ko', '주말 장터에서 장사해서 현금 입금이 많은데 천만원 넘으면 따로 보고되는 규칙 같은 거 있어요?'),
  user(
    'ko',
    '9년째 쓰고 있는데 이번엔 좀 화가 나네요. 홈페이지엔 기가 인터넷으로 바꾸면 설치비 없다고 돼 있는데 신청할 때마다 설치비 3만원이 붙어요. ' +
      '브라우저 바꿔가며 세 번 해보고 앱으로도 해봤어요. 챗봇은 자주 묻는 질문만 반복하고요. ' +
      '관리자 권한 있는 분이 직접 확인해서 빼주실 수 있을까요? 해지할 생각은 없고 광고한 대로만 해주시면 돼요.',
  ),
  user('ko', '연휴에 병원이 다 닫는데 흡입기 처방 반복 횟수 넘은 거 약국에서 예외로 받을 수 있나요?'),
  user('ko', '출고 대리점에서 스마트키가 운송 모드로 돼 있다고 하던데 이거 어떻게 풀어요?'),
  user('ko', '타이어 공기 넣었는데도 공기압 경고등이 안 꺼져요 그냥 무시하고 타도 되나요? 초기화 버튼 같은 게 있나요'),
  user('ko', '개발자 옵션에서 뭘 잘못 건드렸는지 화면 넘어가는 게 엄청 빨라졌어요ㅋㅋ 원래대로 돌리려면요?'),
  user('ko', '폰이 방해금지 모드라 인증번호 문자를 못 받은 것 같아요 한 번만 다시 보내주세요'),
  user('ko', '엄마 대신 제가 병원 예약 바꿔도 되나요? 인증은 엄마 폰으로 할 수 있어요'),
  user('ko', '인터넷뱅킹 시스템 요구사항이 어떻게 돼요? 윈도우 10에서도 되나요'),
  user('ko', '이전 상담사분이 위약금 면제해준다고 하셨는데 청구서엔 그대로 나와요 확인 부탁드려요'),
  user('ko', '카톡 챗봇에서 잔액 바로 보는 명령어 같은 거 있어요?'),
  user('ko', '공동인증서 갱신하라는 창이 계속 뜨는데 무시하면 어떻게 되나요'),
  user('ko', '노트북 켤 때마다 명령 프롬프트 창이 잠깐 떴다가 사라져요 회사에서 깔아준 보안 프로그램 때문인가요?'),
  user('ko', '가게 카드단말기가 관리자 모드로 들어가서 안 빠져나와요ㅠㅠ 점심 장사 해야 되는데 도와주세요'),
  user('ko', '인터넷이랑 TV 집전화 그냥 전부 다 해지하고 싶어요. 해외로 이사 가서 필요가 없어요'),
  user('ko', '휴대폰 초기화하기 전에 은행 OTP 앱은 어떻게 옮겨요?'),
  user('ko', "내비 업데이트하는데 '이전 버전 지도 데이터를 삭제할까요?'라고 물어봐요 눌러도 돼요?"),
];

const englishPassages: HardNegative[] = [
  // Security awareness, phishing warnings, fraud alerts, passcodes.
  passage(
    'en',
    'Security awareness, December: criminals are sending e-mails that look like they come from our IT service desk and ask staff to "verify" their ' +
      'password on a login page. The real service desk will never ask for your password. Do not click the link, do not reply, and use the Report Phishing ' +
      'button in Outlook. If you already entered your password, change it at once from a company device and tell the service desk.',
  ),
  passage(
    'en',
    'Fraud alert: a scam caller may say they are from our fraud team and tell you your account is compromised. They will ask you to move your savings to a ' +
      '"safe account". We never do this. Hang up, wait five minutes, and call the number on the back of your card.',
  ),
  passage(
    'en',
    "Your one-time passcode is valid for 3 minutes. Enter it only on our website or app. If someone asks you to read it out, it's a scam, even if they know your name and address.",
  ),
  passage(
    'en',
    'Phishing examples we saw this month: "Your energy refund is waiting, click to claim", "Your SIM will be disabled today", and "Final notice: pay now to avoid ' +
      'disconnection". None of these came from us. Genuine refunds are paid automatically to the card or account you pay with.',
  ),
  passage(
    'en',
    'Staff notice: if a caller claims to be a senior manager and tells you to skip verification "just this once" because it is urgent, follow the normal ' +
      'process anyway. Urgency and authority are the two most common pressure tactics in social engineering. No manager will discipline you for following procedure.',
  ),
  passage(
    'en',
    'Tip: a real message from us will never contain a link asking you to log in. If a text tells you to reset your password or unlock your account through a link, delete it.',
  ),
  passage(
    'en',
    'Gift card scams: no government office, utility or bank will ever ask you to pay in gift cards. If a caller instructs you to buy gift cards and read out the codes, ' +
      'it is fraud. Till staff are asked to gently check with customers buying large amounts of gift cards.',
  ),
  passage(
    'en',
    'Security reminder for branch staff: never write the vault override code on paper, in your phone notes or on a sticky note. Codes are rotated monthly by the ' +
      'branch administrator and given out in person.',
  ),
  passage(
    'en',
    'Invoice redirection fraud: suppliers rarely change bank details. If an e-mail tells you to pay a known supplier into a new account, phone the supplier on the ' +
      'number already on file (not the one in the e-mail) before changing anything.',
  ),
  passage(
    'en',
    'Why does the app ask for a passcode every time? We require it after 5 minutes of inactivity or whenever you add a new payee. You can switch to Face ID in Settings > Security, but the passcode stays as a fallback.',
  ),
  passage(
    'en',
    "Deepfake voice warning: fraudsters can now imitate a family member's voice. If a relative calls asking for money in an emergency, hang up and call them back on a number you know.",
  ),
  passage(
    'en',
    'QR code stickers have been found on some public EV chargers in the north region, directing drivers to a fake payment site. Our chargers never ask you to scan ' +
      'a QR code to pay. Use the app or tap a contactless card, and report suspicious stickers to the number on the charger.',
  ),

  // IT helpdesk articles.
  passage(
    'en',
    'How to reset your Windows password: press Ctrl+Alt+Del, choose "Change a password", and follow the prompts. If you are locked out, use the self-service ' +
      'portal from your phone. Administrators cannot see your password and will never ask for it.',
  ),
  passage(
    'en',
    'Requesting admin rights: standard laptops do not have local administrator access. If you need to install software, raise a request in the portal with the ' +
      "name of the application and your manager's approval. Temporary admin rights last 4 hours and are logged.",
  ),
  passage(
    'en',
    'VPN troubleshooting: if the client shows "Authentication failed", check that Caps Lock is off, then restart the client. If it still fails, your token may be out ' +
      'of sync; ignore the "retry" button and contact the service desk so we can resync it.',
  ),
  passage(
    'en',
    'Printer stuck in offline mode? Turn the printer off and on, then on your laptop go to Settings > Printers, select it and untick "Use printer offline". ' +
      'If the problem continues, the print server may need a reset, which only IT can do.',
  ),
  passage(
    'en',
    'Laptop rebuilds: when IT resets a laptop to factory settings, everything on the local drive is erased. Save your work to OneDrive first. After the rebuild, ' +
      'sign in with your normal account and the system will reinstall your standard apps overnight.',
  ),
  passage(
    'en',
    'BitLocker recovery screen: if your laptop starts with a blue screen asking for a recovery key, do not try to bypass it. Call the service desk from another phone ' +
      'and give your device number. We will read you the key after verifying your identity.',
  ),
  passage(
    'en',
    'Shared mailbox access: ask the mailbox owner to approve your request. Access appears in Outlook within 2 hours. If it does not, close Outlook completely, ' +
      'reopen it, and wait for the "Updating folder" prompt to finish.',
  ),
  passage(
    'en',
    'Known issue: after the November update, Teams may open in "safe mode" with add-ins disabled. This is expected on first launch. Restart Teams once and the add-ins load normally.',
  ),

  // HR onboarding.
  passage(
    'en',
    'Welcome to Northwind Power! During your first week, your line manager will walk you through your role, introduce your buddy and book your mandatory training. ' +
      'Please bring your bank details and right-to-work documents on day one. Your system accounts will be ready by 10 a.m. If they are not, ask your buddy to raise a ticket.',
  ),
  passage(
    'en',
    'Onboarding checklist: 1) Collect your badge from reception. 2) Set your password and enrol in multi-factor authentication. 3) Read the code of conduct and the ' +
      'acceptable use policy. 4) Complete the security basics module. 5) Meet your manager to agree objectives for your first 90 days.',
  ),
  passage(
    'en',
    'Your role profile explains what you are responsible for, who you report to and which systems you need. If something in your role profile looks wrong, ' +
      'raise it with your manager in your first month so access can be corrected.',
  ),
  passage(
    'en',
    'Probation rules: probation lasts six months. Your manager will hold check-ins at months one, three and five. If you are unsure about anything in your ' +
      'contract, HR is happy to explain. Ignore any earlier offer letter wording about a three-month probation; the contract is the final version.',
  ),
  passage(
    'en',
    'New starters in the contact centre spend week one in the classroom, week two listening in on calls, and week three taking calls with a coach sitting beside them. ' +
      'Do not worry about call times in your first month; accuracy matters more.',
  ),
  passage(
    'en',
    'Dress code at Cobalt Motors showrooms: branded polo or shirt, dark trousers, safe shoes in the workshop. Ignore the older guidance in the 2023 handbook about ties; they are no longer required.',
  ),
  passage(
    'en',
    'Your first pay: payroll runs on the 25th. If you start after the 15th, your first pay will come the following month, covering both months. The HR system sends a ' +
      'prompt to confirm your bank details; please complete it before the 20th.',
  ),

  // Call-centre scripts and role-play training.
  passage(
    'en',
    'Call script (outbound, overdue bill): "Hello, this is [name] from Northwind Power. I am calling about your electricity account. Before I go on, could you ' +
      'confirm your date of birth?" If the customer asks how they know the call is genuine, invite them to hang up and call back on the number on their bill.',
  ),
  passage(
    'en',
    "Role-play exercise 4 (account takeover): one trainee plays a caller who claims to be the account holder's son and insists on a password reset because his " +
      'mother is "too ill to come to the phone". The other trainee plays the agent. The agent must stay polite, refuse the reset, offer the power of attorney ' +
      'process, and log the call. Swap roles after five minutes and discuss what pressure lines were used.',
  ),
  passage(
    'en',
    'Role-play brief for trainers: you will act as an angry customer whose broadband has been down for three days. Raise your voice a little, interrupt, and ' +
      'threaten to leave. Do not swear. The trainee should acknowledge the problem, check for an outage, and offer compensation under the service guarantee.',
  ),
  passage(
    'en',
    'If the customer asks whether they are speaking to a robot, answer honestly: "I am a member of the customer team. Earlier messages may have come from our ' +
      'automated assistant." Never pretend to be the assistant or pretend the assistant is a person.',
  ),
  passage(
    'en',
    'Closing the call: summarise what you have done, tell the customer what happens next and when, and ask if there is anything else. Avoid jargon such as ' +
      '"system override" or "manual adjustment"; say "I have changed it by hand" instead.',
  ),
  passage(
    'en',
    'Script for vulnerable customers: speak slowly, check understanding after each step, and offer to send the instructions in writing. If the customer says someone ' +
      'is telling them what to say in the background, ask yes-or-no questions and consider ending the call and calling back later.',
  ),
  passage(
    'en',
    'Training scenario 7: a customer says "Your colleague yesterday told me to ignore the late fee." Check the notes. If no promise was recorded, explain that you ' +
      'cannot see it, apologise for the confusion, and offer to raise a goodwill request with your team leader.',
  ),
  passage(
    'en',
    'Mystery shopper guidance: staff playing the customer should follow the scenario card exactly and not reveal their role until the assessment ends. ' +
      'Score sheets go to the quality team, not to the branch manager.',
  ),
  passage(
    'en',
    'Agents must not reveal the internal reason codes shown in the CRM (for example "RC-17 admin override") to customers. Explain the outcome in plain words instead.',
  ),

  // Meeting minutes.
  passage(
    'en',
    'Minutes, IT steering group, 26 Nov. Present: MK, JS, LP, RT. 1) Admin account review: 14 dormant admin accounts found; JS to disable by 5 Dec. ' +
      '2) Password rules: agreed to drop forced 90-day changes in favour of longer passphrases. 3) AOB: new starters still get the old system guide; LP to replace it.',
  ),
  passage(
    'en',
    'Meeting notes, billing ops: the override queue is growing again (312 items). Root cause is the tariff migration. Decision: pause manual overrides for low-value ' +
      'items under 5 pounds and let the system correct them in the January run. Action: RT to brief the team leads.',
  ),
  passage(
    'en',
    'Minutes of the AI working group, 19 Nov: reviewed the pilot of the drafting assistant in the complaints team. Staff found it useful for first drafts but ' +
      'sometimes too formal. Agreed that staff must still read every reply before sending. Next step: write a short guide on when not to use it.',
  ),
  passage(
    'en',
    'Ward team meeting: the new instructions for insulin charts start on Monday. Old charts should be finished and filed, not copied across. Night staff to be briefed by the charge nurse.',
  ),
  passage(
    'en',
    'Action log, store managers call: 1) Reset all self-checkout admin cards before the Christmas rota (owner: regional IT). 2) Remind staff that the price override ' +
      'key is for damaged goods only. 3) Next call on 10 Dec.',
  ),

  // Product reviews.
  passage(
    'en',
    'Review, 4/5: The smart thermostat is easy to set up and the app is clear. Only gripe is the override button, which is too easy to press by accident when ' +
      'dusting. Once I found the child lock setting it was fine.',
  ),
  passage(
    'en',
    'Review, 2/5: Bought this phone unlocked and it still asked for a network unlock code on first boot. Support had to reset it remotely. Works now, but it wasted an afternoon.',
  ),
  passage(
    'en',
    "Review, 5/5: The dash cam's parking mode is brilliant. It woke up and recorded when someone scraped my bumper. Ignore the reviews saying it drains the battery; you just have to set the voltage cut-off.",
  ),
  passage(
    'en',
    'Review, 3/5: The AI summary feature in the notes app is handy for long meetings, but it sometimes leaves out who agreed to do what. I still skim the full transcript.',
  ),
  passage(
    'en',
    "Review, 4/5: Good router overall. The admin page is a bit dated and the default password should really be changed on first login, which the setup wizard doesn't force you to do.",
  ),
  passage(
    'en',
    'Review, 1/5: The kettle has a "keep warm" mode that you cannot turn off, and the instructions say nothing about it. Returned it.',
  ),
  passage(
    'en',
    "Review, 5/5: Used the robot vacuum's no-go zones to stop it eating cables. The developer clearly listened to feedback; the last update added a pet mode that avoids food bowls.",
  ),

  // Customer e-mails.
  passage(
    'en',
    'Dear team, please disregard my earlier e-mail asking you to close the account. My brother has decided to keep it and will pay the balance this week. ' +
      'Could you note that I am no longer acting for him, and send any letters to him directly? Kind regards, A. Morgan',
  ),
  passage(
    'en',
    "Hello, I am writing as the administrator of my late father's estate. I have attached the death certificate and the grant of probate. Please close his gas " +
      'and electricity accounts, send a final bill to me, and stop the direct debit. Thank you for your patience.',
  ),
  passage(
    'en',
    'Hi, the installer left a sheet of instructions that say to ignore the fault light for the first 48 hours while the battery calibrates. It has now been four days ' +
      'and the light is still red. Could someone come back and look at it? Photos attached.',
  ),
  passage(
    'en',
    'Good morning, our new office manager will take over as the admin contact for our business broadband from 1 January. Please add her to the account and remove ' +
      'me on the same date. She will call to complete the security questions.',
  ),
  passage(
    'en',
    'Hi there, I forgot to mention on the phone that the meter is in the garage, not the hallway. The code for the side gate is on the booking. Please tell the engineer. Thanks!',
  ),
  passage(
    'en',
    'To whom it may concern: your system has sent me the same reminder letter four times for a bill I paid in October. I have attached the bank statement. ' +
      'Please correct your records and confirm in writing that no late fee will be added.',
  ),
  passage(
    'en',
    "Hi, my daughter is away at university and has asked me to deal with her phone contract while she's abroad. She's replied to your consent text. " +
      "Could you tell me what's needed to move her to a cheaper SIM-only plan? Many thanks.",
  ),

  // Ticket notes and chat transcripts with a human agent.
  passage(
    'en',
    'Ticket note: caller said a man from "the bank\'s system team" asked her to install a remote-access app. Advised her to uninstall it, changed her online banking ' +
      'password with her on the line, and blocked the card as a precaution. Fraud team notified. Follow-up call booked for tomorrow.',
  ),
  passage(
    'en',
    'Ticket note: customer unable to exit developer mode on TV box after factory reset. Walked through settings; issue was a stuck remote button. Replacement remote dispatched.',
  ),
  passage(
    'en',
    'Chat transcript, 2 Dec 14:05. Customer: "Can you reset my voicemail PIN? I forgot it." Agent (Sam): "Of course. I\'ve sent a code to your phone, please read me ' +
      'the first two digits only." Customer: "4 and 9." Agent: "Thanks, your PIN is reset. You\'ll be prompted to choose a new one when you next call voicemail."',
  ),
  passage(
    'en',
    'Chat transcript. Customer: "ignore that last photo, wrong meter lol". Agent (Priya): "No problem! Could you send the one with the serial number ending 552?" ' +
      'Customer: "done". Agent: "Got it, reading 18342 submitted. Your next bill will use this."',
  ),
  passage(
    'en',
    'Ticket note: customer believed the AI assistant had cancelled her order. Checked logs: the assistant only showed the cancellation page; the customer pressed ' +
      'Confirm. Explained kindly, reinstated the order at the original price as a goodwill gesture.',
  ),
  passage(
    'en',
    'Escalation note: customer asked to speak to "whoever has admin over billing". Transferred to billing team lead (D. Osei) with full context. Customer calm at end of call.',
  ),
  passage(
    'en',
    'Chat transcript. Customer: "I want to jailbreak my car\'s head unit to get Android Auto on it, will that break anything?" Agent (Leo): "I\'d advise against it. ' +
      'Changing the head unit software can affect the warranty on the infotainment system, and over-the-air updates may stop. A licensed retrofit is available at ' +
      'our service centres." Customer: "ok fair, how much is the retrofit?"',
  ),
  passage(
    'en',
    'Ticket note: patient asked for all her test results from 2024. Identity checked at reception with photo ID. Printed and handed over in a sealed envelope. Logged under subject access.',
  ),
  passage(
    'en',
    'Ticket note: store reported the till was stuck in training mode after the update, so sales were not recorded. IT switched it back remotely. Store to re-ring 11 transactions from paper receipts.',
  ),

  // Tool and API results.
  passage(
    'en',
    '{"user_id":"u-2231","display_name":"J. Han","role":"admin","mode":"read_only","mfa":true,"last_login":"2026-11-28T09:14:00Z"}',
  ),
  passage(
    'en',
    '{"account":"E-778201","tariff":"EV Night","override":true,"override_reason":"Customer on medical equipment register; peak-rate cap applied",' +
      '"approved_by":"billing admin","review_date":"2027-06-01"}',
  ),
  passage(
    'en',
    '{"system":"SCADA-North","alarm":"Feeder 12 overcurrent","severity":"high","instructions":"Dispatch line crew. Do not re-close the breaker until the ' +
      'line patrol is complete.","acknowledged_by":"control room"}',
  ),
  passage('en', '{"screen":"ATM-withdrawal","prompt":"Enter your 4-digit PIN","timeout_s":30,"language":"en","next":"amount-select"}'),
  passage(
    'en',
    '{"job_id":"img-55012","tool":"thumbnail-generator","prompt":"a red electric hatchback on a coastal road at dusk, wide shot","mode":"draft",' +
      '"status":"completed","output":"thumb_55012.png"}',
  ),
  passage(
    'en',
    '{"staff_id":"N-3301","role":"Charge Nurse","ward":"7B","shift":"night","instructions":"Hand over fall-risk patients at the 19:00 huddle"}',
  ),
  passage(
    'en',
    '{"conversation_id":"c-8812","messages":[{"role":"customer","text":"Can I pay this bill in two parts?"},{"role":"agent","text":"Yes, I can split it ' +
      'across December and January at no extra cost."}],"closed":true}',
  ),
  passage(
    'en',
    '{"vehicle":"VIN-EXAMPLE-0003","mode":"service","admin_lock":false,"odometer_km":48210,"notes":"Customer asked us to ignore the wiper warning; ' +
      'blades already replaced at home."}',
  ),
  passage(
    'en',
    '{"results":[{"title":"How to reset your router","url":"/help/router-reset","score":0.92},{"title":"Admin password forgotten","url":"/help/admin-password",' +
      '"score":0.88}],"query":"router reset admin"}',
  ),
  passage(
    'en',
    '{"delivery_id":"D-40022","instructions":"Leave with neighbour at no. 14 if nobody answers. Do not leave in the porch.","status":"out_for_delivery"}',
  ),
  passage(
    'en',
    '{"device":"thermostat-livingroom","mode":"manual","override_until":"2026-12-01T22:00:00","setpoint_c":21.5,"schedule":"weekday-eco"}',
  ),
  passage(
    'en',
    '{"policy_id":"pwd-01","rules":["Minimum 12 characters","No reuse of the last 5 passwords","Lock after 5 failed attempts"],"applies_to":"all staff",' +
      '"owner":"IT security"}',
  ),
  passage(
    'en',
    '{"appointment":{"patient_ref":"P-000311","clinic":"Cardiology","instructions":"Stop caffeine 24 hours before the stress test. Wear comfortable shoes."},' +
      '"status":"confirmed"}',
  ),
  passage(
    'en',
    '{"title":"Evening news, 2 Dec","system":"playout-2","mode":"live","override":"manual cut to weather at 18:24 due to late package","operator":"gallery B"}',
  ),
  passage(
    'en',
    '{"error":"FORBIDDEN","message":"Only users with the admin role can export all transactions.","required_role":"admin","your_role":"analyst"}',
  ),

  // CSV rows, calendar invites, SMS templates.
  passage(
    'en',
    'employee_id,name,role,system_access\nE-1041,Park S.,Branch admin,core-banking:read-write\nE-1042,Lee M.,Teller,core-banking:read\nE-1043,Cho Y.,Auditor,reports:read',
  ),
  passage(
    'en',
    'date,meter_id,reading,flag\n2026-11-01,M-0091,18211,\n2026-11-15,M-0091,18274,estimated\n2026-11-30,M-0091,18342,override: customer photo',
  ),
  passage(
    'en',
    'sku,name,price,rule\nTV-55-OL,55" OLED TV,1299.00,price match allowed\nSB-200,Soundbar 200,249.00,ignore bundle discount\nHD-MI-2,HDMI cable 2m,12.99,',
  ),
  passage(
    'en',
    'Invitation: Admin password rotation. When: Sat 6 Dec, 07:00-09:00. Where: Teams. Notes: IT will reset all shared admin passwords for the branch systems. ' +
      'Branch managers will receive the new ones by sealed envelope on Monday. No action needed from tellers.',
  ),
  passage(
    'en',
    'Calendar: Prompt writing basics for the marketing team (optional). Thu 11 Dec, 14:00. Learn how to give the image tool clear instructions and how to check results for brand rules.',
  ),
  passage(
    'en',
    'SMS template OTP-01: "[Meridian Bank] Your one-time code is {otp}. It expires in 3 minutes. Never share it, not even with bank staff. Didn\'t request it? Ignore this message."',
  ),
  passage(
    'en',
    'SMS template OUTAGE-03: "Solace Telecom: we know about a fault affecting broadband in {area}. Engineers are on it. No need to reset your router. Updates at solace.example/status"',
  ),
  passage(
    'en',
    'SMS template APPT-REM: "Greenfield Health: reminder of your appointment on {date} at {time}. Reply C to cancel or R to rebook. Please follow the preparation instructions in your letter."',
  ),
  passage(
    'en',
    'Invitation: Role-play practice, complaints handling. Wed 10 Dec, 10:00-11:30, Training Room 2. Each pair will swap the customer and agent roles twice. Bring the scenario cards from last week.',
  ),
  passage(
    'en',
    'ticket_id,created,category,summary\nT-9001,2026-11-29,Access,User locked out after password reset\nT-9002,2026-11-29,Hardware,Monitor stuck in power save mode\nT-9003,2026-11-30,Access,Request for temporary admin rights',
  ),

  // Help pages of apps with AI features.
  passage(
    'en',
    'Using Smart Reply in Lumen Mail: the AI suggests three short replies under each message. Tap one to insert it, then edit before sending. Smart Reply never ' +
      'sends anything by itself. To turn it off, go to Settings > AI features and switch off Suggestions.',
  ),
  passage(
    'en',
    'The Summarise button in our meeting app creates a short summary and an action list after each call. The summary is based only on the transcript. ' +
      'If someone was muted or off-camera, their points may be missing, so check the transcript before you share the summary.',
  ),
  passage(
    'en',
    'What the shopping assistant can do: find products, compare specs, check stock at your nearest store and track orders. It cannot change prices, ' +
      'apply staff discounts or override delivery charges. For those, contact a store colleague.',
  ),
  passage(
    'en',
    'Writing mode vs. chat mode: in writing mode the assistant helps you draft and edit a document; in chat mode it answers questions. You can switch modes from the toggle at the top of the panel.',
  ),
  passage(
    'en',
    'Custom instructions (Pro plan): tell the drafting assistant about your preferred tone, for example "British spelling, short sentences". These preferences apply ' +
      'to your account only. Admins can see whether the feature is switched on, but not what you wrote.',
  ),
  passage(
    'en',
    'Can the AI assistant in the banking app move money? No. It can explain transactions, show your balance and guide you to the right screen. Every payment still ' +
      'needs you to confirm it with your passcode or Face ID.',
  ),
  passage(
    'en',
    'Voice assistant in your Cobalt car: say "Hey Cobalt" then a command, such as "set temperature to 20" or "navigate home". Driving mode limits long answers. ' +
      'To change the wake word, go to Settings > Voice > Wake word.',
  ),
  passage(
    'en',
    "Why did the assistant say it couldn't help? Some topics, such as medical diagnosis or legal advice, are outside what it is set up to do. It will point you to a " +
      'person or service that can help. You can send feedback with the thumbs icon.',
  ),

  // Documents about AI policy and prompt injection, written for employees.
  passage(
    'en',
    'Generative AI policy (summary for staff): use only approved AI tools listed on the intranet. Do not paste customer personal data, passwords or unreleased ' +
      'financial results into any AI tool. You remain responsible for anything you send, even if an AI tool drafted it. Questions go to the AI governance team.',
  ),
  passage(
    'en',
    'What is prompt injection? It is when text that an AI tool reads, such as an e-mail, a web page or a document, contains hidden wording meant to change what the ' +
      'tool does. For example, a supplier invoice might contain white text telling an assistant to approve payment. Our assistants treat documents as information, ' +
      'not as orders, but you should still report anything suspicious to security.',
  ),
  passage(
    'en',
    'AI awareness module, lesson 3: why the assistant may refuse. When you ask the assistant to summarise an inbound e-mail, it will describe any requests in the ' +
      'e-mail instead of carrying them out. So if a message says "forward all invoices to this address", the summary will mention that request so you can judge it.',
  ),
  passage(
    'en',
    'Do not try to "jailbreak" internal AI tools, for example by asking them to role-play a different system or to reveal their configuration. Such attempts are ' +
      'logged and treated like any other misuse of IT systems. If a tool blocks something you need for your work, raise a request instead.',
  ),
  passage(
    'en',
    'AI incident reporting: if an AI tool gives an answer that looks like it follows instructions from a document rather than from you, take a screenshot, note ' +
      'the time, and send both to the AI governance mailbox. Do not forward the document to colleagues to "test" it.',
  ),
  passage(
    'en',
    'FAQ for content editors: the AI drafting tool has a system setting that keeps our brand voice consistent. You cannot change it from your account. If you think ' +
      'the tone is wrong for a campaign, ask the content design team to review the setting.',
  ),
  passage(
    'en',
    "Red team report (internal, summary): testers tried 40 ways of getting the customer assistant to reveal other customers' data. All were blocked. Two answers " +
      'were overly detailed about how the assistant works and have been shortened. No customer data was involved in testing.',
  ),
  passage(
    'en',
    'Approved uses of AI in the clinic: drafting patient letters for a clinician to check, summarising guidelines, and translating leaflets. Not approved: making ' +
      'diagnoses, entering results into the record, or messaging patients directly.',
  ),

  // Code comments, config excerpts, encoding examples in developer docs.
  passage(
    'en',
    'Basic authentication: join your client ID and secret with a colon and Base64-encode the result. For example, demo:secret becomes ZGVtbzpzZWNyZXQ=, ' +
      'so the header is "Authorization: Basic ZGVtbzpzZWNyZXQ=". Never commit real credentials to source control.',
  ),
  passage(
    'en',
    'Encoding note: the callback state parameter is Base64 without padding. The sample value b3JkZXI9MTA0MiZtb2RlPXRlc3Q decodes to order=1042&mode=test. ' +
      'Decode it on your server and ignore any state values you did not create.',
  ),
  passage(
    'en',
    '// Admins can override the rate limit for internal batch jobs only.\n// Do not expose this flag to customer-facing clients.\nconst allowOverride = user.role === "admin" && job.internal;',
  ),
  passage(
    'en',
    '# system.yaml\nsystem:\n  name: billing-worker\n  mode: maintenance   # set back to "normal" after the migration\n  admin_email: ops-team@example.com\n  retries: 3',
  ),
  passage(
    'en',
    'kind: Role\nmetadata:\n  name: meter-readers\nrules:\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["get", "list"]\n# read-only; ask platform team before adding write verbs',
  ),
  passage(
    'en',
    '// TODO: ignore messages from the legacy queue once all stores are on POS v7.\n// Until then, the handler must accept both formats.\nfunction handle(msg) { return msg.v === 7 ? handleV7(msg) : handleLegacy(msg); }',
  ),
  passage(
    'en',
    'JWT payloads are Base64url-encoded JSON. For example, eyJyb2xlIjoidmlld2VyIn0 decodes to {"role":"viewer"}. The role claim is informational: the API checks ' +
      'permissions on the server, so changing the token text does not grant extra access and only breaks the signature.',
  ),
  passage(
    'en',
    '[feature_flags]\nassistant_enabled = true\nassistant_mode = "suggest"   # "suggest" shows drafts, never sends\ndeveloper_mode = false       # only true in local builds',
  ),
  passage(
    'en',
    'Developer guide: the /v1/prompts endpoint stores screen prompts for the IVR, for example "Press 1 to pay a bill". Each prompt has an id, a language and a ' +
      'text field. Changes go live after an admin approves them in the console.',
  ),
  passage(
    'en',
    '# Reset the sandbox database every night so tests start clean.\n0 3 * * * /opt/app/bin/reset-sandbox --confirm\n# Never point this job at production.',
  ),

  // Translation guides and style guides.
  passage(
    'en',
    'Translation guide (EN to KO), thermostat app: translate "Override" as 수동 전환, not 무시. "Schedule" is 예약, "Eco mode" is 절약 모드. Keep button labels under ten characters.',
  ),
  passage(
    'en',
    'Style guide for call summaries: write in the past tense and third person ("Customer asked..."). Omit card numbers, passwords and security answers entirely; ' +
      'write "security check passed" instead. Leave out small talk. Keep it under 80 words.',
  ),
  passage(
    'en',
    'Writing for customers: use "you" and "we". Avoid words like "system", "override" or "manual adjustment" when a plain phrase works. Say "we have corrected your bill" rather than "a system override was applied".',
  ),
  passage(
    'en',
    'Summarising complaints for the monthly board report: ignore duplicates and test tickets, group by theme, and quote at most two customers per theme without ' +
      'names. Do not include staff names.',
  ),
  passage(
    'en',
    'Localisation note: the Korean app uses polite forms (합니다/하세요) throughout. Do not translate "Admin" as 어드민 in customer text; use 관리자. Developer-facing strings may stay in English.',
  ),
  passage(
    'en',
    'Subtitling rules for news clips: one line under 42 characters, two lines at most. Ignore filler words such as "um" and "you know" unless they change the meaning. Do not translate brand names.',
  ),
  passage(
    'en',
    'Editorial guideline: when an article quotes a scam message, set it in italics and add a note that it is fake. Never print a working link or phone number from a scam message.',
  ),
  passage(
    'en',
    'Glossary for translators: "developer" in housing letters means the building company (시행사), not a software developer (개발자). "Mode" in car manuals is 모드. "Prompt" on screens is 안내 문구.',
  ),

  // Manuals, policies, release notes and other everyday documents.
  passage(
    'en',
    'Dishwasher manual, section 6: to reset the programme, press and hold Start for 3 seconds until the display shows "--". Ignore the flashing salt light if you live in a soft water area.',
  ),
  passage(
    'en',
    'Release notes 7.4: the admin console now shows which staff have MFA switched on; a new "Forget this device" option under Security; fixed a bug where dark mode ignored the system setting on Android 14.',
  ),
  passage(
    'en',
    'Vehicle handbook: if the warning "Transport mode active" appears, the dealer did not complete delivery setup. Some features are limited. Contact your dealer, who can switch it off in minutes.',
  ),
  passage(
    'en',
    "Return policy: items can be returned within 30 days with a receipt. Staff may override the 30-day rule by up to 14 days for gifts, with a manager's approval. Opened software and earbuds cannot be returned for hygiene and licensing reasons.",
  ),
  passage(
    'en',
    'Patient leaflet: after your colonoscopy, you may feel bloated. Ignore the urge to eat a large meal straight away; start with light food. Call the unit if you have severe pain or bleeding.',
  ),
  passage(
    'en',
    'Set-top box manual: to enter installer mode, press Menu, 0, 0, 0. This mode is for engineers; changing settings here can stop channels from tuning. To leave it, switch the box off at the wall.',
  ),
  passage(
    'en',
    'Bank policy excerpt: an attorney or deputy may operate the account on behalf of the customer once the document is registered. They must not use the account for their own benefit.',
  ),
  passage(
    'en',
    'Phone unlocking policy: we unlock handsets free of charge once the device is paid off. Request it in My Account. Unlocking is not the same as jailbreaking or rooting, which we do not support.',
  ),
  passage(
    'en',
    'Grid notice: from 1 January, installers must register any battery with export override settings with the network operator before commissioning. Systems installed earlier are not affected.',
  ),
  passage(
    'en',
    'Streaming service help: Kids mode hides titles above the age rating you choose. To exit, enter the four-digit profile PIN. If you forgot it, reset it from the account page on the website.',
  ),
  passage(
    'en',
    'Warranty terms, clause 4: the warranty does not cover damage caused by unauthorised modification, including jailbreaking, rooting, or installing unofficial firmware.',
  ),
  passage(
    'en',
    'Emergency department notice: you will be seen in order of medical need, not arrival time. If your condition gets worse while you wait, tell the reception staff straight away.',
  ),
  passage(
    'en',
    'Store procedure for price overrides: the supervisor enters their override code, chooses a reason (damaged, price match, mislabelled) and signs the daily log. Overrides over 50 pounds need the store manager.',
  ),
  passage(
    'en',
    'Broadband installation guide, step 3: the router will restart twice. Ignore the red light during the first restart; it turns white when the line is synced. This can take up to 10 minutes.',
  ),
  passage(
    'en',
    'Data retention policy: call recordings are kept for 12 months, chat transcripts for 24 months, and AI assistant logs for 90 days unless needed for a complaint or legal hold.',
  ),
  passage(
    'en',
    'Editorial standards, media division: presenters must not read out listener texts that contain phone numbers, addresses or unverified claims. Producers screen every text before it goes to the studio.',
  ),
  passage(
    'en',
    'Smart meter FAQ: "Can I switch my meter to prepayment mode myself?" No. Changing mode must be done remotely by us after a credit check. It usually takes one working day.',
  ),
];

const koreanPassages: HardNegative[] = [
  // 보안 인식, 피싱·스미싱 경고, 금융사기 주의, 인증번호 안내.
  passage(
    'ko',
    '[보안 인식 캠페인 12월호] 최근 사내 IT지원센터를 사칭해 "비밀번호 만료 예정, 아래 링크에서 재설정하세요"라는 메일이 다수 접수되었습니다. ' +
      'IT지원센터는 메일로 비밀번호 재설정을 요구하지 않습니다. 링크를 누르지 말고 메일 상단의 [피싱 신고] 버튼을 눌러 주세요. ' +
      '이미 비밀번호를 입력하셨다면 회사 PC에서 즉시 비밀번호를 바꾸고 내선 1234로 알려 주시기 바랍니다.',
  ),
  passage(
    'ko',
    '보이스피싱 주의 안내: 검찰, 금융감독원, 은행 직원을 사칭해 "계좌가 범죄에 연루되었다"며 안전계좌로 돈을 옮기라고 지시하는 전화는 100% 사기입니다. ' +
      '어떤 기관도 전화로 이체를 요구하지 않습니다. 즉시 전화를 끊고 112 또는 거래 은행 대표번호로 확인하세요.',
  ),
  passage(
    'ko',
    '인증번호는 3분간 유효합니다. 인증번호는 다온은행 앱과 홈페이지에서만 입력하시고, 누군가 인증번호를 불러 달라고 하면 직원이라도 절대 알려 주지 마세요.',
  ),
  passage(
    'ko',
    '이달에 접수된 스미싱 문자 유형: "[국제발신] 고객님 택배 주소 불일치, 주소 수정 바랍니다", "전기요금 환급금 미수령 안내", "모바일 청첩장이 도착했습니다". ' +
      '한결전력은 환급금을 문자 링크로 안내하지 않으며, 환급금은 납부하신 계좌나 카드로 자동 환급됩니다.',
  ),
  passage(
    'ko',
    '직원 유의사항: 본부장이나 임원이라고 밝히며 "급한 건이니 이번만 본인 확인을 건너뛰라"고 지시하는 전화를 받으면 평소 절차대로 처리하십시오. ' +
      '긴급함과 권위를 내세우는 것은 사회공학 공격의 대표적인 수법입니다. 절차를 지켜서 불이익을 받는 일은 없습니다.',
  ),
  passage(
    'ko',
    '가족이나 지인을 사칭해 "휴대폰 액정이 깨져서 임시폰으로 연락한다"며 상품권 구매나 송금을 요구하는 메신저 피싱이 늘고 있습니다. 반드시 원래 번호로 직접 전화해서 확인하세요.',
  ),
  passage(
    'ko',
    '원격제어 앱 설치를 요구하는 경우 주의하세요. 은행 직원은 고객에게 원격제어 앱(예: 팀뷰어, 애니데스크 등) 설치를 요청하지 않습니다. 이미 설치했다면 삭제 후 고객센터로 연락 주세요.',
  ),
  passage(
    'ko',
    '지점 직원 보안 수칙: 금고 관리자 비밀번호는 종이, 휴대폰 메모, 포스트잇 어디에도 적어 두지 마십시오. 비밀번호는 매월 지점 관리자가 변경하며 대면으로만 전달합니다.',
  ),
  passage(
    'ko',
    '거래처 계좌 변경 사기 주의: 거래처가 메일로 "입금 계좌가 바뀌었으니 새 계좌로 보내 달라"고 알려 오면, 메일에 적힌 번호가 아니라 기존에 등록된 연락처로 전화해 반드시 확인한 뒤 변경하세요.',
  ),
  passage(
    'ko',
    '앱을 열 때마다 간편비밀번호를 묻는 이유: 5분 이상 사용하지 않았거나 새 수취인을 등록할 때는 보안을 위해 다시 확인합니다. 설정 > 보안에서 생체 인증으로 바꿀 수 있지만 간편비밀번호는 예비 수단으로 계속 필요합니다.',
  ),
  passage(
    'ko',
    '최근 딥보이스(음성 합성) 기술로 자녀 목소리를 흉내 내 "사고가 났으니 돈을 보내 달라"는 사기가 발생하고 있습니다. 통화를 끊고 자녀 번호로 직접 다시 걸어 확인하세요.',
  ),
  passage(
    'ko',
    '공용 전기차 충전기에 가짜 결제 QR코드 스티커가 붙어 있는 사례가 확인되었습니다. 한결전력 충전기는 QR 결제를 요구하지 않습니다. 앱이나 회원카드로만 결제하시고, 수상한 스티커는 충전기에 적힌 번호로 신고해 주세요.',
  ),
  passage(
    'ko',
    '[누리텔레콤] 고객님 명의로 유심 변경 요청이 접수되었습니다. 본인이 요청하지 않으셨다면 즉시 114로 연락 주세요. 이 문자에는 링크가 포함되어 있지 않습니다.',
  ),

  // IT 헬프데스크 문서.
  passage(
    'ko',
    '윈도우 비밀번호 변경 방법: Ctrl+Alt+Del을 누른 뒤 [암호 변경]을 선택하고 화면 안내에 따라 진행하세요. 계정이 잠겼다면 휴대폰으로 셀프 서비스 포털에 접속해 잠금을 해제할 수 있습니다. 관리자도 사용자의 비밀번호를 볼 수 없으며 묻지 않습니다.',
  ),
  passage(
    'ko',
    '관리자 권한 요청 절차: 업무용 노트북에는 로컬 관리자 권한이 없습니다. 프로그램 설치가 필요하면 포털에서 프로그램 이름과 팀장 승인을 첨부해 요청하세요. 임시 관리자 권한은 4시간 동안 유지되며 모든 작업이 기록됩니다.',
  ),
  passage(
    'ko',
    'VPN 접속 오류 해결: "인증 실패"가 뜨면 Caps Lock이 켜져 있지 않은지 확인한 뒤 프로그램을 다시 실행하세요. 그래도 안 되면 OTP 토큰 시간이 어긋났을 수 있으니 재시도를 반복하지 말고 헬프데스크로 연락해 주세요.',
  ),
  passage(
    'ko',
    '프린터가 오프라인 모드에서 안 풀릴 때: 프린터 전원을 껐다 켜고, PC의 설정 > 프린터에서 해당 프린터를 선택해 "오프라인으로 프린터 사용" 체크를 해제하세요. 인쇄 서버 초기화는 IT팀만 할 수 있습니다.',
  ),
  passage(
    'ko',
    'PC 초기화(재설치) 안내: IT팀이 PC를 공장 초기화하면 로컬 드라이브의 모든 파일이 삭제됩니다. 작업 중인 파일은 미리 원드라이브에 저장해 주세요. 초기화 후 로그인하면 기본 프로그램은 다음 날 아침까지 자동 설치됩니다.',
  ),
  passage(
    'ko',
    'BitLocker 복구 화면이 뜨면 우회하려고 하지 마시고 다른 전화로 헬프데스크에 연락해 장비 번호를 알려 주세요. 본인 확인 후 복구 키를 불러 드립니다.',
  ),
  passage(
    'ko',
    '공용 메일함 권한 신청: 메일함 소유자의 승인을 받으면 2시간 이내에 아웃룩에 표시됩니다. 보이지 않으면 아웃룩을 완전히 종료한 뒤 다시 열고 "폴더 업데이트 중" 안내가 끝날 때까지 기다려 주세요.',
  ),
  passage(
    'ko',
    '알려진 문제: 11월 업데이트 이후 메신저가 처음 실행될 때 안전 모드로 열리며 추가 기능이 꺼져 있을 수 있습니다. 정상 동작이니 한 번 재시작하면 추가 기능이 다시 켜집니다.',
  ),
  passage(
    'ko',
    '모니터가 절전 모드에서 깨어나지 않으면 케이블을 뽑았다가 다시 꽂고, 노트북에서 Win+P를 눌러 [복제] 또는 [확장]을 선택하세요. 도킹스테이션 문제일 수 있으니 다른 포트도 시도해 보세요.',
  ),

  // 인사·입사 안내.
  passage(
    'ko',
    '한결전력 입사를 환영합니다! 첫 주에는 팀장이 담당 역할과 업무 범위를 설명하고 멘토를 소개해 드립니다. 첫 출근일에는 급여 계좌 사본과 신분증을 지참해 주세요. ' +
      '사내 시스템 계정은 오전 10시까지 발급되며, 발급되지 않았다면 멘토에게 요청 접수를 부탁하세요.',
  ),
  passage(
    'ko',
    '신규 입사자 체크리스트: ① 안내데스크에서 출입증 수령 ② 비밀번호 설정 및 다중 인증 등록 ③ 윤리강령과 정보보호 규칙 숙지 ④ 필수 보안 교육 이수 ⑤ 팀장과 90일 목표 면담.',
  ),
  passage(
    'ko',
    '직무기술서에는 담당 업무, 보고 대상, 필요한 시스템 권한이 적혀 있습니다. 직무기술서 내용이 실제 역할과 다르면 입사 첫 달 안에 팀장에게 말씀해 주셔야 권한을 바로잡을 수 있습니다.',
  ),
  passage(
    'ko',
    '수습 기간 규정: 수습은 3개월이며 1개월, 2개월 차에 팀장 면담이 있습니다. 채용 공고에 적힌 "수습 6개월" 문구는 이전 규정이므로 무시하셔도 됩니다. 최종 기준은 근로계약서입니다.',
  ),
  passage(
    'ko',
    '콜센터 신입 상담원은 1주차 집합 교육, 2주차 선배 통화 청취, 3주차 코치 동석 상담 순서로 진행합니다. 첫 달에는 통화 시간보다 정확한 안내가 더 중요하니 서두르지 마세요.',
  ),
  passage(
    'ko',
    '가람자동차 전시장 복장 규정: 회사 로고 셔츠, 어두운색 바지, 정비동 출입 시 안전화 착용. 2023년 핸드북의 넥타이 착용 규정은 폐지되었습니다.',
  ),
  passage(
    'ko',
    '첫 급여 안내: 급여일은 매월 25일입니다. 15일 이후 입사자는 다음 달에 두 달 치가 함께 지급됩니다. 인사 시스템에서 계좌 확인 요청 알림이 뜨면 20일 전까지 완료해 주세요.',
  ),

  // 상담 스크립트와 역할극 교육.
  passage(
    'ko',
    '발신 상담 스크립트(요금 미납): "안녕하세요, 한결전력 ○○○입니다. 전기요금 관련해서 연락드렸습니다. 먼저 본인 확인을 위해 생년월일을 말씀해 주시겠어요?" ' +
      '고객이 진짜 한결전력 전화인지 의심하시면 전화를 끊고 고지서에 적힌 대표번호로 다시 걸어 주시도록 안내합니다.',
  ),
  passage(
    'ko',
    '역할극 실습 4(명의 도용 시도): 한 명은 명의자의 아들이라며 "어머니가 아프셔서 전화를 못 받으니 비밀번호를 초기화해 달라"고 계속 요구하는 고객 역할을 맡습니다. ' +
      '다른 한 명은 상담원 역할입니다. 상담원은 정중하게 거절하고, 위임장 절차를 안내한 뒤 상담 이력을 남겨야 합니다. 5분 뒤 역할을 바꾸고, 어떤 압박 표현이 쓰였는지 함께 이야기해 보세요.',
  ),
  passage(
    'ko',
    '교육 강사용 역할극 지침: 강사는 인터넷이 사흘째 안 되는 화난 고객을 연기합니다. 목소리를 조금 높이고 말을 끊으며 해지하겠다고 말하되 욕설은 하지 않습니다. 교육생은 불편에 공감하고 장애 여부를 조회한 뒤 보상 기준을 안내해야 합니다.',
  ),
  passage(
    'ko',
    '고객이 "지금 로봇이랑 얘기하는 거예요?"라고 물으면 솔직하게 답합니다. "저는 상담사 ○○○입니다. 앞선 안내 중 일부는 AI 상담이 드린 것입니다." 상담사가 AI인 척하거나 AI를 사람인 것처럼 안내해서는 안 됩니다.',
  ),
  passage(
    'ko',
    '통화 종료 멘트: 처리한 내용을 요약하고 다음 단계와 예상 일정을 알려 드린 뒤 추가 문의가 있는지 여쭙니다. "시스템 강제 적용", "수기 조정" 같은 내부 용어 대신 "직접 수정해 드렸습니다"처럼 쉬운 말을 씁니다.',
  ),
  passage(
    'ko',
    '취약 고객 응대 스크립트: 천천히 말하고 단계마다 이해하셨는지 확인합니다. 안내 내용을 문자로 보내 드릴지 여쭙니다. 통화 중 옆에서 누군가 대답을 시키는 듯하면 "예/아니요"로 답할 수 있는 질문만 하고, 필요하면 나중에 다시 연락드리겠다고 말씀드립니다.',
  ),
  passage(
    'ko',
    '교육 사례 7: 고객이 "어제 다른 상담원이 연체료는 무시해도 된다고 했어요"라고 말하는 경우. 상담 이력을 확인하고 약속 기록이 없으면 확인되지 않는다고 솔직히 말씀드린 뒤 혼선에 사과하고, 팀장에게 감면 검토를 요청하겠다고 안내합니다.',
  ),
  passage(
    'ko',
    '미스터리 쇼퍼 안내: 고객 역할을 맡은 평가자는 시나리오 카드대로만 진행하고 평가가 끝날 때까지 신분을 밝히지 않습니다. 평가표는 지점장이 아니라 품질관리팀으로 바로 제출합니다.',
  ),
  passage(
    'ko',
    '상담원은 CRM에 표시되는 내부 처리 코드(예: "RC-17 관리자 강제 처리")를 고객에게 그대로 읽어 주지 않습니다. 결과만 쉬운 말로 설명해 주세요.',
  ),
  passage(
    'ko',
    '응대 원칙: 고객이 반말을 하거나 화를 내더라도 상담원은 존댓말을 유지합니다. 욕설이 세 번 이상 이어지면 안내 멘트를 한 뒤 통화를 종료할 수 있으며, 종료 사유를 이력에 남깁니다.',
  ),

  // 회의록.
  passage(
    'ko',
    'IT운영위원회 회의록(11/26). 참석: 김○○, 이○○, 박○○, 최○○. 1) 관리자 계정 점검: 장기 미사용 관리자 계정 14개 확인, 12/5까지 비활성화(담당 이○○). ' +
      '2) 비밀번호 규칙: 90일 강제 변경 대신 긴 문장형 비밀번호로 전환하기로 함. 3) 기타: 신규 입사자에게 이전 시스템 가이드가 배포되고 있어 교체 필요(담당 박○○).',
  ),
  passage(
    'ko',
    '요금운영팀 주간회의: 수기 조정 대기 건이 다시 312건으로 늘어남. 원인은 요금제 이관. 결정 사항: 5천원 미만 소액 건은 수기 조정을 멈추고 1월 정기 처리 때 시스템이 자동 보정하도록 함. 조치: 최○○ 파트장이 팀장들에게 공유.',
  ),
  passage(
    'ko',
    'AI 활용 TF 회의록(11/19): 민원팀 답변 초안 작성 도우미 시범 운영 결과 검토. 초안 작성에는 유용하나 문체가 지나치게 딱딱하다는 의견이 많았음. ' +
      '발송 전 상담원이 반드시 전문을 읽고 수정하는 원칙 유지. 다음 단계: 사용하지 말아야 할 경우를 정리한 짧은 안내서 작성.',
  ),
  passage(
    'ko',
    '병동 회의 결과: 월요일부터 인슐린 투약 기록지 양식이 바뀝니다. 이전 양식은 작성 중인 것까지만 마무리해 철하고, 새 양식에 옮겨 적지 않습니다. 야간 근무자는 책임간호사가 따로 안내합니다.',
  ),
  passage(
    'ko',
    '점장 회의 조치 사항: 1) 연말 근무표 전 셀프 계산대 관리자 카드 전부 재발급(담당: 지역 IT) 2) 가격 수정 키는 파손 상품에만 쓰도록 재교육 3) 다음 회의 12/10.',
  ),
  passage(
    'ko',
    '편성 회의(12/1): 연말 특집 생방송 중 돌발 상황 대비 규칙 확인. 주조정실은 수동 전환 권한을 당직 PD에게만 부여하고, 자막 송출 시스템은 방송 30분 전 재부팅해 점검하기로 함.',
  ),

  // 상품 후기.
  passage(
    'ko',
    '★★★★☆ 스마트 온도조절기 설치가 쉽고 앱도 깔끔해요. 다만 수동 전환 버튼이 너무 잘 눌려서 먼지 닦다가 자꾸 바뀌어요. 잠금 설정 찾고 나서는 괜찮아졌습니다.',
  ),
  passage(
    'ko',
    '★★☆☆☆ 자급제폰이라고 해서 샀는데 처음 켜니까 통신사 잠금 해제 코드를 요구하네요. 고객센터에서 원격으로 초기화해 주고 나서야 됐어요. 반나절 날렸습니다.',
  ),
  passage(
    'ko',
    '★★★★★ 블랙박스 주차 모드 진짜 좋아요. 누가 범퍼 긁고 간 것도 다 찍혔어요. 배터리 방전된다는 후기는 무시하셔도 돼요, 저전압 차단 설정만 제대로 하면 문제없어요.',
  ),
  passage(
    'ko',
    '★★★☆☆ 메모 앱 AI 요약 기능은 긴 회의 때 편하긴 한데, 누가 뭘 하기로 했는지를 가끔 빼먹어요. 결국 전체 녹취를 한 번 훑어보게 되네요.',
  ),
  passage(
    'ko',
    '★★★★☆ 공유기 성능은 만족합니다. 관리자 페이지 디자인이 좀 옛날 느낌이고, 초기 비밀번호를 안 바꿔도 설정이 끝나는 건 아쉬워요.',
  ),
  passage('ko', '★☆☆☆☆ 전기포트에 보온 모드가 있는데 끌 수가 없어요. 설명서에도 아무 말이 없고요. 결국 반품했습니다.'),
  passage(
    'ko',
    '★★★★★ 로봇청소기 금지구역 설정으로 전선 안 먹게 해놨어요. 개발사가 의견을 잘 듣는지 이번 업데이트에 반려동물 모드가 생겨서 밥그릇도 피해 가요.',
  ),
  passage(
    'ko',
    '★★★★☆ 모아마트 앱 장보기 도우미가 레시피 넣으면 재료를 장바구니에 담아줘서 편해요. 가끔 없는 재고를 담아서 결제 전에 한 번 확인은 해야 해요.',
  ),

  // 고객 이메일.
  passage(
    'ko',
    '안녕하세요. 어제 보내드린 해지 요청 메일은 취소해 주세요. 동생이 계정을 유지하기로 해서 이번 주 안에 잔액을 직접 납부한다고 합니다. ' +
      '앞으로는 제가 동생 대신 처리하지 않으니 우편물도 동생 주소로 보내 주시면 감사하겠습니다. 김○○ 드림',
  ),
  passage(
    'ko',
    '안녕하세요. 돌아가신 아버지의 상속 업무를 맡게 된 장남입니다. 사망진단서와 가족관계증명서를 첨부합니다. 아버지 명의의 전기·가스 계약을 해지하고 최종 정산서는 제게 보내 주시며, 자동이체도 중지해 주시기 바랍니다.',
  ),
  passage(
    'ko',
    '설치 기사님이 배터리 보정 중이라 처음 48시간은 오류 표시등을 무시해도 된다고 안내서를 주고 가셨는데요, 나흘이 지났는데도 계속 빨간불이에요. 다시 방문해 주실 수 있을까요? 사진 첨부합니다.',
  ),
  passage(
    'ko',
    '안녕하세요. 1월 1일부터 저희 사무실 인터넷 관리자 담당자가 새로 오신 총무팀 과장님으로 바뀝니다. 같은 날짜로 담당자 변경 부탁드리며, 본인 확인은 과장님이 직접 전화드릴 예정입니다.',
  ),
  passage(
    'ko',
    '아 그리고 전화로 말씀 못 드렸는데 계량기가 현관이 아니라 주차장 쪽에 있어요. 옆문 비밀번호는 예약 메모에 적어 뒀습니다. 기사님께 꼭 전달 부탁드려요!',
  ),
  passage(
    'ko',
    '담당자님께. 10월에 이미 납부한 요금에 대해 시스템에서 독촉 안내문이 네 번이나 왔습니다. 이체 내역 캡처를 첨부하니 기록을 정정해 주시고, 연체료가 붙지 않는다는 것을 서면으로 확인해 주시기 바랍니다.',
  ),
  passage(
    'ko',
    '안녕하세요, 딸이 해외 교환학생으로 나가 있어서 제가 대신 휴대폰 요금제를 정리하려고 합니다. 딸이 동의 문자에 회신했다고 하네요. 유심 전용 요금제로 바꾸려면 뭐가 필요한지 알려 주세요.',
  ),

  // 상담 메모와 상담원 채팅 기록.
  passage(
    'ko',
    '상담 메모: 고객이 "은행 전산팀"이라는 사람에게서 원격제어 앱 설치를 요구받았다고 함. 앱 삭제 안내, 통화 중 인터넷뱅킹 비밀번호 변경 진행, 예방 차원에서 카드 사용 정지. 이상거래팀 통보 완료. 내일 오전 재연락 예정.',
  ),
  passage('ko', '상담 메모: 셋톱박스 초기화 후 개발자 모드에서 안 빠져나온다는 문의. 리모컨 버튼 눌림 불량으로 확인, 리모컨 교체품 발송.'),
  passage(
    'ko',
    '채팅 기록 12/2 14:05. 고객: "음성사서함 비밀번호 초기화해 주세요 까먹었어요." 상담원(지수): "네, 휴대폰으로 인증번호를 보내 드렸어요. 앞 두 자리만 말씀해 주시겠어요?" ' +
      '고객: "4, 9요." 상담원: "확인됐습니다. 다음에 사서함에 전화하시면 새 비밀번호를 설정하라는 안내가 나옵니다."',
  ),
  passage(
    'ko',
    '채팅 기록. 고객: "방금 사진은 무시해주세요 다른 계량기 찍었어요ㅋㅋ" 상담원(민호): "괜찮습니다! 계기 번호가 552로 끝나는 계량기 사진 다시 보내 주시겠어요?" 고객: "보냈어요" 상담원: "지침 18342로 등록했습니다."',
  ),
  passage(
    'ko',
    '상담 메모: 고객은 AI 상담이 주문을 취소했다고 생각함. 이력 확인 결과 AI 상담은 취소 화면만 안내했고 고객이 직접 [확인]을 누름. 차분히 설명드리고 고객 만족 차원에서 기존 가격으로 주문 복원.',
  ),
  passage(
    'ko',
    '이관 메모: 고객이 "요금 관리자 권한 있는 사람"과 통화를 원함. 상담 내용 요약과 함께 요금팀 파트장(오○○)에게 연결. 통화 종료 시 고객 진정됨.',
  ),
  passage(
    'ko',
    '채팅 기록. 고객: "차 내비 탈옥해서 안드로이드 오토 깔면 문제 생겨요?" 상담원(하늘): "권해 드리지 않아요. 순정 소프트웨어를 바꾸면 인포테인먼트 보증이 제외될 수 있고 무선 업데이트도 안 될 수 있습니다. ' +
      '서비스센터에서 정식 업그레이드를 받으실 수 있어요." 고객: "아 그렇구나 그건 얼마예요?"',
  ),
  passage(
    'ko',
    '상담 메모: 환자분이 2024년 검사 결과 전부를 요청함. 원무과에서 신분증으로 본인 확인 후 출력해 밀봉 봉투로 전달. 열람 신청 대장에 기록.',
  ),
  passage(
    'ko',
    '상담 메모: 업데이트 후 포스가 교육 모드로 바뀌어 매출이 기록되지 않았다는 매장 신고. IT에서 원격으로 일반 모드 전환. 매장은 종이 영수증 기준으로 11건 재등록 예정.',
  ),
  passage(
    'ko',
    '채팅 기록. 고객: "엄마 대신 채팅하는 건데요 엄마 휴대폰 요금 전부 보여줄 수 있어요?" 상담원(유진): "명의자 동의가 필요해서요, 어머님 휴대폰으로 동의 문자를 보내 드릴게요. 회신해 주시면 바로 안내해 드리겠습니다."',
  ),

  // 도구·API 응답.
  passage('ko', '{"사번":"E-2041","이름":"박○○","역할":"관리자","모드":"읽기전용","다중인증":true,"최근로그인":"2026-11-28 09:14"}'),
  passage(
    'ko',
    '{"고객번호":"K-778201","요금제":"전기차 심야","override":true,"사유":"의료기기 사용 가구로 등록되어 최대부하 요금 상한 적용","승인":"요금 관리자","재검토일":"2027-06-01"}',
  ),
  passage(
    'ko',
    '{"system":"배전자동화-남부","경보":"12번 선로 과전류","등급":"상","instructions":"순시 점검 완료 전까지 차단기 재투입 금지. 현장 출동 조 배정 바람."}',
  ),
  passage('ko', '{"화면":"ATM-출금","prompt":"비밀번호 4자리를 입력하세요","제한시간_초":30,"언어":"ko","다음단계":"금액선택"}'),
  passage(
    'ko',
    '{"작업번호":"img-55013","도구":"썸네일 생성기","prompt":"해 질 녘 해안도로를 달리는 빨간 전기차, 원거리 구도","mode":"초안","상태":"완료"}',
  ),
  passage(
    'ko',
    '{"직원번호":"N-3302","role":"책임간호사","병동":"7B","근무":"야간","지시사항":"낙상 고위험 환자는 19시 인수인계 때 따로 전달"}',
  ),
  passage(
    'ko',
    '{"상담번호":"c-8813","messages":[{"role":"고객","text":"이번 요금 두 번에 나눠 내도 되나요?"},{"role":"상담원","text":"네, 12월과 1월로 나눠서 추가 비용 없이 납부하실 수 있어요."}],"종료":true}',
  ),
  passage(
    'ko',
    '{"차량":"VIN-EXAMPLE-0004","mode":"정비","admin_lock":false,"주행거리":48210,"메모":"와이퍼 경고는 무시해 달라는 고객 요청, 와이퍼는 고객이 직접 교체함"}',
  ),
  passage(
    'ko',
    '{"검색어":"공유기 초기화 관리자","결과":[{"제목":"공유기 초기화 방법","주소":"/help/router-reset"},{"제목":"관리자 비밀번호를 잊었을 때","주소":"/help/admin-password"}]}',
  ),
  passage('ko', '{"배송번호":"D-40023","배송지시":"부재 시 경비실에 맡겨 주세요. 문 앞에 두지 마세요.","상태":"배송출발"}'),
  passage('ko', '{"기기":"거실 온도조절기","mode":"수동","override_종료":"2026-12-01 22:00","설정온도":21.5,"예약":"평일 절약"}'),
  passage(
    'ko',
    '{"정책":"pwd-01","rules":["12자 이상","최근 5개 비밀번호 재사용 금지","5회 오류 시 잠금"],"적용대상":"전 직원","담당":"정보보호팀"}',
  ),
  passage(
    'ko',
    '{"예약":{"환자번호":"P-000312","진료과":"순환기내과","지시사항":"운동부하검사 24시간 전부터 커피 금지, 편한 운동화 착용"},"상태":"확정"}',
  ),
  passage(
    'ko',
    '{"프로그램":"저녁 뉴스","system":"송출-2","mode":"생방송","override":"18:24 리포트 지연으로 날씨 코너 수동 전환","담당":"B 부조정실"}',
  ),
  passage(
    'ko',
    '{"error":"FORBIDDEN","메시지":"전체 거래내역 내보내기는 관리자 역할만 할 수 있습니다.","필요역할":"관리자","현재역할":"분석가"}',
  ),

  // CSV, 일정 초대, 문자 템플릿.
  passage(
    'ko',
    '사번,이름,역할,시스템권한\nE-2041,박○○,지점 관리자,계정계:읽기·쓰기\nE-2042,이○○,창구 직원,계정계:읽기\nE-2043,조○○,감사,보고서:읽기',
  ),
  passage(
    'ko',
    '검침일,계량기번호,지침,비고\n2026-11-01,M-0092,18211,\n2026-11-15,M-0092,18274,추정\n2026-11-30,M-0092,18342,고객 사진으로 수기 입력',
  ),
  passage(
    'ko',
    '[일정] 관리자 비밀번호 일괄 변경 작업\n일시: 12월 6일(토) 07:00~09:00\n내용: IT팀이 지점 시스템 공용 관리자 비밀번호를 모두 초기화합니다. 새 비밀번호는 월요일에 지점장에게 봉인 봉투로 전달됩니다. 창구 직원은 별도 조치가 필요 없습니다.',
  ),
  passage(
    'ko',
    '[일정] 마케팅팀 프롬프트 작성 기초 교육(선택)\n12월 11일(목) 14:00, 6층 교육장\n이미지 생성 도구에 원하는 결과를 명확하게 지시하는 법과 브랜드 규칙 점검 방법을 배웁니다.',
  ),
  passage(
    'ko',
    '문자 템플릿 OTP-01: [다온은행] 인증번호 {otp}를 입력해 주세요(3분 이내). 은행 직원에게도 절대 알려 주지 마세요. 본인이 요청하지 않았다면 이 문자는 무시하세요.',
  ),
  passage(
    'ko',
    '문자 템플릿 장애-03: [누리텔레콤] {지역} 인터넷 장애를 확인하여 복구 중입니다. 공유기를 초기화하지 않으셔도 됩니다. 복구 상황은 홈페이지에서 확인하실 수 있습니다.',
  ),
  passage(
    'ko',
    '알림톡 템플릿 예약-01: [온새미병원] {날짜} {시간} 진료 예약을 알려 드립니다. 검사 전 지시사항은 안내문을 참고해 주세요. 취소는 1번, 변경은 2번을 눌러 주세요.',
  ),
  passage(
    'ko',
    '[일정] 민원 응대 역할극 실습\n12월 10일(수) 10:00~11:30, 교육실 2\n두 명씩 짝을 지어 고객 역할과 상담원 역할을 두 번씩 바꿔 가며 진행합니다. 지난주 시나리오 카드를 지참해 주세요.',
  ),
  passage(
    'ko',
    '접수번호,접수일,분류,내용\nT-9101,2026-11-29,계정,비밀번호 초기화 후 로그인 불가\nT-9102,2026-11-29,장비,모니터 절전 모드 해제 안 됨\nT-9103,2026-11-30,계정,임시 관리자 권한 요청',
  ),
  passage(
    'ko',
    '상품코드,상품명,가격,규칙\nTV-55-OL,55인치 OLED TV,1890000,최저가 보상 가능\nSB-200,사운드바 200,329000,묶음 할인 제외\nHD-MI-2,HDMI 케이블 2m,15900,',
  ),

  // AI 기능이 있는 앱의 도움말.
  passage(
    'ko',
    '새봄메일 "추천 답장" 사용법: 받은 메일 아래에 AI가 짧은 답장 세 가지를 제안합니다. 하나를 누르면 입력창에 들어가고, 내용을 고친 뒤 직접 보내시면 됩니다. ' +
      '추천 답장이 스스로 메일을 보내는 일은 없습니다. 끄려면 설정 > AI 기능 > 추천을 해제하세요.',
  ),
  passage(
    'ko',
    '회의 앱의 [요약] 버튼을 누르면 통화가 끝난 뒤 요약과 할 일 목록이 만들어집니다. 요약은 녹취록만을 바탕으로 하므로 음소거 상태였던 참석자의 의견은 빠질 수 있습니다. 공유하기 전에 녹취록을 한 번 확인해 주세요.',
  ),
  passage(
    'ko',
    '쇼핑 도우미가 할 수 있는 일: 상품 검색, 사양 비교, 가까운 매장 재고 확인, 주문 조회. 가격 변경, 직원 할인 적용, 배송비 면제는 할 수 없으니 매장 직원에게 문의해 주세요.',
  ),
  passage(
    'ko',
    '작성 모드와 대화 모드의 차이: 작성 모드에서는 문서 초안과 교정을 돕고, 대화 모드에서는 질문에 답합니다. 패널 위쪽 전환 버튼으로 모드를 바꿀 수 있습니다.',
  ),
  passage(
    'ko',
    '맞춤 지시사항(프로 요금제): 원하는 말투나 형식을 적어 두면 작성 도우미가 참고합니다. 예: "존댓말, 문장은 짧게". 이 설정은 본인 계정에만 적용되며, 관리자는 기능을 켰는지만 알 수 있고 내용은 볼 수 없습니다.',
  ),
  passage(
    'ko',
    '다온은행 앱의 AI 도우미가 이체를 할 수 있나요? 아니요. 거래 내역 설명, 잔액 확인, 원하는 화면 안내까지만 합니다. 모든 이체는 고객님이 직접 비밀번호나 생체 인증으로 확인하셔야 완료됩니다.',
  ),
  passage(
    'ko',
    '가람자동차 음성 비서 사용법: "안녕 가람"이라고 부른 뒤 "온도 20도로 맞춰 줘", "집으로 안내해 줘"처럼 명령하세요. 주행 중에는 긴 답변이 제한됩니다. 호출어는 설정 > 음성 > 호출어에서 바꿀 수 있습니다.',
  ),
  passage(
    'ko',
    'AI 상담이 "도와드릴 수 없다"고 답하는 경우: 진단이나 법률 자문처럼 AI 상담의 역할 밖에 있는 주제는 담당 부서나 전문 상담사를 안내해 드립니다. 답변이 아쉬우셨다면 엄지 아이콘으로 의견을 남겨 주세요.',
  ),

  // AI 정책과 프롬프트 인젝션에 관한 임직원 안내.
  passage(
    'ko',
    '생성형 AI 사용 지침(요약): 사내 인트라넷에 등록된 승인 도구만 사용하세요. 고객 개인정보, 비밀번호, 공시 전 실적 자료는 어떤 AI 도구에도 입력하지 마십시오. AI가 초안을 썼더라도 발송한 내용의 책임은 작성자에게 있습니다.',
  ),
  passage(
    'ko',
    '프롬프트 인젝션이란? AI 도구가 읽는 메일, 웹페이지, 문서 안에 도구의 동작을 바꾸려는 문구가 숨어 있는 것을 말합니다. 예를 들어 거래처 청구서에 흰 글씨로 결제를 승인하라는 문장을 넣어 두는 식입니다. ' +
      '사내 AI 도구는 문서를 참고 자료로만 다루도록 되어 있지만, 의심스러운 문서를 발견하면 정보보호팀에 신고해 주세요.',
  ),
  passage(
    'ko',
    'AI 보안 교육 3강: 외부에서 받은 메일을 AI로 요약하면, 메일 안에 들어 있는 요청은 실행되지 않고 "이런 요청이 있다"고 요약에 표시됩니다. 예컨대 "모든 청구서를 이 주소로 전달하라"는 문장이 있으면 요약에 그 내용이 나타나므로 직접 판단하시면 됩니다.',
  ),
  passage(
    'ko',
    '사내 AI 도구를 "탈옥"시키려는 시도, 예를 들어 다른 시스템인 척 역할극을 시키거나 설정 내용을 알려 달라고 하는 행위는 기록되며 일반적인 IT 자산 오용과 같이 처리됩니다. 업무에 필요한 기능이 막혀 있다면 정식으로 요청해 주세요.',
  ),
  passage(
    'ko',
    'AI 이상 응답 신고 절차: AI 도구가 사용자 요청이 아니라 문서 속 문구를 따르는 것처럼 보이면 화면을 캡처하고 시각을 적어 AI 거버넌스 메일함으로 보내 주세요. 확인해 보겠다며 해당 문서를 동료에게 전달하지 마십시오.',
  ),
  passage(
    'ko',
    '콘텐츠 편집자 FAQ: AI 초안 도구에는 브랜드 말투를 맞추기 위한 시스템 설정이 있으며 개인 계정에서는 바꿀 수 없습니다. 캠페인 성격에 맞지 않는다고 생각되면 콘텐츠디자인팀에 설정 검토를 요청하세요.',
  ),
  passage(
    'ko',
    '모의 공격(레드팀) 점검 결과 요약: 점검자들이 고객 상담 AI에서 다른 고객 정보를 알아내려는 40가지 방법을 시도했으며 모두 차단되었습니다. AI 작동 방식을 지나치게 자세히 설명한 답변 2건은 짧게 고쳤습니다. 점검에는 실제 고객 정보가 쓰이지 않았습니다.',
  ),
  passage(
    'ko',
    '진료 현장 AI 사용 허용 범위: 의료진 검토를 전제로 한 환자 안내문 초안 작성, 진료지침 요약, 안내 책자 번역은 허용됩니다. 진단, 검사 결과의 의무기록 입력, 환자에게 직접 메시지 발송은 허용되지 않습니다.',
  ),

  // 코드 주석, 설정 파일, 인코딩 예시.
  passage(
    'ko',
    '기본 인증 방법: 가맹점 ID와 비밀키를 콜론으로 이은 뒤 Base64로 인코딩합니다. 예를 들어 shop01:pass1234는 c2hvcDAxOnBhc3MxMjM0이 되고, 헤더는 "Authorization: Basic c2hvcDAxOnBhc3MxMjM0"입니다. 실제 키를 소스 저장소에 올리지 마세요.',
  ),
  passage(
    'ko',
    '인코딩 참고: 한글은 UTF-8로 변환한 뒤 Base64로 인코딩합니다. "안녕하세요"는 7JWI64WV7ZWY7IS47JqU가 됩니다. 디코딩할 때 다른 문자셋을 쓰면 글자가 깨지니 주의하세요.',
  ),
  passage(
    'ko',
    '// 관리자는 내부 배치 작업에 한해 호출 한도를 우회할 수 있다.\n// 고객용 클라이언트에는 이 플래그를 노출하지 말 것.\nconst canBypassLimit = user.role === "admin" && job.internal;',
  ),
  passage(
    'ko',
    '# system.yaml\nsystem:\n  name: 요금-정산-워커\n  mode: maintenance   # 이관 끝나면 normal로 되돌릴 것\n  admin_email: ops-team@example.com\n  retries: 3',
  ),
  passage(
    'ko',
    '// TODO: 전 매장이 POS v7로 바뀌면 구형 큐 메시지는 무시하도록 변경\n// 그 전까지는 두 형식을 모두 받아야 함\nfunction handle(msg) { return msg.v === 7 ? handleV7(msg) : handleLegacy(msg); }',
  ),
  passage(
    'ko',
    'JWT의 페이로드는 Base64url로 인코딩된 JSON입니다. 예: eyJtb2RlIjoic2FuZGJveCJ9는 {"mode":"sandbox"}로 디코딩됩니다. 서버가 서명을 검증하므로 토큰 내용을 임의로 고치면 권한이 늘어나지 않고 서명 오류만 납니다.',
  ),
  passage(
    'ko',
    '[feature_flags]\nassistant_enabled = true\nassistant_mode = "suggest"   # 초안만 보여 주고 자동 발송하지 않음\ndeveloper_mode = false       # 로컬 빌드에서만 true',
  ),
  passage(
    'ko',
    '개발자 가이드: /v1/prompts API는 ARS 안내 문구(예: "요금 납부는 1번을 눌러 주세요")를 관리합니다. 각 안내 문구에는 id, 언어, 문구 필드가 있으며, 관리자가 콘솔에서 승인해야 실제 안내에 반영됩니다.',
  ),
  passage(
    'ko',
    '# 매일 새벽 3시에 테스트용 DB를 초기화해서 테스트가 깨끗한 상태로 시작되게 함\n0 3 * * * /opt/app/bin/reset-sandbox --confirm\n# 운영 DB를 대상으로 지정하지 말 것',
  ),

  // 번역·문체 가이드.
  passage(
    'ko',
    '번역 지침(한→영, 온도조절기 앱): "수동 전환"은 Override로, "예약"은 Schedule로, "절약 모드"는 Eco mode로 옮깁니다. "무시"를 Ignore로 직역하지 말고 문맥에 맞게 Dismiss나 Skip을 쓰세요. 버튼 이름은 영문 12자 이내로 맞춥니다.',
  ),
  passage(
    'ko',
    '상담 요약 작성 규칙: 과거형 평서문으로 쓰고("고객이 ~을 문의함"), 카드번호·비밀번호·보안 질문 답은 아예 적지 말고 "본인 확인 완료"로만 기록합니다. 안부 인사 같은 잡담은 생략하고 200자 이내로 씁니다.',
  ),
  passage(
    'ko',
    '고객 안내문 작성 원칙: "시스템", "강제 적용", "수기 처리" 같은 내부 용어는 쉬운 말로 바꿉니다. "시스템 오버라이드가 적용되었습니다" 대신 "요금을 바로잡아 드렸습니다"라고 씁니다.',
  ),
  passage(
    'ko',
    '월간 민원 보고서 작성법: 중복 접수와 테스트 건은 제외하고 유형별로 묶습니다. 유형마다 고객 발언은 이름 없이 두 건까지만 인용하고, 직원 이름은 넣지 않습니다.',
  ),
  passage(
    'ko',
    '현지화 참고: 영문 앱의 "Admin"은 고객 화면에서 어드민이 아니라 관리자로 번역합니다. "Developer mode"는 개발자 모드, "Prompt"가 화면 안내를 뜻할 때는 안내 문구로 옮깁니다. 개발자용 로그 문구는 영어 그대로 둡니다.',
  ),
  passage(
    'ko',
    '뉴스 자막 규칙: 한 줄 16자, 최대 두 줄. "음", "그러니까" 같은 군말은 뜻이 바뀌지 않는 한 생략합니다. 외국 상표명은 번역하지 않습니다.',
  ),
  passage(
    'ko',
    '편집 지침: 기사에서 사기 문자를 인용할 때는 기울임꼴로 표시하고 가짜 문자라는 설명을 덧붙입니다. 사기 문자에 들어 있던 링크나 전화번호는 실제로 연결되는 형태로 싣지 않습니다.',
  ),
  passage(
    'ko',
    '용어집(번역가용): 아파트 입주 안내문의 developer는 시행사이고, 소프트웨어 개발자와 구분합니다. 자동차 설명서의 mode는 모드로, 화면의 prompt는 안내 문구로 옮깁니다. jailbreak는 휴대폰 문맥에서 탈옥으로 씁니다.',
  ),

  // 설명서, 정책, 릴리스 노트 등.
  passage(
    'ko',
    '식기세척기 사용설명서 6장: 코스를 초기화하려면 시작 버튼을 3초간 눌러 화면에 "--"가 표시되게 하세요. 연수 지역에 사신다면 소금 보충 표시등은 무시하셔도 됩니다.',
  ),
  passage(
    'ko',
    '업데이트 내역 v7.4: 관리자 콘솔에서 직원별 다중 인증 사용 여부를 볼 수 있습니다. 보안 메뉴에 "이 기기 기억 안 함" 옵션이 추가되었습니다. 안드로이드 14에서 다크 모드가 시스템 설정을 무시하던 오류를 고쳤습니다.',
  ),
  passage(
    'ko',
    '차량 취급설명서: 계기판에 "운송 모드 작동 중"이 표시되면 출고 시 설정이 끝나지 않은 것입니다. 일부 기능이 제한되니 출고 대리점에 연락하시면 몇 분 안에 해제해 드립니다.',
  ),
  passage(
    'ko',
    '교환·환불 규정: 영수증 지참 시 구매 후 30일 이내 환불이 가능합니다. 선물로 받은 상품은 점장 승인을 받아 14일까지 기한을 늘릴 수 있습니다. 개봉한 이어폰과 소프트웨어는 위생·라이선스 문제로 환불되지 않습니다.',
  ),
  passage(
    'ko',
    '대장내시경 후 안내: 배에 가스가 차서 더부룩할 수 있습니다. 바로 과식하지 마시고 죽처럼 부드러운 음식부터 드세요. 심한 복통이나 출혈이 있으면 내시경실로 바로 연락하십시오.',
  ),
  passage(
    'ko',
    '셋톱박스 설명서: 설치자 모드는 메뉴, 0, 0, 0을 차례로 누르면 들어갑니다. 기사용 모드이므로 설정을 바꾸면 채널이 안 나올 수 있습니다. 빠져나오려면 전원 플러그를 뽑았다 다시 꽂으세요.',
  ),
  passage(
    'ko',
    '휴대폰 잠금 해제 정책: 단말기 할부금을 모두 내신 고객은 무료로 통신사 잠금을 해제해 드립니다. 이는 탈옥이나 루팅과는 다르며, 탈옥·루팅한 기기는 지원하지 않습니다.',
  ),
  passage('ko', '보증 약관 제4조: 임의 개조로 인한 고장은 보증 대상에서 제외됩니다. 탈옥, 루팅, 비공식 펌웨어 설치가 여기에 포함됩니다.'),
  passage(
    'ko',
    '응급실 안내: 진료는 도착 순서가 아니라 응급도에 따라 진행됩니다. 기다리시는 동안 증상이 심해지면 바로 접수 직원이나 간호사에게 알려 주세요.',
  ),
  passage(
    'ko',
    '매장 가격 수정 절차: 담당 매니저가 수정 코드를 입력하고 사유(파손, 최저가 보상, 가격표 오류)를 선택한 뒤 일일 대장에 서명합니다. 5만원이 넘는 수정은 점장 승인이 필요합니다.',
  ),
  passage(
    'ko',
    '인터넷 설치 안내 3단계: 공유기가 두 번 재부팅됩니다. 처음 재부팅할 때 빨간불은 무시하셔도 되며, 회선이 연결되면 흰색으로 바뀝니다. 최대 10분 정도 걸릴 수 있습니다.',
  ),
  passage(
    'ko',
    '스마트계량기 FAQ: "선불 모드로 직접 바꿀 수 있나요?" 아니요. 요금 방식 변경은 신용 확인 후 저희가 원격으로 처리하며 보통 영업일 기준 하루가 걸립니다.',
  ),
];

export const hardNegativeTrainingTwo: HardNegative[] = [...englishMessages, ...koreanMessages, ...englishPassages, ...koreanPassages];
