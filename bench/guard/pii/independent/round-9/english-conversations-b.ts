// English conversations for round 9, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundNineConversationsB: readonly IndependentText[] = [
  {
    text: "Pharmacist: Can I get the patient's name and date of birth?\nCustomer: It's for my dad, Harold Brzezinski, 03/14/1948\nPharmacist: Thanks. The lisinopril 20mg refill will be ready after 4pm, copay is $12.50.\nCustomer: ok also his Medicare card changed, the new number is 1EG4-TE5-MK73",
    pii: [
      ['PERSON', 'Harold Brzezinski'],
      ['DATE_OF_BIRTH', '03/14/1948'],
      ['HEALTH_INSURANCE', '1EG4-TE5-MK73'],
    ],
  },
  {
    text: '[09:14] Hotel Arcadia Reception: Buongiorno! For online check-in we need passport details for each guest.\n[09:20] Luca: Luca Ferraresi, passport YA4418273, exp 11/2031\n[09:21] Luca: and my wife Giulia Ferraresi YB0926654\n[09:24] Luca: for the deposit use card 4532 7701 9184 2266, 06/28, cvc 771\n[09:26] Hotel Arcadia Reception: Grazie! Room 412 is ready from 14:00, booking ref ARC-77310, city tax €4.50 pp/night.',
    pii: [
      ['PERSON', 'Luca'],
      ['PERSON', 'Luca Ferraresi'],
      ['PASSPORT', 'YA4418273'],
      ['PERSON', 'Luca'],
      ['PERSON', 'Giulia Ferraresi'],
      ['PASSPORT', 'YB0926654'],
      ['PERSON', 'Luca'],
      ['CREDIT_CARD', '4532 7701 9184 2266'],
      ['CARD_EXPIRY', '06/28'],
      ['CARD_CVV', '771'],
    ],
  },
  {
    text: "AGENT: And the long number across the front of the card?\nCALLER: 5289 4410 0736 2194\nAGENT: Expiry date?\nCALLER: oh-nine twenty-seven\nAGENT: And the three digits on the back?\nCALLER: four, oh, eight\nAGENT: Lovely, that's £25 a month to the Greyhound Rescue appeal from the 1st. Thanks ever so much, Maureen.",
    pii: [
      ['CREDIT_CARD', '5289 4410 0736 2194'],
      ['CARD_EXPIRY', 'oh-nine twenty-seven'],
      ['CARD_CVV', 'four, oh, eight'],
      ['PERSON', 'Maureen'],
    ],
  },
  {
    text: 'hey Tanvi can you update my bank details for payroll before the 25th? switched to Chase, routing 021000021 acct 483920175. old Wells Fargo one is closed — Marcus',
    pii: [
      ['PERSON', 'Tanvi'],
      ['BANK_ACCOUNT', '483920175'],
      ['PERSON', 'Marcus'],
    ],
  },
  {
    text: "Customer: why has my direct debit gone up to £148??\nAgent: Your usage was 3,410 kWh over the last 12 months and the price cap went up on 1 October. You're on Fixed Saver v4 at 24.50p/kWh with a standing charge of 53.35p per day.\nCustomer: ugh fine",
    pii: [],
  },
  {
    text: 'Smile Studio: Hi Oluwaseun, reminder of your hygiene appt Thu 12 Jun at 10:40 with Dr Fenwick. Patient no. SS-20931. Please arrive 10 mins early. Reply C to confirm or R to rearrange.',
    pii: [
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Fenwick'],
      ['MEDICAL_RECORD', 'SS-20931'],
    ],
  },
  {
    text: 'yo someone got into my acc 😭😭 discord is kyra.exe_ (used to be Kyra#4471) and the email on it was kyraa.m2008@outlook.com, pls help i literally had nitro on it',
    pii: [
      ['USERNAME', 'kyra.exe_'],
      ['USERNAME', 'Kyra#4471'],
      ['EMAIL', 'kyraa.m2008@outlook.com'],
    ],
  },
  {
    text: 'Call 14:02 — insured Priya Venkataraman (policy MTR-5583102) reports rear-end collision M6 nr J10. Her reg LK19 XWP. TP reg BD67 TNA, TP driver gave name Craig Hollis, mob 07723 518 440. No injuries. Claim ref CLM-0098812 opened, excess £350.',
    pii: [
      ['PERSON', 'Priya Venkataraman'],
      ['VEHICLE_PLATE', 'LK19 XWP'],
      ['VEHICLE_PLATE', 'BD67 TNA'],
      ['PERSON', 'Craig Hollis'],
      ['PHONE', '07723 518 440'],
    ],
  },
  {
    text: "Customer: opening a phone plan at the SK store tmrw, they ask for 외국인등록번호. is it the number on my ARC? 920817-5638214\nAgent: Yes, that's your foreign registration number. Please bring the card itself as well, Mr Nguyen.",
    pii: [
      ['FRN', '920817-5638214'],
      ['PERSON', 'Nguyen'],
    ],
  },
  {
    text: 'Hi Ms Okafor,\n\nThanks for getting back to me. My applicant ref is APP-2231904 and my date of birth is 29.02.2004 — I think the portal rejects it because of the leap day 🙃 My login is esoren04.\n\nKind regards,\nEmil Sørensen',
    pii: [
      ['PERSON', 'Okafor'],
      ['DATE_OF_BIRTH', '29.02.2004'],
      ['USERNAME', 'esoren04'],
      ['PERSON', 'Emil Sørensen'],
    ],
  },
  {
    text: "Paws & Claws Vets: Biscuit's annual booster is due on 03/08/2025. Microchip 985 112 004 417 653 is registered to this account. Book online at pawsandclaws.co.uk/book or reply STOP to opt out.",
    pii: [],
  },
  {
    text: "AGENT: Before we go any further, can you confirm your date of birth?\nCUSTOMER: twenty-first of March eighty-six\nAGENT: And the address on the account?\nCUSTOMER: 14 Harborne Park Road, Birmingham B17 0BN\nAGENT: Thank you Mr Adeyemi-Clarke. I can see the £612.99 payment to AliExpress on the card ending 0934. I'll cancel that card now, the new one takes 3-5 working days.",
    pii: [
      ['DATE_OF_BIRTH', 'twenty-first of March eighty-six'],
      ['ADDRESS', '14 Harborne Park Road, Birmingham B17 0BN'],
      ['PERSON', 'Adeyemi-Clarke'],
    ],
  },
  {
    text: 'Agent: To complete Advance Passenger Info for QR 817 I need passport no., nationality and DOB for each passenger.\nCustomer: me - MARIA CONCEPCION REYES DELA CRUZ, PH passport P4827719B, DOB 15 Nov 1990\nCustomer: son - LUIS DELA CRUZ, P6610385C, 2017-04-02\nCustomer: contact in Manila is my sister +63 917 552 0486\nAgent: Thank you, both added to booking 7QXK2M.',
    pii: [
      ['PERSON', 'MARIA CONCEPCION REYES DELA CRUZ'],
      ['PASSPORT', 'P4827719B'],
      ['DATE_OF_BIRTH', '15 Nov 1990'],
      ['PERSON', 'LUIS DELA CRUZ'],
      ['PASSPORT', 'P6610385C'],
      ['DATE_OF_BIRTH', '2017-04-02'],
      ['PHONE', '+63 917 552 0486'],
    ],
  },
  {
    text: "Customer: sync keeps failing with error 0x80070005 since the 24H2 update\nAgent: That's an access denied error. Try running the client as admin and clearing %LOCALAPPDATA%\\SyncPro\\cache. Build 5.8.2210 fixes it properly, it ships Thursday.\nCustomer: ok will try",
    pii: [],
  },
  {
    text: "[07:02] Sinead Gallagher: handover bed 14 - Mr Tomasz Wiśniewski, MRN 00731846, DOB 02/11/1951, day 2 post lap chole, obs stable, NBM lifted\n[07:03] Sinead Gallagher: NOK is daughter Agnieszka 087 412 9935, she's asked for a call before 10\n[07:05] Kwame Asante: got it thx",
    pii: [
      ['PERSON', 'Sinead Gallagher'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['MEDICAL_RECORD', '00731846'],
      ['DATE_OF_BIRTH', '02/11/1951'],
      ['PERSON', 'Sinead Gallagher'],
      ['PERSON', 'Agnieszka'],
      ['PHONE', '087 412 9935'],
      ['PERSON', 'Kwame Asante'],
    ],
  },
  {
    text: "Customer: clinic in Málaga wants my GHIC number, is it the long one starting 8082? 8082 6114 4027 9553 1338\nAgent: Yes Mrs Thornbury, that's the one. Keep every receipt, your claim ref is TRV-440918 and you can claim back up to €300.",
    pii: [
      ['HEALTH_INSURANCE', '8082 6114 4027 9553 1338'],
      ['PERSON', 'Thornbury'],
    ],
  },
  {
    text: "Hi Gareth, we'll both be at work tmrw. Key safe is by the back door, code is 7391. Boiler's in the airing cupboard upstairs. Just text the invoice (£186 + VAT was it?). Cheers, Niamh",
    pii: [
      ['PERSON', 'Gareth'],
      ['PASSWORD', '7391'],
      ['PERSON', 'Niamh'],
    ],
  },
  {
    text: 'Recruiter: Hi Dominika, for the multi-drop courier role we need your licence and NI numbers before the DVLA check.\nDominika: hi! licence KOWAL852065DM9TR and NI is SX 41 72 93 C\nRecruiter: Perfect, induction is Mon 7am at the Daventry depot, bring hi-vis.',
    pii: [
      ['PERSON', 'Dominika'],
      ['PERSON', 'Dominika'],
      ['DRIVER_LICENSE', 'KOWAL852065DM9TR'],
      ['UK_NINO', 'SX 41 72 93 C'],
    ],
  },
  {
    text: 'Customer: phone says SIM locked enter PUK\nAgent: I can help with that. Can you confirm the account PIN first?\nCustomer: pin is 0615\nAgent: Thanks Ayesha. Your PUK is 83920471 — you get 10 attempts so type it carefully 🙂',
    pii: [
      ['PASSWORD', '0615'],
      ['PERSON', 'Ayesha'],
      ['PASSWORD', '83920471'],
    ],
  },
  {
    text: 'From: Rhys Pritchard <rhys.pritchard84@gmail.com>\nTo: Dev\n\nHi Dev, the deposit will come from our joint Nationwide account, sort code 07-04-36, account 41928375 (in both names, me and Fern Pritchard). Completion still 28 March? Got your invoice INV-2025-0311 for £499, will pay Friday.\nThanks, Rhys',
    pii: [
      ['PERSON', 'Rhys Pritchard'],
      ['EMAIL', 'rhys.pritchard84@gmail.com'],
      ['PERSON', 'Dev'],
      ['PERSON', 'Dev'],
      ['BANK_ACCOUNT', '41928375'],
      ['PERSON', 'Fern Pritchard'],
      ['PERSON', 'Rhys'],
    ],
  },
  {
    text: "Parent: hi, applying for a reception place for my daughter Zainab Hussain dob 04.07.2021, we're at Flat 3, 22 Moseley Road, Birmingham B12 9AH. is there still space?\nOffice: Hi, yes! Applications close 15 Jan, please apply on the council portal. Our school URN is 103412.",
    pii: [
      ['PERSON', 'Zainab Hussain'],
      ['DATE_OF_BIRTH', '04.07.2021'],
      ['ADDRESS', 'Flat 3, 22 Moseley Road, Birmingham B12 9AH'],
    ],
  },
  {
    text: "Customer: tracking 1Z 999 AA1 01 2345 6784 says delivered but there's nothing here\nAgent: Sorry about that! The driver's scan shows drop-off at 13:47. I've opened trace case 55120893, you'll hear back within 48 hrs.\nCustomer: it's a £240 blender come on",
    pii: [],
  },
  {
    text: 'Eunji ssaem sorry to bother 🙏 Severance wants my 건강보험증 번호 for registration, is it this one in the app → 5-2041839176? they also gave me 등록번호 11390452 on a sticker, do I need to keep that?',
    pii: [
      ['PERSON', 'Eunji'],
      ['HEALTH_INSURANCE', '5-2041839176'],
      ['MEDICAL_RECORD', '11390452'],
    ],
  },
  {
    text: "AGENT: And the best number to reach you on?\nCALLER: oh-seven-nine-one-one, four-oh-two, eight-six-eight\nAGENT: So that's 07911 402 868?\nCALLER: That's it. Ask for Dolores if my husband picks up, he won't know anything.\nAGENT: Lovely. Engineer booked Tuesday 8am-1pm, job number BT-6624017, router model Smart Hub 2.",
    pii: [
      ['PHONE', 'oh-seven-nine-one-one, four-oh-two, eight-six-eight'],
      ['PHONE', '07911 402 868'],
      ['PERSON', 'Dolores'],
    ],
  },
  {
    text: 'Olamide can you check why signup failed for this one? 500 on /v2/register\n{"req_id": "a91f-22c0", "username": "chidi_builds", "email": "chidi.nwosu@proton.me", "dob": "1997-12-03", "ip": "102.89.34.118", "error": "E_DOB_FORMAT"}',
    pii: [
      ['PERSON', 'Olamide'],
      ['USERNAME', 'chidi_builds'],
      ['EMAIL', 'chidi.nwosu@proton.me'],
      ['DATE_OF_BIRTH', '1997-12-03'],
      ['IP_ADDRESS', '102.89.34.118'],
    ],
  },
];
