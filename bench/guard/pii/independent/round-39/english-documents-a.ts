// English documents for round 39, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyNineDocumentsA: readonly IndependentText[] = [
  {
    text:
      'BUCKEYE VALLEY FEDERAL CREDIT UNION\n' +
      '2200 Olentangy River Road, Columbus, OH 43210 | Member Services (614) 555-0100 | NMLS #407712\n' +
      'SECURED INSTALLMENT LOAN AGREEMENT, PROMISSORY NOTE AND SECURITY AGREEMENT\n' +
      'Loan No. 7730-0418-22    Date of Agreement: March 4, 2025    Branch: Hilliard (Br. 06)\n' +
      '\n' +
      '1. PARTIES\n' +
      'Borrower: Denise Marie Kowalczyk\n' +
      '   SSN: 418-62-9057    Date of birth: 11/23/1979\n' +
      '   Residence: 5817 Tamarack Ridge Ct, Hilliard, OH 43026\n' +
      '   Mobile: (614) 829-3317    Email: dkowalczyk79@gmail.com\n' +
      'Co-Borrower: Arturo Benítez Salgado\n' +
      '   ITIN: 912-78-4406    Date of birth: 02/09/1977\n' +
      '   Residence: same as Borrower\n' +
      '   Mobile: (614) 829-5140    Email: arturo.benitez.s@outlook.com\n' +
      'Lender: Buckeye Valley Federal Credit Union ("Credit Union", "we", "us"), federally insured by NCUA.\n' +
      'In this Agreement "you" and "your" mean each Borrower and Co-Borrower who signs it, jointly and severally.\n' +
      '\n' +
      '2. TRUTH IN LENDING DISCLOSURES\n' +
      'Annual Percentage Rate: 8.49%    Finance Charge: $3,312.86    Amount Financed: $18,450.00\n' +
      'Total of Payments: $21,762.86    Term: 60 months    Monthly payment: $362.71\n' +
      'Payments are due on the 15th of each month beginning April 15, 2025. Final payment due March 15, 2030.\n' +
      'Purpose: home improvement (roof replacement; contractor invoice INV-22816, Maumee Roofing LLC, $17,900.00).\n' +
      'Origination fee: none. Late charge: 5% of the unpaid installment or $25.00, whichever is less, after 10 days.\n' +
      '\n' +
      '3. COLLATERAL\n' +
      'You give us a security interest in the following motor vehicle and its proceeds:\n' +
      '   2024 Honda Accord EX-L, color Platinum White, VIN 1HGCV1F30RA028461\n' +
      '   Titled to Denise M. Kowalczyk, Ohio plate JKT 4821, odometer 21,406 miles at inspection.\n' +
      '   NADA clean retail value $27,150.00; loan-to-value 67.9%.\n' +
      'Our lien will be noted on the Ohio certificate of title (Franklin County Clerk of Courts, Title Division).\n' +
      '\n' +
      '4. AUTOMATIC PAYMENT AUTHORIZATION\n' +
      'You authorize us to debit your account below on each due date until the loan is paid in full:\n' +
      '   Institution: Buckeye Valley FCU    Routing no. 244084264\n' +
      '   Account no. 6120 448 907 (Share Draft)    Account holders: Denise M. Kowalczyk; Arturo Benítez Salgado\n' +
      'You may revoke this authorization by calling Member Services at least 3 business days before a due date.\n' +
      'If the autopay is cancelled the APR increases by 0.25 percentage points (to 8.74%).\n' +
      '\n' +
      '5. PROMISE TO PAY AND PREPAYMENT\n' +
      'You promise to pay the Amount Financed plus interest at the rate disclosed above. You may prepay all or part\n' +
      'of the balance at any time without penalty. Partial prepayments do not change the due dates.\n' +
      '\n' +
      '6. DEFAULT\n' +
      'You will be in default if (a) a payment is more than 30 days late, (b) the collateral is lost, sold or\n' +
      'uninsured, or (c) any statement in your application was false. On default we may accelerate the balance and\n' +
      'repossess the collateral in accordance with Ohio Rev. Code 1317.12 and 1309.609.\n' +
      '\n' +
      '7. INSURANCE\n' +
      'You must keep the collateral insured against physical damage with a deductible no greater than $1,000.\n' +
      'Current insurer: Erie Insurance, auto policy Q05-8814420, agent office (614) 555-0187.\n' +
      'Loss payee: Buckeye Valley Federal Credit Union, PO Box 1877, Columbus, OH 43216.\n' +
      '\n' +
      '8. NOTICES\n' +
      'Notices to you will be sent to the residence address in Section 1. Notices to us go to the PO Box above or to\n' +
      'loanservicing@bvfcu.org. Ms. Kowalczyk has elected to receive e-statements at the email address in Section 1;\n' +
      'Mr. Benítez has elected paper statements.\n' +
      '\n' +
      '9. UNDERWRITING NOTES (internal, not part of the contract)\n' +
      "Debt-to-income 31.4% combined. Kowalczyk: employed Nationwide Children's Hospital, 11 yrs, income verified by W-2.\n" +
      'Benítez: self-employed landscaper, income verified with 2023 and 2024 returns filed under the ITIN above.\n' +
      'Prior loan 7730-0102-19 (auto) paid as agreed, closed 10/2022. No bankruptcies, no collections.\n' +
      'Alternate contact supplied by Borrower: sister Joanna Kowalczyk-Reyes, (330) 417-2268.\n' +
      '\n' +
      '10. SIGNATURES\n' +
      'Borrower: /s/ Denise M. Kowalczyk        Date: 03/04/2025\n' +
      'Co-Borrower: /s/ Arturo Benítez Salgado     Date: 03/04/2025\n' +
      'Loan Officer: Tremaine Oduya, NMLS #1988204, Employee ID 4471\n' +
      'Witness: Kelsey Brandt, Member Service Representative\n' +
      'State of Ohio, County of Franklin. Acknowledged before me on March 4, 2025 by the persons named above.\n' +
      'Notary Public: Rosalind Hebert    My commission expires 08/19/2028    Commission No. 2018-RE-441920',
    pii: [
      ['PERSON', 'Denise Marie Kowalczyk'],
      ['US_SSN', '418-62-9057'],
      ['DATE_OF_BIRTH', '11/23/1979'],
      ['ADDRESS', '5817 Tamarack Ridge Ct, Hilliard, OH 43026'],
      ['PHONE', '(614) 829-3317'],
      ['EMAIL', 'dkowalczyk79@gmail.com'],
      ['PERSON', 'Arturo Benítez Salgado'],
      ['US_ITIN', '912-78-4406'],
      ['DATE_OF_BIRTH', '02/09/1977'],
      ['PHONE', '(614) 829-5140'],
      ['EMAIL', 'arturo.benitez.s@outlook.com'],
      ['VIN', '1HGCV1F30RA028461'],
      ['PERSON', 'Denise M. Kowalczyk'],
      ['VEHICLE_PLATE', 'JKT 4821'],
      ['BANK_ACCOUNT', '6120 448 907'],
      ['PERSON', 'Denise M. Kowalczyk'],
      ['PERSON', 'Arturo Benítez Salgado'],
      ['PERSON', 'Kowalczyk'],
      ['PERSON', 'Benítez'],
      ['PERSON', 'Kowalczyk'],
      ['PERSON', 'Benítez'],
      ['PERSON', 'Joanna Kowalczyk-Reyes'],
      ['PHONE', '(330) 417-2268'],
      ['PERSON', 'Denise M. Kowalczyk'],
      ['PERSON', 'Arturo Benítez Salgado'],
      ['PERSON', 'Tremaine Oduya'],
      ['PERSON', 'Kelsey Brandt'],
      ['PERSON', 'Rosalind Hebert'],
    ],
  },
  {
    text:
      'HARCOURT & VANE PRIVATE BANK — CLIENT DUE DILIGENCE FILE (ENHANCED)\n' +
      'Relationship ref: HV-PB-0093341    Risk rating: Medium-High    Review type: Onboarding\n' +
      'Prepared by: Oliver Strachan (KYC Analyst, staff no. 20417)    Reviewed by: Nadia Farouk (MLRO delegate)\n' +
      'Date opened: 12 February 2025    Last updated: 3 March 2025\n' +
      '\n' +
      'SECTION A — PRINCIPAL CLIENT\n' +
      'Full name: Harriet Imogen Penhaligon\n' +
      'Former names: Harriet Imogen Trewin (until marriage, 1998)\n' +
      'Date of birth: 14 July 1971    Place of birth: Truro, Cornwall    Nationality: British\n' +
      'Passport: 534918276 (HMPO, issued 02/06/2021, expires 02/06/2031) — original sighted, certified copy on file\n' +
      'Driving licence: PENHA757141HJ9TR (DVLA) — used as secondary ID\n' +
      'National Insurance number: JT 48 61 27 C\n' +
      'Residential address: Flat 5, 22 Cadogan Gardens, London SW3 2RS (since March 2019)\n' +
      'Previous address: Polwithen House, Bar Road, Falmouth TR11 4BN (2004–2019)\n' +
      'Mobile: +44 7911 384 602    Personal email: harriet.penhaligon@icloud.com\n' +
      'Occupation: non-executive director; former owner of a boat-building business in Cornwall (sold 2018)\n' +
      '\n' +
      'SECTION B — CONNECTED PARTIES\n' +
      'Spouse: Julian Marcus Penhaligon, DOB 30 October 1968, retired orthopaedic surgeon. Not a client.\n' +
      'Adult son: Felix Penhaligon — to be added as a lasting power of attorney attorney; separate KYC required.\n' +
      'Introducer: Rupert Ashdown-Lyle, Ashdown Wealth LLP (FCA FRN 611882), rupert@ashdownwealth.co.uk.\n' +
      'Introducer fee: 0.35% of assets placed, disclosed to client in letter dated 10 February 2025.\n' +
      '\n' +
      'SECTION C — SOURCE OF WEALTH / SOURCE OF FUNDS\n' +
      'Source of wealth: sale of 100% shareholding in Carrick Roads Marine Ltd (Companies House 03318842) in\n' +
      'June 2018 for £6.2m, corroborated by completion statement from Stephens Scown LLP and HMRC CGT computation.\n' +
      'Subsequent income: NED fees c. £85k p.a.; rental income from two let properties in Cornwall.\n' +
      "Source of funds for initial deposit (£1.75m): transfer from client's current account at NatWest,\n" +
      'IBAN GB73NWBK60161355981833 (sort code 60-16-13, account 55981833), statements for 24 months sighted.\n' +
      'Expected activity: 4–6 outbound payments p.a., mainly to school fees trust and UK property maintenance.\n' +
      '\n' +
      'SECTION D — SCREENING\n' +
      'World-Check: no PEP or sanctions match for Harriet Penhaligon. One false positive (different DOB,\n' +
      'Jersey resident) discounted by O. Strachan on 13/02/2025.\n' +
      'Adverse media: article (Western Morning News, 2016) on a planning dispute involving the boatyard; civil only,\n' +
      'resolved 2017. Not relevant to financial crime risk.\n' +
      'Julian Penhaligon: no match. Introducer firm: no match.\n' +
      '\n' +
      'SECTION E — DIGITAL ONBOARDING TRAIL\n' +
      'Application submitted via client portal on 12/02/2025 at 19:42 GMT from IP 86.142.77.203 (BT, London).\n' +
      'Document upload on 14/02/2025 from IP 86.142.77.203; liveness check passed (score 0.97).\n' +
      'Portal username: hpenhaligon71. Second factor registered to the mobile in Section A.\n' +
      '\n' +
      'SECTION F — ANALYST ASSESSMENT\n' +
      'Risk drivers: high net worth, introduced business, property holdings. Mitigants: clear and documented source of\n' +
      'wealth, long UK residence, no PEP exposure. Recommendation: accept at Medium-High with annual review.\n' +
      'Next review due: 3 March 2026. EDD checklist v4.2 complete (27/27 items).\n' +
      '\n' +
      'SECTION G — APPROVAL\n' +
      'Approved: Nadia Farouk, 03/03/2025. Relationship manager assigned: Sebastian Quirke (desk 4, ext. 2281).\n' +
      'Client notified by letter to residential address and by email. Welcome pack posted 04/03/2025.\n' +
      'Note from RM: Mrs Penhaligon prefers contact after 10:00; do not leave voicemail with Julian.\n' +
      'Harcourt & Vane Private Bank Ltd, 9 Old Burlington Street, London W1S 3AF. Authorised by the PRA.',
    pii: [
      ['PERSON', 'Oliver Strachan'],
      ['PERSON', 'Nadia Farouk'],
      ['PERSON', 'Harriet Imogen Penhaligon'],
      ['PERSON', 'Harriet Imogen Trewin'],
      ['DATE_OF_BIRTH', '14 July 1971'],
      ['PASSPORT', '534918276'],
      ['DRIVER_LICENSE', 'PENHA757141HJ9TR'],
      ['UK_NINO', 'JT 48 61 27 C'],
      ['ADDRESS', 'Flat 5, 22 Cadogan Gardens, London SW3 2RS'],
      ['ADDRESS', 'Polwithen House, Bar Road, Falmouth TR11 4BN'],
      ['PHONE', '+44 7911 384 602'],
      ['EMAIL', 'harriet.penhaligon@icloud.com'],
      ['PERSON', 'Julian Marcus Penhaligon'],
      ['DATE_OF_BIRTH', '30 October 1968'],
      ['PERSON', 'Felix Penhaligon'],
      ['PERSON', 'Rupert Ashdown-Lyle'],
      ['EMAIL', 'rupert@ashdownwealth.co.uk'],
      ['IBAN', 'GB73NWBK60161355981833'],
      ['BANK_ACCOUNT', '55981833'],
      ['PERSON', 'Harriet Penhaligon'],
      ['PERSON', 'O. Strachan'],
      ['PERSON', 'Julian Penhaligon'],
      ['IP_ADDRESS', '86.142.77.203'],
      ['IP_ADDRESS', '86.142.77.203'],
      ['USERNAME', 'hpenhaligon71'],
      ['PERSON', 'Nadia Farouk'],
      ['PERSON', 'Sebastian Quirke'],
      ['PERSON', 'Penhaligon'],
      ['PERSON', 'Julian'],
    ],
  },
  {
    text:
      "ST COLMCILLE'S UNIVERSITY HOSPITAL — DEPARTMENT OF CARDIOLOGY\n" +
      'Loughlinstown Road, Dublin 18, D18 X2K4 | Switch (01) 555 7700 | cardiology.secretary@stcolmcilles.ie\n' +
      'DISCHARGE SUMMARY\n' +
      '\n' +
      'Patient: Eileen Bernadette Cusack    MRN: 00837291    DOB: 19/05/1948\n' +
      'Address: 14 Ashgrove Lawn, Celbridge, Co. Kildare, W23 K8P6\n' +
      'Phone: 01 627 4418    Health insurance: Laya Healthcare, membership no. 31884702\n' +
      'GP: Dr Fiachra Doherty, Celbridge Family Practice, Main Street, Celbridge (fax 01 555 3391)\n' +
      'Next of kin: Ruairí Cusack (son), mobile 087 631 4429\n' +
      '\n' +
      "Admitted: 02/03/2025 via Emergency Department    Discharged: 09/03/2025    Ward: St Brendan's (Cardiology)\n" +
      'Consultant: Prof. Aisling Brennan    Discharging doctor: Dr Tomás Geraghty, SHO\n' +
      '\n' +
      'DIAGNOSES\n' +
      '1. Non-ST-elevation myocardial infarction (ICD-10 I21.4)\n' +
      '2. Single-vessel coronary artery disease — 90% proximal LAD stenosis\n' +
      '3. Type 2 diabetes mellitus (E11.9), HbA1c 61 mmol/mol\n' +
      '4. Chronic kidney disease stage 3a (N18.31), baseline creatinine 112 µmol/L\n' +
      '\n' +
      'PROCEDURES\n' +
      '03/03/2025 Coronary angiography via right radial artery\n' +
      '04/03/2025 PCI to proximal LAD, one drug-eluting stent (3.0 x 18 mm). Operator: Prof. Brennan.\n' +
      '\n' +
      'HISTORY OF PRESENTING COMPLAINT\n' +
      'Mrs Cusack is a 76-year-old retired primary school teacher who presented with 40 minutes of central chest\n' +
      'tightness radiating to the left arm while gardening. She was brought in by her son Ruairí. Initial ECG showed\n' +
      'ST depression in V4–V6. High-sensitivity troponin T 58 ng/L rising to 412 ng/L at 3 hours.\n' +
      '\n' +
      'HOSPITAL COURSE\n' +
      'She was loaded with aspirin 300 mg and ticagrelor 180 mg and commenced on fondaparinux 2.5 mg SC daily.\n' +
      'Angiography on day 2 confirmed a culprit proximal LAD lesion, treated with PCI on day 3 without complication.\n' +
      'Echocardiogram (05/03): LVEF 48%, mild anterior hypokinesis, no significant valve disease.\n' +
      'Post-procedure creatinine peaked at 139 µmol/L (contrast-associated), returning to 118 µmol/L on discharge.\n' +
      'Diabetes team reviewed (Clodagh Finnerty, CNS): metformin continued, gliclazide stopped, empagliflozin 10 mg\n' +
      'started for cardiorenal benefit. Cardiac rehabilitation nurse Declan Mooney met patient and family on 08/03.\n' +
      '\n' +
      'MEDICATIONS ON DISCHARGE\n' +
      'Aspirin 75 mg once daily (lifelong)\n' +
      'Ticagrelor 90 mg twice daily for 12 months, until 04/03/2026 — do not stop without cardiology advice\n' +
      'Atorvastatin 80 mg at night\n' +
      'Bisoprolol 2.5 mg once daily\n' +
      'Ramipril 2.5 mg once daily (increase to 5 mg if BP and renal function allow)\n' +
      'Empagliflozin 10 mg once daily (NEW)\n' +
      'Metformin 500 mg twice daily (unchanged)\n' +
      'Lansoprazole 30 mg once daily while on dual antiplatelet therapy\n' +
      'STOPPED: Gliclazide 80 mg (hypoglycaemia risk)\n' +
      '\n' +
      'DISCHARGE OBSERVATIONS\n' +
      'BP 128/74, HR 62, SpO2 97% on air. Radial site clean. Mobilising independently.\n' +
      '\n' +
      'FOLLOW-UP AND ACTIONS FOR GP\n' +
      '- U&E in 1–2 weeks after ramipril and empagliflozin start; please titrate ramipril.\n' +
      '- Lipid profile in 6 weeks, target LDL < 1.4 mmol/L.\n' +
      '- Cardiac rehabilitation phase III: letter sent, programme starts 31/03/2025 at the hospital gym.\n' +
      '- Cardiology OPD with Prof. Brennan in 8 weeks; appointment will be posted to the address above.\n' +
      '- Patient advised no driving for 1 week (RSA guidance after PCI for ACS with good result).\n' +
      '\n' +
      "Copy to: Dr Fiachra Doherty (GP); patient; Ruairí Cusack at patient's request.\n" +
      'Signed: Dr Tomás Geraghty, SHO to Prof. Aisling Brennan, MCRN 421877, 09/03/2025 15:20',
    pii: [
      ['PERSON', 'Eileen Bernadette Cusack'],
      ['MEDICAL_RECORD', '00837291'],
      ['DATE_OF_BIRTH', '19/05/1948'],
      ['ADDRESS', '14 Ashgrove Lawn, Celbridge, Co. Kildare, W23 K8P6'],
      ['PHONE', '01 627 4418'],
      ['HEALTH_INSURANCE', '31884702'],
      ['PERSON', 'Fiachra Doherty'],
      ['PERSON', 'Ruairí Cusack'],
      ['PHONE', '087 631 4429'],
      ['PERSON', 'Aisling Brennan'],
      ['PERSON', 'Tomás Geraghty'],
      ['PERSON', 'Brennan'],
      ['PERSON', 'Cusack'],
      ['PERSON', 'Ruairí'],
      ['PERSON', 'Clodagh Finnerty'],
      ['PERSON', 'Declan Mooney'],
      ['PERSON', 'Brennan'],
      ['PERSON', 'Fiachra Doherty'],
      ['PERSON', 'Ruairí Cusack'],
      ['PERSON', 'Tomás Geraghty'],
      ['PERSON', 'Aisling Brennan'],
    ],
  },
  {
    text:
      'RIDEAU VALLEY FAMILY HEALTH TEAM\n' +
      '1860 Bank Street, Suite 210, Ottawa, ON K1V 7Z8 | Tel 613-555-0148 | Fax 613-555-0149\n' +
      '\n' +
      'April 7, 2025\n' +
      '\n' +
      'Dr. Anjali Raghunathan, MD FRCPC\n' +
      'Rheumatology Clinic, The Ottawa Hospital — Riverside Campus\n' +
      '1967 Riverside Drive, Ottawa, ON K1H 7W9\n' +
      'Fax: 613-555-0196\n' +
      '\n' +
      'RE: Mei-Ling Fortier    DOB: 1986-08-03    OHIP: 6173-452-918-KL\n' +
      'Address: 47 Sumac Crescent, Nepean, ON K2G 4T6\n' +
      'Home/cell: 613-720-4183    Email (consented for appointment notices): meiling.fortier@rogers.com\n' +
      'Our chart no.: RV-22907    Preferred language: English (French also spoken)\n' +
      '\n' +
      'Dear Dr. Raghunathan,\n' +
      '\n' +
      'Thank you for seeing Ms. Fortier, a 38-year-old graphic designer, for assessment of a suspected inflammatory\n' +
      'arthritis. I would be grateful if she could be seen urgently (within 4 weeks) given the rapid progression.\n' +
      '\n' +
      'History\n' +
      'Since January she has had symmetrical pain and swelling of the MCP and PIP joints of both hands and both wrists,\n' +
      'with morning stiffness lasting about two hours. Over the past month her left knee has also been swollen.\n' +
      'She has had to stop working on a tablet and has taken sick leave since March 24. No rash, no oral ulcers,\n' +
      "no Raynaud's, no dry eyes, no psoriasis. No recent GI or GU infection. No travel.\n" +
      'She had a similar but milder episode postpartum in 2021 after the birth of her daughter, which settled in 6 weeks.\n' +
      '\n' +
      'Past medical history\n' +
      "- Hypothyroidism (Hashimoto's), on levothyroxine 75 mcg daily, TSH 2.1 mIU/L in February\n" +
      '- Iron-deficiency anaemia 2021, resolved\n' +
      '- G2P2, last delivery 2021\n' +
      'No known drug allergies. Non-smoker. Alcohol 1–2 drinks per week.\n' +
      '\n' +
      'Family history\n' +
      'Her mother, Lin Zhou, has rheumatoid arthritis and is treated at the Montfort Hospital. A maternal aunt has lupus.\n' +
      '\n' +
      'Examination (April 3)\n' +
      'Swelling and tenderness of MCP 2–3 bilaterally, PIP 2–4 bilaterally, both wrists and the left knee\n' +
      '(small effusion). Tender joint count 14, swollen joint count 11. No nodules. BP 118/76. BMI 23.\n' +
      '\n' +
      'Investigations\n' +
      'CRP 38 mg/L, ESR 46 mm/h. RF positive (88 IU/mL). Anti-CCP strongly positive (>340 U/mL).\n' +
      'ANA weakly positive 1:80, speckled. CBC: Hb 114 g/L, WBC 7.9, platelets 412. Creatinine 61 µmol/L, ALT 19.\n' +
      'Hand X-rays (Mar 28, report attached): periarticular osteopenia, no erosions.\n' +
      'Hepatitis B and C serology negative; QuantiFERON pending.\n' +
      '\n' +
      'Current management\n' +
      'Naproxen 500 mg twice daily with pantoprazole 40 mg daily, partial relief. I started prednisone 15 mg daily\n' +
      'on April 3 as a bridge after discussing with your on-call colleague, Dr. Oyelaran, by phone.\n' +
      'I have not started a DMARD and would defer this to you. She is not planning a pregnancy at present.\n' +
      '\n' +
      'Social\n' +
      'Lives with her husband, Étienne Fortier, and two children. Her husband can be reached at 613-720-9907 if she\n' +
      'is unavailable. She drives and has private extended health coverage through his employer.\n' +
      '\n' +
      'Please send your consultation note to me by fax or through the Ocean eReferral platform.\n' +
      '\n' +
      'Sincerely,\n' +
      '\n' +
      'Dr. Keira MacPherson, MD CCFP\n' +
      'Family Physician, Rideau Valley Family Health Team    CPSO #118247    OHIP billing no. 028814\n' +
      'cc: Mei-Ling Fortier (patient portal)',
    pii: [
      ['PERSON', 'Anjali Raghunathan'],
      ['PERSON', 'Mei-Ling Fortier'],
      ['DATE_OF_BIRTH', '1986-08-03'],
      ['HEALTH_INSURANCE', '6173-452-918-KL'],
      ['ADDRESS', '47 Sumac Crescent, Nepean, ON K2G 4T6'],
      ['PHONE', '613-720-4183'],
      ['EMAIL', 'meiling.fortier@rogers.com'],
      ['MEDICAL_RECORD', 'RV-22907'],
      ['PERSON', 'Raghunathan'],
      ['PERSON', 'Fortier'],
      ['PERSON', 'Lin Zhou'],
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Étienne Fortier'],
      ['PHONE', '613-720-9907'],
      ['PERSON', 'Keira MacPherson'],
      ['PERSON', 'Mei-Ling Fortier'],
    ],
  },
  {
    text:
      'COASTLINE MUTUAL INSURANCE LTD — MOTOR CLAIM FILE\n' +
      'ABN 58 004 117 930 | Claims: 13 22 81 | GPO Box 4410, Sydney NSW 2001 | motorclaims@coastlinemutual.com.au\n' +
      '\n' +
      'Claim no.: CLM-2025-0461183    Policy no.: MOT-88214590 (Comprehensive)    Excess: $800 basic + $400 young driver N/A\n' +
      'Claims consultant: Bianca Teixeira    Assessor: Gavin Rourke    Status: Finalised\n' +
      '\n' +
      '1. FIRST NOTICE OF LOSS (phone, 17/01/2025 09:14, recorded)\n' +
      'Insured: Lachlan James Whitcombe    DOB: 08/11/1990\n' +
      'Address: 12/46 Great Western Highway, Parramatta NSW 2150\n' +
      'Mobile: 0412 608 773    Email: lachie.whitcombe@bigpond.com\n' +
      'Driver licence (NSW): 17293846, unrestricted\n' +
      'Insured vehicle: 2022 Toyota RAV4 Cruiser Hybrid, rego CZB 47K, VIN JTMRWRFV3ND157342\n' +
      'Incident: 16/01/2025 approx. 17:40, intersection of Church St and Victoria Rd, Parramatta.\n' +
      'Caller states he was stationary at a red light when struck from behind by a white Mazda 3.\n' +
      'Police attended (event no. E412881903). Vehicle driveable but boot does not close.\n' +
      '\n' +
      '2. THIRD PARTY\n' +
      'Driver: Priya Ramaswamy, mobile 0433 915 260, licence (VIC) 046118902\n' +
      'Vehicle: 2019 Mazda 3, rego (VIC) 1PM 4RW, insured with Allianz (claim ref 1-7YQ2K4R).\n' +
      'At scene Ms Ramaswamy admitted she "looked down at the GPS". Details exchanged.\n' +
      '\n' +
      '3. WITNESS STATEMENT (taken by phone 20/01/2025 by B. Teixeira)\n' +
      'Witness: Anh Tuan Nguyen, 0401 772 358, pedestrian waiting to cross Victoria Rd.\n' +
      '"I was at the corner near the bus stop. The grey RAV4 was stopped at the red. The white car came up the\n' +
      'inside lane fast and went straight into the back of it. The lady driving got out and said sorry to the man.\n' +
      'He was holding his neck." Statement read back and confirmed by Mr Nguyen.\n' +
      '\n' +
      "4. ASSESSOR'S NOTES (G. Rourke, 21/01/2025)\n" +
      'Inspected at Westside Smash Repairs, 3 Wetherill St, Silverwater. Damage: rear bumper, tailgate, rear\n' +
      'parking sensors, hybrid battery cooling duct (check). Authorised quote $9,486.20 incl. GST.\n' +
      'No pre-existing damage. Hire car authorised 10 days, Category C, at $62/day.\n' +
      'Recovery against third-party insurer recommended — liability clear.\n' +
      '\n' +
      '5. INJURY AND MEDICAL BILLS\n' +
      'Insured attended Westmead Hospital ED on 16/01/2025 (neck pain, diagnosed soft-tissue whiplash, WAD grade II).\n' +
      'CTP claim lodged separately with icare (CTP claim 9034471-B); physiotherapy invoices forwarded there.\n' +
      'Medicare number supplied for gap billing: 2953 71846 1.\n' +
      'Invoices received: Parramatta Sports Physio inv. 10442 ($95.00), inv. 10517 ($95.00), GP consult $85.00.\n' +
      'Note: personal injury is not covered under the motor policy; bills redirected to CTP insurer 27/01/2025.\n' +
      '\n' +
      '6. CONTACT LOG\n' +
      '22/01 Lachlan called asking for an update; advised repair booked 28/01.\n' +
      '29/01 Email from insured: repairer found the tow bar bent; supplementary quote $612.00 approved.\n' +
      '05/02 Repairs complete. Insured collected vehicle, satisfied. Hire car returned 05/02 (12 days, 2 days over approved).\n' +
      '06/02 Excess waived because third party identified and at fault.\n' +
      '\n' +
      '7. SETTLEMENT\n' +
      'Repair cost paid directly to repairer: $10,098.20. Hire car: $744.00 paid to supplier.\n' +
      'Reimbursement to insured for towing ($180.00) by EFT: BSB 062-194, account 1048 7732,\n' +
      'account name L J Whitcombe.\n' +
      'Recovery demand sent to Allianz 07/02/2025 for $11,022.20; recovered in full 03/03/2025.\n' +
      'File reviewed by team leader Mitchell Oduro 04/03/2025 and closed.',
    pii: [
      ['PERSON', 'Bianca Teixeira'],
      ['PERSON', 'Gavin Rourke'],
      ['PERSON', 'Lachlan James Whitcombe'],
      ['DATE_OF_BIRTH', '08/11/1990'],
      ['ADDRESS', '12/46 Great Western Highway, Parramatta NSW 2150'],
      ['PHONE', '0412 608 773'],
      ['EMAIL', 'lachie.whitcombe@bigpond.com'],
      ['DRIVER_LICENSE', '17293846'],
      ['VEHICLE_PLATE', 'CZB 47K'],
      ['VIN', 'JTMRWRFV3ND157342'],
      ['PERSON', 'Priya Ramaswamy'],
      ['PHONE', '0433 915 260'],
      ['DRIVER_LICENSE', '046118902'],
      ['VEHICLE_PLATE', '1PM 4RW'],
      ['PERSON', 'Ramaswamy'],
      ['PERSON', 'B. Teixeira'],
      ['PERSON', 'Anh Tuan Nguyen'],
      ['PHONE', '0401 772 358'],
      ['PERSON', 'Nguyen'],
      ['PERSON', 'G. Rourke'],
      ['HEALTH_INSURANCE', '2953 71846 1'],
      ['PERSON', 'Lachlan'],
      ['BANK_ACCOUNT', '1048 7732'],
      ['PERSON', 'L J Whitcombe'],
      ['PERSON', 'Mitchell Oduro'],
    ],
  },
  {
    text:
      'IN THE HIGH COURT OF JUDICATURE AT BOMBAY\n' +
      'CRIMINAL APPELLATE JURISDICTION\n' +
      'CRIMINAL REVISION APPLICATION NO. 412 OF 2023\n' +
      '\n' +
      'Nitin Ramesh Gaikwad, aged 47 years, Occ.: business,\n' +
      'residing at Flat No. 7, Shree Ganesh CHS, Gokhale Road, Naupada, Thane (W) 400602      ... Applicant\n' +
      '                    Versus\n' +
      '1. Suresh Bhalchandra Patwardhan, aged 63 years, Occ.: retired,\n' +
      '   residing at B-304, Vasant Vihar, Pokhran Road No. 2, Thane (W) 400610\n' +
      '2. The State of Maharashtra                                                                       ... Respondents\n' +
      '\n' +
      'Mr. Aniruddha Joshi with Ms. Tanvi Salvi i/b Lexicon Law Chambers, for the Applicant.\n' +
      'Ms. Farida Lokhandwala, for Respondent No. 1.\n' +
      'Mr. S. R. Gawde, APP, for the State.\n' +
      '\n' +
      'CORAM: REVATI DESHMUKH-KARNIK, J.\n' +
      'RESERVED ON: 18 DECEMBER 2024\n' +
      'PRONOUNCED ON: 21 JANUARY 2025\n' +
      '\n' +
      'JUDGMENT:\n' +
      '1. This Revision Application under Sections 397 read with 401 of the Code of Criminal Procedure, 1973\n' +
      'challenges the judgment dated 14 March 2023 passed by the learned Additional Sessions Judge, Thane, in\n' +
      'Criminal Appeal No. 88 of 2021, confirming the conviction of the Applicant under Section 138 of the\n' +
      'Negotiable Instruments Act, 1881 recorded by the learned Judicial Magistrate First Class, Thane, in\n' +
      'S.S.C.C. No. 2216 of 2017, and the sentence of simple imprisonment for six months and compensation of\n' +
      'Rs. 9,00,000/- under Section 357(3) of the Code.\n' +
      '\n' +
      '2. The case of Respondent No. 1 (the "complainant") is that he advanced a friendly loan of Rs. 6,50,000/- to\n' +
      "the Applicant in August 2016 for the Applicant's catering business. Towards repayment the Applicant issued\n" +
      'cheque No. 004517 dated 30 November 2016 for Rs. 6,50,000/- drawn on Saraswat Co-operative Bank Ltd.,\n' +
      'Naupada branch, from his current account No. 110200104538. The cheque was returned unpaid on\n' +
      '5 December 2016 with the remark "funds insufficient". Statutory notice dated 19 December 2016 was sent by\n' +
      "RPAD to the Applicant's residential address shown in the cause title and was served on 23 December 2016.\n" +
      'No payment was made, and the complaint was filed on 1 February 2017.\n' +
      '\n' +
      '3. Mr. Joshi, learned counsel for the Applicant, raised three contentions: (i) that the cheque was a blank\n' +
      'signed security cheque given in 2014 in connection with a different transaction; (ii) that the complainant,\n' +
      'a retired bank officer with a monthly pension of about Rs. 38,000/-, lacked the financial capacity to\n' +
      'advance Rs. 6,50,000/- in cash; and (iii) that the notice was not served because the Applicant had\n' +
      'shifted to Kalyan by then.\n' +
      '\n' +
      '4. Ms. Lokhandwala, learned counsel for the complainant, supported the concurrent findings. She pointed out\n' +
      'that the complainant produced his passbook (Exh. 41) showing withdrawal of Rs. 5,00,000/- on 11 August 2016\n' +
      'from his fixed deposit, and that the Applicant in his statement under Section 313 admitted his signature.\n' +
      '\n' +
      '5. I have considered the submissions and perused the record and proceedings.\n' +
      '\n' +
      '6. Once the signature on the cheque is admitted, the presumption under Section 139 of the Act arises that\n' +
      'the cheque was issued for the discharge of a debt or liability. The burden then shifts to the accused to\n' +
      'raise a probable defence. The Applicant examined himself (DW-1) and his brother-in-law, Vikas Shinde (DW-2).\n' +
      'DW-2 deposed that the cheque was handed over in 2014 "in his presence", but in cross-examination he could not\n' +
      'state the month or the place. The defence of a security cheque is not supported by any document.\n' +
      '\n' +
      "7. As to financial capacity, the passbook (Exh. 41) and the evidence of the complainant's daughter,\n" +
      'Dr. Meghana Patwardhan (PW-2), who stated that she transferred Rs. 1,50,000/- to her father on 9 August 2016,\n' +
      'sufficiently establish the source of the amount. Both courts below rightly accepted this evidence.\n' +
      '\n' +
      '8. The contention regarding service of notice is equally without merit. The postal acknowledgement (Exh. 29)\n' +
      "bears a signature at the Naupada address. The Applicant's own bank records for the same period show the same\n" +
      'address. Under Section 27 of the General Clauses Act, 1897, service is presumed.\n' +
      '\n' +
      '9. The revisional jurisdiction is limited; this Court does not re-appreciate evidence unless the findings are\n' +
      'perverse. No perversity is shown. However, considering that the Applicant has deposited Rs. 1,30,000/- under\n' +
      'Section 148 of the Act and has no antecedents, the sentence is modified.\n' +
      '\n' +
      '10. ORDER:\n' +
      '(a) The conviction of the Applicant Nitin Ramesh Gaikwad under Section 138 of the N.I. Act is confirmed.\n' +
      '(b) The substantive sentence of six months is reduced to imprisonment till the rising of the Court, subject to\n' +
      '    payment of compensation of Rs. 9,00,000/- to Respondent No. 1 within twelve weeks, after adjusting the amount\n' +
      '    already deposited, which the complainant Patwardhan is permitted to withdraw.\n' +
      '(c) In default, the Applicant shall undergo simple imprisonment for six months.\n' +
      '(d) The Revision Application is partly allowed in the above terms. Rule made absolute accordingly.\n' +
      '\n' +
      '                                                                      (REVATI DESHMUKH-KARNIK, J.)',
    pii: [
      ['PERSON', 'Nitin Ramesh Gaikwad'],
      ['ADDRESS', 'Flat No. 7, Shree Ganesh CHS, Gokhale Road, Naupada, Thane (W) 400602'],
      ['PERSON', 'Suresh Bhalchandra Patwardhan'],
      ['ADDRESS', 'B-304, Vasant Vihar, Pokhran Road No. 2, Thane (W) 400610'],
      ['PERSON', 'Aniruddha Joshi'],
      ['PERSON', 'Tanvi Salvi'],
      ['PERSON', 'Farida Lokhandwala'],
      ['PERSON', 'S. R. Gawde'],
      ['PERSON', 'REVATI DESHMUKH-KARNIK'],
      ['BANK_ACCOUNT', '110200104538'],
      ['PERSON', 'Joshi'],
      ['PERSON', 'Lokhandwala'],
      ['PERSON', 'Vikas Shinde'],
      ['PERSON', 'Meghana Patwardhan'],
      ['PERSON', 'Nitin Ramesh Gaikwad'],
      ['PERSON', 'Patwardhan'],
      ['PERSON', 'REVATI DESHMUKH-KARNIK'],
    ],
  },
  {
    text:
      'LAGOS STATE POLICE COMMAND\n' +
      'ADENIJI ADELE DIVISION / LEKKI AREA — CRIME INCIDENT REPORT\n' +
      'Station Diary Entry: SD/0219/25    Case File No.: LEK/CR/114/2025    Date of report: 08 February 2025, 21:35 hrs\n' +
      'Offence: Robbery (Criminal Law of Lagos State 2015, s. 297) and Obtaining by False Pretence\n' +
      'Recording officer: Sergeant Kehinde Ajibola (AP No. 412877)\n' +
      'Investigating Police Officer (IPO): Inspector Babatunde Lawal, Divisional Crime Branch\n' +
      '\n' +
      'PART 1 — COMPLAINANT\n' +
      'Name: Chiamaka Adaeze Nwosu (Mrs)    Sex: F    Date of birth: 17/06/1991\n' +
      'Occupation: Pharmacist    Address: Plot 14, Block 92, Admiralty Way, Lekki Phase 1, Lagos\n' +
      'Phone (alternate, line of husband): +234 805 317 6642    Email: chiamaka.nwosu@yahoo.com\n' +
      'Husband: Obinna Nwosu\n' +
      '\n' +
      'PART 2 — STATEMENT OF COMPLAINANT (recorded in English, read over and signed)\n' +
      '"Today at about 7.10 pm I parked my car, a grey Toyota Highlander with number plate LND 728 EY,\n' +
      'in front of Mega Chicken on Admiralty Way to pick up an order. As I came back, two young men on a motorcycle\n' +
      'without plate number blocked my door. One of them had a gun. He collected my handbag and my iPhone 14 Pro.\n' +
      'My own line 0803 441 2976 was inside the phone. They rode towards Chevron. Around 8.15 pm my husband\n' +
      'received alerts on my email that two transfers were made from my GTBank account 0428817365 using\n' +
      'the banking app: N850,000 and N420,000, both to an OPay account 8134402279 in the name of\n' +
      'Ifeanyi Chukwuemeka Okoro. I did not authorise them. My app PIN was saved in my phone notes."\n' +
      '\n' +
      'PART 3 — PROPERTY REPORTED STOLEN\n' +
      '1. Apple iPhone 14 Pro, deep purple, 256GB, IMEI 350108588724622, value N1,450,000\n' +
      '2. Louis Vuitton handbag (brown), value N600,000\n' +
      "3. Cash N35,000; Nigerian international passport B50671823; driver's licence ABC28461AA18\n" +
      '4. GTBank Mastercard debit card (blocked by complainant at 20:02 hrs)\n' +
      '\n' +
      'PART 4 — ACTION TAKEN\n' +
      '08/02/25 21:50  Complainant advised to block SIM with MTN and obtain replacement; affidavit of loss to be sworn.\n' +
      '08/02/25 22:10  Letter sent by IPO to GTBank Fraud Desk and OPay Compliance for freezing of beneficiary account.\n' +
      '09/02/25 10:30  OPay confirmed account frozen with N1,105,000 balance. KYC of account holder received:\n' +
      '                Ifeanyi Chukwuemeka Okoro, phone 0906 225 3184, address No. 31 Ogunlana Drive, Surulere, Lagos.\n' +
      '10/02/25 16:00  Security guard at the plaza, Musa Abdullahi, gave statement: saw the motorcycle earlier, rider\n' +
      '                wore a red helmet, other man called the rider "Small".\n' +
      '11/02/25 05:40  Suspect Okoro arrested at the Surulere address by team led by Inspector Lawal with\n' +
      '                Corporal Emmanuel Edet. Recovered: Samsung phone, one locked iPhone (IMEI 350108588724622 matched),\n' +
      '                red helmet. Suspect named his accomplice as Sunday Ojo a.k.a. "Small Papa", now at large.\n' +
      '12/02/25 11:00  Complainant Mrs Nwosu identified her phone at the station. Phone released to her on bond.\n' +
      "13/02/25        Tracking of accomplice's line 0814 770 5592 requested through the Command's technical unit.\n" +
      '\n' +
      'PART 5 — IPO REMARKS\n' +
      'Suspect Okoro made a confessional statement in Pidgin English, witnessed by his uncle Cyprian Okoro.\n' +
      'Case is being prepared for transfer to State CID Panti, Yaba. Duplicate of this report issued to complainant\n' +
      'for bank and insurance purposes on 14/02/2025.\n' +
      '\n' +
      'Signed: Inspector Babatunde Lawal (IPO)        Countersigned: CSP Folake Ogunleye, Divisional Police Officer\n' +
      'Lekki Divisional Police Headquarters, Admiralty Road, Lekki. Emergency lines 112 / 767.',
    pii: [
      ['PERSON', 'Kehinde Ajibola'],
      ['PERSON', 'Babatunde Lawal'],
      ['PERSON', 'Chiamaka Adaeze Nwosu'],
      ['DATE_OF_BIRTH', '17/06/1991'],
      ['ADDRESS', 'Plot 14, Block 92, Admiralty Way, Lekki Phase 1, Lagos'],
      ['PHONE', '+234 805 317 6642'],
      ['EMAIL', 'chiamaka.nwosu@yahoo.com'],
      ['PERSON', 'Obinna Nwosu'],
      ['VEHICLE_PLATE', 'LND 728 EY'],
      ['PHONE', '0803 441 2976'],
      ['BANK_ACCOUNT', '0428817365'],
      ['BANK_ACCOUNT', '8134402279'],
      ['PERSON', 'Ifeanyi Chukwuemeka Okoro'],
      ['IMEI', '350108588724622'],
      ['PASSPORT', 'B50671823'],
      ['DRIVER_LICENSE', 'ABC28461AA18'],
      ['PERSON', 'Ifeanyi Chukwuemeka Okoro'],
      ['PHONE', '0906 225 3184'],
      ['ADDRESS', 'No. 31 Ogunlana Drive, Surulere, Lagos'],
      ['PERSON', 'Musa Abdullahi'],
      ['PERSON', 'Small'],
      ['PERSON', 'Okoro'],
      ['PERSON', 'Lawal'],
      ['PERSON', 'Emmanuel Edet'],
      ['IMEI', '350108588724622'],
      ['PERSON', 'Sunday Ojo'],
      ['PERSON', 'Small Papa'],
      ['PERSON', 'Nwosu'],
      ['PHONE', '0814 770 5592'],
      ['PERSON', 'Okoro'],
      ['PERSON', 'Cyprian Okoro'],
      ['PERSON', 'Babatunde Lawal'],
      ['PERSON', 'Folake Ogunleye'],
    ],
  },
  {
    text:
      'STRICTLY PRIVATE & CONFIDENTIAL\n' +
      'MERIDIAN LOGISTICS PTE. LTD. (UEN 200914477K) — HUMAN RESOURCES\n' +
      'INVESTIGATION REPORT: GRIEVANCE GR-2025-007 (WORKPLACE HARASSMENT)\n' +
      '\n' +
      'Investigator: Audrey Koh Mei Xin, HR Business Partner    Co-investigator: Rajesh Pillai, Legal Counsel\n' +
      'Commissioned by: Daniel Seah, Head of HR    Date of report: 21 March 2025\n' +
      'Distribution: Head of HR, Regional COO Hendrik Maas. Not to be forwarded.\n' +
      '\n' +
      '1. PARTIES\n' +
      'Complainant: Nurul Huda binte Rahmat, Senior Inventory Planner, Tuas warehouse (employee no. E10882)\n' +
      '   Work email nurul.huda@meridianlog.com.sg; mobile +65 9127 4408\n' +
      'Respondent: Kelvin Tan Wei Jie, Warehouse Operations Supervisor (employee no. E07215)\n' +
      '   Work email kelvin.tan@meridianlog.com.sg; personal mobile +65 8266 0193\n' +
      'Witnesses: Priyanka Menon (Planner, E11420); Marcus Lim Jun Hao (Forklift Lead, E09963);\n' +
      '   Siti Aminah (Admin Executive, E12105)\n' +
      '\n' +
      '2. ALLEGATIONS (from written grievance received 24 February 2025)\n' +
      "A1. From November 2024 the Respondent made repeated comments about the Complainant's headscarf and appearance\n" +
      '    during the morning briefing at the Tuas warehouse.\n' +
      'A2. On 14 February 2025 the Respondent sent the Complainant WhatsApp messages from his personal number at\n' +
      '    23:40 and 00:15 asking her to "come for supper" and, when she declined, saying her "KPI will suffer".\n' +
      'A3. The Respondent shared the warehouse WMS supervisor login in a group chat so that others could approve the\n' +
      "    Complainant's stock adjustments in her name, causing errors attributed to her.\n" +
      '\n' +
      '3. PROCESS\n' +
      'Interviews: Complainant (3 Mar), Respondent (5 Mar, accompanied by union rep Ong Boon Keat), witnesses 6–10 Mar.\n' +
      'Documents: WhatsApp screenshots (12 images), WMS audit log extract 01/01–28/02/2025, briefing attendance sheets,\n' +
      'Instagram messages from account @kelvtwj_88 supplied by the Complainant.\n' +
      'The Respondent was placed on paid leave from 4 March pending investigation (Employee Handbook cl. 14.3).\n' +
      '\n' +
      '4. FINDINGS\n' +
      'A1 — Substantiated. Ms Menon and Siti Aminah independently recalled remarks such as "so hot still wear that\n' +
      'cloth ah". Mr Lim recalled laughter but not the words. Mr Tan said it was "just joking, everyone jokes".\n' +
      'A2 — Substantiated. The messages were sent from +65 8266 0193, which Kelvin confirmed is his number. He accepted\n' +
      'the timing but said "KPI will suffer" referred to her tiredness. The panel does not accept this explanation.\n' +
      'A3 — Substantiated in part. The chat "Tuas Night Ops" shows the Respondent posting on 9 January: "use my acc\n' +
      'supkt01 pw Tuas#Wms2024! to clear the backlog". The audit log shows 41 adjustments under user\n' +
      "supkt01 from terminals on the Complainant's shift, 17 of them recorded against the Complainant's planner queue.\n" +
      'There is no evidence that the Respondent intended errors to be attributed to Nurul; the effect, however, was that\n' +
      'her accuracy score for January fell from 99.1% to 96.4%, which affected her quarterly review.\n' +
      '\n' +
      '5. OTHER MATTERS\n' +
      'The password above was reset by IT on 5 March (ticket INC-448213). IT confirmed no access outside Singapore.\n' +
      "The Complainant's January accuracy score has been restated to 99.0% by her manager Winston Chia.\n" +
      'The Complainant requested that her home address not be disclosed to the Respondent; it is not included here.\n' +
      '\n' +
      '6. RECOMMENDATIONS\n' +
      '(a) Disciplinary inquiry against Kelvin Tan Wei Jie under the Code of Conduct sections 4.1 and 7.2.\n' +
      '(b) Mandatory workplace harassment training for all Tuas supervisors by 30 June 2025 (Workplace Fairness Act 2025).\n' +
      '(c) Supervisory accounts to be named and MFA-protected; shared logins prohibited.\n' +
      '(d) Welfare support for Ms Nurul Huda: EAP referral offered 3 March; flexible start time agreed.\n' +
      '(e) No contact between the parties on the same shift; Mr Tan to be redeployed to the Changi hub pending outcome.\n' +
      '\n' +
      'Signed: Audrey Koh    Signed: Rajesh Pillai    21/03/2025\n' +
      'Meridian Logistics Pte. Ltd., 30 Tuas Avenue 9, Singapore 639183. HR hotline 6555 0127.',
    pii: [
      ['PERSON', 'Audrey Koh Mei Xin'],
      ['PERSON', 'Rajesh Pillai'],
      ['PERSON', 'Daniel Seah'],
      ['PERSON', 'Hendrik Maas'],
      ['PERSON', 'Nurul Huda binte Rahmat'],
      ['EMAIL', 'nurul.huda@meridianlog.com.sg'],
      ['PHONE', '+65 9127 4408'],
      ['PERSON', 'Kelvin Tan Wei Jie'],
      ['EMAIL', 'kelvin.tan@meridianlog.com.sg'],
      ['PHONE', '+65 8266 0193'],
      ['PERSON', 'Priyanka Menon'],
      ['PERSON', 'Marcus Lim Jun Hao'],
      ['PERSON', 'Siti Aminah'],
      ['PERSON', 'Ong Boon Keat'],
      ['USERNAME', '@kelvtwj_88'],
      ['PERSON', 'Menon'],
      ['PERSON', 'Siti Aminah'],
      ['PERSON', 'Lim'],
      ['PERSON', 'Tan'],
      ['PHONE', '+65 8266 0193'],
      ['PERSON', 'Kelvin'],
      ['USERNAME', 'supkt01'],
      ['PASSWORD', 'Tuas#Wms2024!'],
      ['USERNAME', 'supkt01'],
      ['PERSON', 'Nurul'],
      ['PERSON', 'Winston Chia'],
      ['PERSON', 'Kelvin Tan Wei Jie'],
      ['PERSON', 'Nurul Huda'],
      ['PERSON', 'Tan'],
      ['PERSON', 'Audrey Koh'],
      ['PERSON', 'Rajesh Pillai'],
    ],
  },
  {
    text:
      'ENERGY OMBUDSMAN — COMPLAINT FILE SUMMARY\n' +
      'Our reference: EO/2025/118406    Date received: 10 January 2025    Stage: Final decision issued\n' +
      'Energy company: Northwold Energy Ltd (company no. 08841276)    Supplier complaint ref: NWE-CMP-551902\n' +
      'Ombudsman case handler: Fiona Galbraith    Investigation lead: Hamza Siddiqui\n' +
      '\n' +
      '1. CONSUMER\n' +
      'Name: Gareth Llewellyn-Price    Joint account holder: Bethan Llewellyn-Price\n' +
      'Supply address: 7 Heol Pant-y-Celyn, Whitchurch, Cardiff CF14 1TJ\n' +
      'Contact phone: 07825 613 904    Email: gareth.lp@btinternet.com\n' +
      'Preferred contact: email; Mr Llewellyn-Price has given authority for us to speak to Mrs Llewellyn-Price too.\n' +
      'Vulnerability flag: none declared.\n' +
      '\n' +
      '2. SUMMARY OF COMPLAINT\n' +
      'The consumers moved into the property on 1 August 2024. On moving in Mr Llewellyn-Price submitted opening\n' +
      "readings through the supplier's app (electricity 14022, gas 08917). The previous occupier, Ms D. Halloran,\n" +
      'had a closing account. In October 2024 the supplier issued a catch-up bill of £1,884.16 using estimated opening\n' +
      "readings of 12741 and 07903, so that part of Ms Halloran's consumption was billed to the consumers.\n" +
      'The supplier also increased the monthly Direct Debit from £142 to £388 without notice, and the November payment\n' +
      "was taken from the consumers' bank account (sort code 30-94-57, account 41729386), pushing it overdrawn.\n" +
      '\n' +
      '3. WHAT THE CONSUMER WANTS\n' +
      'Re-billing from the correct opening readings, the Direct Debit reset, a refund of £246 overpaid, and compensation\n' +
      'for the overdraft charges (£36.50) and the time spent.\n' +
      '\n' +
      '4. EVIDENCE\n' +
      '- App screenshot dated 01/08/2024 showing reads 14022 (MPAN 21 1400 0391 7713) and 08917 (MPRN 6820441903)\n' +
      '- Photographs of the meters dated 02/08/2024, meter serials E19Z004418 and G4A00231577\n' +
      '- Bank statement (consumer) showing DD of £388.00 on 18/11/2024 and overdraft fee £36.50\n' +
      "- Supplier's contact notes: 6 calls between 21/10/2024 and 06/01/2025; deadlock letter 07/01/2025\n" +
      '- Email from Bethan to the supplier on 03/12/2024: "This is the fourth time I have sent the photos."\n' +
      '\n' +
      "5. SUPPLIER'S RESPONSE\n" +
      'Northwold accepts the app reads were received but says they failed validation because the meter was recorded\n' +
      'as a different model. It offered £50 goodwill in its deadlock letter. Its agent, Connor Blaney (team leader),\n' +
      'confirmed on 14/02/2025 that the validation failure was a system fault (release 3.8.1) affecting 2,300 accounts.\n' +
      '\n' +
      '6. FINDINGS\n' +
      'We find the consumers gave accurate, timely opening reads and that the supplier should have used them.\n' +
      'Under Standard Licence Condition 21B and the Ofgem back-billing rules, the consumers should not have been\n' +
      "charged for consumption before 1 August 2024. The Direct Debit increase did not follow the supplier's own policy\n" +
      "of giving 10 working days' notice. The handling of Mr and Mrs Llewellyn-Price's contacts fell short.\n" +
      '\n' +
      '7. DECISION (remedy)\n' +
      'Northwold Energy must, within 28 days of acceptance:\n' +
      "(a) re-bill the account from opening reads 14022 / 08917 and close the balance due from Ms Halloran's period;\n" +
      "(b) refund £246.00 to the consumers' bank account ending 9386 and reset the Direct Debit to £151.00;\n" +
      '(c) pay £36.50 for bank charges and £150.00 goodwill for the distress and inconvenience caused;\n' +
      '(d) write to the consumers with a corrected statement.\n' +
      '\n' +
      '8. ACCEPTANCE\n' +
      'Decision accepted by Gareth Llewellyn-Price by email on 03/03/2025. Supplier notified 04/03/2025.\n' +
      'Compliance check due 01/04/2025, assigned to Hamza Siddiqui.\n' +
      'Energy Ombudsman, PO Box 966, Warrington WA4 9DF. Tel 0330 440 1624.',
    pii: [
      ['PERSON', 'Fiona Galbraith'],
      ['PERSON', 'Hamza Siddiqui'],
      ['PERSON', 'Gareth Llewellyn-Price'],
      ['PERSON', 'Bethan Llewellyn-Price'],
      ['ADDRESS', '7 Heol Pant-y-Celyn, Whitchurch, Cardiff CF14 1TJ'],
      ['PHONE', '07825 613 904'],
      ['EMAIL', 'gareth.lp@btinternet.com'],
      ['PERSON', 'Llewellyn-Price'],
      ['PERSON', 'Llewellyn-Price'],
      ['PERSON', 'Llewellyn-Price'],
      ['PERSON', 'D. Halloran'],
      ['PERSON', 'Halloran'],
      ['BANK_ACCOUNT', '41729386'],
      ['PERSON', 'Bethan'],
      ['PERSON', 'Connor Blaney'],
      ['PERSON', 'Llewellyn-Price'],
      ['PERSON', 'Halloran'],
      ['PERSON', 'Gareth Llewellyn-Price'],
      ['PERSON', 'Hamza Siddiqui'],
    ],
  },
  {
    text:
      'RESIDENTIAL TENANCY AGREEMENT — STANDARD FORM (TEMPLATE v2025.1)\n' +
      'For use by member agencies of the Harbour Property Managers Network. Remove guidance notes before issue.\n' +
      'Office: Level 3, 88 Phillip Street, Parramatta NSW 2150 | 02 9555 0142 | leasing@harbourpmn.com.au\n' +
      '\n' +
      'PART A — PARTIES\n' +
      'Landlord: [LANDLORD FULL LEGAL NAME]\n' +
      "Landlord's address for service: [ADDRESS — may be the agent's office]\n" +
      "Landlord's phone: [PHONE]    Landlord's email: [EMAIL]\n" +
      "Landlord's agent: [AGENCY NAME], Licence no. [LICENCE], ABN [ABN]\n" +
      'Tenant 1: [FULL NAME]    Date of birth: [DD/MM/YYYY]\n' +
      'Tenant 1 phone: [MOBILE]    Tenant 1 email: [EMAIL]\n' +
      'Tenant 2: [FULL NAME]    Date of birth: [DD/MM/YYYY]\n' +
      'Tenant 2 phone: [MOBILE]    Tenant 2 email: [EMAIL]\n' +
      'Guidance: Do not record licence, passport or Medicare numbers in this agreement. Identity documents are sighted\n' +
      "and recorded in the agency's tenancy application file only (Privacy Act 1988 (Cth), APP 11).\n" +
      '\n' +
      'PART B — PREMISES\n' +
      'Address of residential premises: [STREET NUMBER, STREET, SUBURB, STATE, POSTCODE]\n' +
      'Included: [e.g. 1 car space (no. __), storage cage, dishwasher, window furnishings]\n' +
      'Maximum number of occupants: [NUMBER]\n' +
      '\n' +
      'PART C — TERM AND RENT\n' +
      'Term: [6 months / 12 months / 2 years / periodic]    Starting on: [DATE]    Ending on: [DATE]\n' +
      'Rent: $[AMOUNT] per week, payable in advance, first payment on [DATE].\n' +
      "Method: electronic funds transfer to the agent's trust account (BSB and account shown on the rent ledger) or\n" +
      "via the agency's payment portal. Cash is not accepted. Rent may not be required more than 2 weeks in advance.\n" +
      "Rental bond: $[AMOUNT] (no more than 4 weeks' rent), lodged with NSW Fair Trading through Rental Bonds Online\n" +
      'within 10 working days. Bond number to be provided to the tenant in writing.\n' +
      '\n' +
      'PART D — STANDARD TERMS (Residential Tenancies Act 2010 (NSW) and Residential Tenancies Regulation 2019)\n' +
      '1. The landlord agrees that the tenant has the right to quiet enjoyment of the premises.\n' +
      '2. The landlord must not increase the rent more than once in any 12-month period (s. 41).\n' +
      '3. The tenant must pay water usage charges if the premises are separately metered and water efficient.\n' +
      '4. The tenant must not intentionally or negligently cause damage and must notify the landlord of repairs.\n' +
      '5. Urgent repairs (burst water service, blocked toilet, gas leak, dangerous electrical fault) up to $1,000\n' +
      '   may be arranged by the tenant if the landlord cannot be contacted; see s. 62.\n' +
      '6. Smoke alarms must be tested annually by the landlord; 9V batteries replaced by the tenant where fitted.\n' +
      "7. Pets: the tenant may keep an animal with the landlord's consent, which must not be unreasonably refused.\n" +
      '8. Either party may end a periodic agreement by notice: landlord — 90 days; tenant — 21 days.\n' +
      "9. Break fee if the tenant ends a fixed term of 3 years or less early: 4 weeks' rent if less than 25% expired,\n" +
      "   3 weeks' if 25–50%, 2 weeks' if 50–75%, 1 week's if 75% or more.\n" +
      '\n' +
      'PART E — CONDITION REPORT\n' +
      'A condition report (2 copies) must be given to the tenant before the tenant moves in. The tenant must return\n' +
      'one signed copy within 7 days. Photographs should be dated and attached.\n' +
      '\n' +
      'PART F — ADDITIONAL TERMS\n' +
      '[Insert any additional terms. They must not be inconsistent with the Act. Examples: garden maintenance,\n' +
      'strata by-laws acknowledged (attach by-laws), no subletting without consent.]\n' +
      '\n' +
      'PART G — SIGNATURES\n' +
      'Landlord/agent signature: ____________________    Date: __/__/____\n' +
      'Tenant 1 signature: ____________________    Date: __/__/____\n' +
      'Tenant 2 signature: ____________________    Date: __/__/____\n' +
      'Witness (optional): ____________________    Name: ____________________\n' +
      '\n' +
      "Guidance for staff: Before issue, check that the names match the applicants' identity documents and that the\n" +
      'strata by-laws and the Tenant Information Statement (form FT-TIS-2025) are attached. Template owner: Compliance.',
    pii: [],
  },
];
