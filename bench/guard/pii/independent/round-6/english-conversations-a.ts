// English conversations (chats, calls, SMS, short emails) for round 6, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSixConversationsA: readonly IndependentText[] = [
  {
    text: "yo it's Rangi, lost my phone at the footy lol. txt me on 021 384 9072 til I sort it",
    pii: [
      ['PERSON', 'Rangi'],
      ['PHONE', '021 384 9072'],
    ],
  },
  {
    text: "Customer: I sent £1,250.00 to the wrong account yesterday, ref RENT-MAY. Sort code 40-17-62, account 31485097, it should've gone to my landlord.\nAgent: I'm sorry to hear that, Ms Adeyemi-Clarke. I've raised a recall request, case number RC-4410287. These can take up to 20 working days.\nCustomer: brilliant. great.",
    pii: [
      ['BANK_ACCOUNT', '31485097'],
      ['PERSON', 'Adeyemi-Clarke'],
    ],
  },
  {
    text: "hello yes my name's Doreen Whitcombe, W-H-I-T-C-O-M-B-E, I'm eighty-one and your engineer never came, he was supposed to be here between eight and twelve, job number W-38172-B, and I've been sat in all morning",
    pii: [['PERSON', 'Doreen Whitcombe']],
  },
  {
    text: 'Ward 7B handover: bed 12, Mrs Halina Kowalczyk, MRN 7736120, 84F, #NOF day 2. Daughter Agnieszka (NOK) on 07700 918 342 wants an update after 5pm. Obs stable, NEWS 2.',
    pii: [
      ['PERSON', 'Halina Kowalczyk'],
      ['MEDICAL_RECORD', '7736120'],
      ['PERSON', 'Agnieszka'],
      ['PHONE', '07700 918 342'],
    ],
  },
  {
    text: 'Does anyone know if the 2019 Mazda CX-5 2.5L takes the same cabin filter as the 2017? Part no. KD45-61-J6X fits mine but the shop on Route 9 says otherwise. Paid $38.50 for it.',
    pii: [],
  },
  {
    text: 'Thanks for your patience,\n\nWei Zhang (张伟)\nProcurement Lead, Hengda Precision Parts\nTel: +86 21 6385 2047\nMob: +86 139 1742 5086\nwei.zhang@hengdaprecision.cn',
    pii: [
      ['PERSON', 'Wei Zhang'],
      ['PERSON', '张伟'],
      ['PHONE', '+86 21 6385 2047'],
      ['PHONE', '+86 139 1742 5086'],
      ['EMAIL', 'wei.zhang@hengdaprecision.cn'],
    ],
  },
  {
    text: 'Agent: For security, can you confirm your date of birth?\nCustomer: 17th of November 1979\nAgent: Thanks Mr Brennan. And which phone is the new SIM going in?\nCustomer: Pixel 8, IMEI is 356938035643809',
    pii: [
      ['DATE_OF_BIRTH', '17th of November 1979'],
      ['PERSON', 'Brennan'],
      ['IMEI', '356938035643809'],
    ],
  },
  {
    text: "Customer: Hi, I need to claim for a physio session, member no. 61 7730 4482, the policy's under my husband's name, Raj Malhotra.\nAgent: Thanks Sunita. Is this the session on 12 May at the Bondi Junction clinic, invoice INV-88214 for $95.00?\nCustomer: yes that's the one",
    pii: [
      ['HEALTH_INSURANCE', '61 7730 4482'],
      ['PERSON', 'Raj Malhotra'],
      ['PERSON', 'Sunita'],
    ],
  },
  {
    text: 'Hello, good morning. I am Lucía Fernández Ortega, I order the sofa (order 4471-ES-209) and I need change the delivery to Calle de Alcalá 148, 3º B, 28009 Madrid because I move. My mobile +34 612 48 73 90. Thanks you',
    pii: [
      ['PERSON', 'Lucía Fernández Ortega'],
      ['ADDRESS', 'Calle de Alcalá 148, 3º B, 28009 Madrid'],
      ['PHONE', '+34 612 48 73 90'],
    ],
  },
  {
    text: 'Agent: Your ticket INC-2290418 has been escalated to our Tier 2 team, expected response within 48 hours. You can also call us on 1800 652 901 (Mon–Fri 8am–6pm AEST).\nCustomer: ok thx',
    pii: [],
  },
  {
    text: "Hi Fatima, it's Gareth from Loxley Lettings. Viewing at 27 Brookfield Road, Hove BN3 5QA confirmed for Sat 11:15. Door code for the communal entrance is 5290. Any probs ring me on 07842 663 190",
    pii: [
      ['PERSON', 'Fatima'],
      ['PERSON', 'Gareth'],
      ['ADDRESS', '27 Brookfield Road, Hove BN3 5QA'],
      ['PASSWORD', '5290'],
      ['PHONE', '07842 663 190'],
    ],
  },
  {
    text: 'Our CI is failing to push to the registry. Log:\n\n[2025-03-04 09:12:44] authenticating with token ghp_R7tLq2Xw9ZkM4bVn8CdF3sHp1JyE6uA0oTiG\n[2025-03-04 09:12:45] denied: permission_denied: write_package\n\nBuild #1842, runner v2.314.1. Any idea what scope is missing?',
    pii: [['SECRET', 'ghp_R7tLq2Xw9ZkM4bVn8CdF3sHp1JyE6uA0oTiG']],
  },
  {
    text: "Customer: hi, picking up my Golf from service tomorrow, reg LK19 XRV, it's under Bartholomew Osei\nAgent: Hi Bartholomew, yes it's ready — £312.40 incl. the front brake pads, work order 55027. We close at 5:30.",
    pii: [
      ['VEHICLE_PLATE', 'LK19 XRV'],
      ['PERSON', 'Bartholomew Osei'],
      ['PERSON', 'Bartholomew'],
    ],
  },
  {
    text: "[19:02] Mia: who's got Jonno's number?? need to tell him about sat\n[19:03] Keisha: 0437 220 518\n[19:03] Mia: legend ty\n[19:05] Keisha: also bring $20 for pizza lol",
    pii: [
      ['PERSON', 'Mia'],
      ['PERSON', 'Jonno'],
      ['PERSON', 'Keisha'],
      ['PHONE', '0437 220 518'],
      ['PERSON', 'Mia'],
      ['PERSON', 'Keisha'],
    ],
  },
  {
    text: 'Agent: Could you confirm the passenger name exactly as it appears on the passport?\nCustomer: DUBOIS-LAMBERT, CAMILLE MARIE\nAgent: Thank you. Passport number and nationality?\nCustomer: 21FK58304, French. Expires 09/2031. Date of birth 03/02/1994 if you need it',
    pii: [
      ['PERSON', 'DUBOIS-LAMBERT, CAMILLE MARIE'],
      ['PASSPORT', '21FK58304'],
      ['DATE_OF_BIRTH', '03/02/1994'],
    ],
  },
  {
    text: 'Reminder: benefits enrolment closes Friday 28 Feb at 5pm GMT. Please log in to Workday and pick your plan — the Bupa tier 2 premium goes up to £41.20/month from April. Questions to #hr-help 🙏',
    pii: [],
  },
  {
    text: "Customer: I started a new job last month and they've put me on an emergency tax code. My NI number is JK 58 31 72 C\nAgent: Thanks Mr Thistlewood. I can see the new employer, PAYE reference 475/BH28113. I'll update your code to 1257L today.",
    pii: [
      ['UK_NINO', 'JK 58 31 72 C'],
      ['PERSON', 'Thistlewood'],
    ],
  },
  {
    text: "Agent: And the long card number please?\nCustomer: it's 5412 7534 9821 0041, expiry oh-eight twenty-seven, and the code on the back is 319\nAgent: Thank you Mrs Nakamura, that's £89.99 taken for the renewal, receipt number 700-22815.",
    pii: [
      ['CREDIT_CARD', '5412 7534 9821 0041'],
      ['CARD_EXPIRY', 'oh-eight twenty-seven'],
      ['CARD_CVV', '319'],
      ['PERSON', 'Nakamura'],
    ],
  },
  {
    text: 'Dear Mrs Okonkwo,\n\nEsme was off today (Thurs) with a temperature, she should be back Monday. Her brother Finlay in Year 4 is fine and in school.\n\nThanks,\nClaire Abernethy\n07563 204 881',
    pii: [
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Esme'],
      ['PERSON', 'Finlay'],
      ['PERSON', 'Claire Abernethy'],
      ['PHONE', '07563 204 881'],
    ],
  },
  {
    text: 'hi my username is kev_the_plumber88 and im locked out after too many attempts. tried Sparkplug!2024 like a million times lol. email on the acct is kevin.muldoon@outlook.ie',
    pii: [
      ['USERNAME', 'kev_the_plumber88'],
      ['PASSWORD', 'Sparkplug!2024'],
      ['EMAIL', 'kevin.muldoon@outlook.ie'],
    ],
  },
  {
    text: "Agent: I can see two W-2s filed under that SSN this year. Could you confirm the full number once more?\nCustomer: 531-62-7784. The second employer is some courier company, I never worked there\nAgent: Understood, Mr Delgado. I'd recommend submitting Form 14039 and we'll place a hold on the return.",
    pii: [
      ['US_SSN', '531-62-7784'],
      ['PERSON', 'Delgado'],
    ],
  },
  {
    text: 'Hi, updating my file for payroll: SIN 527 819 346, new address 1187 rue Saint-Denis, app. 4, Montréal QC H2X 3J6. Merci — Mathieu',
    pii: [
      ['CA_SIN', '527 819 346'],
      ['ADDRESS', '1187 rue Saint-Denis, app. 4, Montréal QC H2X 3J6'],
      ['PERSON', 'Mathieu'],
    ],
  },
  {
    text: "Call me back on 0161 496 0732 pls, it's Bernadette re the boiler quote Q-2291",
    pii: [
      ['PHONE', '0161 496 0732'],
      ['PERSON', 'Bernadette'],
    ],
  },
  {
    text: "Customer: My order #100482736 says delivered but there's no parcel. Tracking 1Z 999 AA1 01 2345 6784\nAgent: I'm so sorry! I've opened a claim with the carrier, it can take 3-5 working days. Your case is CS-77120.",
    pii: [],
  },
  {
    text: 'Welcome Sven & Ingrid! 🏡 Wi-Fi: CasaAzul_5G, password azul-Palmera-77. Keybox code 0619. Check-out is 10am Sunday. Any problem WhatsApp me +351 912 447 038 — Beatriz',
    pii: [
      ['PERSON', 'Sven'],
      ['PERSON', 'Ingrid'],
      ['PASSWORD', 'azul-Palmera-77'],
      ['PASSWORD', '0619'],
      ['PHONE', '+351 912 447 038'],
      ['PERSON', 'Beatriz'],
    ],
  },
];
