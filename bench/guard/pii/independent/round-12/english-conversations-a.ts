// English conversations for round 12, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwelveConversationsA: readonly IndependentText[] = [
  {
    text: "new num 📱 0429-771-063 (Ruairi) — the old one's with my ex lol, don't text it",
    pii: [
      ['PHONE', '0429-771-063'],
      ['PERSON', 'Ruairi'],
    ],
  },
  {
    text: "yeah morning, um, the name's Desmond Achterberg, A-C-H-T-E-R-B-E-R-G, I've got the renewal letter here for the car insurance, policy ending two nine nine one, and it's gone from four eighty to seven hundred and ten, and I haven't claimed in like six years",
    pii: [['PERSON', 'Desmond Achterberg']],
  },
  {
    text: "[10:42] Customer: こんにちは, the matcha starter set came but no bamboo scoop inside 😕\n[10:44] Agent: So sorry about that! Is this order JP-0925-33817, shipped on 19 Sept?\n[10:44] Customer: yes that one\n[10:46] Agent: I've sent the chashaku separately, tracking 9400 1118 9922 3074 5561 02. Arrives in 3-5 days.",
    pii: [],
  },
  {
    text: "Customer: two charges from AMZN Mktp US*2K4LR09 for £39.99 each, I only ordered once. the card's 3759 826410 37193\nAgent: Thanks Ms Okonkwo-Hale. I've disputed the duplicate and you'll see a temporary credit within 2 working days. Your case number is CB-2025-118403.\nCustomer: cheers",
    pii: [
      ['CREDIT_CARD', '3759 826410 37193'],
      ['PERSON', 'Okonkwo-Hale'],
    ],
  },
  {
    text: "Agent: I'm sorry to hear the phone was stolen. Which number is on that handset?\nCustomer: 07825 603119\nAgent: And for security, your 4-digit account PIN?\nCustomer: 3061\nAgent: Thanks. If you still have the box, the IMEI is on the sticker on the side.\nCustomer: 35-420711-893027-3, hope thats right\nAgent: That matches. I've barred the handset and the SIM, replacement SIM ships today, order SO-88213.",
    pii: [
      ['PHONE', '07825 603119'],
      ['PASSWORD', '3061'],
      ['IMEI', '35-420711-893027-3'],
    ],
  },
  {
    text: "Ph call from mother (Leilani Kahale) re: son Keoni Kahale, UR 3310847, 4yo, temp 38.9 since last night, drinking ok, 3 wet nappies today. Advised paracetamol 15mg/kg 6hrly, fluids. Mum's mob 0417 552 308. D/w Dr Anand Srinivasan, to present to ED if rash or drowsy.",
    pii: [
      ['PERSON', 'Leilani Kahale'],
      ['PERSON', 'Keoni Kahale'],
      ['MEDICAL_RECORD', '3310847'],
      ['PHONE', '0417 552 308'],
      ['PERSON', 'Anand Srinivasan'],
    ],
  },
  {
    text: "Bosch Serie 6 dishwasher throwing E24 ever since the Home Connect update to 3.2.1. Cleaned the filter twice, drain hose isn't kinked. Repair job BS-44017382 booked 9 days ago and still no engineer in Leeds. Anyone had this?",
    pii: [],
  },
  {
    text: "Customer: hi, booking HK9WRT, EK 0241 YYZ-DXB on 3 Sept. I renewed my passport, the old number is on the booking\nAgent: Sure, I can update that. New passport number, nationality and expiry please?\nCustomer: canadian, GK608214, expires 11 Jun 2034\nAgent: Thank you, GK608214 is now saved on the reservation. You're all set.",
    pii: [
      ['PASSPORT', 'GK608214'],
      ['PASSPORT', 'GK608214'],
    ],
  },
  {
    text: "Agent: Thanks for holding, Mereana. What's the address for the new connection?\nCustomer: 3/47 Aro Street, Aro Valley, Wellington 6021. we get the keys on the 12th\nAgent: Sweet as, fibre's already at the property so it's just the ONT. Tech booked 12 July, 8am-12pm, job no. FW-302177.",
    pii: [
      ['PERSON', 'Mereana'],
      ['ADDRESS', '3/47 Aro Street, Aro Valley, Wellington 6021'],
    ],
  },
  {
    text: 'Hello, this is Tanaka Yuki (田中 由紀). I move house last week so please send the order 4410-22 to new place. Tel 090-4417-2638. New address is 〒156-0052 東京都世田谷区経堂3丁目8-14 グリーンハイツ201号. よろしくお願いします',
    pii: [
      ['PERSON', 'Tanaka Yuki'],
      ['PERSON', '田中 由紀'],
      ['PHONE', '090-4417-2638'],
      ['ADDRESS', '〒156-0052 東京都世田谷区経堂3丁目8-14 グリーンハイツ201号'],
    ],
  },
  {
    text: "Customer: app says verify with last 4 of SSN, do I use mine or my son's for his custodial account?\nAgent: Yours as the custodian, please. Only the last four.\nCustomer: ok 8302\nAgent: Thank you, you're verified. The $250 deposit will post on the next business day.",
    pii: [],
  },
  {
    text: 'Lakeshore Kia: Good news Mr Delacroix-Baptiste, parts for safety campaign SC227 have arrived for your 2019 Sorento, VIN 5XYP34HCXKG512390. Approx 2 hrs, no charge. Reply with a day that suits or book at kia.ca/service. Txt STOP to opt out',
    pii: [
      ['PERSON', 'Delacroix-Baptiste'],
      ['VIN', '5XYP34HCXKG512390'],
    ],
  },
  {
    text: 'Customer: im picking up a car in Orlando w/ my Texas DL, is that fine?\nAgent: Yes! Please confirm the DL number and your full name exactly as printed.\nCustomer: 38291047, and it says ALVAREZ RODRIGUEZ, MARISOL\nAgent: Perfect, added to confirmation MCO-77120. Counter opens 6:00am.',
    pii: [
      ['DRIVER_LICENSE', '38291047'],
      ['PERSON', 'ALVAREZ RODRIGUEZ, MARISOL'],
    ],
  },
  {
    text: "Front desk msg 14:20 - Mrs Tran Thi Bich Ngoc called, needs refill of levothyroxine 75mcg, 90 day supply to Shoppers on Bloor. Health card 5584-221-930-XP. Pls route to Dr. Gurpreet Sandhu, pt says she's out Fri.",
    pii: [
      ['PERSON', 'Tran Thi Bich Ngoc'],
      ['HEALTH_INSURANCE', '5584-221-930-XP'],
      ['PERSON', 'Gurpreet Sandhu'],
    ],
  },
  {
    text: "Hi all (Femke, you've already paid, ignore this!),\n\nFor the hen weekend in Porto (€240 pp, due by 15 May) please transfer to:\nNL07 INGB 0006 8423 71\nt.n.v. M. de Vries-Oosterhout\nDescription: your name + PORTO\n\nXx Maaike",
    pii: [
      ['PERSON', 'Femke'],
      ['IBAN', 'NL07 INGB 0006 8423 71'],
      ['PERSON', 'M. de Vries-Oosterhout'],
      ['PERSON', 'Maaike'],
    ],
  },
  {
    text: 'Why does this return 403?? Sender address is verified and everything\n\n```\nr = requests.post("https://api.sendgrid.com/v3/mail/send",\n    headers={"Authorization": "Bearer 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"},\n    json=payload)\n```\n\nrequests 2.31.0, python 3.11',
    pii: [['SECRET', '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']],
  },
  {
    text: 'Good evening sir, I paid GH₵ 350 for the Accra-Kumasi VIP bus (ticket VIP-K 20417) through MoMo but the SMS confirmation did not come. Kindly resend to my number 024 771 3358 or kwabena.asante88@gmail.com. God bless you.',
    pii: [
      ['PHONE', '024 771 3358'],
      ['EMAIL', 'kwabena.asante88@gmail.com'],
    ],
  },
  {
    text: "Agent: Could I get your full name exactly as on the passport?\nCustomer: ZHANG WEIQIANG. at work everyone calls me David Zhang, and some old bookings are under 张伟强\nAgent: I'll use the passport version. Passport no.?\nCustomer: EJ4827713",
    pii: [
      ['PERSON', 'ZHANG WEIQIANG'],
      ['PERSON', 'David Zhang'],
      ['PERSON', '张伟强'],
      ['PASSPORT', 'EJ4827713'],
    ],
  },
  {
    text: "Quick question before I refile. My wife's ITIN is 943-91-2286 and the return got rejected with R0000-504-02. On the CP565 notice her name is Ramírez Ochoa, Guadalupe but on our joint 1040 I put Guadalupe Ramirez. Is that why?",
    pii: [
      ['US_ITIN', '943-91-2286'],
      ['PERSON', 'Ramírez Ochoa, Guadalupe'],
      ['PERSON', 'Guadalupe Ramirez'],
    ],
  },
  {
    text: "Mum it's Élodie!! phone fell in the lake 🙃 borrowing Théo's till Monday, ring me on +33 6 41 27 88 05",
    pii: [
      ['PERSON', 'Élodie'],
      ['PERSON', 'Théo'],
      ['PHONE', '+33 6 41 27 88 05'],
    ],
  },
  {
    text: "Customer: the remittance app wants my 외국인등록번호, it's 880512-5274013. do I type it with the dash?\nAgent: Please don't send it here! Enter it only on the verification screen in the app, our chat isn't encrypted for ID numbers.",
    pii: [['FRN', '880512-5274013']],
  },
  {
    text: 'Agent: Mrs Oyelaran, I just need the long number printed under the barcode on the SIM card holder.\nCustomer: hang on, need my glasses... 89 61 1043 5520 7718 394\nAgent: Lovely, the data-only plan is active on your tablet now. First bill will be $25 on the 8th.',
    pii: [
      ['PERSON', 'Oyelaran'],
      ['ICCID', '89 61 1043 5520 7718 394'],
    ],
  },
  {
    text: 'omg i think i got scammed. txt said royal mail needs £1.45 redelivery fee and i paid it on royalmail-redeliver-uk.info 😭 put my card details in and everything. do i ring the bank first or what',
    pii: [],
  },
  {
    text: "Agent: Hey, it's Tomasz from FlexiFit support 💪 what can I do for you?\nCustomer: hi tomasz, need to freeze my membership for 2 months, broke my ankle lol. member ID FF-5521093\nAgent: Ouch, get well soon! Can you confirm the postcode on the account?\nCustomer: LS6 3QW",
    pii: [
      ['PERSON', 'Tomasz'],
      ['PERSON', 'tomasz'],
    ],
  },
  {
    text: 'Agent: Your booking at the Marina Bay Residences for 22-25 Nov has been cancelled free of charge. A refund of AED 1,240.00 will go back to your Mastercard ending 7781 (ref RF-0091273) within 7-10 working days. Anything else I can help with today, Rashida?\nCustomer: no thats all, thx 🙏',
    pii: [['PERSON', 'Rashida']],
  },
];
