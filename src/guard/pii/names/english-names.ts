// Finds English personal names in context: after a title, a label, "my name is", a greeting, a closing or a relative ("my wife"),
// never a bare capitalised word.
import { isNumberedLabelColon } from '../feature-characters.ts';
import type { PiiFinding } from '../types.ts';
import { textFeatures, textTrigger } from '../text-features.ts';
import { isHangulSyllable } from './hangul.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { koreanNameApartAt, koreanNameAt } from './korean-names.ts';
import {
  hasCapitalAfterFirst,
  isListedFirstName,
  isListedLatinName,
  latinNameAfter,
  lowerCaseNameAfter,
  type LatinName,
} from './latin-name.ts';
import { isBankNameBeforeNumber } from '../recognizers/bank-account-recognizer.ts';
import { provinceNames } from '../addresses/korean-address-words.ts';
import { companySuffixes, firstNamesThatAreWords, holdsFirmWord, isFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';
import { kinshipWords } from '../latin-triggers.ts';

export const englishNameRecognizerName = 'english-person-name';

/**
 * An email's header lines ("From: Min-jun Park <mj.park@corp.kr>"), which a trip's or a shipment's form writes before
 * places ("From: Incheon To: Jeju"): only a full name counts after them.
 */
const headerLabels = ['From', 'To', 'Cc'];
/**
 * Labels that stand before other things as often as before people ("Member: Gold", "Driver: Uber", "Reported by: Monitoring
 * System"): parties of HR, claims, school and membership records, who did what on a ticket, and the header lines. Only a
 * name with a listed first name or surname, or one in Hangul, counts after them.
 */
const weakColonLabels = [
  ...['Employee', 'Employee name', 'Staff', 'Claimant', 'Student', 'Driver', 'Owner', 'Spouse', 'Dependent', 'Subscriber'],
  ...['Member', 'Guest', 'Visitor', 'Resident', 'Parent', 'Agent', 'Author', 'Assigned to', 'Referred by', 'Prepared by'],
  ...['Approved by', 'Requested by', 'Submitted by', 'Reported by', 'Raised by', 'Reporter', 'Signature', 'Seller', 'Buyer'],
  ...['Shipper', 'Consignee', 'Ordering party', 'Attendant', 'Caregiver'],
  // The parties of a line's or an account's change of ownership, which a business may be as often.
  ...['Transferor', 'Transferee'],
  // A hospital's attending doctor and who saw or took a patient (a desk or a team as often), a court order's debtor.
  ...['Attending', 'Consultant', 'Seen by', 'Taken by', 'Judgment Debtor', 'Debtor'],
  // Who closed, handled, checked or received a ticket, a job or a parcel, a store's rep, the user a security alert names.
  ...['Closed by', 'Resolved by', 'Handled by', 'Checked by', 'Checked in by', 'Completed by', 'Processed by', 'Verified by'],
  ...['Received by', 'Logged by', 'Rep', 'Affected user', 'Candidate', 'Candidate name', 'Examinee'],
  // A sale's, a letting's and a production's posts that a firm fills as often ("Conveyancer: Moloney Conveyancing",
  // "Producer: Lumen Pictures", "Vendor: Estate of …", "Produced by: Northbay Talent").
  ...['Conveyancer', 'Director', 'Producer', 'Vendor', 'Vendors', 'Artist', 'Managing agent', 'Letting agent'],
  ...['Property manager', 'Building manager', 'Produced by', 'Directed by', 'Written by', 'Edited by', 'Mixed by'],
  ...headerLabels,
];
/**
 * The keys of a person's name in JSON, YAML, logs and query strings ("first_name=John", `"customerName": "홍길동"`): a
 * name after them is a person's, as after a form's label.
 */
const personKeys = [
  ...['first_name', 'firstName', 'last_name', 'lastName', 'full_name', 'fullName', 'given_name', 'givenName'],
  ...['family_name', 'familyName', 'customer_name', 'customerName', 'patient_name', 'patientName', 'contact_name'],
  ...['contactName', 'holder_name', 'holderName', 'surname', 'display_name', 'displayName'],
  // The staff a booking's or a support system's record assigns, and its guests ("counselor_name": "엄하린", "guestName").
  ...['counselor_name', 'counselorName', 'staff_name', 'staffName', 'agent_name', 'agentName', 'guest_name', 'guestName'],
  ...['employee_name', 'employeeName', 'driver_name', 'driverName', 'guide_name', 'guideName', 'designer_name', 'designerName'],
];
const personKeySet: ReadonlySet<string> = new Set(personKeys.map((key) => key.toLowerCase()));

/** Labels followed by a colon, each in Capitalised, lower-case and UPPER-CASE spelling. */
const colonLabels = [
  'Full name',
  'Patient name',
  'Customer name',
  'Account holder',
  'Account name',
  'Cardholder',
  'Card holder',
  'Contact person',
  'Name',
  'Patient',
  'Customer',
  'Recipient',
  'Beneficiary',
  'Guardian',
  'Contact',
  'Caller',
  'Client',
  'Applicant',
  'Insured',
  'Attn',
  'Attention',
  'Payee',
  'Sender',
  'Ordered by',
  'Physician',
  'Doctor',
  'Nurse',
  'Holder',
  // Parties of insurance, loan, lease and travel forms.
  ...['Policyholder', 'Policy holder', 'Guarantor', 'Borrower', 'Co-signer', 'Cosigner', 'Tenant', 'Landlord'],
  ...['Passenger', 'Traveler', 'Traveller', 'Witness', 'Signed by', 'Next of kin', 'Emergency contact'],
  // The name a card or an account is in, and who signed or witnessed a paper.
  ...['Name on card', 'Name on account', 'Name on the card', 'Account owner', 'Signatory', 'Witnessed by'],
  // A passport's and a visa form's name fields, a reference on an application, a dictated letter's author, a parcel's
  // and an invoice's addressee ("SHIP TO:\nJESSICA TANAKA-BROOKS").
  ...['Surname', 'Given names', 'Given name', 'Referee', 'Dictated by', 'Titulaire', 'Ship to', 'Deliver to', 'Bill to'],
  ...['First names', 'First name', 'Last name', 'Forename', 'Forenames', 'Pt', 'Display name', 'Taxpayer', 'Prescriber'],
  // The same fields on French and German forms ("Nom: KWON / Prénom: Yerin", "Familienname: … Vornamen: Noé").
  ...['Nom', 'Prénom', 'Familienname', 'Nachname', 'Vorname', 'Vornamen'],
  // A rental's, a claim's and a vehicle's parties, a tour's leader, a worker's permit, who travels along, a nickname.
  ...['Renter', 'Hirer', 'Other party', 'Third party', 'Registered keeper', 'Tour leader', 'Worker', 'Accompanying', 'Goes by'],
  ...['Guest name', 'Cardholder name', 'Card holder name', 'Name of insured', 'Insured name', 'Account Name', 'Traveller name'],
  // Who did the work, who authorised it, who was hurt, a child's parents on a record.
  ...['Engineer', 'Field engineer', 'Technician', 'Authorized by', 'Authorised by', 'Registered by', 'Store agent', 'Sales agent'],
  ...['Persons involved', 'Person involved', 'Injured person', 'Mother', 'Father', 'Child', 'Signed', 'Serviceberater'],
  // A hospital's doctors on a note or a request, who saw or took a patient, a policy's proposer, a court order's debtor.
  ...['Requesting Dr', 'Requesting doctor', 'Referring doctor', 'Referring physician', 'Surgeon', 'Proposer', 'NOK'],
  // The name a card is embossed with or a bank holds, who collected an order, a Spanish card's holder, a booking's guests.
  ...['Name to be embossed', 'Embossed name', 'Name as per bank', 'Name as per passport', 'Picked up by', 'Collected by'],
  ...['Titular de la tarjeta', 'Titular de la cuenta', 'Titular', 'Kontoinhaberin', 'Kontoinhaber', 'Guests'],
  // A Dutch statement's account holder ("Rekeninghouder: Marloes van der Heijden"), a credit report's other spelling of the
  // consumer ("Also reported as: KEISHA R DAVIS"), a school's certificate's pupil ("Name of the pupil: Aditya Narayan Hegde"),
  // a sports team's staff ("Team manager: Deb Kowalski"), a desk's staff on a log ("staff on shift: Jordan P.").
  ...['Rekeninghouder', 'Also reported as', 'Also known as', 'Name of the pupil', 'Name of pupil', 'Name of the student'],
  ...['Name of student', 'Name of the child', 'Team manager', 'Head coach', 'Assistant coach', 'Staff on shift', 'On shift'],
  // Who committed a change, who travels with a guest; who takes a shift over, reads a run of meters or is a set's medic.
  ...['Committer', 'Companion', 'Taken over by', 'Handed over by', 'Meter reader', 'Reader', 'Medic', 'Medic on set'],
  // The parties of a police report, a complaint or a court's filing.
  ...['Complainant', 'Respondent', 'Defendant', 'Plaintiff', 'Petitioner', 'Victim', 'Suspect', 'Deceased'],
  // Parties of several, named together ("Tenants: Olivia Tremblay and Marc-André Gagnon").
  ...['Tenants', 'Applicants', 'Borrowers', 'Guarantors', 'Parents', 'Passengers', 'Travellers', 'Travelers', 'Landlords'],
  // The buyers of a home and the agent who negotiates the sale ("Purchasers: Jack and Priyanka Sullivan-Rao", "Negotiator:
  // Kasia Nowak").
  ...['Purchaser', 'Purchasers', 'Negotiator', 'Sales negotiator', 'Lettings negotiator'],
  // A production's crew and cast on a call sheet or a credits line, a song's writers on a split sheet ("DoP: Ines Alvarez",
  // "1st AD: Kwame Boateng", "Talent: Oona Fitz", "Writer 2: Amara Boateng").
  ...['DoP', 'Director of photography', '1st AD', '2nd AD', '3rd AD', '1st AC', '2nd AC', 'Gaffer', 'Key grip', 'Best boy'],
  ...['Stunt double', 'Stunt coordinator', 'Vehicle coordinator', 'Safety coordinator', 'Intimacy coordinator', 'Talent'],
  ...['Presenter', 'Writer', 'Co-writer', 'Songwriter', 'Lyricist', 'Composer', 'Featuring', 'Feat'],
  ...weakColonLabels,
  ...personKeys,
];

const weakLabels: ReadonlySet<string> = new Set(weakColonLabels.map((label) => label.toLowerCase()));
const headerLabelSet: ReadonlySet<string> = new Set(headerLabels.map((label) => label.toLowerCase()));
const colonLabelSource = colonLabels
  .flatMap((label) => [label, label.toLowerCase(), label.toUpperCase()])
  .filter((label, index, all) => all.indexOf(label) === index)
  .join('|');
const closings =
  'Best regards|Kind regards|Warm regards|Regards|Sincerely|Yours truly|Yours sincerely|Yours faithfully|Respectfully|Many thanks|Thank you|Thanks|Thx|thx|Cheers|Best wishes|Best|Viele Grüße|Liebe Grüße|Beste Grüße|Freundliche Grüße|Viele Grüsse';

// Each alternative is one kind of context, told apart by its capture group.
const contextPattern = new RegExp(
  [
    // Also the titles of Spanish, German, French and Indian letters and calls ("Sra. Guadalupe Hernández", "Herr Weißhaupt",
    // "Smt. Lakshmi Iyer"), and Singapore's and Malaysia's Madam ("Mdm Wendy Ng").
    // In capitals only the titles no other capitals spell ("MS TEAMS", "DR CONGO"): "MRS ELIF GRUBER-DEMIR", "DR. SURESH KAMATH".
    String.raw`\b(Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Sra|Srta|Dra|Herr|Frau|Mme|Mlle|Smt|Shri|Sgt|Insp|Cpl|Rev|Deacon|Pastor|Constable|Sergeant|Corporal|Mdm|Madam|MRS|MR|MSTR|MISS|DR(?=\.))\.?[ \t]+`,
    // Also the name a person goes by ("everyone calls me Vivian", "He goes by Tom"), after whom it names only: a bus that
    // "goes by Central Station" is no one. "Name as per bank:" is a label, read by the colon's alternative.
    String.raw`\b([Mm]y name is|[Mm]y name's|[Nn]ame is|[Nn]ame's|[Nn]ame was|[Nn]ame as(?![ \t]+per\b)|[Cc]alls? me|(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]ho)[ \t]+(?:usually[ \t]+|also[ \t]+|just[ \t]+|now[ \t]+)?go(?:es)?[ \t]+by)[ \t]+`,
    String.raw`\b(I'm|I’m|I am)[ \t]+`,
    // Also as a quoted key or a key and "=" ("name": "…", first_name=…).
    // The value may stand on the next line, as forms and labels print it ("SHIP TO:\nJESSICA TANAKA-BROOKS").
    // A party of several may be numbered ("Caregiver 1:", "Referee 2:").
    // A qualifier in brackets may stand before the colon ("Cardholder name (as on card):", "Name (Roman):"), and the
    // label's translation after a slash on a bilingual form ("Last name / Nom de famille:").
    String.raw`\b(${colonLabelSource})(?:[ \t]+\d{1,2})?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+\/[ \t]+[^:：=/\n]{0,20}?(?:[Nn]om|[Pp]rénom|[Nn]ombre|[Aa]pellidos?|[Vv]orname|[Nn]achname|[Nn]ame|이름|성명|氏名|[Tt]ên)[^:：=/\n]{0,12}?)?["']?[ \t]*[:：=][ \t]*(?:\r?\n[ \t]*)?["']?`,
    String.raw`\b(patient|Patient|Pt|account holder|Account holder|[Aa]\/[Cc] holder|A\/C HOLDER|card ?holder|Card ?holder)[ \t]+`,
    String.raw`\b(Dear)[ \t]+`,
    // A blank line may stand between the closing and the name ("Yours sincerely,\n\nTom Ashworth").
    String.raw`\b(${closings}),?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*`,
    // "Howzit Thabo, it's Pieter.": an introduction after a greeting's comma anywhere in a line.
    String.raw`\b([Tt]his is|[Ss]peaking with|[Cc]hatting with|[Ss]poke (?:with|to)|, it's|, it’s|, its)[ \t]+`,
    // A closing on the same line as the name ("Thanks, Kevin"): the line must end after the name.
    String.raw`\b(${closings}),[ \t]+`,
    // Any English word, or a label, before a Hangul word: Korean names inside English text ("Patient 김유진", "onboarding: 도나연").
    String.raw`\b([A-Za-z]+[ \t]*[:：=]?)[ \t]*(?=[\uac00-\ud7a3])`,
    // A name's label without a colon, or a holder or a client before the name ("account name Declan Ó Súilleabháin",
    // "holder Camille Rousseau", "Client Wei-Ling Cheung").
    String.raw`\b((?:[Aa]ccount|[Ff]ull|[Ll]egal|[Rr]egistered)[ \t]+name|[Nn]ame|[Hh]older|[Cc]lient|Complainant|Respondent|Petitioner)[ \t]+(?=[A-Z])`,
  ].join('|'),
  'g',
);

const enum Context {
  Title = 1,
  NameIs = 2,
  IAm = 3,
  ColonLabel = 4,
  BareLabel = 5,
  Greeting = 6,
  Closing = 7,
  ThisIs = 8,
  ClosingInline = 9,
  BeforeHangul = 10,
  /** A name's label without a colon, a holder or a client ("account name …", "holder …"). */
  NameLabel = 11,
  /** A greeting at the start of a line, read by `lineOpeningPattern`, not a group of `contextPattern`. */
  Salutation = 12,
  /** A request to reach someone that opens a line ("Call Jane Doe at …"), read by `lineOpeningPattern`. */
  Request = 13,
  /** A relative after a possessive ("my wife Jennifer", "your son Arjun") or a relative's title ("Uncle Emeka"), read by `kinshipPattern`. */
  Kinship = 14,
  /** A person "named" or "called" so ("someone named Carlos"), read by `personBeforeNamed`. */
  Named = 15,
  /** A relative after "my" and a comma ("my wife, Jessica"), read by `kinshipPattern`. */
  KinshipApposition = 16,
  /** "the name on the account is", read by `namePhrasePattern`. */
  NameOn = 17,
  /** "in the name of", "under the name", read by `namePhrasePattern`. */
  InTheName = 18,
  /** "signed by", "witnessed by", "dictated by", read by `namePhrasePattern`. */
  SignedBy = 19,
  /** Thanks or reassurance that opens a turn ("Agent: Thanks Mehwish,"), read by `lineOpeningPattern`. */
  Thanks = 20,
}

// A cheap prefilter for the context words (a colon, a title, a distinctive fragment); the full context pattern
// then runs only on a short window around each hit, which keeps the scan several times faster than one big alternation.
const contextHintPattern =
  /[:：]|M(?:rs?|[sx])[ .]|MRS? |MSTR |MISS |DR\. |Miss |Dra?[ .]|(?:Sgt|Insp|Cpl|Rev)[ .]|(?:Deacon|Pastor|Constable|Sergeant|Corporal|Mdm|Madam) |Sr(?:t?a)[ .]|Herr |Frau |Ml?le?[ .]|Mme[ .]|Smt[ .]|Shri |Prof|ame is|ame was|ame as |ame's|amed |all me |alls me |oes by |go by |alled |I'm |I’m |I am |atient |Pt |older |Dear |(?:ards|rely|ully|anks|llion|a lot|you|eers|Best|[Tt]hx|üße|üsse)(?:,?[ \t]*\r?\n|, )|shes,?[ \t]*\r?\n|his is |, it'?s |, it’s |poke |peaking |hatting with |omer (?=[\uac00-\ud7a3])|=|ame (?=[A-Z])|lient (?=[A-Z])|(?:lainant|pondent|itioner) (?=[A-Z])/g;
// Greetings and requests to reach someone open a message or a line ("Hi Sarah, …", "Call Jane Doe at …"), so they are
// read there rather than by the hint pattern: three more first letters made its scan of a long document 1.7 times slower.
// A greeting may go on to introduce the writer ("Hi, it's Grace from 4B"), read as "this is".
// In a transcript the line opens with its speaker ("Agent: Hi Yasmin,", "Customer: hi Deepa,"), and an agent thanks or
// reassures or apologises to a customer by name ("Agent: Thanks Mehwish,", "No worries Lachlan,", "So sorry Oluwaseun,"): those forms only after a speaker's label,
// whose colon opens the English search (in a message of its own, "Thanks Sarah" stays with the closings).
const greetings = String.raw`(Hi|Hello|Hallo|Hey|Hiya|G'day|Good (?:morning|afternoon|evening|day)|Greetings|Hola|Olá|Bonjour|Salut|Ciao|Morning|Howzit|Kia ora|Bore da|Welcome|(hi+|hello|hey+|heya|yo|Yo|Thanks|Thank you|Cheers|No worries|So sorry|Sorry about that|Sorry)),?(?:[ \t]+(it's|it’s|it is|its))?`;
const requests = String.raw`(?:Please[ \t]+)?(?:Call|call|Contact|contact|Email|email|Text|text|Ask for|ask for)`;
// "It's Joaquín, lost my phone", "omg hi its Marnie from netball": the writer introduced where the line starts, after a word
// or two of greeting, filler or address at most ("Mum it's Élodie!!", "yeah it's Niamh"), and in a transcript after the
// speaker's label and its time ("[00:03:52] Customer: It's Jack,").
const introductionAtLineStart =
  /[ \t]*(?:\[[0-9:. ]{4,12}\][ \t]*)?(?:(?:[A-Z][a-z]{1,20}|[A-Z]{2,12})[ \t]*[:：][ \t]*)?(?:(?:omg|OMG|jk|ok|oh|so|yo|hi+|hey+|hiya|heya|Omg|Oh|So|Yo|Hi|Hey|Hiya|yeah|Yeah|yes|Yes|yep|Yep|Mum|Mom|Dad|mum|mom|dad|Ma|Mam|Pa|Nan|Gran|ma|mam|pa|nan|gran|Bro|Sis|bro|sis)[ \t]*[,!]?[ \t]+){0,2}(?:It's|It’s|it's|it’s|its|Its)[ \t]+/y;
// A greeting may open a message quoted for a rewrite or a translation ("'Hi Declan, the lockbox code …", "\"Hi Ananya, …"), or
// one tagged by its channel ("[SMS] Hi Seoyeon, your appt …").
const lineOpeningPattern = new RegExp(String.raw`[ \t]*(?:\[[A-Za-z ]{2,12}\][ \t]*)?['"“‘]?()(?:${greetings}|${requests})[ \t]+`, 'y');
// The same after a speaker's label of up to three words, the first capitalised ("Smile Avenue Dental: Hi Kenji,", "Tax
// preparer: Hi Jessica,", "Crewing agent (Busan): Good day Renato."), tried only where a colon stands near the line's start;
// or a brand's social handle replying on a public thread ("@AcmeMobileHelp: Hey Jordan, sorry …"), or a workplace chat's
// login with its dot or underscore ("hyunwoo.payroll: Hi Minji —").
const speakerLineOpeningPattern = new RegExp(
  String.raw`[ \t]*((?:@[A-Za-z][A-Za-z0-9_.]{1,29}|[a-z][a-z0-9]{1,20}[._][a-z0-9._]{1,20}|[A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,20}(?: [A-Za-zÀ-ÿ]{1,20}){0,2}|[A-Z]{2,12}|[가-힣]{1,6})(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*[:：][ \t]*)(?:${greetings}|${requests})[ \t]+`,
  'y',
);
/**
 * A chat export's date and time before the speaker ("12/04/2024, 19:22 - ", "[03/09/2024, 18:02] ", "[09:14] "), or an SMS outbox's time and
 * number before the message ("09:00  +61 401 772 905  Hi Josh, …"), read over first.
 */
const chatTime =
  /\[?\d{1,2}\/\d{1,2}\/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?(?:[ \t]+-[ \t]+|\][ \t]*)|\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\][ \t]*|\d{1,2}:\d{2}[ \t]+\+?\d[\d ()-]{6,18}\d(?:[ \t]{2,}|\t)/y;

function afterChatTime(text: string, lineStart: number): number {
  const first = text.charCodeAt(lineStart);
  if (!(first >= 0x30 && first <= 0x39) && first !== 0x5b) return lineStart;
  chatTime.lastIndex = lineStart;
  return chatTime.test(text) ? chatTime.lastIndex : lineStart;
}

/** How far into a line a speaker's colon may stand ("Customer Service: "). */
const speakerLabelReach = 28;
// A relative named after "my" ("my wife Jennifer", "my son Tom Wilson", "my wife (Linda)"), or family after another
// possessive ("your son Arjun"): English capitalises no common noun after one, so a capitalised word is a name; a word in
// lower case is one only when it is a listed first name ("my wife jessica"). A relative's title before a name ("Uncle
// Emeka", "auntie Morag") takes a capitalised one only. Read over the whole text, but only where the feature pass saw one.
const kinship = kinshipWords();
const kinshipPattern = new RegExp(
  // An age's word may stand between the possessive and the relative ("her younger brother Da-hun", "my big sister Yuna").
  String.raw`\b(?:[Mm]y (?:(?:younger|older|elder|little|big|baby|twin) )?(?:${kinship.afterMy.join('|')})|(?:${kinship.possessives.map(capitalisedEither).join('|')}) (?:(?:younger|older|elder|little|big|baby|twin) )?(?:${kinship.family.join('|')}))` +
    String.raw`(?:,? |[ \t]*\([ \t]*)(?=[A-Za-z])|\b(?:${kinship.titles.join('|')}) (?=[A-Z])`,
  'g',
);
// A person introduced by "named" or "called" ("I talked to someone named Carlos", "a technician called Marcus Lee"), read
// where the hint pattern stops at "amed " or "alled "; only after a word for a person, since products, plans and places
// are named too ("a plan called Premium").
const personBeforeNamed =
  /\b(?:someone|somebody|a (?:guy|man|woman|lady|girl|boy|gentleman|person|kid|child|customer|client|patient|caller|student|friend|colleague|coworker)|an? (?:agent|rep|representative|technician|engineer|driver|courier|nurse|doctor|employee|officer|associate|installer|adviser|advisor|manager|staff member)|(?:the|your|my) (?:agent|rep|representative|technician|engineer|driver|courier|nurse|doctor|employee|officer|installer|adviser|advisor|manager)) (?:named|called) $/;
/**
 * Phrases that put a name in a paper or an account ("the name on the account is Priya Raman", "booked under the name Okafor",
 * "signed by Tomasz Kowalczyk"), each kind in its own group (`Context.NameOn` and on). Too long for the hint window, so read
 * over the whole text where one quick test finds their core (`namePhraseCore`).
 */
/** The acts a record names its doer after ("Seen by", "completed by"); each spelled out in `latin-triggers.ts`. */
const recordedActions = [
  ...['[Ss]een', '[Cc]hecked', '[Cc]ompleted', '[Rr]epresented', '[Aa]pproved', '[Rr]eviewed', '[Vv]erified', '[Ee]xamined'],
  ...['[Aa]ssessed', '[Pp]repared', '[Rr]eferred', '[Tt]reated', '[Ii]nterviewed', '[Aa]uthori[sz]ed', '[Ii]nspected', '[Ss]upervised'],
  ...['(?:first aid|First aid)'],
].join('|');
/** `recordedActions` right before a name. */
const recordedActionBefore = new RegExp(String.raw`(?:${recordedActions}) by[ \t]+$`);
/** What follows a person's name in a record: a role in brackets or after a comma ("(HR Advisor)", ", Managing Director"). */
const roleAfterName = /[ \t]*(?:\([A-Za-z][A-Za-z .&/-]{1,30}\)|,[ \t]*[A-Z])/y;

const namePhrasePattern = new RegExp(
  [
    // "name on it is Tamika R Johnson": the card or the parcel just named.
    String.raw`\b([Nn]ame on (?:it(?= (?:is|was|says|reads)\b)|(?:(?:the|my|his|her|our|their|your|this|that) )?(?:account|card|booking|reservation|ticket|policy|lease|contract|order|file|passport|licen[cs]e|form|application|cheque|check|invoice|bill|deed|title|registration|certificate|connection|line|plan|subscription|meter)s?)(?: (?:is|was|should be|will be|reads|says))?[ \t]*:?[ \t]*` +
      // "the name will show as GRACE AKINYI OTIENO", "full name as on passport WONG KA MAN ALICE".
      String.raw`|[Nn]ame (?:will (?:show|appear|come up|read) as|(?:shows|appears|comes up|reads) as|as (?:it appears )?(?:on|in) (?:(?:the|my|your|his|her) )?(?:passport|ID|card|licen[cs]e|account))[ \t]*:?[ \t]*)`,
    // "t.n.v. S. de Vries": the Dutch "ten name van", before the payee of a transfer; the Indonesian "a/n" (atas nama) and
    // the Spanish "a nombre de" in the same place ("futsu 4718203, a/n RIZKY PRATAMA", "CLABE …, a nombre de Guadalupe Herrera Soto").
    String.raw`\b((?:[Ii]n|[Uu]nder) (?:(?:the|my|his|her|their|our) )?name(?: of)?[ \t]+\(?|t\.n\.v\.[ \t]+|a\/n[ \t]+|a nombre de[ \t]+)`,
    // Also who saw, checked or acted for someone in a record ("Seen by Siobhán Ó Ceallaigh, CMM2", "represented by Sandrine
    // Moreau, Managing Director"), which firms and desks do as often: read more strictly (`recordedActionBefore`).
    String.raw`\b((?:[Ss]igned|[Cc]ountersigned|[Ww]itnessed|[Dd]ictated|${recordedActions}) by[ \t]+)`,
  ].join('|'),
  'g',
);
/**
 * What each phrase of `namePhrasePattern` holds; the feature pass sets the English name bit on the same words. One pattern:
 * five substring searches of a Korean document cost four times as much.
 */
const namePhraseCore =
  /ame on |he name|er name|der name|ame (?:will|shows|appears|reads|comes|as) |igned by |itnessed by |ictated by |(?:een|[a-z]ed|aid) by |t\.n\.v\. |a\/n |a nombre de /;
/** Names of worship and ideals, not people: "in the name of God", "in the name of Love". */
const notPeopleInTheName: ReadonlySet<string> = new Set([
  'God',
  'Jesus',
  'Christ',
  'Allah',
  'Lord',
  'Father',
  'Love',
  'Freedom',
  'Justice',
]);

/** Characters before a "named " or "called " hint that `personBeforeNamed` may need. */
const personBeforeNamedWindow = 40;
const windowBefore = 44;
const windowAfter = 6;

const streetBeforeTitle = /\d+[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}$/;
const endOfLine = /[ \t]*(?:\r?\n|$)/y;
// "Hi Sarah,", "Hello Kevin!", "AGENT: Thanks Daniel.", and a greeting that names the writer ("Hi, Jessica here").
// A welcome or a greeting names two people ("Welcome Sven & Ingrid!", "Hi Greg and Nadia,"), a caller says what the call
// is about ("it's Bernadette re the boiler quote").
const greetingEnd =
  /[ \t]*(?:[,:!.\n]|$)|[ \t]+(?:here|from|re|about|regarding)\b|[ \t]+[-–—][ \t]|[ \t]+(?:&|and)[ \t]+[A-Z]|[ \t]*(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])/uy;
/** A comma or a bracket that closes an apposition ("my wife, Leticia, handles the bills", "my wife (Leticia) called"). */
const appositionEnd = /[ \t]*[,)]/y;
/** The line's end after a closing's name, or the writer's firm or desk ("Cheers, Dave @ Onehunga Auto", "Thanks, Kevin from accounts"). */
const closingLineEnd = /[ \t]*[.!]?[ \t]*(?:\r?\n|$)|[ \t]+(?:@|[-–—|]|from|at)[ \t]/y;
// Or the writer's trade after the name ("this is Carmen a nurse from Lakeshore").
const affiliation =
  /,?[ \t]+(?:(?:um|uh|er)[ \t]+)?(?:from|at|with|here|calling|speaking|your)\b|,?[ \t]+an?[ \t]+(?:nurse|doctor|pharmacist|agent|advisor|adviser|technician|specialist|coordinator|paramedic|midwife)\b/y;
/** A post a writer introduces themselves at ("on ward 7B", "on the night shift", "on reception"). */
const atPost = /[ \t]+on[ \t]+(?:ward|shift|duty|call|reception|nights|days|the)\b/y;
// Or an emoji or "btw" after the name, as a text from a new number writes it ("hey its Keely 🙋‍♀️", "its Mitch btw"), or a
// desk's "how can I help" or "can I get your name" as a call's transcript runs on ("Greenway pharmacy this is Dana how can
// I help", "this is marisol can I get your name"); a filler may stand before the affiliation ("this is dolores whitfield um
// calling"); or what the writer is doing ("Hi this is Maria Delgado trying to refill my metformin", "returning a call").
const introductionEnd =
  /[ \t]*(?:[.,!(]|\r?\n|$)|[ \t]+(?:re|about|regarding|btw)\b|[ \t]+(?:just[ \t]+)?(?:trying|ringing|writing|texting|following up|checking|looking|wondering|reaching out|wanting|hoping|returning|responding|replying)\b|[ \t]+(?:how )?(?:can|may) (?:I|we) (?:help|get|have|take)\b|[ \t]*(?:[\u2600-\u27bf]|\ud83c[\udf00-\udfff]|\ud83d[\udc00-\udeff]|\ud83e[\udd00-\uddff])/y;

/** Where the character before the blanks that end at `at` (inclusive) stands: `at` itself when it is no blank. */
function lastBeforeBlanks(text: string, at: number): number {
  let index = at;
  while (index > 0 && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09) && at - index < 12) index -= 1;
  return index;
}

/** Whether a quote closing a key stands at `at`, a letter before it (`"name"`, `'first_name'`). */
function isQuotedKeyEnd(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0x22 || code === 0x27) && isAsciiLetter(text.charCodeAt(at - 1));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** "your" as "[Yy]our": a possessive opens a sentence as often as not. */
function capitalisedEither(word: string): string {
  return `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
}

function followedBy(text: string, options: { pattern: RegExp; index: number }): boolean {
  options.pattern.lastIndex = options.index;
  return options.pattern.test(text);
}

/**
 * One word of two capitalised parts, as brands join theirs ("ParcelStream", "FedEx"); not a surname's prefix before its
 * capital ("McAllister", "MacLeod", "DeShawn", "LeBlanc", "DiMaggio", "VanDyke", "FitzGerald").
 */
const brandShaped = /^(?!Mc|Mac|De|Le|La|Di|Da|Du|Van|Von|Fitz)([A-Z][a-z]+)([A-Z][a-z]+)$/;

/** `brandShaped`, and neither part a listed first name, as joined given names are ("JoAnn", "MaryBeth"). */
function isBrandShaped(word: string): boolean {
  const parts = brandShaped.exec(word);
  return parts !== null && !isListedFirstName(parts[1]!) && !isListedFirstName(parts[2]!);
}

function scoreFor(context: Context, options: { name: LatinName; text: string }): number | undefined {
  const { name, text } = options;
  const full = name.wordCount >= 2;
  switch (context) {
    case Context.Title:
    case Context.NameIs:
      return 0.85;
    // "Customer: Do you …", "CALLER: Second of October": one word that a sentence goes on from is no name, unless listed.
    case Context.ColonLabel:
      if (!full && continuesSentence(text, name)) return undefined;
      return full ? 0.85 : 0.7;
    case Context.IAm:
      // "I'm Happy", "I'm Korean": one word is a name only when it is a common first name.
      if (full) return name.knownFirstName ? 0.85 : 0.7;
      return name.knownFirstName ? 0.6 : undefined;
    case Context.BareLabel:
      if (!full && continuesSentence(text, name)) return undefined;
      return full ? 0.75 : name.knownFirstName ? 0.65 : 0.55;
    case Context.Greeting:
      if (!followedBy(text, { pattern: greetingEnd, index: name.end })) return undefined;
      // "Dear ParcelStream,": a customer's complaint to a firm greets its brand, written as one word with a capital inside.
      if (!full && !name.knownFirstName && isBrandShaped(text.slice(name.start, name.end))) return undefined;
      return full || name.knownFirstName ? 0.8 : 0.65;
    case Context.Closing:
      if (!followedBy(text, { pattern: endOfLine, index: name.end })) return undefined;
      return full ? 0.8 : 0.65;
    // "Thanks Amazon,": thanks name a person by a common first name only.
    case Context.Thanks:
      if (!name.knownFirstName || !followedBy(text, { pattern: greetingEnd, index: name.end })) return undefined;
      return full ? 0.8 : 0.7;
    // "Hi Dean,", "Hi Brooke Hennessy!": a greeting that opens a line names whoever it greets with a comma or a mark after
    // the name, a name no list holds too; "Hi Team,", "Hello World!" and "Hi guys" greet no one by name.
    case Context.Salutation:
      if (!followedBy(text, { pattern: greetingEnd, index: name.end })) return undefined;
      if (name.knownFirstName) return full ? 0.8 : 0.7;
      if (
        !followedBy(text, { pattern: greetingMark, index: name.end }) ||
        greetedNonNames.has(text.slice(name.start, name.end).split(' ')[0]!)
      )
        return undefined;
      return full ? 0.65 : 0.6;
    // "Call Center", "Contact Support": after a verb, too, only a common first name is taken for a person.
    case Context.Request:
      if (!name.knownFirstName) return undefined;
      return full ? 0.75 : 0.6;
    // "My mom, Korean Air lost her bag": after a comma, a listed first name or a closed apposition only.
    case Context.KinshipApposition:
      if (!name.knownFirstName && !followedBy(text, { pattern: appositionEnd, index: name.end })) return undefined;
      return full ? 0.8 : name.knownFirstName ? 0.75 : 0.65;
    case Context.Kinship:
    case Context.Named:
      return full ? 0.8 : name.knownFirstName ? 0.75 : 0.65;
    case Context.ClosingInline:
      if (!name.knownFirstName || !followedBy(text, { pattern: closingLineEnd, index: name.end })) return undefined;
      return full ? 0.8 : 0.7;
    case Context.BeforeHangul:
      return undefined;
    // "the brand name Apple", "Client Services": one word only when it is a listed first name.
    case Context.NameLabel:
      if (full) return continuesSentence(text, name) ? undefined : 0.75;
      return name.knownFirstName ? 0.65 : undefined;
    case Context.NameOn:
      return 0.85;
    // "booked under the name Okafor": a surname alone is how a booking is kept; "in the name of God" or of a firm names no one.
    case Context.InTheName:
      if (notPeopleInTheName.has(text.slice(name.start, name.end).split(' ')[0]!) || holdsFirmWord(text.slice(name.start, name.end)))
        return undefined;
      return full ? 0.8 : name.knownFirstName ? 0.75 : 0.65;
    // People sign and witness, but so do firms ("signed by DocuSign"): one word only when it is a listed first name.
    case Context.SignedBy:
      // "Signed by Resident Life Coordinator: Bronwyn Keane": the words before a post's colon are the post, no name.
      if (followedBy(text, { pattern: postLabelAfter, index: name.end })) return undefined;
      // "Approved by Head Office", "checked by Royal Mail": after an act a desk does too, a full name with a listed word or a
      // role after it ("completed by Hollie Barnsley (HR Advisor)").
      if (recordedActionBefore.test(text.slice(Math.max(0, name.start - 24), name.start)))
        return full &&
          (opensWithListedName(text, name) ||
            endsWithListedName(text, name) ||
            followedBy(text, { pattern: roleAfterName, index: name.end }))
          ? 0.75
          : undefined;
      return full ? 0.8 : name.knownFirstName ? 0.7 : undefined;
    case Context.ThisIs:
      if (followedBy(text, { pattern: affiliation, index: name.end })) return name.knownFirstName || full ? 0.8 : 0.65;
      // "Hi it's Lorraine on ward 7B", "this is Mark on the night shift": a listed name at a post.
      if ((name.knownFirstName || full) && followedBy(text, { pattern: atPost, index: name.end })) return 0.75;
      // "Hi, this is Tom." ends the introduction: a listed first name alone there is the writer ("This is Grace Cleaner." may
      // be a product; a full name is left to the known-name search).
      // A full name there counts when its last word is a listed name ("this is Guadalupe Reyes,"), not a noun ("Grace Cleaner").
      if (
        (full ? endsWithListedName(text, name) || isInCapitals(text, name) || opensWithListedName(text, name) : name.knownFirstName) &&
        followedBy(text, { pattern: introductionEnd, index: name.end })
      )
        return 0.7;
      // "You're now chatting with Jarrah.": a chat window names its agent, whatever the name.
      if (
        chatWindowIntroduction.test(text.slice(Math.max(0, name.start - 40), name.start)) &&
        !text
          .slice(name.start, name.end)
          .split(' ')
          .some((word) => chatWindowNonNames.has(word)) &&
        followedBy(text, { pattern: introductionEnd, index: name.end })
      )
        return 0.65;
      return full ? 0.45 : undefined;
  }
}

/** A capitalised word and a colon after the words read, which make a post's label of them ("Resident Life Coordinator:"). */
const postLabelAfter = /[ \t]+[A-Z][a-z]+[ \t]*[:：]/y;

/** What a chat window says before its agent's name ("You're now chatting with ", "you are chatting with "). */
const chatWindowIntroduction = /(?:[Yy]ou(?:'re|’re| are))(?:[ \t]+now)?[ \t]+chatting with[ \t]+$/;
/** What a chat window calls a bot or a desk rather than a person ("Virtual Assistant", "Billing Team"). */
const chatWindowNonNames: ReadonlySet<string> = new Set([
  'Assistant',
  'Bot',
  'Chatbot',
  'Agent',
  'Team',
  'Desk',
  'Support',
  'Helper',
  'AI',
]);

/** Whether the name is written in capitals, which `isNameInCapitalsOrNone` has vouched for ("it's KIM MINJUN."). */
function isInCapitals(text: string, name: LatinName): boolean {
  return !/[a-zß-ÿ]/.test(text.slice(name.start, name.end));
}

/** Whether a full name opens with a listed first name that is no everyday word ("Gareth Pryce-Llewellyn", not "Grace Cleaner"). */
function opensWithListedName(text: string, name: LatinName): boolean {
  const first = text.slice(name.start, name.end).split(/[ \t]+/)[0]!;
  return name.knownFirstName && !firstNamesThatAreWords.has(first);
}

function endsWithListedName(text: string, name: LatinName): boolean {
  const words = text.slice(name.start, name.end).split(/[ \t]+/);
  return isListedLatinName(words[words.length - 1]!);
}

/** Thanks, reassurance and an apology among the greetings that open a turn ("Agent: So sorry Oluwaseun, …"). */
const thanking = /^(?:Thanks|Thank you|Cheers|No worries|So sorry|Sorry)/;

/** The mark after a name a greeting gives alone: a comma or an exclamation mark ("Hi Dean,", "Hey Rhys!"). */
// Or the writer's name said with "here" ("Hey, Jaz here from Fantastic Furniture"), or a second name greeted with it
// ("Kia ora Bronwyn & Tevita,").
const greetingMark = /[ \t]*[,!]|[ \t]+here\b|[ \t]+(?:&|and)[ \t]+[A-Z][a-z]+[ \t]*[,!]/y;
/** Capitalised words a greeting opens with that name no one ("Hi Guys,", "Hello World!", "Hey Mate,"). */
const greetedNonNames: ReadonlySet<string> = new Set([
  ...['World', 'Everybody', 'Guys', 'Folks', 'Friends', 'Mate', 'Mates', 'Love', 'Hun', 'Babe', 'Neighbours', 'Neighbors'],
  ...['Colleagues', 'Ladies', 'Gents', 'Gentlemen', 'Sirs', 'Doc', 'Boss', 'Mum', 'Mom', 'Dad', 'Bro', 'Sis', 'Fam', 'Chief'],
  ...['Buddy', 'Dude', 'Darling', 'Sweetie', 'Honey', 'Girls', 'Boys', 'Again', 'Both', 'Class', 'Crew', 'Squad', 'Gang', 'Welcome'],
  // Voice assistants and services greeted as if by name.
  ...['Siri', 'Alexa', 'Google', 'Cortana', 'Bixby', 'Amazon', 'Apple', 'Netflix', 'Spotify', 'Uber'],
  // A body a resident or a tenant writes to ("Hello Council,", "Dear Committee,").
  ...['Council', 'Committee', 'Board', 'Strata', 'Management', 'Trustees', 'Directors'],
  // A post greeted without the name ("Hi Attorney,").
  ...['Attorney', 'Atty', 'Counsel', 'Officer', 'Judge'],
  // A ship's master, greeted by the post by the agents and the owners who write to the ship ("Good day Captain,").
  ...['Captain', 'Capt', 'Master', 'Skipper'],
]);

const sentenceGoesOn = /[ \t]+(?:(?!here\b)[a-z]|-[ \t])/y;

/**
 * Whether one unlisted word is followed by a word in lower case or a dash, as a sentence or a heading goes on after its
 * first word ("Do you", "Booking ref is", "Intake - Bloor West"); a listed name may be a subject ("Customer: John wants …"),
 * and any name may introduce itself ("Dearbhla here").
 */
function continuesSentence(text: string, name: LatinName): boolean {
  if (name.knownFirstName || isListedLatinName(text.slice(name.start, name.end))) return false;
  sentenceGoesOn.lastIndex = name.end;
  return sentenceGoesOn.test(text);
}

function contextOf(match: RegExpExecArray): Context | undefined {
  for (let group = 1; group < match.length; group += 1) {
    if (match[group] !== undefined) return group as Context;
  }
  return undefined;
}

/**
 * English names (and Hangul names after an English label) marked as a person by the words around them; remembered for the
 * last text, which the layout's look and the search both read.
 *
 * @example
 * findEnglishNames('Dear Ms. Jane Doe, my name is Tom.').map((finding) => finding.text); // ['Jane Doe', 'Tom']
 */
export const findEnglishNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  contextHintPattern.lastIndex = 0;
  // `test` leaves `lastIndex` at the end of the hint without allocating a match array per hit.
  while (contextHintPattern.test(text)) {
    const hintEnd = contextHintPattern.lastIndex;
    if (text.charCodeAt(hintEnd - 1) === 0x20 && text.charCodeAt(hintEnd - 2) === 0x64 && text.charCodeAt(hintEnd - 3) === 0x65) {
      // "amed " or "alled ": no other hint ends in "ed " ("Insured:" ends in a colon).
      const finding = nameAfterNamed(text, hintEnd);
      if (finding !== undefined) findings.push(finding);
      continue;
    }
    // A colon after a digit or a symbol ("3:00", ":)") cannot end a label; after a quoted key it does (`"name": `), after a
    // party's number ("Referee 1: "), after a qualifier in brackets ("Name (Roman): ") and after a blank that follows a
    // letter, as scanned and French forms space it ("Name : "), or after the blanks that align a form's colons ("Father's
    // name  : ").
    const last = text.charCodeAt(hintEnd - 1);
    if (
      (last === 0x3a || last === 0xff1a) &&
      !isAsciiLetter(text.charCodeAt(hintEnd - 2)) &&
      !(text.charCodeAt(hintEnd - 2) === 0x20 && isAsciiLetter(text.charCodeAt(lastBeforeBlanks(text, hintEnd - 2)))) &&
      text.charCodeAt(hintEnd - 2) !== 0x29 &&
      !isQuotedKeyEnd(text, hintEnd - 2) &&
      !isNumberedLabelColon(text, hintEnd - 1)
    )
      continue;
    const windowStart = Math.max(0, hintEnd - windowBefore);
    const window = text.slice(windowStart, hintEnd + windowAfter);
    contextPattern.lastIndex = 0;
    for (let match = contextPattern.exec(window); match !== null; match = contextPattern.exec(window)) {
      // Context words wholly before the hint were handled at an earlier hint; later ones wait for theirs.
      if (match.index + match[0].length < hintEnd - windowStart - 1) continue;
      if (match.index >= hintEnd - windowStart) break;
      const finding = findingAt(text, { match, offset: windowStart });
      if (finding !== undefined) findings.push(finding);
      const second = finding !== undefined && contextOf(match) === Context.ColonLabel ? secondLabelledName(text, finding) : undefined;
      if (second !== undefined) findings.push(second);
      contextHintPattern.lastIndex = Math.max(contextHintPattern.lastIndex, windowStart + match.index + match[0].length);
      break;
    }
  }
  if ((textFeatures(text).triggers & textTrigger.kinship) !== 0) for (const finding of namesAfterRelatives(text)) findings.push(finding);
  if (text.includes(' speaking')) for (const finding of namesBeforeSpeaking(text)) findings.push(finding);
  if (namePhraseCore.test(text)) {
    namePhrasePattern.lastIndex = 0;
    for (let match = namePhrasePattern.exec(text); match !== null; match = namePhrasePattern.exec(text)) {
      const context = match[1] !== undefined ? Context.NameOn : match[2] !== undefined ? Context.InTheName : Context.SignedBy;
      const finding = nameAfterContext(text, { context, start: namePhrasePattern.lastIndex });
      if (finding !== undefined) findings.push(finding);
    }
  }
  for (let lineStart = 0; lineStart !== -1; lineStart = nextLineStart(text, lineStart)) {
    const opening = lineOpening(text, lineStart);
    if (opening === undefined) continue;
    const finding = nameAfterContext(text, opening);
    if (finding === undefined) continue;
    findings.push(finding);
    const second = opening.context === Context.Salutation ? secondGreetedName(text, finding) : undefined;
    if (second !== undefined) findings.push(second);
  }
  return findings;
});

/**
 * A second first name greeted with the first, before a comma, an exclamation mark or a dash ("Kia ora Bronwyn & Tevita,",
 * "Welcome Priya & Tom - check-in from 2pm").
 */
const secondGreeted = /[ \t]+(?:&|and)[ \t]+([A-Z][a-z]+)(?=[ \t]*[,!]|[ \t]+[-–—][ \t])/y;

/**
 * The second person a greeting names ("Welcome Sven & Ingrid!", "Kia ora Bronwyn & Tevita,"): a greeting may name a couple
 * as it names one person; not a group or a word ("Hi Tom and Team,", "Hi all and Welcome!").
 */
function secondGreetedName(text: string, first: PiiFinding): PiiFinding | undefined {
  secondGreeted.lastIndex = first.end;
  const match = secondGreeted.exec(text);
  const name = match?.[1];
  if (name === undefined || wordsThatAreNotNames.has(name) || greetedNonNames.has(name) || companySuffixes.has(name)) return undefined;
  const end = secondGreeted.lastIndex;
  return { ...first, start: end - name.length, end, text: name };
}

/** "and" or "&" between two people a label names. */
const secondNameJoin = /[ \t]+(?:and|&)[ \t]+/y;

/**
 * The second full name a label's value joins to the first ("Tenants: Olivia Tremblay and Marc-André Gagnon"): two words
 * or more, with a listed first name or surname, ending the line or its part.
 */
function secondLabelledName(text: string, first: PiiFinding): PiiFinding | undefined {
  secondNameJoin.lastIndex = first.end;
  if (!secondNameJoin.test(text)) return undefined;
  const name = latinNameAfter(text, { start: secondNameJoin.lastIndex });
  if (name === undefined || name.wordCount < 2) return undefined;
  const spelled = text.slice(name.start, name.end);
  if (!(name.knownFirstName || isListedLatinName(spelled)) || !/^[ \t]*(?:[,;(]|\r?\n|$)/.test(text.slice(name.end, name.end + 3)))
    return undefined;
  return { ...first, start: name.start, end: name.end, text: spelled };
}

/**
 * A greeting or a filler in lower case that opens a line before a capital ("hi Fatima,", "omg hi its Marnie"): the English
 * search reads it there, though it sets no hint of the feature pass, so that "hi where is my order" costs that pass alone.
 */
const lowerCaseGreetingBeforeCapital = /(?:(?:hi+|hey+|hiya|heya|yo|omg|jk|its)[ \t]*[,!]?[ \t]+){1,3}[A-Z]/y;

/**
 * Whether a line opens with a greeting or a filler in lower case before a capital.
 *
 * @example
 * opensLineWithLowerCaseGreeting('hi Fatima, my new number'); // true
 * opensLineWithLowerCaseGreeting('hi where is my order'); // false
 */
export function opensLineWithLowerCaseGreeting(text: string): boolean {
  for (let lineStart = 0; lineStart !== -1; lineStart = nextLineStart(text, lineStart)) {
    let at = lineStart;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
    // The first letters of the words above (h, y, o, j, i) before the pattern: most lines open otherwise.
    const code = text.charCodeAt(at);
    if (code !== 0x68 && code !== 0x79 && code !== 0x6f && code !== 0x6a && code !== 0x69) continue;
    lowerCaseGreetingBeforeCapital.lastIndex = at;
    if (lowerCaseGreetingBeforeCapital.test(text)) return true;
  }
  return false;
}

/** The names after a relative ("my wife Jennifer", "your son Arjun", "my wife, Leticia,") or a relative's title ("Uncle Emeka"). */
function namesAfterRelatives(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  kinshipPattern.lastIndex = 0;
  // `test` leaves `lastIndex` where the name starts, with no match array per hit.
  while (kinshipPattern.test(text)) {
    const start = kinshipPattern.lastIndex;
    // After a comma or a bracket the name is set apart, and must close ("my wife, Leticia, …", "my wife (Linda)").
    let before = start - 1;
    while (before > 0 && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0x09)) before -= 1;
    const apart = text.charCodeAt(before) === 0x2c || text.charCodeAt(before) === 0x28;
    const finding = nameAfterContext(text, { context: apart ? Context.KinshipApposition : Context.Kinship, start });
    if (finding !== undefined) findings.push(finding);
  }
  return findings;
}

/**
 * A name called out with the Vietnamese vocative "ơi" that opens a line or follows a mark ("Linh ơi, I sent you the
 * deposit"), as Vietnamese customers write in English too.
 */
const nameCalledWithOi = /(?:^|\n|[,.!:][ \t]*)([A-ZÀ-Þ][a-zß-ÿ]+|[A-ZÀ-Þ]\p{Ll}+)[ \t]+ơi(?![\p{L}])/gu;

/**
 * The names called out with "ơi"; read where the text holds " ơi".
 *
 * @example
 * findNamesCalledWithOi('Linh ơi, I sent you the deposit').map((finding) => finding.text); // ['Linh']
 */
export function findNamesCalledWithOi(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  nameCalledWithOi.lastIndex = 0;
  for (let match = nameCalledWithOi.exec(text); match !== null; match = nameCalledWithOi.exec(text)) {
    const name = match[1]!;
    if (wordsThatAreNotNames.has(name)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: englishNameRecognizerName });
  }
  return findings;
}

/**
 * Who answers a call by name ("Parklands Medical Centre, Wanjiru speaking.", "Tom speaking"): a name that opens a line or
 * follows a comma, before "speaking"; "Generally speaking" is an adverb.
 */
const nameBeforeSpeaking = /(?:^|\n|[,.!:][ \t]*)([A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t]+speaking\b/g;

function namesBeforeSpeaking(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  nameBeforeSpeaking.lastIndex = 0;
  for (let match = nameBeforeSpeaking.exec(text); match !== null; match = nameBeforeSpeaking.exec(text)) {
    const name = match[1]!;
    if (name.endsWith('ly') || wordsThatAreNotNames.has(name.split(/[ -]/)[0]!)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: englishNameRecognizerName });
  }
  return findings;
}

/** The name after "named " or "called " that ends at `hintEnd`, when a word for a person comes before it. */
function nameAfterNamed(text: string, hintEnd: number): PiiFinding | undefined {
  if (!personBeforeNamed.test(text.slice(Math.max(0, hintEnd - personBeforeNamedWindow), hintEnd))) return undefined;
  return nameAfterContext(text, { context: Context.Named, start: hintEnd });
}

/** A greeting or a request that opens the line at `lineStart`: its kind and where the name after it would start. */
function lineOpening(text: string, quotedLineStart: number): { context: Context; start: number } | undefined {
  const lineStart = afterChatTime(text, afterQuoteMarks(text, quotedLineStart));
  const colon = text.indexOf(':', lineStart);
  const pattern = colon !== -1 && colon - lineStart <= speakerLabelReach ? speakerLineOpeningPattern : lineOpeningPattern;
  pattern.lastIndex = lineStart;
  let match = pattern.exec(text);
  if (match === null && pattern === speakerLineOpeningPattern) {
    // A colon near the start that labels no speaker ("Hi team: …", "Call: …").
    lineOpeningPattern.lastIndex = lineStart;
    match = lineOpeningPattern.exec(text);
  }
  if (match === null) {
    // "It's Joaquín, lost my phone": the writer introduced with no greeting.
    introductionAtLineStart.lastIndex = lineStart;
    return introductionAtLineStart.test(text) ? { context: Context.ThisIs, start: introductionAtLineStart.lastIndex } : undefined;
  }
  const [, speaker, greeting, spokenGreeting, introduction] = match;
  // A greeting in lower case opens a turn after a speaker, introduces the writer ("hey its Tahnee"), or opens a message to
  // someone named with a mark after the name ("hi Fatima,"), as `Context.Salutation` requires; thanks in lower case only
  // after a speaker.
  if (spokenGreeting !== undefined && !speaker && introduction === undefined && thanking.test(spokenGreeting)) return undefined;
  const context =
    introduction !== undefined
      ? Context.ThisIs
      : greeting === undefined
        ? Context.Request
        : thanking.test(greeting)
          ? Context.Thanks
          : Context.Salutation;
  return { context, start: match.index + match[0].length };
}

/** Contexts after which a name may be typed in lower case: one that introduces the writer or a relative by name. */
const lowerCaseContexts: ReadonlySet<Context> = new Set([
  Context.NameIs,
  Context.NameOn,
  Context.IAm,
  Context.ThisIs,
  Context.Kinship,
  Context.KinshipApposition,
]);

/**
 * Contexts that a name may follow in capitals, as a passport, a card or an account prints it ("on my passport it's KIM
 * MINJUN", "account name NGUYEN THI MAI ANH", "account holder O G BEVAN"): after a form's label any, after the others `isNameInCapitalsOrNone`.
 */
// A letter's greeting too, as a mail merge prints the addressee ("Dear FEMI ADEBAYO,"): a full name with a listed word.
const uppercaseContexts: ReadonlySet<Context> = new Set([
  Context.Greeting,
  Context.ColonLabel,
  Context.BareLabel,
  Context.NameIs,
  Context.NameLabel,
  Context.NameOn,
  Context.InTheName,
  Context.ThisIs,
]);

/**
 * Whether `name` is written in capitals as a person's name is ("KIM MINJUN", "GRACE AKINYI OTIENO"), or not in capitals
 * at all: two words or more, one of them a listed first name or surname or a Korean surname as passports spell it ("it's
 * URGENT PLEASE" and "this is AT" are no names).
 */
function isNameInCapitalsOrNone(text: string, name: LatinName): boolean {
  if (!isInCapitals(text, name)) return true;
  const spelled = text.slice(name.start, name.end);
  return name.wordCount >= 2 && (isListedLatinName(spelled) || spelled.split(/[ \t]+/).some(isKoreanSurnameInLatin));
}

/**
 * A thing's name field ("Business name: Sparkle Home Cleaning", "Wi-Fi name: …", "Pet name: Biscuit", a W-9's "Business
 * name/disregarded entity name: Halvorsen Woodworks"), no person's.
 */
const thingBeforeNameLabel =
  /\b(?:[Bb]usiness|[Cc]ompany|[Tt]rading|[Bb]rand|[Ss]tore|[Ss]hop|[Pp]roduct|[Nn]etwork|[Ff]ile|[Hh]ost|[Dd]evice|[Pp]roject|[Pp]et|[Tt]eam|[Pp]lan|[Bb]ank|[Ss]chool|[Ss]treet|[Vv]enue|[Ee]vent|[Hh]otel|[Bb]ranch|[Bb]uilding|[Ww]i-?[Ff]i|SSID|[Cc]ourse|[Dd]omain|[Aa]pp|[Mm]odel|[Ii]tem|[Pp]ackage|[Ss]ite|[Pp]roperty|[Ee]mployer|[Ff]irm|[Ee]ntity|BUSINESS|COMPANY)[ \t]+$/;

/** Brands named after a doctor, which a shop's customers write as they would a title and a name. */
const brandsAfterDoctor = /(?:Pepper|Martens|Oetker|Jart|Scholl|Bronner)\b/y;

/** "12 Elm Dr." is a street; "Dr. Pepper" and "Dr. Martens" are brands. */
function isDoctorNotAPerson(text: string, at: { contextStart: number; start: number }): boolean {
  brandsAfterDoctor.lastIndex = at.start;
  return brandsAfterDoctor.test(text) || streetBeforeTitle.test(text.slice(Math.max(0, at.contextStart - 60), at.contextStart));
}

/** Where a line's own text starts after the marks an e-mail quotes it with ("> Hi Dana,", ">> Thanks Sam"). */
function afterQuoteMarks(text: string, lineStart: number): number {
  if (text.charCodeAt(lineStart) !== 0x3e) return lineStart;
  let at = lineStart;
  while (text.charCodeAt(at) === 0x3e || text.charCodeAt(at) === 0x20) at += 1;
  return at;
}

/** Where the line after the one that starts at `lineStart` starts, or -1 on the last line. */
function nextLineStart(text: string, lineStart: number): number {
  const lineBreak = text.indexOf('\n', lineStart);
  return lineBreak === -1 ? -1 : lineBreak + 1;
}

/** A Korean surname spelled as an English word ("Oh", "An", "Do") that ends its phrase after a title ("Dear Mr. Oh,"). */
const surnameEndingPhrase = /[A-Z][a-z]{1,3}(?=[ \t]*(?:[,.;:!?)]|\r?\n|$))/y;

/** "Dear Mr. Oh,", "Thanks, Ms. An.": after a title, a Korean surname that is an English word too is the surname. */
function koreanSurnameThatIsAWord(text: string, start: number): PiiFinding | undefined {
  surnameEndingPhrase.lastIndex = start;
  const match = surnameEndingPhrase.exec(text);
  if (match === null || !wordsThatAreNotNames.has(match[0]) || !isKoreanSurnameInLatin(match[0])) return undefined;
  return { type: 'PERSON', start, end: start + match[0].length, text: match[0], score: 0.8, recognizer: englishNameRecognizerName };
}

function findingAt(text: string, options: { match: RegExpExecArray; offset: number }): PiiFinding | undefined {
  const { match, offset } = options;
  const context = contextOf(match);
  if (context === undefined) return undefined;
  const contextStart = offset + match.index;
  const start = contextStart + match[0].length;
  if (context === Context.Title && match[1] === 'Dr' && isDoctorNotAPerson(text, { contextStart, start })) return undefined;
  // A title in capitals names a name in capitals ("MRS ELIF GRUBER-DEMIR").
  const capitalTitle = context === Context.Title && /^[A-Z]{2,4}$/.test(match[1]!);
  const finding =
    nameAfterContext(text, { context, start, capitalTitle }) ??
    (context === Context.Title && !capitalTitle ? koreanSurnameThatIsAWord(text, start) : undefined);
  // … and no other word ("ALMANSOORI/KHALID MR   Passport N0441…": the title ends a passenger's name).
  if (capitalTitle && finding !== undefined && /[a-z]/.test(finding.text)) return undefined;
  // "Title: Mrs    Full name: Bethany Louise Carrow": the title is a field's value, the word after it the next field's label.
  if (context === Context.Title && finding !== undefined && followedBy(text, { pattern: nameLabelAfter, index: finding.end }))
    return undefined;
  // "Customer: PS-UK-30918842, Priyanka Chauhan": letters joined to digits by a hyphen are a reference's prefix.
  if (finding !== undefined && followedBy(text, { pattern: digitsJoined, index: finding.end })) return undefined;
  if (finding === undefined || context !== Context.ColonLabel) return finding;
  const label = match[context]!;
  const key = label.toLowerCase();
  if (weakLabels.has(key) && !isNameAfterWeakLabel(finding, key) && !precedesPostTitle(text, finding)) return undefined;
  if (key === 'name' && thingBeforeNameLabel.test(text.slice(Math.max(0, contextStart - 16), contextStart))) return undefined;
  // "… for the landlord:\nApplicant: Hemi Walker": the next line's own label is no value of this one.
  if (text.slice(contextStart, finding.start).includes('\n') && /^[ \t]*[:：]/.test(text.slice(finding.end, finding.end + 3)))
    return undefined;
  // "Customer: Tracking 5829 4410 3372", "Customer: Session ID 0000132…": after a speaker's label, one word before the number
  // given is what the number is, unless a listed name ("Caller: Gareth 07700 900123") or Hangul.
  if (
    speakerLabels.has(key) &&
    !/[ \t]/.test(finding.text) &&
    isAsciiLetter(finding.text.charCodeAt(0)) &&
    numberFollows(text, finding.end) &&
    !isListedLatinName(finding.text)
  )
    return undefined;
  // "AGENT: Are you starting, stopping or transferring?\nCALLER: Starting.": one unlisted word a caller answers with that the
  // question before spelled in lower case is the choice made, no name.
  if (speakerLabels.has(key) && !/[ \t]/.test(finding.text) && !isListedLatinName(finding.text) && echoesWordAsked(text, finding))
    return undefined;
  // "Client: Armed, yes.": one unlisted word a caller answers with before "yes" or "no" is the answer, no name.
  if (
    speakerLabels.has(key) &&
    !/[ \t]/.test(finding.text) &&
    !isListedLatinName(finding.text) &&
    followedBy(text, { pattern: answerWord, index: finding.end })
  )
    return undefined;
  // An acronym or a brand in capitals is no name ("Contact: TCP/IP team", "Owner: IT", "Wi-Fi name: FRITZ!Box"), a
  // surname in capitals a listed one ("NAME: KIM").
  // After a surname's or a given name's own label a word in capitals is that part ("Surname: KARAGIANNIS", "Given names:
  // THI LAN"), unless a placeholder.
  if (capitalWord.test(finding.text) && !isListedLatinName(finding.text)) {
    if (!namePartLabels.has(key) || placeholdersInCapitals.has(finding.text)) return undefined;
    return wordsInCapitalsFrom(text, finding);
  }
  // Words run together in camel case name a network, a product or an account ("Wi-Fi name: WilliamsHome"); a surname's
  // prefix is the exception ("McAllister", "DeShawn").
  if (camelCaseWord.test(finding.text) && !surnamePrefix.test(finding.text)) return undefined;
  // A data key that does not name a person ("name": "Galaxy S24", "contact=Support Team") needs a listed name, or Hangul.
  const structured = /["'=]/.test(match[0].slice(label.length));
  return !structured || personKeySet.has(key) || isHangulSyllable(finding.text.charCodeAt(0)) || isListedLatinName(finding.text)
    ? finding
    : undefined;
}

/** Words in capitals after one, a single blank apart on its line ("THI LAN"); a field's wider gap ends them. */
const moreWordsInCapitals = /(?: [A-Z]{2,}){1,3}(?![\p{L}'’-])/uy;

/**
 * A name part in capitals after its field's label, with the words in capitals after it ("Given names: THI LAN"); none
 * where the word goes on in letters the search did not read ("JOÃO").
 */
function wordsInCapitalsFrom(text: string, finding: PiiFinding): PiiFinding | undefined {
  if (/\p{L}/u.test(text.charAt(finding.end))) return undefined;
  moreWordsInCapitals.lastIndex = finding.end;
  if (!moreWordsInCapitals.test(text)) return finding;
  const end = moreWordsInCapitals.lastIndex;
  return { ...finding, end, text: text.slice(finding.start, end) };
}

/** "name:" or "name " and a colon after a word, as the next field's label is written ("Mrs    Full name:"). */
const nameLabelAfter = /[ \t]+name[ \t]*[:：]/y;
/** A hyphen or a slash and a digit right after a word ("PS-UK-30918842"), as a reference's prefix is joined to its number. */
const digitsJoined = /[-/]?\d/y;
/** How far back the question a caller answers may start. */
const questionReach = 240;

/** Whether the word, in lower case, is a word of the text just before it, as the question it answers spelled it. */
function echoesWordAsked(text: string, finding: PiiFinding): boolean {
  const word = finding.text.toLowerCase();
  const before = text.slice(Math.max(0, finding.start - questionReach), finding.start);
  for (let at = before.indexOf(word); at !== -1; at = before.indexOf(word, at + 1)) {
    if (!isAsciiLetter(before.charCodeAt(at - 1)) && !isAsciiLetter(before.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** A yes or a no after a comma, as a caller answers ("Armed, yes."). */
const answerWord = /,[ \t]*(?:yes|no|yeah|yep|nope)\b/iy;

/** The labels of a transcript's or a chat's turns, after which a caller answers with what was asked. */
const speakerLabels: ReadonlySet<string> = new Set(['customer', 'caller', 'client', 'agent', 'user', 'guest', 'member', 'visitor']);
/** A number after a word: past a comma, an "ID", "IP", "No." or "#", digits or a code in capitals with a digit ("ZR4NQT"). */
const numberAfterWord = /[ \t]*,?[ \t]*(?:(?:ID|IP|No\.?|#)[ \t:#]*)?[A-Z]*\d/y;

function numberFollows(text: string, at: number): boolean {
  numberAfterWord.lastIndex = at;
  return numberAfterWord.test(text);
}

/** The labels of a surname alone, after which a word in capitals is the surname as a form asks for it. */
/** A form's field of a surname or of given names, after which a word in capitals is that part of a name ("Given names: THI LAN"). */
const namePartLabels: ReadonlySet<string> = new Set([
  ...['surname', 'last name', 'family name', 'apellido', 'nom de famille', 'nom', 'familienname', 'nachname'],
  ...['given name', 'given names', 'first name', 'first names', 'forename', 'forenames', 'prénom', 'vorname', 'vornamen'],
]);
/** What a form holds where a name is still to come. */
const placeholdersInCapitals: ReadonlySet<string> = new Set(['TBC', 'TBD', 'NA', 'NONE', 'UNKNOWN', 'PENDING', 'SAME', 'XXX']);

/**
 * Whether a name read after a weak label is one: written in Hangul, or holding a listed first name or surname ("Monitoring
 * System", "Google Calendar" and "Web Form" hold none); after a header, a full name only.
 */
function isNameAfterWeakLabel(finding: PiiFinding, label: string): boolean {
  if (isHangulSyllable(finding.text.charCodeAt(0))) return true;
  if (headerLabelSet.has(label) && !/[ \t,]/.test(finding.text)) return false;
  // "Prepared by: Hill Country Elder Law": a listed word opens a firm's name as often.
  if (holdsFirmWord(finding.text)) return false;
  if (isListedLatinName(finding.text) || hasPersonalNameShape(finding.text)) return true;
  // A party to a sale, a shipment or a care plan is a person or a firm: a full name of two or three capitalised words with
  // no firm's word in it is a person ("Seller: Bronwyn Macready", "Ordering party: Klaus-Dieter Brenner").
  return partyLabels.has(label) && /^[A-Z][^ \t]+(?:[ \t]+[A-Z][^ \t]+){1,2}$/.test(finding.text) && !holdsFirmWord(finding.text);
}

/**
 * A post's title after a full name and its comma ("Approved by: Leilani Kahale, Operations Manager", "Prepared by: Tom Ferris,
 * Payroll Lead"): a person holds a post; a firm after a weak label is followed by its own words, not a title.
 */
function precedesPostTitle(text: string, finding: PiiFinding): boolean {
  if (!/^[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}$/.test(finding.text) || holdsFirmWord(finding.text)) return false;
  postTitleAfterComma.lastIndex = finding.end;
  return postTitleAfterComma.test(text);
}

/**
 * A romanised Korean surname that is an English word too, alone after a title ("Mr. Oh asked", "Ms. Ha called"): the
 * title makes it the surname.
 */
function koreanSurnameAfterTitle(text: string, start: number): LatinName | undefined {
  // A given name after it makes a full name, which the romanised names' search reads ("Dr. Oh Seung-hwan").
  const word = /^[A-Z][a-z]{1,4}(?![\p{L}'’-])(?![ \t]+[A-Z])/u.exec(text.slice(start, start + 12))?.[0];
  if (word === undefined || !isKoreanSurnameInLatin(word)) return undefined;
  return { start, end: start + word.length, wordCount: 1, knownFirstName: false };
}

/** A comma, up to two capitalised words of a department, and a post's word that ends the title. */
const postTitleAfterComma =
  /,[ \t]*(?:[A-Z][A-Za-z&]+[ \t]+){0,2}(?:Manager|Director|Officer|Coordinator|Lead|Supervisor|Specialist|Administrator|Accountant|Controller|Executive|Partner|Associate|Assistant)\b/y;

/**
 * A name no firm or system is written as: initials before a surname ("J. Okoro", "H. Müller-Lüdenscheidt"), or a full name
 * whose surname carries a letter beyond English's or joins two names with a hyphen ("Kacper Zieliński", "Ana Ruiz-Soto").
 */
function hasPersonalNameShape(name: string): boolean {
  if (/^(?:[A-Z]\.[ \t]?){1,2}[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ]+)?$/u.test(name)) return true;
  return /^[A-Z]\p{Ll}+[ \t]+(?:[A-Z]\p{Ll}+[ \t]+)?[A-Z]\S*(?:[^\p{ASCII}]|\p{L}-[A-Z])\S*$/u.test(name) && !holdsFirmWord(name);
}

const partyLabels: ReadonlySet<string> = new Set(
  ['seller', 'buyer', 'caregiver', 'spouse', 'dependent', 'parent', 'claimant', 'student', 'resident', 'guest', 'visitor'].concat([
    'attendant',
    'ordering party',
    'consignee',
    'shipper',
    'signature',
    'employee',
    'employee name',
  ]),
);

const capitalWord = /^[A-Z]{2,}$/;
const camelCaseWord = /^[A-Z][a-z]+[A-Z][a-z]+$/;
const surnamePrefix = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z]/;
const commaAfterSurname = /,[ \t]*|\/(?=[A-Z]{2})/y;
const titleAfterBookingName = /[ \t]+(?:MR|MRS|MS|MSTR|MISS|DR)\b/y;

/**
 * A surname written first, as records and forms do ("Patient: Lee, Ji-won", "Name: SMITH, JOHN") and tickets and bookings
 * in capitals with a slash ("Passenger: KIM/MINSU MR"): the given names after its comma or slash join it. A single word
 * only; "Kim, please call" keeps "Kim", as a lower-case word is no name.
 */
/** Words that open a turn before the name it calls, a comma between ("Congratulations, Megan", "Sorry, Jordan"). */
const interjectionsBeforeCalledNames: ReadonlySet<string> = new Set([
  ...['Congratulations', 'Congrats', 'Welcome', 'Sorry', 'Thanks', 'Hi', 'Hello', 'Hey', 'Yes', 'No', 'Okay', 'Ok', 'Great'],
  ...['Perfect', 'Sure', 'Morning', 'Evening', 'Afternoon', 'Absolutely', 'Right', 'Alright', 'Noted', 'Certainly', 'Understood'],
]);

function withGivenNamesAfterComma(text: string, surname: LatinName): LatinName {
  if (surname.wordCount !== 1) return surname;
  commaAfterSurname.lastIndex = surname.end;
  if (!commaAfterSurname.test(text)) return surname;
  // Capitals after a surname in capitals only ("SMITH, JOHN"): after "Lee," a capitalised field may follow ("Lee, Ji-won DOB").
  const allowUppercase = hasCapitalAfterFirst(text.slice(surname.start, surname.end));
  if (text.charCodeAt(surname.end) === 0x2f && !allowUppercase) return surname;
  const given = latinNameAfter(text, { start: commaAfterSurname.lastIndex, allowUppercase });
  if (given === undefined || given.wordCount > 3) return surname;
  // A turn's label, then an interjection and the name it calls ("Rep (Carlos): Congratulations, Megan."): the name alone.
  if (interjectionsBeforeCalledNames.has(text.slice(surname.start, surname.end))) return given;
  // A slash joins two words in capitals for many things ("TCP/IP", "AND/OR"): a name with a title after it or a listed name.
  if (text.charCodeAt(surname.end) === 0x2f) {
    titleAfterBookingName.lastIndex = given.end;
    if (!titleAfterBookingName.test(text) && !isListedLatinName(text.slice(surname.start, given.end).replace('/', ' '))) return surname;
  }
  return { start: surname.start, end: given.end, wordCount: 1 + given.wordCount, knownFirstName: given.knownFirstName };
}

/** Up to three capitalised words and a comma, as a department or a desk is written before a person's name. */
const departmentBeforeComma = /((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)[ \t]*,[ \t]*/y;

/** Where the name after a department and its comma starts, when every word at `start` is one that is not a name; or -1. */
function departmentEnd(text: string, start: number): number {
  departmentBeforeComma.lastIndex = start;
  const match = departmentBeforeComma.exec(text);
  if (match === null || !match[1]!.split(/[ \t]+/).every((word) => wordsThatAreNotNames.has(word))) return -1;
  return departmentBeforeComma.lastIndex;
}

/** An English word for a person right before a Hangul name ("Customer 강진", "Guest: 박솔"). */
const personWordBefore =
  /\b(?:[Cc]ustomer|[Cc]lient|[Gg]uest|[Pp]atient|[Mm]ember|[Uu]ser|[Ss]tudent|[Tt]enant|[Bb]uyer|[Ss]eller|[Cc]aller|[Ee]mployee|[Aa]pplicant|[Oo]wner|[Dd]river|[Rr]ecipient|[Ss]ender|[Pp]assenger)[ \t]*[:：]?[ \t]*$/;

/** A form of address after a greeting, before the name ("Hi Ma'am Joy,", "Good morning Sir David"). */
// A lawyer greeted by the post ("Hi Attorney Lim,"), as Korean and Philippine clients write to one.
const addressForm = /(?:[Mm]a['’]?am|[Mm]am|[Ss]ir|[Mm]adam|Mr|Mrs|Ms|Miss|Dr|Attorney|Atty)\.?[ \t]+(?=[A-ZÀ-Þ])/y;

/**
 * A post a letter greets a person by before the surname ("Dear Principal Okonjo", "Dear Coach Reilly"), a ship's master
 * and a police rank too, as agents and banks write to them ("Dear Capt. Valdez", "Dear Det. Moreno").
 */
const postAfterDear =
  /(?:Principal|Headteacher|Headmaster|Headmistress|Coach|Councillor|Councilor|Senator|Judge|Superintendent|Attorney|Atty\.?|Captain|Capt\.?|Detective|Det\.)(?![A-Za-z])[ \t]*/y;

/** A title after a form's label, in the forms of several languages, before the name it belongs to. */
// A ship's master and a police rank too ("Local contact: Capt. Sameer Nair", "Officer: Det. Ana Ruiz").
const titleAfterLabel =
  /(?:MRS?|MS|MISS|DR|Mrs?|Ms|Miss|Dr|Sr|Sra|Srta|Dra|Mme|Mlle|Smt|Shri|Herr|Frau|Nurse|Sister|Engr|Capt|Captain|Det|Sgt)\.?[ \t]+(?=[A-ZÀ-Þ])/y;

/** Whether `word` stands elsewhere in the text before a firm's word ("Auralis Hearing", "Voltline Energy"). */
function headsFirmName(text: string, word: string): boolean {
  for (let at = text.indexOf(`${word} `); at !== -1; at = text.indexOf(`${word} `, at + 1)) {
    const next = /^[A-Z][A-Za-z]+/.exec(text.slice(at + word.length + 1, at + word.length + 24))?.[0];
    if (next !== undefined && isFirmWord(next)) return true;
  }
  return false;
}

/** The name that starts at `start`, right after a context word of kind `context`, scored for that context. */
/** An initial without its dot and the blank after it, before a capitalised word ("K Patel"). */
const initialWithoutDot = /[A-Z][ \t](?=[A-Z][a-z])/y;

/**
 * A name's words that hold a firm's word, or that one follows after a single blank ("Caritas Antakya Field Office"); a
 * form's next field stands after two blanks or a tab ("Patient: Goh Siew Lan   Hospital No.: …").
 */
function namesFirmOrOffice(text: string, name: { start: number; end: number }): boolean {
  if (
    text
      .slice(name.start, name.end)
      .split(/[ \t]+/)
      .some((word) => isFirmWord(word))
  )
    return true;
  const next = /^ ([A-Z][A-Za-z]+)(?![A-Za-z]*[ \t]*[:.#])/.exec(text.slice(name.end, name.end + 24));
  return next !== null && isFirmWord(next[1]!);
}

/**
 * A surname's particle in small letters, initials perhaps before it, that opens a field's value or follows a title: "Last
 * name: de Vries", "Account holder: S.M. de Vries", "Thanks Mr. van der Berg", as Dutch, Belgian or German names are written.
 */
const initialsThenParticle = /(?:(?:[A-Z]\.){1,3}[ \t]*)?(?:van der|van den|van de|van|von|de la|de|der|den|ter|ten)[ \t]+(?=[A-Z][a-z])/y;

/** The name a field's value gives from its particle, or its initials, to the surname's end. */
function nameOpeningWithParticle(text: string, start: number): LatinName | undefined {
  initialsThenParticle.lastIndex = start;
  if (!initialsThenParticle.test(text)) return undefined;
  const surname = latinNameAfter(text, { start: initialsThenParticle.lastIndex });
  if (surname === undefined || surname.wordCount > 2) return undefined;
  return { start, end: surname.end, wordCount: surname.wordCount + 1, knownFirstName: false };
}

function nameAfterContext(text: string, options: { context: Context; start: number; capitalTitle?: boolean }): PiiFinding | undefined {
  const { context, start } = options;
  if (isHangulSyllable(text.charCodeAt(start))) {
    const korean = koreanNameAt(text, { start }) ?? koreanNameApartAt(text, start);
    if (korean === undefined) return undefined;
    // Outside an explicit name label, a Hangul word needs a given name made of common given-name syllables and to stand alone;
    // after any English word, three syllables or more unless the word is a person's: "Jaz: 나도 감" ("me too") is a surname's
    // syllable and one more, "Customer 강진" a name.
    const explicit = context === Context.ColonLabel || context === Context.NameIs;
    const short =
      korean.text.length < 3 && context === Context.BeforeHangul && !personWordBefore.test(text.slice(Math.max(0, start - 16), start));
    if (!explicit && (short || !hasCommonGivenName(korean.text) || isHangulSyllable(text.charCodeAt(korean.end)))) return undefined;
    // "Customer: 신한 110-331-584920": a bank's name before the account number given; "Registered office: 경기도 안산시 …" a province.
    if (isBankNameBeforeNumber(text, korean) || provinceNames.has(korean.text)) return undefined;
    return { ...korean, score: explicit ? korean.score : 0.65, recognizer: englishNameRecognizerName };
  }
  if (context === Context.Greeting) {
    // "Dear Principal Okonjo and Ms. Reyes,": a school's or a team's post between "Dear" and the surname; the post alone
    // ("Dear Principal,") names no one.
    postAfterDear.lastIndex = start;
    if (postAfterDear.test(text))
      return /[A-ZÀ-Þ]/.test(text.charAt(postAfterDear.lastIndex))
        ? nameAfterContext(text, { context, start: postAfterDear.lastIndex })
        : undefined;
  }
  if (context === Context.Salutation || context === Context.Thanks) {
    // "Hi Ma'am Joy,", "Thanks Sir Alan": a form of address between the greeting and the name.
    addressForm.lastIndex = start;
    if (addressForm.test(text)) return nameAfterContext(text, { context, start: addressForm.lastIndex });
  }
  if (context === Context.Title) {
    // "Mr K Patel", "Mrs J Oyelaran-Brookes": an initial without its dot before the surname, as British forms write one.
    initialWithoutDot.lastIndex = start;
    if (initialWithoutDot.test(text)) {
      const surname = nameAfterContext(text, { context, start: initialWithoutDot.lastIndex });
      return surname === undefined ? undefined : { ...surname, start, text: text.slice(start, surname.end) };
    }
  }
  if (context === Context.ColonLabel) {
    // "Account holder: MR OLUWADAMILARE J. ADEBAYO", "Guest: Sr. Alejandro Martín Gómez": a title between label and name.
    titleAfterLabel.lastIndex = start;
    if (titleAfterLabel.test(text)) return nameAfterContext(text, { context, start: titleAfterLabel.lastIndex });
  }
  const found =
    (context === Context.ColonLabel || context === Context.Title ? nameOpeningWithParticle(text, start) : undefined) ??
    latinNameAfter(text, { start, allowUppercase: uppercaseContexts.has(context) || options.capitalTitle === true }) ??
    (lowerCaseContexts.has(context) ? lowerCaseNameAfter(text, { start }) : undefined) ??
    (context === Context.Title ? koreanSurnameAfterTitle(text, start) : undefined);
  if (found !== undefined && context !== Context.ColonLabel && !isNameInCapitalsOrNone(text, found)) return undefined;
  const name = found !== undefined && context === Context.ColonLabel ? withGivenNamesAfterComma(text, found) : found;
  if (name === undefined) {
    // "Attn: Accounts Payable, Chen Wei": a department first, then the person after its comma.
    const afterDepartment = context === Context.ColonLabel ? departmentEnd(text, start) : -1;
    return afterDepartment === -1 ? undefined : nameAfterContext(text, { context, start: afterDepartment });
  }
  // "You're chatting with Auralis." beside "Auralis Hearing Support": a firm's or a product's name, as its bot says it.
  if (context === Context.ThisIs && name.wordCount === 1 && !name.knownFirstName && headsFirmName(text, text.slice(name.start, name.end)))
    return undefined;
  // "Bill to: Copper Pot Bistro", "Consignee: Caritas Antakya Field Office": a firm's, a shop's or an office's name.
  if (namesFirmOrOffice(text, name)) return undefined;
  const score = scoreFor(context, { name, text });
  if (score === undefined) return undefined;
  return {
    type: 'PERSON',
    start: name.start,
    end: name.end,
    text: text.slice(name.start, name.end),
    score,
    recognizer: englishNameRecognizerName,
  };
}
