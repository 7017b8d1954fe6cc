// English conversations for round 13, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirteenConversationsB: readonly IndependentText[] = [
  {
    text: "sent u ₩85,000 for the 동아리 회비 just now from my Shinhan 110-482-771093, if it shows up as 박서윤 on ur end that's me lol. 선배 plz tick me off the list 🙏",
    pii: [
      ['BANK_ACCOUNT', '110-482-771093'],
      ['PERSON', '박서윤'],
    ],
  },
  {
    text: "Customer: does the Bosch Series 6 dishwasher (SMS6ZCI49E) need a hot-fill hookup?\nAgent: No, it's cold fill only. Standard 3/4 inch connector, and the 1.65m inlet hose is in the box.\nCustomer: ok cheers, that's the one I'll order then",
    pii: [],
  },
  {
    text: 'After-hours triage 02:40. Pt WISNIEWSKI, Tomasz, DOB 14.11.1941, MRN 7730915. Daughter Agnieszka calling - confused since approx 21:00, SpO2 91% on home oximeter, on warfarin, fall yesterday. Advised 999 now, ambulance ref 118-2271 given.',
    pii: [
      ['PERSON', 'WISNIEWSKI, Tomasz'],
      ['DATE_OF_BIRTH', '14.11.1941'],
      ['MEDICAL_RECORD', '7730915'],
      ['PERSON', 'Agnieszka'],
    ],
  },
  {
    text: "Customer: hiya my lad's phone was robbed off him at the bus stop, can ye suspend the line? 087 219 4468\nAgent: Sorry to hear that. Are you the bill payer on the account?\nCustomer: I am yeah, Gráinne Ní Bhriain. The phone's under his name on the app tho, Oisín\nAgent: No bother, I've barred the SIM and the handset for you now.",
    pii: [
      ['PHONE', '087 219 4468'],
      ['PERSON', 'Gráinne Ní Bhriain'],
      ['PERSON', 'Oisín'],
    ],
  },
  {
    text: "Agent: Morning! Before I release the keys I just need the number off your driving licence.\nCustomer: HUGHE801129GT9MK - that's the long one on the front yeah?\nAgent: Perfect, thanks Gethin. Van's in bay 6, bring it back full by 18:00 Sunday.",
    pii: [
      ['DRIVER_LICENSE', 'HUGHE801129GT9MK'],
      ['PERSON', 'Gethin'],
    ],
  },
  {
    text: 'Customer: HR in Munich is asking for my IBAN + BIC for payroll, is this the right one? NL39 RABO 0318 4471 52\nAgent: Yes, that matches your current account, and the BIC is RABONL2U. Salary in euros comes in same day via SEPA.\nCustomer: top, bedankt',
    pii: [['IBAN', 'NL39 RABO 0318 4471 52']],
  },
  {
    text: "엄마 is sending kimchi 택배 tomorrow to 대구광역시 수성구 들안로 58, 106동 803호 — that's still right ya?? reply before 9 Dohyun-ah 😤",
    pii: [
      ['ADDRESS', '대구광역시 수성구 들안로 58, 106동 803호'],
      ['PERSON', 'Dohyun'],
    ],
  },
  {
    text: 'Customer: you only refunded €89.99 for cancelled FR 8263 but I paid €129.98?? was on the Visa ending 0932\nAgent: Thanks for waiting, Siobhán. The other €39.99 was the seat and bag add-ons, those refund separately within 7 working days.',
    pii: [['PERSON', 'Siobhán']],
  },
  {
    text: "Hi, need to report my handset lost. Pixel 8 Pro, left it in an Uber Sat night. IMEI 35 894512 306614 8 (off the box). It's on my line 07412 556093. Police crime ref CAD 4471/14SEP. Can you block it + send a new SIM? ta",
    pii: [
      ['IMEI', '35 894512 306614 8'],
      ['PHONE', '07412 556093'],
    ],
  },
  {
    text: "AGENT: Can I take the policyholder's full name?\nCALLER: Marguerite Delacroix-Hale. That's Delacroix-Hale with a hyphen, D-E-L-A-C-R-O-I-X.\nAGENT: Lovely. And your date of birth?\nCALLER: Twenty-ninth of February, nineteen eighty-eight. Leap year baby.\nAGENT: Thank you. And the claim is for the windscreen, yes?",
    pii: [
      ['PERSON', 'Marguerite Delacroix-Hale'],
      ['PERSON', 'Delacroix-Hale'],
      ['DATE_OF_BIRTH', 'Twenty-ninth of February, nineteen eighty-eight'],
    ],
  },
  {
    text: "Got this text: 'Royal Mail: your parcel RM284117GB could not be delivered. Pay the £1.45 redelivery fee at royalmail-redeliver.info'. I AM waiting on an eBay order tho... real or scam?",
    pii: [],
  },
  {
    text: "Bright Smiles Dental 🦷 Reminder: Maisie's check-up with Dr Okafor is Tue 14 Oct at 3:40pm. Reply C to confirm or R to rebook. Txt STOP to opt out.",
    pii: [
      ['PERSON', 'Maisie'],
      ['PERSON', 'Okafor'],
    ],
  },
  {
    text: 'the 2.7.0-rc3 build crashes on Android 14 when uploading anything over 25MB, 2.6.9 was fine. logged it as #5180',
    pii: [],
  },
  {
    text: 'can a mod nuke my msg above pls 💀 pasted my whole card 5412 7534 9021 6632 exp 09/27 instead of the discount code',
    pii: [
      ['CREDIT_CARD', '5412 7534 9021 6632'],
      ['CARD_EXPIRY', '09/27'],
    ],
  },
  {
    text: "it's my birthday tmrw and nobody's said anything 🙃 11/03/96 for the record, I accept cake and vouchers",
    pii: [['DATE_OF_BIRTH', '11/03/96']],
  },
  {
    text: "Agent: Can I get the BattleTag or the login email on the account?\nCustomer: battletag Korvax#21874. email's thabo.nk97@outlook.com\nAgent: Got it, the authenticator removal request is in, allow 24-48h.",
    pii: [
      ['USERNAME', 'Korvax#21874'],
      ['EMAIL', 'thabo.nk97@outlook.com'],
    ],
  },
  {
    text: "Customer: picked up a 2018 Golf secondhand, VIN WVWZZZAUZJW418237, reg LB18 XKT. How do I see the old MOT history?\nAgent: Just pop the reg into the GOV.UK 'Check MOT history' service, it's free.",
    pii: [
      ['VIN', 'WVWZZZAUZJW418237'],
      ['VEHICLE_PLATE', 'LB18 XKT'],
    ],
  },
  {
    text: 'Hi Olumide,\n\nGood news, Castlegate want you back for a second interview on Thursday at 10. Can you give me a ring on 0117 496 2281 before 5 today so I can brief you?\n\nSpeak soon\nHarriet Pemberton-Lowe\nSenior Consultant, Finance & Accounting',
    pii: [
      ['PERSON', 'Olumide'],
      ['PHONE', '0117 496 2281'],
      ['PERSON', 'Harriet Pemberton-Lowe'],
    ],
  },
  {
    text: 'Hi Mark, re the tax invoice for PO 4500187723: please address it to 대산정밀(주). Our 사업자등록번호 is 214-86-39073 and corporate no. 110111-7734216. Send the PDF to me directly at hyunjoo.baek@daesan-mt.co.kr, not the general inbox. Thanks!',
    pii: [
      ['PERSON', 'Mark'],
      ['BRN', '214-86-39073'],
      ['CRN', '110111-7734216'],
      ['EMAIL', 'hyunjoo.baek@daesan-mt.co.kr'],
    ],
  },
  {
    text: "Agent: Can you read me the MAC address off the sticker under the hub?\nCustomer: MAC 3C:7A:8A:1F:04:B9, model HH6A\nAgent: Thanks. And on the status page, what's the WAN IP showing?\nCustomer: 86.143.27.210",
    pii: [
      ['MAC_ADDRESS', '3C:7A:8A:1F:04:B9'],
      ['IP_ADDRESS', '86.143.27.210'],
    ],
  },
  {
    text: 'Kind regards\n\nThandiwe Mokoena-Dlamini\nSenior Associate | Conveyancing\nRivonia Law Partners, Sandton\nCell: 082 447 3190\nt.mokoenadlamini@rivonialaw.co.za',
    pii: [
      ['PERSON', 'Thandiwe Mokoena-Dlamini'],
      ['PHONE', '082 447 3190'],
      ['EMAIL', 't.mokoenadlamini@rivonialaw.co.za'],
    ],
  },
  {
    text: 'Customer: my LG washer (F4V709WTSE) keeps throwing error UE, is there an update for it?\nAgent: Yes, firmware 2.10.124 went out on 3 Oct. In the ThinQ app go to Settings > Product Update.\nCustomer: ta',
    pii: [],
  },
  {
    text: 'OAS inquiry, caller Réjean Tremblay-Gagnon. SIN 271 394 116 confirmed, born Aug 12 1959. Asked why first payment is $727.67 not the full amount - explained deferral calc. Mailed ISP-3000 per request.',
    pii: [
      ['PERSON', 'Réjean Tremblay-Gagnon'],
      ['CA_SIN', '271 394 116'],
      ['DATE_OF_BIRTH', 'Aug 12 1959'],
    ],
  },
  {
    text: 'Agent: Thanks for holding, Kwabena. Can you read me the SIM number printed on the new card?\nCustomer: 8944 1103 1872 6409 539. Phone is a Galaxy A55, IMEI 352664170892530 if that helps\nAgent: Perfect, I can see the swap stuck at step 2, pushing it again now.',
    pii: [
      ['PERSON', 'Kwabena'],
      ['ICCID', '8944 1103 1872 6409 539'],
      ['IMEI', '352664170892530'],
    ],
  },
  {
    text: "Customer: can you change the delivery address on order 5521907? Send it to Flat 2, 14 Tui Street, Frankton, Hamilton 3204 instead, it's my nana's and she's not well\nAgent: All sorted, same window Friday 4-5pm. No change to the $8.00 delivery fee.",
    pii: [['ADDRESS', 'Flat 2, 14 Tui Street, Frankton, Hamilton 3204']],
  },
];
