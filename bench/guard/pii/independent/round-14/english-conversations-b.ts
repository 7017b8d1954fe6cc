// English conversations for round 14, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFourteenConversationsB: readonly IndependentText[] = [
  {
    text: '[21:07] Yoon-ah: 오빠 엄마 birthday dinner 정산 ㅋㅋ\n[21:07] Yoon-ah: 148,000원 ÷ 3 = 49,400원 each (rounded up, deal with it)\n[21:08] Yoon-ah: send to my 카카오뱅크 3333-07-5829164 not the old 농협 one!! 예금주 박윤아',
    pii: [
      ['PERSON', 'Yoon-ah'],
      ['PERSON', 'Yoon-ah'],
      ['PERSON', 'Yoon-ah'],
      ['BANK_ACCOUNT', '3333-07-5829164'],
      ['PERSON', '박윤아'],
    ],
  },
  {
    text: 'Customer: is the 10-year warranty on the Bespoke fridge for everything or just the compressor? model RF29BB8600QL\nAgent: Just the digital inverter compressor. Everything else is 1 year parts & labour from the delivery date (14/03 on order SA-20931847).\nCustomer: figures',
    pii: [],
  },
  {
    text: 'Triage 14:22 - caller Kasia (daughter) re father Tomasz Wiśniewski, 67, MRN 00583127. Central chest tightness on exertion since 08:00, eased w/ GTN x1. Pt lives alone at 14 Larkspur Close, Didcot OX11 7PQ. 999 advised, CAD ref 4471. Kasia contactable on 07700 914382.',
    pii: [
      ['PERSON', 'Kasia'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['MEDICAL_RECORD', '00583127'],
      ['ADDRESS', '14 Larkspur Close, Didcot OX11 7PQ'],
      ['PERSON', 'Kasia'],
      ['PHONE', '07700 914382'],
    ],
  },
  {
    text: "Customer: I'm adding my son to the family plan. Name is Kang Tae-min, 주민번호 081123-3152417\nAgent: Thank you. Will he keep his current number?\nCustomer: yes it's with KT now, 01074023318\nAgent: Port-in request PR-558201 created. Mr Kang Min-jae, an approval text will go to your line shortly.",
    pii: [
      ['PERSON', 'Kang Tae-min'],
      ['RRN', '081123-3152417'],
      ['PHONE', '01074023318'],
      ['PERSON', 'Kang Min-jae'],
    ],
  },
  {
    text: "Agent: Morning! Just closing off booking HZ-77319402, the white i30 rego 518 RWJ?\nCustomer: yeah dropped it at Brissie domestic 6.40am, keys in the after-hours box\nAgent: Legend. Fuel came back at 7/8 so there's a $24.60 refuel fee. Receipt'll go to r.mcgrath88@bigpond.com, still right Rhiannon?\nCustomer: yep that's me",
    pii: [
      ['VEHICLE_PLATE', '518 RWJ'],
      ['EMAIL', 'r.mcgrath88@bigpond.com'],
      ['PERSON', 'Rhiannon'],
    ],
  },
  {
    text: "Customer: booked a gîte in the Dordogne, the owner wants a €350 deposit by transfer. She only sent FR76 3000 4028 1700 0208 4719 338, is that enough?\nAgent: You'll also need the BIC and the account holder's name exactly as the bank has it.\nCustomer: BIC is BNPAFRPPXXX, name Élodie Garnier, and she wants ref GITE-2025-114\nAgent: Perfect, that's everything.",
    pii: [
      ['IBAN', 'FR76 3000 4028 1700 0208 4719 338'],
      ['PERSON', 'Élodie Garnier'],
    ],
  },
  {
    text: "Hi Angharad, it's Callum from Heol y Deri Dental. Just a reminder you're booked Tues 10:20 with Mr Llewellyn for the crown fit. If that's no good ring me direct on 029 2061 3357 and I'll shuffle things round. Diolch!",
    pii: [
      ['PERSON', 'Angharad'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Llewellyn'],
      ['PHONE', '029 2061 3357'],
    ],
  },
  {
    text: 'Customer: Ryanair said they refunded €118.40 on the 2nd, still nothing on my card ending 0923\nAgent: Hi Siobhán, merchant refunds can take up to 10 working days. I can see a pending credit of €118.40 dated yesterday, ref RF-2209-8831.\nCustomer: oh grand, thanks',
    pii: [['PERSON', 'Siobhán']],
  },
  {
    text: 'Lost my wallet in Hongdae around 2am. Need to freeze my Woori check card 5365 1029 4471 8826 right now, and my ARC was in there too (950617-5238100). Which office do I go to for a new one? Already called 112.',
    pii: [
      ['CREDIT_CARD', '5365 1029 4471 8826'],
      ['FRN', '950617-5238100'],
    ],
  },
  {
    text: "AGENT: Can I start with your membership number, please?\nCALLER: Yes, it's on the card... 81023377-04.\nAGENT: Thank you. And the patient's name?\nCALLER: Siew Lan Goh, that's Goh, G-O-H.\nAGENT: And date of birth?\nCALLER: Fourteenth of the third, eighty-two.\nAGENT: Lovely. Is this about the physio claim from the 9th?",
    pii: [
      ['HEALTH_INSURANCE', '81023377-04'],
      ['PERSON', 'Siew Lan Goh'],
      ['PERSON', 'Goh'],
      ['DATE_OF_BIRTH', 'Fourteenth of the third, eighty-two'],
    ],
  },
  {
    text: "Got a text 'RoyalMail: your parcel is on hold, pay £1.99 redelivery fee at royalmail-redeliver-gb.com'. I am waiting on an Etsy order (#3318204457) so not sure. Is this real?",
    pii: [],
  },
  {
    text: 'Hi Mrs Adeyemi, Cedar Lane Practice here. Nurse Fola will see baby Tobi for his 8-week jabs on Thu 12/06 at 14:10, Room 3. Please bring his red book. Reply C to cancel.',
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Fola'],
      ['PERSON', 'Tobi'],
    ],
  },
  {
    text: "BA287 delayed 2hrs, now landing 21:45. US sim is dead so call my UK mobile +44 7911 402586 if you can't find me. I'll be by the Costa in arrivals. xx Imogen",
    pii: [
      ['PHONE', '+44 7911 402586'],
      ['PERSON', 'Imogen'],
    ],
  },
  {
    text: 'mods can u nuke my msg above pls 🙃 pasted my login in the wrong window, user jaylen_b23 / pw Tigers!2024. changing it rn',
    pii: [
      ['USERNAME', 'jaylen_b23'],
      ['PASSWORD', 'Tigers!2024'],
    ],
  },
  {
    text: 'Customer: Hi, can I change the delivery address for order 20250611-0048213? I moved. New one is 인천광역시 연수구 센트럴로 263, 108동 1807호\nAgent: 네, 변경 완료됐습니다. It should arrive Thursday between 2-6pm.',
    pii: [['ADDRESS', '인천광역시 연수구 센트럴로 263, 108동 1807호']],
  },
  {
    text: "Agent: Which Riot ID is the account under?\nCustomer: haru_is_cold#KR1. the email on it was minjun.p07@naver.com but I can't log into that anymore\nAgent: No worries Minjun, can you give me the receipt number for your last RP purchase?\nCustomer: RPR-8823170, 1,350 RP on May 3",
    pii: [
      ['USERNAME', 'haru_is_cold#KR1'],
      ['EMAIL', 'minjun.p07@naver.com'],
      ['PERSON', 'Minjun'],
    ],
  },
  {
    text: 'Customer: Got a 과태료 notice (40,000원, notice no. 2025-강남-118842) for plate 123가 4568 but I sold that car on 14 March to a guy called Lee Sang-hoon! What do I do?\nAgent: Please send us the 양도증명서 showing the transfer date and we will reissue the notice to the new owner.',
    pii: [
      ['VEHICLE_PLATE', '123가 4568'],
      ['PERSON', 'Lee Sang-hoon'],
    ],
  },
  {
    text: 'Hi Oluwaseun,\n\nGood news, the tenancy at Flat 3, 41 Caversham Road, Reading RG1 8AH is confirmed from 1 July. Your £1,615 deposit is registered with the DPS, ref 2209-114-77.\n\nCould you text me a new mobile? 07832 661904 keeps going straight to voicemail.\n\nThanks\nHollie Marsden\nLettings',
    pii: [
      ['PERSON', 'Oluwaseun'],
      ['ADDRESS', 'Flat 3, 41 Caversham Road, Reading RG1 8AH'],
      ['PHONE', '07832 661904'],
      ['PERSON', 'Hollie Marsden'],
    ],
  },
  {
    text: 'Customer: why did my bill jump from $65 to $75??\nAgent: The $10/mo promo credit ended after 12 months. I can add a $5 loyalty credit for the next 12 cycles, ref LC-40921.\nCustomer: fine, do it\nAgent: Done! It shows from your 14th cycle.',
    pii: [],
  },
  {
    text: 'Hi, please update our supplier record: (주)다온푸드, 사업자등록번호 214-87-30593, 대표자 Park Eun-ji. 통신판매업 신고 제2023-서울마포-1182호. Tax invoices and questions → me, Kwon Tae-yang (ty.kwon@daonfood.co.kr, 010-3378-2146).',
    pii: [
      ['BRN', '214-87-30593'],
      ['PERSON', 'Park Eun-ji'],
      ['PERSON', 'Kwon Tae-yang'],
      ['EMAIL', 'ty.kwon@daonfood.co.kr'],
      ['PHONE', '010-3378-2146'],
    ],
  },
  {
    text: 'Agent: Can you flip the router over and read me the sticker?\nCustomer: Model Archer AX55, S/N 2219471002337, MAC 50:C7:BF:3A:1E:94, wireless password K7m9Pq2xT4\nAgent: Thanks. And the WAN IP on the status page?\nCustomer: 86.142.77.203',
    pii: [
      ['MAC_ADDRESS', '50:C7:BF:3A:1E:94'],
      ['PASSWORD', 'K7m9Pq2xT4'],
      ['IP_ADDRESS', '86.142.77.203'],
    ],
  },
  {
    text: 'Thanks so much,\nMarcus\n\n--\nMarcus Lindqvist-Hale | Senior Claims Adjuster, Property\nNorthbridge Mutual Insurance\nDirect 604-318-2275 · Cell 778 902 4461\nmarcus.lindqvisthale@northbridgemutual.ca\nPlease quote your claim number (e.g. PC-2025-004417) in all correspondence.',
    pii: [
      ['PERSON', 'Marcus'],
      ['PERSON', 'Marcus Lindqvist-Hale'],
      ['PHONE', '604-318-2275'],
      ['PHONE', '778 902 4461'],
      ['EMAIL', 'marcus.lindqvisthale@northbridgemutual.ca'],
    ],
  },
  {
    text: "Customer: Does the Tab S9 FE work with the S Pen Creator Edition? 제 build is X510XXU2BXE1\nAgent: Yes, it's supported from One UI 6.1, and your build already includes it.",
    pii: [],
  },
  {
    text: 'Callback done re OAS. Mr Gurpreet Singh Sandhu confirmed SIN 046 454 286 and DOB June 2, 1959. Updated mailing address to 1184 Parkview Dr, Mississauga ON L5G 3R6. Mailed ISP-3550 + return envelope. BF 30 days.',
    pii: [
      ['PERSON', 'Gurpreet Singh Sandhu'],
      ['CA_SIN', '046 454 286'],
      ['DATE_OF_BIRTH', 'June 2, 1959'],
      ['ADDRESS', '1184 Parkview Dr, Mississauga ON L5G 3R6'],
    ],
  },
  {
    text: 'Customer: Ported my number over from Vodafone yesterday, 07456 218093, and the new SIM (8944110003127765438) still says No Service\nAgent: Sorry about that Aisling. The port completes at 10:00 today, so give the phone a restart after that.\nCustomer: ok will do',
    pii: [
      ['PHONE', '07456 218093'],
      ['ICCID', '8944110003127765438'],
      ['PERSON', 'Aisling'],
    ],
  },
];
