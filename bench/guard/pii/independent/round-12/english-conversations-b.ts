// English conversations for round 12, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwelveConversationsB: readonly IndependentText[] = [
  {
    text: 'ya Ji-hoon 오늘 회식비 N빵 하면 23,500원 each, 신한 110-482-915273 으로 보내줘 (예금주 Yoon Seo-yeon) 🙏 by 금요일 pls',
    pii: [
      ['PERSON', 'Ji-hoon'],
      ['BANK_ACCOUNT', '110-482-915273'],
      ['PERSON', 'Yoon Seo-yeon'],
    ],
  },
  {
    text: "Customer: will the Dyson V15 Detect fit on the old wall dock?\nAgent: Unfortunately not, the V15 needs dock part 971516-01. The V11 bracket (970194-01) won't hold it.\nCustomer: ugh ok how much is the new one\nAgent: £34.99, free delivery on orders over £20.",
    pii: [],
  },
  {
    text: 'After-hours nurse line: daughter calling re father Tomasz Wróbel, d.o.b. 14.11.1941, fell in bathroom approx 21:30, no LOC, on apixaban, small cut L temple. Advised ambulance / ED attendance, caller to ring 999 herself. Hosp no. RX7-0092814.',
    pii: [
      ['PERSON', 'Tomasz Wróbel'],
      ['DATE_OF_BIRTH', '14.11.1941'],
      ['MEDICAL_RECORD', 'RX7-0092814'],
    ],
  },
  {
    text: "Customer: I'm ringing for my mam, Margaret Doyle, her gas was cut off this morning. The mobile on the account is 087 412 6630\nAgent: I'm sorry, I can only discuss the account with Margaret or someone she's authorised.\nCustomer: I am authorised, it's Siobhán Doyle-Keane\nAgent: Thanks Siobhán, yes I can see you on the file.",
    pii: [
      ['PERSON', 'Margaret Doyle'],
      ['PHONE', '087 412 6630'],
      ['PERSON', 'Margaret'],
      ['PERSON', 'Siobhán Doyle-Keane'],
      ['PERSON', 'Siobhán'],
    ],
  },
  {
    text: "Agent: Before we release the van I'll need the number off your photocard licence, section 5.\nCustomer: OKAFO 703284 CN9XY\nAgent: Lovely, thanks Chidi. Van's in bay 3 from 7:30, keys at the desk.",
    pii: [
      ['DRIVER_LICENSE', 'OKAFO 703284 CN9XY'],
      ['PERSON', 'Chidi'],
    ],
  },
  {
    text: "Customer: my landlord in Lisbon is refunding the deposit and wants my IBAN. The app shows NL16 RABO 0318 4627 95, is that the right one?\nAgent: Yes that's correct, and if they ask for a BIC it's RABONL2U.\nCustomer: top, thanks",
    pii: [['IBAN', 'NL16 RABO 0318 4627 95']],
  },
  {
    text: 'mom is sending kimchi again 🙄 she still has your address as 서울특별시 마포구 월드컵북로 402, 3층 302호 but you moved in March no?? text her the new one Taemin-ah',
    pii: [
      ['ADDRESS', '서울특별시 마포구 월드컵북로 402, 3층 302호'],
      ['PERSON', 'Taemin'],
    ],
  },
  {
    text: 'Customer: refund for order 10448-227310 still not back on my Visa ending 0193, it has been 9 days\nAgent: Thanks for waiting Ms Solberg, the refund of €89.95 was issued on 3 March and can take up to 10 working days to appear.',
    pii: [['PERSON', 'Solberg']],
  },
  {
    text: 'Lost my iPhone 15 at Sants station this morning. Serial F2LXK9QMNP (not sure if you need it), IMEI 35 290611 384207 6, my UK number is +44 7911 362 584. Denuncia ref BCN-2025-118834. Can you block it pls',
    pii: [
      ['IMEI', '35 290611 384207 6'],
      ['PHONE', '+44 7911 362 584'],
    ],
  },
  {
    text: "REP: Can I take the policyholder's name?\nCALLER: Yeah it's Niamh Ó Briain. Niamh is N-I-A-M-H.\nREP: Thank you. And your date of birth, please?\nCALLER: December the ninth, 1963.\nREP: Lovely, and the claim reference if you've got it?\nCALLER: CLM-55102.",
    pii: [
      ['PERSON', 'Niamh Ó Briain'],
      ['PERSON', 'Niamh'],
      ['DATE_OF_BIRTH', 'December the ninth, 1963'],
    ],
  },
  {
    text: "Got a call from 'Amazon' saying an iPhone order for £749 was placed on my account and to press 1 to cancel. I haven't ordered anything. Should I ring back the number they gave, 0800 496 0137?",
    pii: [],
  },
  {
    text: 'after updating to build 24.3.0-rc2 sync stalls at 87% every single time, log says ERR_CONN_RESET 0x80072efe. 24.2.7 was fine',
    pii: [],
  },
  {
    text: "flight QF432 now showing 19:40 🙄 I'm in the short-term carpark level 2 row K. ring if anything changes 0412 558 093\n- Bronwyn (Aunty Folake says hi x)",
    pii: [
      ['PHONE', '0412 558 093'],
      ['PERSON', 'Bronwyn'],
      ['PERSON', 'Folake'],
    ],
  },
  {
    text: 'omg I just pasted my Amex into #general instead of the checkout box 💀 3714 963539 84314 — admins pls nuke it',
    pii: [['CREDIT_CARD', '3714 963539 84314']],
  },
  {
    text: "Customer: order 20250611-44871, courier says 'address not found' but it's 대구광역시 수성구 동대구로 366, 105동 803호. the building is new\nAgent: 확인했습니다, I've added a note for tomorrow's delivery.",
    pii: [['ADDRESS', '대구광역시 수성구 동대구로 366, 105동 803호']],
  },
  {
    text: 'Agent: Which email is the Steam account registered to?\nCustomer: I log in as tobiwan_kenobi, email is tobi.adeyemi91@outlook.com\nAgent: Got it, a verification code is on its way.',
    pii: [
      ['USERNAME', 'tobiwan_kenobi'],
      ['EMAIL', 'tobi.adeyemi91@outlook.com'],
    ],
  },
  {
    text: 'Customer: buying a 2017 Ford Focus off a private seller, reg LK17 XFT, VIN on the V5 is WF05XXGCC5HM48217. Can you check it for outstanding finance?\nAgent: Yes, a full check is £19.99 and takes about 2 minutes.',
    pii: [
      ['VEHICLE_PLATE', 'LK17 XFT'],
      ['VIN', 'WF05XXGCC5HM48217'],
    ],
  },
  {
    text: "Hi Mrs Castellanos,\n\nJust confirming your son's piano lesson moves to Thursday 4:15 this week. If that's tricky, text me on 07832 419665 and we'll find another slot.\n\nThanks,\nGrace",
    pii: [
      ['PERSON', 'Castellanos'],
      ['PHONE', '07832 419665'],
      ['PERSON', 'Grace'],
    ],
  },
  {
    text: 'Hello, for the tax invoice (세금계산서) please issue to Daeseong Precision Co., Ltd. — 사업자등록번호 214-86-39016, corporate no. 134811-0092346. PO 4500118273. Please send the PDF to me directly at nayoung.kim@daeseong-prec.co.kr, thank you',
    pii: [
      ['BRN', '214-86-39016'],
      ['CRN', '134811-0092346'],
      ['EMAIL', 'nayoung.kim@daeseong-prec.co.kr'],
    ],
  },
  {
    text: "Agent: Can you read me what's on the sticker under the router?\nCustomer: model Archer AX55, S/N 2219XK4410387, MAC 3C:84:6A:1F:B2:07\nAgent: Thanks. And the WAN IP on the status page?\nCustomer: 81.143.207.62",
    pii: [
      ['MAC_ADDRESS', '3C:84:6A:1F:B2:07'],
      ['IP_ADDRESS', '81.143.207.62'],
    ],
  },
  {
    text: 'Noted, will revert by Friday.\n\nKind regards\n\nThandeka Mthembu-Nkosi\nSenior Associate | Conveyancing\nMokoena & Pillay Inc.\nDirect: +27 11 482 6617\nCell: +27 82 554 0193\nthandeka.mn@mokoenapillay.co.za',
    pii: [
      ['PERSON', 'Thandeka Mthembu-Nkosi'],
      ['PHONE', '+27 11 482 6617'],
      ['PHONE', '+27 82 554 0193'],
      ['EMAIL', 'thandeka.mn@mokoenapillay.co.za'],
    ],
  },
  {
    text: 'Customer: does the Pixel Watch 2 get Wear OS 5?\nAgent: Yes, build AP4A.250105.002 started rolling out on 14 Jan, staged over about 2 weeks.\nCustomer: still says up to date on mine 😒',
    pii: [],
  },
  {
    text: 'Phone note: client Rosalind Thibodeau-Marsh called re OAS recovery tax letter. ID confirmed, SIN 527 391 841, born 12 Aug 1952. Explained clawback threshold, mailed form T1213(OAS). Callback ticket 88-30417.',
    pii: [
      ['PERSON', 'Rosalind Thibodeau-Marsh'],
      ['CA_SIN', '527 391 841'],
      ['DATE_OF_BIRTH', '12 Aug 1952'],
    ],
  },
  {
    text: "Customer: new SIM still says No Service. Number on the card is 8961 0200 3947 5512 6807 and the phone's IMEI is 358412096177345\nAgent: Thank you Mr Abubakar, it was paired to an old IMEI. I've fixed it, please restart the handset.",
    pii: [
      ['ICCID', '8961 0200 3947 5512 6807'],
      ['IMEI', '358412096177345'],
      ['PERSON', 'Abubakar'],
    ],
  },
  {
    text: "Customer: we're moving on the 28th, can you transfer the internet to Unit 1207, 88 Harbour St, Toronto ON M5J 0C3?\nAgent: Booked! Tech window is 8-12 on Mar 28 and the $49.99 install fee is waived.",
    pii: [['ADDRESS', 'Unit 1207, 88 Harbour St, Toronto ON M5J 0C3']],
  },
];
