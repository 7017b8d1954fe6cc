// English chats, messages, call notes and e-mails (round 8, set A), written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundEightConversationsA: readonly IndependentText[] = [
  {
    text: "[18:02] Renata Oliveira: does anyone have a spare permission slip for the Science Museum trip? Mateo lost his again 🙄\n[18:05] Giles: I've got one, I'll hand it to Mrs Abernathy tomorrow\n[18:06] Renata Oliveira: lifesaver thank u Giles!! x\n[18:09] Priya K: trip money is £14.50 btw, ParentPay code SM-Y4-0931",
    pii: [
      ['PERSON', 'Renata Oliveira'],
      ['PERSON', 'Mateo'],
      ['PERSON', 'Giles'],
      ['PERSON', 'Abernathy'],
      ['PERSON', 'Renata Oliveira'],
      ['PERSON', 'Giles'],
      ['PERSON', 'Priya K'],
    ],
  },
  {
    text: "Hi Shauna, just a reminder your cat's booster is due w/c 8 Sept. Dr Halvorsen has 10:40 free on Tues. Reply YES to book or STOP to opt out. Ref VET-22871",
    pii: [
      ['PERSON', 'Shauna'],
      ['PERSON', 'Halvorsen'],
    ],
  },
  {
    text: "Agent: Motor claims, Marguerite speaking, can I take your policy number?\nCaller: yeah it's MTR-4471-0093-2, name's Darnell Whitaker\nAgent: Thanks Darnell. And the other driver's reg?\nCaller: KY19 XWF, the lady was a Ms Ferreira-Lopes, she gave me her number 07700 914 362\nAgent: Lovely, I've logged that under claim CLM-0882145.",
    pii: [
      ['PERSON', 'Marguerite'],
      ['PERSON', 'Darnell Whitaker'],
      ['PERSON', 'Darnell'],
      ['VEHICLE_PLATE', 'KY19 XWF'],
      ['PERSON', 'Ferreira-Lopes'],
      ['PHONE', '07700 914 362'],
    ],
  },
  {
    text: "Hi Siobhan,\n\nThanks for showing us the unit on Saturday. Me and my partner Kwame would like to apply. Our current landlord is Desmond Achterberg, he's happy to give a reference on 0419 552 083.\n\nWe can pay the holding deposit ($650) today.\n\nThanks,\nEleanor Mbatha-Price",
    pii: [
      ['PERSON', 'Siobhan'],
      ['PERSON', 'Kwame'],
      ['PERSON', 'Desmond Achterberg'],
      ['PHONE', '0419 552 083'],
      ['PERSON', 'Eleanor Mbatha-Price'],
    ],
  },
  {
    text: "Customer: parcel says delivered but nothing here, tracking 15501234987654\nAgent: Sorry about that! The driver's photo shows it left in a green wheelie bin at 14:12. Could you check there?\nCustomer: omg it was in the bin lol. thanks",
    pii: [],
  },
  {
    text: "[Pharmacy] Hi, it's Farah from Lloyds Pharmacy Kingsway. We're holding a prescription for Ignatius Olawale, can you confirm his date of birth please?\n[Reply] yes its 17/02/1948, im his daughter Bisi, ill collect after 5",
    pii: [
      ['PERSON', 'Farah'],
      ['PERSON', 'Ignatius Olawale'],
      ['DATE_OF_BIRTH', '17/02/1948'],
      ['PERSON', 'Bisi'],
    ],
  },
  {
    text: "[09:14] Tomás Ruiz: hi, locked out of my account again after the password change\n[09:15] IT Helpdesk (Ravi): Hi Tomás, what's your username?\n[09:15] Tomás Ruiz: truiz02\n[09:16] IT Helpdesk (Ravi): Unlocked. Temp password is Winter#2025qa, you'll be asked to change it at login. Ticket INC0049921.\n[09:17] Tomás Ruiz: legend cheers Ravi",
    pii: [
      ['PERSON', 'Tomás Ruiz'],
      ['PERSON', 'Ravi'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Tomás Ruiz'],
      ['USERNAME', 'truiz02'],
      ['PERSON', 'Ravi'],
      ['PASSWORD', 'Winter#2025qa'],
      ['PERSON', 'Tomás Ruiz'],
      ['PERSON', 'Ravi'],
    ],
  },
  {
    text: 'Dear Mr and Mrs Lindqvist,\n\nWe have now received the searches for 7 Orchard Rise, Hexham NE46 3TB. Exchange is pencilled in for Friday 21st, subject to Nationwide releasing the mortgage funds.\n\nPlease call my direct line 01434 608 271 with any questions.\n\nKind regards\nHarriet Cole-Benedict\nAssociate Solicitor',
    pii: [
      ['PERSON', 'Lindqvist'],
      ['ADDRESS', '7 Orchard Rise, Hexham NE46 3TB'],
      ['PHONE', '01434 608 271'],
      ['PERSON', 'Harriet Cole-Benedict'],
    ],
  },
  {
    text: 'omg jaylen just told me keisha and marco broke up?? 😭 anyway add me on snap its @lil.zaraaa_ not the old one',
    pii: [
      ['PERSON', 'jaylen'],
      ['PERSON', 'keisha'],
      ['PERSON', 'marco'],
      ['USERNAME', '@lil.zaraaa_'],
    ],
  },
  {
    text: 'Anyone else on Octopus Agile seeing the price spike to 38.4p/kWh between 4-7pm today? My Powerwall 2 only had 6.2 kWh left so I ended up importing. Tariff code E-1R-AGILE-24-10-01-C if that matters',
    pii: [],
  },
  {
    text: 'Call notes 14:32 – pax AMARA NWOSU-HILL (PNR 8KZT4Q), flight KL1008 AMS-LHR, bag tag KL739102. Deliver to 22 Ferncliff Road, London E8 1JB once traced. Contact +44 7456 201 887 / amara.nh@outlook.com. Her brother Chinedu may call on her behalf. – Lotte V.',
    pii: [
      ['PERSON', 'AMARA NWOSU-HILL'],
      ['ADDRESS', '22 Ferncliff Road, London E8 1JB'],
      ['PHONE', '+44 7456 201 887'],
      ['EMAIL', 'amara.nh@outlook.com'],
      ['PERSON', 'Chinedu'],
      ['PERSON', 'Lotte V.'],
    ],
  },
  {
    text: "Kia ora Bronwyn & Tevita,\n\nSo excited for the big day! Just confirming the florist will drop the bouquets at your mum Leilani's place by 11am. The final balance of NZ$2,340 is due 14 days before (invoice INV-3087).\n\nAny changes, text me on 021 448 7712.\n\nAroha,\nMereana\nWildflower Events",
    pii: [
      ['PERSON', 'Bronwyn'],
      ['PERSON', 'Tevita'],
      ['PERSON', 'Leilani'],
      ['PHONE', '021 448 7712'],
      ['PERSON', 'Mereana'],
    ],
  },
  {
    text: "Agent: For security, can you confirm the account number?\nCaller: 41873920, sort code 20-45-77\nAgent: Thank you Mrs Adeyemi-Clarke. I can see a direct debit to Thames Water for £52.16, is that the one?\nCaller: No, the one to 'HMN GYM LTD', my son Tobi set that up without asking",
    pii: [
      ['BANK_ACCOUNT', '41873920'],
      ['PERSON', 'Adeyemi-Clarke'],
      ['PERSON', 'Tobi'],
    ],
  },
  {
    text: 'Dear parents/carers of Year 9,\n\nA reminder that mock exams begin Monday 3 Feb. Timetables are on Arbor. Please contact Mr Okonkwo (Head of Year) or Ms Petrakis (SENCO) with any access arrangement queries.\n\nWith thanks,\nFiona Drummond\nDeputy Head',
    pii: [
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Petrakis'],
      ['PERSON', 'Fiona Drummond'],
    ],
  },
  {
    text: '@dmitri.v handover from nights: Line 3 CNC (Haas VF-4) threw alarm 108 twice, Yusuf reset it both times. Batch 24-1187 of part BRK-220 is 40 pcs short. Check with Wiebke in QA before releasing. — Carlos',
    pii: [
      ['USERNAME', '@dmitri.v'],
      ['PERSON', 'Yusuf'],
      ['PERSON', 'Wiebke'],
      ['PERSON', 'Carlos'],
    ],
  },
  {
    text: "Member: hi my daughter Sofia's claim for her ER visit got denied, can you check why\nRep: Sure! Can I get the member ID from the card?\nMember: W2719 48830 02, she's a dependent on my plan, I'm Gabriela Montoya\nRep: Thanks Gabriela. And Sofia's date of birth?\nMember: 05/11/2012",
    pii: [
      ['PERSON', 'Sofia'],
      ['HEALTH_INSURANCE', 'W2719 48830 02'],
      ['PERSON', 'Gabriela Montoya'],
      ['PERSON', 'Gabriela'],
      ['PERSON', 'Sofia'],
      ['DATE_OF_BIRTH', '05/11/2012'],
    ],
  },
  {
    text: "Customer: The XPS 13 9340 I bought on 2 May won't charge past 80%\nAgent: That's the 'Primarily AC Use' battery setting. Go to BIOS > Power > Battery Configuration and pick Adaptive. Your case number is 183455602 if it comes back.",
    pii: [],
  },
  {
    text: "Hi, I'm helping my grandmother Rosalind Tremblay with her CPP application. Service Canada asked for her SIN over the phone, it's 527 183 404, and she was born March 3rd, 1951. Is it ok if I call on her behalf? My name is Étienne, thanks",
    pii: [
      ['PERSON', 'Rosalind Tremblay'],
      ['CA_SIN', '527 183 404'],
      ['DATE_OF_BIRTH', 'March 3rd, 1951'],
      ['PERSON', 'Étienne'],
    ],
  },
  {
    text: 'Bethany (Hays): Hi Haruto, the client (a Tier 1 bank in Canary Wharf) loved your CV! Free for a call at 2pm? My mobile is 07438 552 190. Could you also send your NI number for the right-to-work check?\nHaruto Sasaki: Hi Bethany, 2pm works. NI is JT 71 43 95 C',
    pii: [
      ['PERSON', 'Bethany'],
      ['PERSON', 'Haruto'],
      ['PHONE', '07438 552 190'],
      ['PERSON', 'Haruto Sasaki'],
      ['PERSON', 'Bethany'],
      ['UK_NINO', 'JT 71 43 95 C'],
    ],
  },
  {
    text: 'Your Vodafone bill of £38.50 for 12 Jun - 11 Jul is ready. View it at vodafone.co.uk/myvodafone. Need help? Call 191 free from your mobile.',
    pii: [],
  },
  {
    text: 'Support (Noor): I can see a login to your account from 91.203.147.62 at 03:12 UTC — was that you?\nUser: no!! im in Manila, never been to Germany. my email is j.dela.cruz88@gmail.com pls freeze it\nSupport (Noor): Done, Jericho. Withdrawals are locked for 48h. Case #BX-660912.',
    pii: [
      ['PERSON', 'Noor'],
      ['IP_ADDRESS', '91.203.147.62'],
      ['EMAIL', 'j.dela.cruz88@gmail.com'],
      ['PERSON', 'Noor'],
      ['PERSON', 'Jericho'],
    ],
  },
  {
    text: 'Dear Mrs Kowalczyk,\nI hope you dont mind me writing. Our new neighbour at number 9, a young man called Fergus, has been parking across my drive again. My son Alistair says I should ask the council. It is the silver car, reg SN68 PXL.\nYours, Doreen Blakemore (no. 11)',
    pii: [
      ['PERSON', 'Kowalczyk'],
      ['PERSON', 'Fergus'],
      ['PERSON', 'Alistair'],
      ['VEHICLE_PLATE', 'SN68 PXL'],
      ['PERSON', 'Doreen Blakemore'],
    ],
  },
  {
    text: 'Handover bay 4: Mrs Ayesha Siddiqui, MRN RX4471093, G2P1, 38+2, BP 142/91 at 06:00 — repeat due 10:00. Husband Imran stayed overnight. NOK mobile 07852 330 419. Midwife Gráinne aware, Dr Olufemi to review on ward round.',
    pii: [
      ['PERSON', 'Ayesha Siddiqui'],
      ['MEDICAL_RECORD', 'RX4471093'],
      ['PERSON', 'Imran'],
      ['PHONE', '07852 330 419'],
      ['PERSON', 'Gráinne'],
      ['PERSON', 'Olufemi'],
    ],
  },
  {
    text: 'RAC: Hi Petra, patrol Gavin is on his way to your Skoda Octavia (LB21 HMZ), ETA 35 mins. Job no 7734-2219. Track him at rac.co.uk/track',
    pii: [
      ['PERSON', 'Petra'],
      ['PERSON', 'Gavin'],
      ['VEHICLE_PLATE', 'LB21 HMZ'],
    ],
  },
  {
    text: "Hi Dr Ingrid Solberg,\n\nI produce 'Deep Currents' for BBC Sounds and we'd love you on an episode about Arctic shipping routes. Recording would be at Broadcasting House on 18 Nov.\n\nMy colleague Juno Achebe will send over a release form. You can reach me at tobias.wren@bbc.co.uk or on 07920 661 348.\n\nBest,\nTobias Wren\nProducer",
    pii: [
      ['PERSON', 'Ingrid Solberg'],
      ['PERSON', 'Juno Achebe'],
      ['EMAIL', 'tobias.wren@bbc.co.uk'],
      ['PHONE', '07920 661 348'],
      ['PERSON', 'Tobias Wren'],
    ],
  },
];
