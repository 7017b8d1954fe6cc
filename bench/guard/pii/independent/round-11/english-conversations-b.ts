// English conversations for round 11, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundElevenConversationsB: readonly IndependentText[] = [
  {
    text: '관리비 for March came out to 172,800 won so 86,400 each~ send to my 신한 110-482-973015 whenever u can 🙏 - Soo-ah',
    pii: [
      ['BANK_ACCOUNT', '110-482-973015'],
      ['PERSON', 'Soo-ah'],
    ],
  },
  {
    text: 'Customer: will the V15 Detect fit the old wall dock from my V11?\nAgent: Unfortunately not, the V15 uses dock part 971435-01. It is £39.99 on our site.\nCustomer: ugh fine, add it to order #DY-2231870',
    pii: [],
  },
  {
    text: 'Ph triage 06:40: husband calling for Marisol Duarte-Vega (born 22.01.1986), 32/40, reduced fetal movements since 0500. Told to come straight to L&D triage. Hosp no. RX7734102.',
    pii: [
      ['PERSON', 'Marisol Duarte-Vega'],
      ['DATE_OF_BIRTH', '22.01.1986'],
      ['MEDICAL_RECORD', 'RX7734102'],
    ],
  },
  {
    text: "tuesday's netball carpool is off, pls ring 0412 557 903 if ur kid still needs a lift to the courts. ta, Siobhan",
    pii: [
      ['PHONE', '0412 557 903'],
      ['PERSON', 'Siobhan'],
    ],
  },
  {
    text: "Customer: hi my dad Rafael Ortiz is in hospital and can't get to his phone, I need to pause his line +1 915 228 4073 for a few weeks\nAgent: I'm sorry to hear that. Are you an authorised user on the account?\nCustomer: yes I should be on there, Daniela Ortiz",
    pii: [
      ['PERSON', 'Rafael Ortiz'],
      ['PHONE', '+1 915 228 4073'],
      ['PERSON', 'Daniela Ortiz'],
    ],
  },
  {
    text: "Agent: Before we release the Transit I'll need your licence number, please.\nCustomer: it's a UK one, MORGA753116SM9IJ\nAgent: Lovely, thanks Sam. Keys are at desk 2, the van's in bay 14.",
    pii: [
      ['DRIVER_LICENSE', 'MORGA753116SM9IJ'],
      ['PERSON', 'Sam'],
    ],
  },
  {
    text: 'Customer: my old landlord in Lisbon is finally returning the deposit, what does he need from me?\nAgent: Just your IBAN and our BIC. Your IBAN is IE62 BOFI 9058 3812 4471 06 and the BIC is BOFIIE2D.\nCustomer: grand, cheers',
    pii: [['IBAN', 'IE62 BOFI 9058 3812 4471 06']],
  },
  {
    text: "hey is 대구광역시 수성구 동대구로 364, 106동 803호 still right for 엄마's birthday cake delivery?? Haneul said u guys moved 😅",
    pii: [
      ['ADDRESS', '대구광역시 수성구 동대구로 364, 106동 803호'],
      ['PERSON', 'Haneul'],
    ],
  },
  {
    text: "Hi Mrs Adeyemi, it's Gareth from Brookfield Dental, just calling about Thursday's 10:40. If you could give me a bell back on my direct line 0113 244 7196 that'd be great, thanks.",
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Gareth'],
      ['PHONE', '0113 244 7196'],
    ],
  },
  {
    text: 'Customer: why has Ryanair taken €189.98 twice?? card ending 0394, booking ref KX7PQM\nAgent: Hi Declan, I can see the second charge was reversed on 14 May, it can take up to 10 working days to show.',
    pii: [['PERSON', 'Declan']],
  },
  {
    text: 'left my iphone on the 88 bus this morning 😩 IMEI is 352914067382156 and the number was 07831 264 950. crime ref 6029/14MAR. can you bar it pls',
    pii: [
      ['IMEI', '352914067382156'],
      ['PHONE', '07831 264 950'],
    ],
  },
  {
    text: "AGENT: Can I take the policyholder's full name?\nCALLER: Siobhán Ní Bhriain. The surname's two words, Ní Bhriain, N-I with a fada then B-H-R-I-A-I-N.\nAGENT: Thank you. And the date of birth?\nCALLER: Twenty-ninth of February, eighty-eight.",
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Ní Bhriain'],
      ['DATE_OF_BIRTH', 'Twenty-ninth of February, eighty-eight'],
    ],
  },
  {
    text: "Just had a call 'from Amazon' saying a £749 iPhone order was placed on my account and to press 1 to cancel it. I don't even have Prime. That's a scam, right?",
    pii: [],
  },
  {
    text: "Brightwater Dental: Hi Leona, a reminder that Mateo's check-up with Dr Lindgren is on Tue 11 Mar at 3:30pm. Reply Y to confirm or STOP to opt out.",
    pii: [
      ['PERSON', 'Leona'],
      ['PERSON', 'Mateo'],
      ['PERSON', 'Lindgren'],
    ],
  },
  {
    text: 'since updating to iOS 17.4.1 (build 21E236) the banking app crashes on launch, reinstalled twice. anyone else?',
    pii: [],
  },
  {
    text: 'ugh mods can u delete my msg from 10:42, pasted my whole card 5412 7534 1988 2043 exp 08/27 instead of the promo code SPRING25 🙃',
    pii: [
      ['CREDIT_CARD', '5412 7534 1988 2043'],
      ['CARD_EXPIRY', '08/27'],
    ],
  },
  {
    text: 'Customer: My parcel got sent back to the depot, tracking 6892 4417 0235. The correct address is 인천광역시 연수구 송도과학로 16, 301동 1504호\nAgent: 확인했습니다, redelivery is booked for tomorrow 9-13시.',
    pii: [['ADDRESS', '인천광역시 연수구 송도과학로 16, 301동 1504호']],
  },
  {
    text: 'Customer: cant log into roblox, username is xXNightOwl_07Xx\nAgent: Do you still have access to the email on the account?\nCustomer: yeah its mia.fernandes2011@gmail.com, my mum set it up',
    pii: [
      ['USERNAME', 'xXNightOwl_07Xx'],
      ['EMAIL', 'mia.fernandes2011@gmail.com'],
    ],
  },
  {
    text: 'Customer: My Model 3 got towed from Southbank overnight, rego 2KT 5RW, VIN LRW3E7EK2PC862417. Where do I pick it up?\nAgent: Try the city impound yard on Dudley St, bring photo ID and the $424.50 release fee.',
    pii: [
      ['VEHICLE_PLATE', '2KT 5RW'],
      ['VIN', 'LRW3E7EK2PC862417'],
    ],
  },
  {
    text: 'Hi Tobias,\n\nGood news, the vendor has accepted £312,500 subject to survey. Could you ring me on 07923 415 806 before 5 so we can talk through exchange dates?\n\nKind regards\nMaddie Ashworth\nHartley & Crane Estate Agents',
    pii: [
      ['PERSON', 'Tobias'],
      ['PHONE', '07923 415 806'],
      ['PERSON', 'Maddie Ashworth'],
    ],
  },
  {
    text: 'Sure! Our 사업자등록번호 (BRN) is 314-81-57624 and corporate no. is 160111-0248735, head office in Daejeon. Please issue the 세금계산서 and send a copy to minji.kwak@hangyeol-med.co.kr, PO ref HG-2025-0318.',
    pii: [
      ['BRN', '314-81-57624'],
      ['CRN', '160111-0248735'],
      ['EMAIL', 'minji.kwak@hangyeol-med.co.kr'],
    ],
  },
  {
    text: 'Agent: Could you open Terminal and type ifconfig en0 for me?\nCustomer: ok it says inet 10.0.0.23 netmask 0xffffff00, and ether 3c:22:fb:91:0e:d4, status active',
    pii: [
      ['IP_ADDRESS', '10.0.0.23'],
      ['MAC_ADDRESS', '3c:22:fb:91:0e:d4'],
    ],
  },
  {
    text: 'Ngā mihi,\nAroha Te Whata-Ngata\nSenior Claims Adviser | Tui Mutual Insurance\nDDI +64 4 831 2297 | M 021 448 9063\naroha.tewhata@tuimutual.co.nz',
    pii: [
      ['PERSON', 'Aroha Te Whata-Ngata'],
      ['PHONE', '+64 4 831 2297'],
      ['PHONE', '021 448 9063'],
      ['EMAIL', 'aroha.tewhata@tuimutual.co.nz'],
    ],
  },
  {
    text: "Customer: fan on my gram 16 won't stop spinning since the 최신 BIOS update\nAgent: Please install BIOS A1ZG0380 X64 from the support site, it fixes the fan curve on 16Z90S models.",
    pii: [],
  },
  {
    text: 'Customer: hiya, moved my number onto the new Pixel but no signal at all. ICCID on the card is 8944 1123 0751 9384 0620, IMEI 354189726044327\nAgent: Cheers Fergus, looks like the swap got stuck at our end, resubmitting it now.',
    pii: [
      ['ICCID', '8944 1123 0751 9384 0620'],
      ['IMEI', '354189726044327'],
      ['PERSON', 'Fergus'],
    ],
  },
];
