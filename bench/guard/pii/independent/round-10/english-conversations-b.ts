// English conversations for round 10, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTenConversationsB: readonly IndependentText[] = [
  {
    text: '오빠 계약금 just sent to your 신한 110-482-915273 ㅎㅎ 확인 부탁해 - Park Soo-ah',
    pii: [
      ['BANK_ACCOUNT', '110-482-915273'],
      ['PERSON', 'Park Soo-ah'],
    ],
  },
  {
    text: 'Customer: will the V15 Detect fit on my old V11 wall dock?\nAgent: It will, but the V15 needs the newer charger (part 970435-01) to fast charge. The dock alone is £29.99.\nCustomer: ugh of course it does',
    pii: [],
  },
  {
    text: 'Triage 02:40 - father calling re Tomasz Wiśniewski, DOB 03/11/2021. Vomiting x6 since 22:00, no wet nappy in 8 hrs, lethargic. Advised to bring to ED now, not to wait for GP. MRN 00739152.',
    pii: [
      ['PERSON', 'Tomasz Wiśniewski'],
      ['DATE_OF_BIRTH', '03/11/2021'],
      ['MEDICAL_RECORD', '00739152'],
    ],
  },
  {
    text: "hi it's Gráinne from the swim club, can you ring me on 087 441 2093 tonight? need to sort the gala rota for Sat 9am",
    pii: [
      ['PERSON', 'Gráinne'],
      ['PHONE', '087 441 2093'],
    ],
  },
  {
    text: "Customer: My mum Lorraine Kettering is in hospital and her mobile's gone missing off the ward. Can you suspend 07723 519840?\nAgent: I'm sorry to hear that. I'd need the account holder or someone with authority on the account.\nCustomer: I've got lasting power of attorney, I'm her son Gareth",
    pii: [
      ['PERSON', 'Lorraine Kettering'],
      ['PHONE', '07723 519840'],
      ['PERSON', 'Gareth'],
    ],
  },
  {
    text: "Agent: Before I hand over the keys I'll need your licence number.\nCustomer: it's Ontario, K3207-48815-60912\nAgent: Perfect, thanks Keisha. The Corolla is in bay 14, reservation RX-55180, return by 6pm Sunday.",
    pii: [
      ['DRIVER_LICENSE', 'K3207-48815-60912'],
      ['PERSON', 'Keisha'],
    ],
  },
  {
    text: "Customer: my old landlord in Rotterdam wants to return the deposit, he's asking for account details??\nAgent: He'll need your IBAN. That's NL23ABNA0417638205, and the BIC is ABNANL2A.\nCustomer: ok copied, dank je",
    pii: [['IBAN', 'NL23ABNA0417638205']],
  },
  {
    text: 'Jaehyun-ah ur 쿠팡 box came to my place again 😂 label says 서울특별시 마포구 성미산로17길 42, 302호 — isnt that your old flat? come grab it',
    pii: [
      ['PERSON', 'Jaehyun'],
      ['ADDRESS', '서울특별시 마포구 성미산로17길 42, 302호'],
    ],
  },
  {
    text: 'Customer: netflix took £10.99 twice this month on my card ending 0953?\nAgent: Thanks for waiting Ciarán, the second one is a pre-auth and should fall off within 5 working days.',
    pii: [['PERSON', 'Ciarán']],
  },
  {
    text: 'Left my iPhone 15 on the 96 tram last night, Melbourne. IMEI 356728114930270, my number 0421 386 907. Vic Police ref E25-0318842. Can you block it so no one can use it',
    pii: [
      ['IMEI', '356728114930270'],
      ['PHONE', '0421 386 907'],
    ],
  },
  {
    text: "AGENT: Can I take the policyholder's full name?\nCALLER: Thibault Lemaire. Lemaire is L-E-M-A-I-R-E.\nAGENT: Thank you. And the date of birth?\nCALLER: Fourteenth of March, eighty-six.\nAGENT: Lovely, and it's about claim 7730-221, the windscreen?",
    pii: [
      ['PERSON', 'Thibault Lemaire'],
      ['PERSON', 'Lemaire'],
      ['DATE_OF_BIRTH', 'Fourteenth of March, eighty-six'],
    ],
  },
  {
    text: "my nan got a text 'Royal Mail: your parcel is on hold, pay £1.45 redelivery fee at royalmail-redeliver.info' and she hasn't ordered anything. fake right?",
    pii: [],
  },
  {
    text: 'since updating to iOS 17.4.1 the Outlook app crashes on launch (build 4.2409.0). any fix or do we just wait for 17.4.2??',
    pii: [],
  },
  {
    text: 'MODS pls nuke my comment from 2 mins ago 😩 autofill dumped 5412 7534 9082 1167 into the reply box instead of my postcode',
    pii: [['CREDIT_CARD', '5412 7534 9082 1167']],
  },
  {
    text: 'officially 30 today 🥲 born 22.11.1995 and my knees already sound like bubble wrap',
    pii: [['DATE_OF_BIRTH', '22.11.1995']],
  },
  {
    text: "Agent: Which email is linked to the Steam account?\nCustomer: its marcos.tav88@outlook.com.br, login name tavinho_gg\nAgent: Got it, I've sent a recovery code. It expires in 15 minutes.",
    pii: [
      ['EMAIL', 'marcos.tav88@outlook.com.br'],
      ['USERNAME', 'tavinho_gg'],
    ],
  },
  {
    text: "Customer: Looking at a 2017 Golf from a private seller, VIN WVWZZZAUZHW118437, reg LK67 XWD. Can you tell me if there's finance outstanding on it?\nAgent: Our full history check covers finance, write-offs and mileage, it's £19.99.",
    pii: [
      ['VIN', 'WVWZZZAUZHW118437'],
      ['VEHICLE_PLATE', 'LK67 XWD'],
    ],
  },
  {
    text: "Hi Marguerite,\n\nGood news, the vendor has accepted £412,500. The surveyor needs access on Thursday, so could you give me a ring on 01632 960418 to sort keys? I'm in the office till 5.30.\n\nThanks\nOluwaseun",
    pii: [
      ['PERSON', 'Marguerite'],
      ['PHONE', '01632 960418'],
      ['PERSON', 'Oluwaseun'],
    ],
  },
  {
    text: 'Hi, for your supplier onboarding form: 사업자등록번호 214-86-39127, 법인등록번호 110111-6239580. PO no. goes on every invoice pls. If anything bounces just mail me at hyunsoo.kang@daon-logis.co.kr',
    pii: [
      ['BRN', '214-86-39127'],
      ['CRN', '110111-6239580'],
      ['EMAIL', 'hyunsoo.kang@daon-logis.co.kr'],
    ],
  },
  {
    text: 'Agent: Can you open Terminal and type ifconfig en0 for me?\nCustomer: ok. inet 10.0.0.23 netmask 0xffffff00, ether 3c:22:fb:91:7e:0a, status: active',
    pii: [
      ['IP_ADDRESS', '10.0.0.23'],
      ['MAC_ADDRESS', '3c:22:fb:91:7e:0a'],
    ],
  },
  {
    text: 'Kind regards\nAdv. Thandiwe Mokoena-Pillay LLB (UCT)\nSenior Associate | Conveyancing\nBothma Mokoena Inc., Sandton\nCell +27 82 614 3307\nthandiwe.mp@bothmamokoena.co.za',
    pii: [
      ['PERSON', 'Thandiwe Mokoena-Pillay'],
      ['PHONE', '+27 82 614 3307'],
      ['EMAIL', 'thandiwe.mp@bothmamokoena.co.za'],
    ],
  },
  {
    text: 'Customer: has the Pixel Watch 2 got the March update yet? mine still says up to date\nAgent: Build AW2A.240305.004 is going out in stages, most watches should have it by the 28th.',
    pii: [],
  },
  {
    text: 'Phoned client re GIS renewal. Gurpreet Sandhu-Grewal, SIN 527 318 497, DOB 12/08/1954. Missed 2024 tax filing so benefit paused in July. Mailed form ISP-3026 + return envelope, f/u in 30 days.',
    pii: [
      ['PERSON', 'Gurpreet Sandhu-Grewal'],
      ['CA_SIN', '527 318 497'],
      ['DATE_OF_BIRTH', '12/08/1954'],
    ],
  },
  {
    text: "Customer: switched to eSIM this arvo and still no bars. Settings shows ICCID 89610261550382749164, IMEI2 352077416832592\nAgent: Cheers Tevita, looks like the profile didn't download properly. I'll resend it, give your phone a restart in 5 min.",
    pii: [
      ['ICCID', '89610261550382749164'],
      ['IMEI', '352077416832592'],
      ['PERSON', 'Tevita'],
    ],
  },
  {
    text: "Customer: I'm moving out on the 30th, can the final bill go to Flat 2, 58 Rangiora Road, Papatoetoe, Auckland 2025?\nAgent: All sorted. We'll take a final meter read on the 30th and your last bill should arrive around 7 working days after.",
    pii: [['ADDRESS', 'Flat 2, 58 Rangiora Road, Papatoetoe, Auckland 2025']],
  },
];
