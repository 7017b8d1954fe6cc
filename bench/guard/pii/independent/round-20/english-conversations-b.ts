// English conversations for round 20, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyConversationsB: readonly IndependentText[] = [
  {
    text: "Yuna-ya 엄마 is sending 김치 tomorrow, she still has 서울특별시 마포구 월드컵북로 396, 1203호 — that's right?? and the 공동현관 code is still 3816? CJ 송장번호 5520-1843-9076, driver will call 010-7731-4082 so pick up ㅋㅋ",
    pii: [
      ['PERSON', 'Yuna'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1203호'],
      ['PASSWORD', '3816'],
      ['PHONE', '010-7731-4082'],
    ],
  },
  {
    text: "Hiya, message for Eleri Pritchard, date of birth 14.03.62, from Rhiannon at Llandaff North Surgery. Your referral to UHW cardiology has gone through, your hospital number there is K0293817 if they ask. If you've heard nothing by the 30th give me a ring direct on 029 2055 1962. Ref 22/0918. Diolch!",
    pii: [
      ['PERSON', 'Eleri Pritchard'],
      ['DATE_OF_BIRTH', '14.03.62'],
      ['PERSON', 'Rhiannon'],
      ['MEDICAL_RECORD', 'K0293817'],
      ['PHONE', '029 2055 1962'],
    ],
  },
  {
    text: "Customer: card declined at Tesco Express just now, £18.65, the one ending 3390\nAgent: Sorry about that Callum. I just need to verify you, can you give me your date of birth?\nCustomer: 22/11/1994. its 4929 1180 5523 6418 exp 09/27 if that helps\nAgent: Please don't post full card numbers in chat, I've masked it for you. There was a fraud marker on the card, I've removed it, try again in 10 mins.",
    pii: [
      ['PERSON', 'Callum'],
      ['DATE_OF_BIRTH', '22/11/1994'],
      ['CREDIT_CARD', '4929 1180 5523 6418'],
      ['CARD_EXPIRY', '09/27'],
    ],
  },
  {
    text: 'Left my iPad in a Kakao T taxi from Hongdae to Mapo at 1:40am, car no. 서울32바 4417. Serial DMPXQ2K8J1GC, IMEI 35 882910 774621 6, SIM ICCID 89820027114503391842. Trip receipt no. KT-240517-0093. My number is 010-4428-9163 and email hw.kang92@naver.com, please contact me if the driver finds it',
    pii: [
      ['VEHICLE_PLATE', '서울32바 4417'],
      ['IMEI', '35 882910 774621 6'],
      ['ICCID', '89820027114503391842'],
      ['PHONE', '010-4428-9163'],
      ['EMAIL', 'hw.kang92@naver.com'],
    ],
  },
  {
    text: "AGENT: Thanks for holding. Can I take your membership number?\nCALLER: It's H-M-4-4-0-2-9-1-7.\nAGENT: HM4402917, grand. And the name on the policy?\nCALLER: Siobhán Ní Bhriain, with a fada on the a.\nAGENT: And your date of birth, Siobhán?\nCALLER: Twenty-ninth of February, eighty-four. Yes, a leap baby.\nAGENT: Ha. Best number to reach you if the claim needs more info?\nCALLER: Oh eight seven, three three one, four nine two six.\nAGENT: 087 331 4926. Your claim reference is CLM-7730215, covering the physio invoice of €240.",
    pii: [
      ['HEALTH_INSURANCE', 'H-M-4-4-0-2-9-1-7'],
      ['HEALTH_INSURANCE', 'HM4402917'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Siobhán'],
      ['DATE_OF_BIRTH', 'Twenty-ninth of February, eighty-four'],
      ['PHONE', 'Oh eight seven, three three one, four nine two six'],
      ['PHONE', '087 331 4926'],
    ],
  },
  {
    text: "My nan got a WhatsApp from an unknown number saying 'Hi Mum, dropped my phone in the toilet, this is my new number, can you pay a bill for me today £1,480'. She hasn't paid anything. Do we forward it to 7726 or report to Action Fraud?",
    pii: [],
  },
  {
    text: 'Brookfield Medical Centre: Dr Okafor has reviewed the asthma plan for Leila Haddad (DOB 11/05/2016, patient ID BMC-207744). A new spacer is ready to collect from the pharmacy after 2pm Thu 25/09. Reply STOP to opt out.',
    pii: [
      ['PERSON', 'Okafor'],
      ['PERSON', 'Leila Haddad'],
      ['DATE_OF_BIRTH', '11/05/2016'],
      ['MEDICAL_RECORD', 'BMC-207744'],
    ],
  },
  {
    text: 'build 2025.09.2-rc1 is green on staging but PDF export still times out after 30s on anything over 200 pages (OPS-4471). can we bump the worker to 4GB and retest before the 16:00 freeze? otherwise pin prod to 2025.08.7',
    pii: [],
  },
  {
    text: "Saw your flight landed 🙌 I'm in the silver Camry, NY plate KDT-4812, pickup zone B, level 2, not arrivals, they moved it. My cell +1 (917) 448-2036 is on 3% so if it dies call Tasha on 718-306-2291. - Marcus",
    pii: [
      ['VEHICLE_PLATE', 'KDT-4812'],
      ['PHONE', '+1 (917) 448-2036'],
      ['PERSON', 'Tasha'],
      ['PHONE', '718-306-2291'],
      ['PERSON', 'Marcus'],
    ],
  },
  {
    text: 'lmaooo @Kez_ just dropped his whole steam login in #general 💀 user kezzaplays99 pass Sunflower!2006 and the email kez.moran06@outlook.com, can a mod nuke it before someone screenshots',
    pii: [
      ['USERNAME', '@Kez_'],
      ['USERNAME', 'kezzaplays99'],
      ['PASSWORD', 'Sunflower!2006'],
      ['EMAIL', 'kez.moran06@outlook.com'],
    ],
  },
  {
    text: 'Customer: Order 30-2209-1187-44 came in the wrong size (270 instead of 265). Can someone collect it from 인천광역시 연수구 송도과학로16번길 33-4, 807호? Driver can call 010-3391-2750, 공동현관 비번 0407\nAgent: 네 고객님, return pickup is booked for tomorrow 오전. Please leave it at the door in the original box.',
    pii: [
      ['ADDRESS', '인천광역시 연수구 송도과학로16번길 33-4, 807호'],
      ['PHONE', '010-3391-2750'],
      ['PASSWORD', '0407'],
    ],
  },
  {
    text: 'tolu why did you put my passport page on your story 😭😭 A10284739, DOB 23 MAR 1997, everything is showing. abeg take it down before my aunties see it',
    pii: [
      ['PERSON', 'tolu'],
      ['PASSPORT', 'A10284739'],
      ['DATE_OF_BIRTH', '23 MAR 1997'],
    ],
  },
  {
    text: "Agent: Which BattleTag is the account under?\nCustomer: SungminK#3172\nAgent: And the phone number for SMS authentication?\nCustomer: 010-2874-6631. old email was sm.park05@daum.net but I can't log in to it\nAgent: Thank you. For age verification, your date of birth?\nCustomer: 2005.11.19\nAgent: Confirmed. A recovery code is on its way. The ₩33,000 charge on order 77120948 stays on the account.",
    pii: [
      ['USERNAME', 'SungminK#3172'],
      ['PHONE', '010-2874-6631'],
      ['EMAIL', 'sm.park05@daum.net'],
      ['DATE_OF_BIRTH', '2005.11.19'],
    ],
  },
  {
    text: "Customer: I'm selling my 2019 Kia K5 to a friend who's a foreigner here, Tomás Herrera. Car is 157머 2093, VIN KNAGT41BBK5012347. His ARC number is 880714-5283104. What does he need?\nAgent: He'll need his 외국인등록증, proof of insurance and the 자동차등록증. Transfer tax is about 7% of the value.",
    pii: [
      ['PERSON', 'Tomás Herrera'],
      ['VEHICLE_PLATE', '157머 2093'],
      ['VIN', 'KNAGT41BBK5012347'],
      ['FRN', '880714-5283104'],
    ],
  },
  {
    text: "Hi Sinéad,\n\nThanks for sending the ID over. Before we can release the keys for Flat 3, 22 Elgin Crescent, London W11 2JE we still need a reference from your previous landlord, Mr Adeyemi. Could you send me his number?\n\nAlso, your holding deposit (£480) will be refunded to the account you gave us, sort code 20-45-77, account 31926845. Shout if that's changed.\n\nKind regards,\nTom\nMob 07723 418 906",
    pii: [
      ['PERSON', 'Sinéad'],
      ['ADDRESS', 'Flat 3, 22 Elgin Crescent, London W11 2JE'],
      ['PERSON', 'Adeyemi'],
      ['BANK_ACCOUNT', '31926845'],
      ['PERSON', 'Tom'],
      ['PHONE', '07723 418 906'],
    ],
  },
  {
    text: '진짜 미안 forgot to tell u, my number changed → 010-8862-3057 ✌️ insta is @hanbyeol.draws now and kakao ID hb_kim0921 is the same as before',
    pii: [
      ['PHONE', '010-8862-3057'],
      ['USERNAME', '@hanbyeol.draws'],
      ['USERNAME', 'hb_kim0921'],
    ],
  },
  {
    text: "Customer: if I switch from prepaid can I keep my number?\nAgent: Yes! Porting is free and usually done within 2 hours. You'll just need the transfer PIN from your current carrier, don't share it here though.\nCustomer: ok and the iPhone 16 deal?\nAgent: $0 down, $27.77/mo for 36 months on Unlimited Plus. Offer code FALL36 applies at checkout.",
    pii: [],
  },
  {
    text: 'Hi, please issue the 세금계산서 to ㈜다온로지스, 사업자등록번호 214-87-39013, 법인등록번호 134511-0092730, 대표자 Park Sang-hoon. Payment for PO-2025-0917 (₩4,840,000 VAT incl.) to our 신한 account 140-012-558203. Questions → 02-3471-8806 (direct) or mina.yoo@daonlogis.co.kr\nYoo Mina | 경영지원팀',
    pii: [
      ['BRN', '214-87-39013'],
      ['CRN', '134511-0092730'],
      ['PERSON', 'Park Sang-hoon'],
      ['BANK_ACCOUNT', '140-012-558203'],
      ['PHONE', '02-3471-8806'],
      ['EMAIL', 'mina.yoo@daonlogis.co.kr'],
      ['PERSON', 'Yoo Mina'],
    ],
  },
  {
    text: "Agent: Can you log in to the router page and read me the WAN status?\nCustomer: WAN IP 81.143.207.66, connection type PPPoE, username tk88213047\nAgent: And the MAC on the label underneath?\nCustomer: 3C:A6:2F:18:E4:B7. wifi key on there is kT9m-4Rzq-Lw7e if you need that too\nAgent: No need for the Wi-Fi key, thanks. Firmware 1.0.22 is outdated, I'll push 1.1.4 tonight.",
    pii: [
      ['IP_ADDRESS', '81.143.207.66'],
      ['USERNAME', 'tk88213047'],
      ['MAC_ADDRESS', '3C:A6:2F:18:E4:B7'],
      ['PASSWORD', 'kT9m-4Rzq-Lw7e'],
    ],
  },
  {
    text: 'Dear Mrs Bankole,\n\nYour egg retrieval is confirmed for Tue 14 Oct at 7:30am (nil by mouth from midnight). Please bring your HMO card, Hygeia member no. HYG/0442917/01, and quote hospital number BVF-20913 at reception.\n\nThanks,\nAdaeze\n\nAdaeze Nwachukwu-Bello RN\nClinic Coordinator, Bridgeview Fertility Centre, Victoria Island\nDirect: 01 631 9904 | WhatsApp 0809 224 7716\nadaeze.nb@bridgeviewfertility.ng',
    pii: [
      ['PERSON', 'Bankole'],
      ['HEALTH_INSURANCE', 'HYG/0442917/01'],
      ['MEDICAL_RECORD', 'BVF-20913'],
      ['PERSON', 'Adaeze'],
      ['PERSON', 'Adaeze Nwachukwu-Bello'],
      ['PHONE', '01 631 9904'],
      ['PHONE', '0809 224 7716'],
      ['EMAIL', 'adaeze.nb@bridgeviewfertility.ng'],
    ],
  },
  {
    text: "Customer: Watch6 won't pair since the One UI 6 Watch update, stuck on 업데이트 확인 중\nAgent: Please update Galaxy Wearable to 2.2.59 and the Watch6 Manager plugin, then restart both. Is the model SM-R940?\nCustomer: 네 SM-R940NZSAKOO, bought at 하이마트 in March",
    pii: [],
  },
  {
    text: 'Walk-in re OAS/GIS. Client Dmitri Volkov, SIN 472 915 636, DOB 12-Nov-1958; spouse Irina Volkova SIN 527-318-604. Updated mailing address to 402-88 Beechwood Ave, Ottawa ON K1M 1L9. DD: transit 00142, inst 004, acct 5120338. Callback 613-744-2081 after 1pm. Gave form ISP-3550.',
    pii: [
      ['PERSON', 'Dmitri Volkov'],
      ['CA_SIN', '472 915 636'],
      ['DATE_OF_BIRTH', '12-Nov-1958'],
      ['PERSON', 'Irina Volkova'],
      ['CA_SIN', '527-318-604'],
      ['ADDRESS', '402-88 Beechwood Ave, Ottawa ON K1M 1L9'],
      ['BANK_ACCOUNT', '5120338'],
      ['PHONE', '613-744-2081'],
    ],
  },
  {
    text: "Customer: moving my number over from EE, it's 07912 338 406. new SIM says 8944 1100 0027 7615 3921 on the card\nAgent: Thanks. And the IMEI of the handset? Dial *#06#\nCustomer: IMEI 357264519038849, it's a Pixel 8\nAgent: Perfect. Last thing, the 4-digit account PIN you set up at sign-up?\nCustomer: 5082\nAgent: Cheers Farhan, port is booked for tomorrow between 7am and 7pm.",
    pii: [
      ['PHONE', '07912 338 406'],
      ['ICCID', '8944 1100 0027 7615 3921'],
      ['IMEI', '357264519038849'],
      ['PASSWORD', '5082'],
      ['PERSON', 'Farhan'],
    ],
  },
  {
    text: "Customer: Hi, I've moved, can you update my address to Unit 4/17 Wattle Street, Ballarat Central VIC 3350? Mobile's changed too, 0423 617 094\nAgent: No worries. Can you confirm your date of birth first?\nCustomer: 30/06/1971\nAgent: Thanks Lorraine, all updated. Your PO Box 1182 renewal ($148) is due 1 March.",
    pii: [
      ['ADDRESS', 'Unit 4/17 Wattle Street, Ballarat Central VIC 3350'],
      ['PHONE', '0423 617 094'],
      ['DATE_OF_BIRTH', '30/06/1971'],
      ['PERSON', 'Lorraine'],
    ],
  },
  {
    text: "Dongmin-ah 엄마 needs your 주민번호 for 연말정산, it's 990412-1483726 right? and the 등록번호 on your 서울대병원 receipt, 38201746? Eunji already sent hers. call me after 9 at 010 4471 2086, 화이팅!",
    pii: [
      ['PERSON', 'Dongmin'],
      ['RRN', '990412-1483726'],
      ['MEDICAL_RECORD', '38201746'],
      ['PERSON', 'Eunji'],
      ['PHONE', '010 4471 2086'],
    ],
  },
];
