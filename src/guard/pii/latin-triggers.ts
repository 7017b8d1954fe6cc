// Tables that let the feature pass notice, one lookup per Latin letter, whether an English name context word or label may occur.
import { hasNumberPartAround } from './spelled-english-numbers.ts';
import { textTrigger } from './trigger-syllables.ts';

/** Relatives and contacts told apart by their first letter after "my ": letters no other hint word checks after a blank. */
const kinshipWordsByFirstLetter = [
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'mom', 'mum', 'father', 'dad', 'brother', 'sister', 'partner'],
  ...['fiancé', 'fiancée', 'fiance', 'fiancee', 'boyfriend', 'friend', 'manager', 'boss', 'supervisor', 'secretary'],
  'spouse',
];
/**
 * The others, each with where its rare pair starts: a first letter such as c, a or n made " c" or " a" a hint to check,
 * which cost the feature pass 6% on ordinary English messages, so these are checked at "gu" after "a" (colleague), "dl"
 * after "n" (landlord) and the like. Pairs that another hint word has after another letter ("ie" of "patient") are avoided.
 */
const kinshipWordsByInnerPair: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ['colleague', 6],
  ['coworker', 2],
  ['co-worker', 2],
  ['landlord', 3],
  ['landlady', 3],
  ['neighbor', 1],
  ['neighbour', 1],
  ['grandma', 4],
  ['grandmother', 4],
  ['grandpa', 4],
  ['grandfather', 4],
  ['aunt', 1],
  ['uncle', 1],
  ['nephew', 4],
  ['roommate', 4],
  ['flatmate', 3],
  ['girlfriend', 3],
];
/**
 * The family among them, which may follow "your", "his", "her", "our" or "their" too ("your son Arjun", "her husband
 * Tomás"): a manager or a partner after "our" is as often a firm ("our partner Acme"). Each with where a pair inside it
 * starts that few other words hold after its letter before: after "r " and "s " (every "for", "is" and "was") a first
 * letter would be looked up all the time.
 */
const familyWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ...([
    ['wife', 2],
    ['husband', 2],
    ['son', 1],
    ['daughter', 1],
    ['mother', 1],
    ['mom', 1],
    ['mum', 1],
    ['father', 1],
  ] as const),
  ...([
    ['dad', 1],
    ['brother', 1],
    ['sister', 1],
    ['fiancé', 1],
    ['fiancée', 1],
    ['fiance', 1],
    ['fiancee', 1],
    ['spouse', 0],
  ] as const),
  ...([
    ['friend', 1],
    ['boyfriend', 1],
    ['girlfriend', 1],
    ['grandma', 4],
    ['grandmother', 4],
    ['grandpa', 4],
    ['grandfather', 4],
  ] as const),
  ...([
    ['aunt', 1],
    ['uncle', 1],
    ['nephew', 4],
  ] as const),
];
/** The possessives besides "my" that `familyWords` may follow, by the letter each ends in (the character before the pair). */
const possessivesBesideMy = ['your', 'his', 'her', 'our', 'their'];
/**
 * Relatives' titles that stand before a name as "Mr" does ("Uncle Emeka", "Auntie Morag", "Kuya Mark", "tell aunt Sue"),
 * each with where its pair starts: capitalised at its capital, in lower case by an inner pair with the letter before it.
 */
const relativeTitles: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ...['Uncle', 'Aunt', 'Auntie', 'Aunty', 'Kuya'].map((word) => [word, 0] as const),
  // "Gr" opens "Great" and "Group": the grandparents by the rare pair after their "d" or "n".
  ...['Grandma', 'Grandpa', 'Granny'].map((word) => [word, 4] as const),
  ...['uncle', 'aunt', 'auntie', 'aunty'].map((word) => [word, 1] as const),
];

/**
 * Hint words that count only near a line's start: "It's" is in every other English sentence ("it's not working"), and the
 * search reads it only where it opens a message or a turn.
 */
const lineOpeningHintWords: ReadonlyArray<readonly [word: string, pairAt: number]> = ["It's ", "it's "].map((word) => [word, 2] as const);
const lineOpeningHintSet: ReadonlySet<string> = new Set(lineOpeningHintWords.map(([word]) => word));

/**
 * The context words of `contextHintPattern` in names/english-names.ts, spelled out, except those that are one character
 * (`englishNameHintCharacters`). Each comes with the index of the pair of characters the feature pass looks up (its second
 * character a lower-case letter; the rarest such pair of the word in ordinary chat); a hit of the pair is then confirmed
 * against the whole word, so "all my orders" or "diesel" no longer run the English name search. Every alternative of the
 * pattern must be spelled here, or a finding would be lost.
 */
const hintWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  // M(?:rs?|[sx])[ .]|Miss |Dr[ .]: "Mrs" and "Miss" are confirmed whole after their first pair.
  ...['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Dra', 'Sra', 'Srta', 'Mme', 'Mlle'].flatMap((title) =>
    [`${title} `, `${title}.`].map((word) => [word, 0] as const),
  ),
  // Indian titles by the pair after the "S" ("Sh" and "Sm" open "She" and "Smith").
  ...['Smt ', 'Smt.', 'Shri '].map((word) => [word, 1] as const),
  ...['Herr ', 'Frau '].map((word) => [word, 0] as const),
  ['Miss ', 0],
  ['Prof', 0],
  // The ranks and offices of police, clergy and the forces before a name ("Sgt. Bolanle Adeyemi", "Deacon Frimpong").
  // Each by the pair after its capital, which the capital before it filters: a pair at a word's start ("Re", "In") is
  // in every other sentence.
  ...['Sgt', 'Insp', 'Cpl', 'Rev'].flatMap((title) => [`${title} `, `${title}.`].map((word) => [word, 1] as const)),
  ...['Deacon ', 'Pastor ', 'Constable ', 'Sergeant '].map((word) => [word, 1] as const),
  ['Corporal ', 2],
  // Madam of Singapore and Malaysia, by the pairs after the capital ("Mdm Wendy Ng", "Madam Siti").
  ['Mdm ', 1],
  ['Madam ', 2],
  ['ame is', 1],
  ['ame was', 1],
  ['ame as ', 1],
  ["ame's", 1],
  ['all me ', 3],
  ['alls me ', 4],
  // The name a person goes by, by the " b" after the verb's last letter.
  ['oes by ', 3],
  ['go by ', 2],
  ["I'm ", 1],
  ['I am ', 1],
  ['atient ', 2],
  // A patient written "Pt" in clinical notes ("Pt Ngozi Eze"), by a pair no English word starts with. ("Client" before a
  // name was tried: its pairs are in "view" and "client" everywhere, and the feature pass slowed on documents.)
  ['Pt ', 0],
  ['older ', 2],
  // An introduction after a greeting's comma ("Howzit Thabo, it's Pieter."), by " i" after the comma.
  ...[", it's ", ', it’s ', ', its '].map((word) => [word, 1] as const),
  // A name's label without a colon and a client ("account name Declan …", "Client Wei-Ling Cheung"), by "am" after "n".
  ...['name ', 'Name '].map((word) => [word, 1] as const),
  ...['client ', 'Client '].map((word) => [word, 1] as const),
  // A police report's or a filing's party before the name ("Complainant Wanjiru Kamau"), by a pair inside each word.
  ...[['Complainant ', 4] as const, ['Respondent ', 3] as const, ['Petitioner ', 2] as const],
  ['Dear ', 0],
  ['his is ', 3],
  ['poke ', 1],
  // Also who answers a call by name ("Wanjiru speaking."), read by `namesBeforeSpeaking`.
  ...['peaking ', 'peaking.', 'peaking,', 'peaking!'].map((word) => [word, 2] as const),
  ['hatting with ', 3],
  ...['Hi ', 'Hello ', 'Hey ', 'Hi,', 'Hello,', 'Hey,'].map((word) => [word, 0] as const),
  // "Hiya," and "G'day," by rare pairs ("iy", "'d").
  ...['Hiya', "G'day"].map((word) => [word, 1] as const),
  // Greetings of other languages that English messages open with ("Hola Marta!", "Bonjour Julien,", "Hallo Jonas,", "Howzit Thabo,",
  // "Kia ora, it's Aroha", "Bore da Rhys,"), each by a pair with one letter before it that no other word needs ("ol"
  // after "H"), and the writer introduced without one ("It's Joaquín,", "hey it's Tahnee"), by "'s" after a "t" ("that's"
  // holds it too).
  ['Hola', 1],
  ['Olá', 0],
  ['Howzit', 2],
  ['Kia ora', 1],
  ['Bore da', 1],
  ['Bonjour', 2],
  // German's "Hallo Jonas," by the "al" after its capital ("Hello" and "Hi" are read above).
  ['Hallo ', 1],
  ['Salut', 2],
  // Italian's "Ciao Sam!", by the "ia" after its capital.
  ['Ciao ', 1],
  ['Morning ', 2],
  ...lineOpeningHintWords,
  // The same without its apostrophe after a greeting in lower case ("hey its Tahnee"), by the "ts" after an "i" of "its".
  ...['hey its ', 'heyy its ', 'hi its ', 'hii its ', 'hiii its ', 'hello its '].map((word) => [word, word.indexOf('ts')] as const),
  // A host's welcome ("Welcome Elif!"), by the rare "lc", and a formal one ("Greetings Amelia,"), by its capital's pair.
  ['Welcome ', 2],
  ['Greetings ', 0],
  ...['ood morning ', 'ood afternoon ', 'ood evening ', 'ood day '].map((word) => [word, 0] as const),
  // Requests that open a line ("Call Jane Doe at …"), in the two spellings the search reads, by a pair that keeps one
  // character before it ("all", "act", "ail", "ext", "ask") so that common pairs such as "ca" or "co" stay out.
  ...['Call ', 'call '].map((word) => [word, 2] as const),
  ...['Contact ', 'contact '].map((word) => [word, 5] as const),
  ...['Email ', 'email '].map((word) => [word, 3] as const),
  ...['Text ', 'text '].map((word) => [word, 2] as const),
  ...['Ask for ', 'ask for '].map((word) => [word, 1] as const),
  // The closings of the same line ("Thanks, Kevin"), by a pair inside each word: "ar", "ou" and "an" alone are everywhere.
  ['ards, ', 2],
  ['rely, ', 2],
  ['ully, ', 2],
  ['anks, ', 2],
  // … and the thanks that say how much ("Thanks a million, Aoife", "Thanks a lot, Sam").
  ['llion, ', 2],
  ['a lot, ', 3],
  ['you, ', 1],
  ['eers, ', 2],
  ['thx, ', 1],
  ['Thx, ', 1],
  ['Best, ', 0],
  // omer (?=[\uac00-\ud7a3]): the look-ahead is left to the search.
  ['omer ', 2],
  // "someone named Carlos", "a technician called Marcus Lee", read at the hints "amed " and "alled ": "ed " is everywhere,
  // so by "me" and "le" with the character before them.
  ['named ', 2],
  ['called ', 3],
  // The phrases of `namePhrasePattern` ("the name on the account is", "under the name", "signed by"), by pairs shared with
  // "ame is" or rare ones ("gn", "tn").
  ['ame on ', 1],
  ['he name', 5],
  ['er name', 5],
  ['der name', 6],
  ['igned by ', 1],
  ['itnessed by ', 1],
  ['ictated by ', 1],
  // "t.n.v. S. de Vries": the Dutch "ten name van" before a transfer's payee, by its rare ".n".
  ['t.n.v. ', 1],
  // The Indonesian "a/n" (atas nama) and the Spanish "a nombre de" in the same place, by the rare "/n" and the "mb".
  ['a/n ', 1],
  ['a nombre de ', 4],
  // Who saw, checked or acted for someone in a record ("Seen by …", "represented by …"), by the " b" after the act's last
  // letter.
  ...['seen', 'checked', 'completed', 'represented', 'approved', 'reviewed', 'verified', 'examined', 'assessed', 'prepared']
    .concat(['referred', 'treated', 'interviewed', 'authorised', 'authorized', 'inspected', 'supervised', 'aid'])
    .map((act) => [`${act.slice(1)} by `, act.length - 1] as const),
];

/** How far into a line a line-opening hint word may stand: after a speaker's label or a greeting ("hey it's", "Agent: It's"). */
const lineOpeningReach = 12;

/** Whether `start` stands within `lineOpeningReach` of its line's start. */
function opensLineOrTurn(text: string, start: number): boolean {
  for (let at = start - 1; at >= start - lineOpeningReach; at -= 1) if (at < 0 || text.charCodeAt(at) === 0x0a) return true;
  return false;
}

/** The hint words of the family after a possessive that ends in `letter`, at the pairs inside the words. */
function familyHintWords(letter: string): Array<readonly [word: string, pairAt: number]> {
  return familyWords.flatMap(([word, pairAt]) =>
    [`${letter} ${word} `, `${letter} ${word},`].map((spelled) => [spelled, pairAt + 2] as const),
  );
}

/**
 * The words of `kinshipPattern` in names/english-names.ts: the relatives and close contacts that follow "my ", the family
 * that follows the other possessives, and the relatives' titles.
 */
export function kinshipWords(): { afterMy: string[]; family: string[]; possessives: string[]; titles: string[] } {
  return {
    afterMy: [...kinshipWordsByFirstLetter, ...kinshipWordsByInnerPair.map(([word]) => word)],
    family: familyWords.map(([word]) => word),
    possessives: possessivesBesideMy,
    titles: relativeTitles.map(([word]) => word),
  };
}

/**
 * Characters that open a hint on their own (the feature pass tests their codes): a colon, a fullwidth colon, '=' and the
 * typographic apostrophe of "I’m". A line break opens one only after the last letter of a closing ("Regards,\n").
 */
export const englishNameHintCharacters = ':：=’';

// Every alternative of `englishTriggers` in recognizers/label-triggers.ts (case-insensitive) must hold one of these pairs.
const labelPairs = [
  ...['rt', 'bo', 'bd', '-d'], // birth, born, bday, b-day; chart
  ...['ob', '.o', 'dr', 'dl', 'dv'], // dob, d.o.b, driver, dl and cdl, dva
  ...['mr', 'di', 'mb'], // mrn, medical, member
  ...['ie', 'sp', 'lt', '_n'], // patient, hosp and hospital, health, pt_no
  ...['ra', 'ub', 'nh', 'li', 'uh', 'hm'], // insurance, subscriber, nhis, nhs and nhif, licence, uhid, hmo
  ...['xi'], // maxicare (intellicare holds the li of licence, medicard the di of medical)
  ...['&c'], // h&c (a pair is read at its second character, a letter); "numéro de carte" holds the rt of chart
  ...['dh'], // adhérent ("certificate" holds the rt of chart, "póliza" and "polisnummer" the li of licence)
];

// Every street-type word of `streetPattern` in addresses/english-addresses.ts, and the Box of a PO box; a street word starts
// with one of their first pairs.
const streetWords =
  'Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Way Terrace Tce Parade Pde Esplanade Parkway Pkwy'
    .concat(' Highway Hwy Square Sq Circle Cir Loop Trail Trl Crescent Cres Close Grove Plaza Box')
    .split(' ');

/** How far a `latinPairBits` entry is shifted to hold its hint group (the low bits hold `textTrigger` bits). */
export const hintGroupShift = 16;
/** The `textTrigger` bits a `latinPairBits` entry can hold. */
export const latinTriggerMask =
  textTrigger.englishLabel |
  textTrigger.emailObfuscation |
  textTrigger.domainDot |
  textTrigger.credentialLabel |
  textTrigger.secretShape |
  textTrigger.englishNameWord;
/** The bit of a `latinPairBits` entry for the first two letters of a street-type word ("St", "Av", "Rd", …). */
export const streetPairBit = 0x80;

/**
 * A dot written out in an obfuscated email ("gmail dot com", "(dot)"), confirmed like the hint words: "ot" is everywhere,
 * "dot" is not.
 */
const emailDotWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [['dot', 1]];

/**
 * Labels of a password ("Password:", "passwd", "passcode") by a pair with an "s" before it that few words hold, " pin"
 * by "in" after a "p" ("shipping" and "opinion" hold the pair, not the word; "PIN" and "Pin" are pairs of their own,
 * entered below), and a card's "security code".
 */
const credentialWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ['assword', 2],
  ['asswd', 2],
  ['asscode', 2],
  // An environment's key that ends in "pass" ("db_pass=…"), by "ss" after its "a"; in capitals by the pair "SS" below.
  ['pass=', 2],
  [' pin', 2],
  // A card's "security code", by "cu" after an "e": "secure" and "execute" hold the pair, few other words.
  ['ecurity code', 1],
  // A door's, a gate's, a key safe's, a lockbox's, an alarm's and an entry's code, by the "de" of "code" after its "o"
  // ("node", "mode" and "episode" hold it too; " co" before them was in every other sentence), confirmed against the word.
  ...['oor code', 'ate code', 'afe code', 'ox code', 'arm code', 'ntry code', 'zzer code', 'bby code'].map(
    (word) => [word, word.length - 2] as const,
  ),
  // A key safe's or a key box's label alone ("Key safe by the door: 7193"), by the "fe" of "safe" and the "ox" of "box".
  ...['ey safe', 'eysafe', 'ey box', 'eybox', 'ockbox'].map((word) => [word, word.length - 2] as const),
  // A Wi-Fi key, by the "ey" of "key" after its "k" ("they" and "money" hold the pair, not the "k").
  ...['Fi key', 'fi key', 'LAN key', 'Fi Key', 'PA2 key', 'PA key', 'PSK key'].map((word) => [word, word.length - 2] as const),
  // A German router's or account's "Kennwort", by its "nn" after the "e".
  ['ennwort', 1],
  // A French building's door code ("Digicode: 47B19"), by the "gi" after its "i".
  ['igicode', 1],
  // A French listing's password and key box ("mot de passe : ebQ9xR4tLmuV", "Boîte à clés : 2806"), by the "de" after the
  // blank and the "cl" of "clés".
  ['ot de passe', 3],
  ['à clé', 2],
  // A door lock's code ("Door lock: 7713 then *"), a room's ("Room lock: 7742") and a locker's ("Locker code 5521"), by the
  // "ck" of "lock" and of "locker"; a locker's combination ("Combination: 4-0-7-2"), by its "mb" and the colon after it.
  ['oor lock', 6],
  ['oom lock', 6],
  ['ocker code', 2],
  ['ombination:', 1],
  // An alarm's code and a padlock's combination said with "is" ("alarm is 1948", "combo is 3-9-1-7"), by the "rm" of
  // "alarm" and the "mb" of "combo".
  ['larm is', 2],
  ['ombo is', 1],
  // A card's code by where it is printed ("the 3 digits on the back", "code on the back") and by its full name, by the
  // "ba" of "back" after a blank and the "ri" of "verification".
  // "I log in as tobiwan_kenobi", by the "og" of "log".
  ...['log in as', 'logs in as'].map((word) => [word, 1] as const),
  // "my id is hyejin.k0412", "my Coupang id is parkmj0720" in small letters, by its "id" after a blank.
  [' id is', 1],
  // "cant log in, I type akowal.tr and Warsaw#2019": what a user types at a login, by the "ty" of "type" after "I ".
  ['I type', 2],
  // "Logged into the console as dev.yusuf.k", by the "gg" of "logged" after its "o".
  ['ogged into', 2],
  ['on the back', 7],
  ['on back', 3],
  ['at the back', 7],
  ['at back', 3],
  // "the numbers on the reverse", by the "ev" of "reverse".
  ['on the reverse', 8],
  // An American Express card's "code on front", by the "fr" of "front".
  ['ode on front', 7],
  ['ode on the front', 11],
  // "the 3 digits 418" beside a card, by the "gi" of "digit" after its "i".
  ...['e 3 digit', 'e three digit'].map((word) => [word, word.length - 3] as const),
  ...['erification value', 'erification code', 'erification Value', 'erification Code', 'erification number'].map(
    (word) => [word, 2] as const,
  ),
  ['ecurity Code', 1],
  // The code's other names: security number, sec code, card code, the signature strip it is printed on ("CSC" is a pair
  // entered below).
  ...['ecurity number', 'ecurity Number'].map((word) => [word, 1] as const),
  ...['ec code', 'ec. code', 'ard code', 'ard Code'].map((word) => [word, word.length - 2] as const),
  ...['ignature strip', 'ignature panel'].map((word) => [word, word.length - 2] as const),
  // Usernames and the apps whose handles customers give, each by a pair that few other words hold with the letter before it.
  ['sername', 2],
  ['serName', 3],
  ['ser name', 4],
  // "user id" and "userid" in lower case, by the "id" ("did", "paid" and "said" hold the pair, not the word).
  ['ser id', 4],
  ['serid', 3],
  ['ogin', 1],
  // "the account name is jsmith42", a KakaoTalk ID.
  ['ccount name', 1],
  ['akao', 1],
  // A game's account charged to a phone bill ("the game account that was charged is 'frostfox_21'", "his account in the
  // game is …"), by the "cc" of "account".
  ['ame account', 5],
  ['ccount in the game', 0],
  // "my ig is jaylen.k", "add me on snap: kayy.marie_".
  ...['y ig is', 'y ig:'].map((word) => [word, 2] as const),
  ...['snap:', 'snap is'].map((word) => [word, 1] as const),
  ['nstagram', 4],
  ['witter', 2],
  ['elegram', 3],
  ['ikTok', 2],
  ['iktok', 1],
  ['napchat', 2],
  ['enmo', 1],
  // A forum's or a review's author ("Posted by", "Reply from"), by the blank and the "b" or "f" after the word's last letter.
  ...['osted by', 'ented by', 'ewed by', 'ared by', 'ated by', 'oved by'].map((word) => [word, word.length - 3] as const),
  // … and who entered, pushed, committed, merged, assigned or modified it ("pushed by d.kapoor").
  ...['ered by', 'shed by', 'tted by', 'rged by', 'gned by', 'fied by'].map((word) => [word, word.length - 3] as const),
  ['eply from', 4],
  // The login forms of recognizers/account-names.ts ("logged in as", "Invalid user", "publickey for"); the games' and
  // apps' names are `appWords`.
  ...['ogged in as', 'igned in as'].map((word) => [word, 2] as const),
  ...['nvalid user', 'ublickey for'].map((word) => [word, 2] as const),
  // … "Disconnected from user dhkang", "sudo: dhkang : TTY=…".
  ['from user', 2],
  ['sudo:', 2],
  // A card's expiry date: exp, expiry, expiration, expires, by "xp" ("experience" holds the pair, not a word below); valid
  // thru or through and good thru by the "hr" after "t" that " three" is read at too (EXP and VALID THRU: below).
  ...['xp ', 'xp.', 'xp:', 'xpir'].map((word) => [word, 0] as const),
  ...['alid thru', 'alid through', 'ood thru'].map((word) => [word, word.indexOf('hr')] as const),
];
/**
 * The games' and apps' names whose handles recognizers/account-names.ts reads ("steam is lilbean_04"), each by a pair few
 * other words hold with the letter before it; PSN, PlayStation, IG and the capitals of STEAM and XBOX end in a capital: their
 * pairs are entered below as credential labels.
 */
const appWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ...['steam', 'Steam'].map((word) => [word, 2] as const),
  ...['xbox', 'Xbox', 'kype', 'eChat', 'echat'].map((word) => [word, 1] as const),
  ...['amertag', 'amerTag'].map((word) => [word, 4] as const),
  // Twitch by its whole name, so "switch" ("switch plans") wakes no login search.
  ...['twitch', 'Twitch'].map((word) => [word, 3] as const),
  ['iscord', 1],
  ['oblox', 3],
  ['inecraft', 4],
  ...['attleTag', 'attletag'].map((word) => [word, 5] as const),
  ...['ash App', 'ash app', 'ashApp'].map((word) => [word, word.length - 3] as const),
  // Portfolios' and notebooks' sites, whose profile a CV gives ("Behance: yerin_ng"), by "eh", "bb", "gg" and "Co"; each
  // pair after the letter before it, which the feature pass tests first.
  ...['behance', 'Behance'].map((word) => [word, 1] as const),
  ['ribbble', 2],
  ['aggle', 1],
  ['uickConnect', 4],
];

/**
 * The published prefixes of keys and tokens that a letter pair can confirm (GitHub "ghp_", "github_pat_", OpenAI "sk-",
 * Stripe "sk_live_", Slack "xoxb-"); AKIA, AIza, eyJ and -----BEGIN are single pairs, entered below.
 */
const secretPrefixes: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((prefix) => [prefix, 1] as const),
  ['github_pat_', 4],
  ['sk-', 0],
  // Stripe by "_l" or "_t" after a "k": "rk" alone is in every "work".
  ...['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'].map((prefix) => [prefix, 2] as const),
  // Other services' keys in the same style ("mlx_live_9c2f…"), by the same pairs after any letter.
  ...['_live_', '_test_', '_prod_'].map((prefix) => [prefix, 0] as const),
  ...['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'].map((prefix) => [prefix, 1] as const),
  // Stripe's webhook secrets and npm's tokens.
  ['whsec_', 2],
  // GitLab's personal access tokens, by the "lp" after the "g".
  ['glpat-', 1],
  ['npm_', 1],
  // Slack's and Discord's webhook addresses, whose last part is their secret, by the "sl" of "slack" and the "eb" of
  // "webhooks".
  ['hooks.slack.com/services/', 6],
  ['/api/webhooks/', 6],
];

/**
 * The digit words that open the check for a spelled number, each after a blank and before a blank or a mark, by a pair
 * with its letter before: the others (one, four, seven, eight, nine) share their pairs with everyday words, and a number of
 * seven digits or more holds none of these six once in a hundred tries. Each counts only next to another part of a number.
 */
const spelledDigitWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ...['two', 'zero', 'oh'].map((word) => [word, 1] as const),
  ...['three', 'five', 'six', 'Three', 'Five', 'Six'].map((word) => [word, 2] as const),
]
  // After a blank, or a hyphen that joins the words of one group ("Oh-eight-seven, four-four-one").
  .flatMap(([word, pairAt]) => [' ', '-'].map((before) => [before + word, pairAt] as const))
  .flatMap(([word, pairAt]) => [' ', ',', '-', '.'].map((after) => [word + after, pairAt] as const));

/**
 * The labels of a key or a token ("secret", "token", "_key", "apikey", "api key"), each by a pair that few other words hold
 * with the letter before it: "spoke" holds "ke" after an "o", "decrease" "cr" after an "e", and are confirmed away.
 */
const secretLabelWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  ...['secret', 'Secret'].map((word) => [word, 2] as const),
  ...['token', 'Token'].map((word) => [word, 2] as const),
  ...['_key', '-key'].map((word) => [word, 0] as const),
  // A key in a URL's query ("&appid=…"), by "pi" after a "p" ("happier" holds it too).
  ['appid', 2],
  ['app_id', 4],
  // A Korean open-data portal's key in a URL's query ("?serviceKey=…"), by "eK" after its "c".
  ['ceKey', 2],
  ['ce_key', 3],
  // An HTTP header's token ("Authorization: Bearer …"), by "ea" after its capital.
  ['Bearer', 1],
  // Basic authentication's user and password in base64 ("Authorization: Basic dXNlcjpwYXNz"), by "si" after its "a".
  ['Basic', 2],
  // "api key", "access key", "private key", "secret key", "apikey": by "ey" after "k", which "key" alone holds too ("they"
  // and "money" do not reach the check); "API Key", "apiKey" by "Ke", rare in chat.
  // "stream key" too, a streaming channel's.
  ...['i key', 'I key', 's key', 'e key', 't key', 'm key'].map((word) => [word, 3] as const),
  ...['ikey', 'skey', 'ekey', 'tkey'].map((word) => [word, 2] as const),
  ...['i Key', 'I Key', 's Key', 'e Key', 't Key', 'm Key'].map((word) => [word, 2] as const),
  ...['iKey', 'IKey', 'sKey', 'eKey', 'tKey'].map((word) => [word, 1] as const),
];

/** The relatives of `kinshipPattern` in names/english-names.ts as hint words, which set `textTrigger.kinship` besides. */
const kinshipHintWords: ReadonlyArray<readonly [word: string, pairAt: number]> = [
  // After "my" ("my wife Jennifer"): by the blank and the relative's first letter, with the "y" before them checked first, a
  // pair that no other hint word uses; each with a blank or a comma after it ("my wife, Jessica, handles the bills").
  ...kinshipWordsByFirstLetter.flatMap((word) => [`y ${word} `, `y ${word},`].map((spelled) => [spelled, 1] as const)),
  // The others by a rare pair inside the word, with the letter before it checked first.
  ...kinshipWordsByInnerPair.flatMap(([word, pairAt]) => [`y ${word} `, `y ${word},`].map((spelled) => [spelled, pairAt + 2] as const)),
  // The family after the other possessives, at pairs inside the words ("r son ", "s wife "), and the relatives' titles.
  ...possessivesBesideMy.flatMap((possessive) => familyHintWords(possessive.charAt(possessive.length - 1))),
  ...relativeTitles.map(([word, pairAt]) => [`${word} `, pairAt] as const),
];

type PairWord = readonly [word: string, pairAt: number, triggers: number];
const nameBits = textTrigger.englishNameHint | textTrigger.englishNameWord;
const pairWords: readonly PairWord[] = [
  ...hintWords.map(([word, pairAt]) => [word, pairAt, nameBits] as const),
  ...kinshipHintWords.map(([word, pairAt]) => [word, pairAt, nameBits | textTrigger.kinship] as const),
  ...emailDotWords.map(([word, pairAt]) => [word, pairAt, textTrigger.emailObfuscation] as const),
  ...credentialWords.map(([word, pairAt]) => [word, pairAt, textTrigger.credentialLabel] as const),
  ...appWords.map(([word, pairAt]) => [word, pairAt, textTrigger.credentialLabel | textTrigger.accountApp] as const),
  // A bare "code" or "keypad" where a door is named near it (recognizers/access-codes.ts), by the "de" of "code" and the
  // "yp" of "keypad": a bit of its own, so that "promo code" wakes that search alone, not every credential label's.
  // A padlock's combination ("gate padlock is now 2 8 1 9"), by the "dl" of "padlock".
  // "Keypad" opens a sentence as often ("Keypad for the car park is 3318").
  // A JSON key's "Code" in camel case ("gateCode": "#2580").
  ...[['code', 2] as const, ['Code', 2] as const, ['keypad', 1] as const, ['Keypad', 1] as const, ['padlock', 2] as const].map(
    ([word, pairAt]) => [word, pairAt, textTrigger.accessCode] as const,
  ),
  ...secretPrefixes.map(([word, pairAt]) => [word, pairAt, textTrigger.secretShape] as const),
  ...secretLabelWords.map(([word, pairAt]) => [word, pairAt, textTrigger.secretShape] as const),
  ...spelledDigitWords.map(([word, pairAt]) => [word, pairAt, textTrigger.spelledDigits] as const),
];

/** The words sharing one pair, by group number (1-based; group 0 is no word). */
const hintGroups: PairWord[][] = [[]];
const groupOfPair = new Map<string, number>();
for (const entry of pairWords) {
  const [word, pairAt] = entry;
  const pair = word.slice(pairAt, pairAt + 2);
  // The feature pass looks hint pairs up at a small letter only: a pair ending in anything else would never fire.
  if (!/^[\s\S][a-z]$/.test(pair)) throw new Error(`hint word "${word}": its pair "${pair}" must end in a small letter`);
  const group = groupOfPair.get(pair) ?? hintGroups.push([]) - 1;
  groupOfPair.set(pair, group);
  hintGroups[group]!.push(entry);
}

/** The `textTrigger` bits each group's words may set: the feature pass skips a group whose bits are all set already. */
export const hintGroupTriggers = Uint32Array.from(hintGroups, (words) => words.reduce((bits, word) => bits | word[2], 0));

/**
 * The characters that may stand right before the pair, as a 128-bit mask per group (four words at `group * 4`): " a", " m"
 * and "er" are common in English, so the feature pass compares the one character before the pair first. A group with a
 * word that starts with its pair takes any character (all bits); a character beyond ASCII is looked up as 127, which only
 * such a group has.
 */
export const hintGroupCharactersBefore = (() => {
  const masks = new Uint32Array(hintGroups.length * 4);
  hintGroups.forEach((words, group) => {
    for (const [word, pairAt] of words) {
      const code = pairAt === 0 ? -1 : word.charCodeAt(pairAt - 1);
      if (code === -1 || code > 127) masks.fill(0xffffffff, group * 4, group * 4 + 4);
      else masks[group * 4 + (code >> 5)]! |= 1 << (code & 31);
    }
  });
  return masks;
})();

/**
 * The trigger bits of the words of hint group `group` that hold the pair ending at `pairEnd` (the index of the pair's
 * second character), 0 when none does. Positional parameters: the feature pass calls it from its loop, where an options
 * object would be allocated per call.
 *
 * @example
 * hintWordBitsAt('my name is Tom', 5, latinPairBits['m'.charCodeAt(0) * 128 + 'e'.charCodeAt(0)]! >> hintGroupShift); // englishNameHint | englishNameWord
 */
export function hintWordBitsAt(text: string, pairEnd: number, group: number): number {
  const words = hintGroups[group];
  if (words === undefined) return 0;
  // An indexed loop: the feature pass calls this at every hit of a common pair, where an iterator and a destructured
  // entry per word cost more than the comparison. Every word that stands there counts: "Prepared by" is a record's
  // author to the name search and to the login search alike.
  let bits = 0;
  for (let index = 0; index < words.length; index += 1) {
    const entry = words[index]!;
    const word = entry[0];
    const start = pairEnd - 1 - entry[1];
    const triggers = entry[2];
    if (start < 0 || !text.startsWith(word, start)) continue;
    if (start > 0 && lineOpeningHintSet.has(word) && !opensLineOrTurn(text, start)) continue;
    // A digit word counts next to another part of a number: "two weeks" and "five stars" are no number.
    if (triggers === textTrigger.spelledDigits && !hasNumberPartAround(text, start + 1, start + word.length - 1)) continue;
    bits |= triggers;
  }
  return bits;
}

/**
 * One entry for two ASCII characters in a row, at `previous * 128 + current`: the label bits the pair sets, and above
 * `hintGroupShift` the hint group to confirm with `hintWordAt`. Label pairs are entered in every case, the hint pairs only as
 * the pattern spells them.
 */
export const latinPairBits = new Uint32Array(128 * 128);
const enter = (pair: string, value: number) => {
  latinPairBits[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)]! |= value;
};
for (const [pair, group] of groupOfPair) enter(pair, group << hintGroupShift);
for (const word of streetWords) latinPairBits[word.charCodeAt(0) * 128 + word.charCodeAt(1)]! |= streetPairBit;
for (const pair of labelPairs)
  for (const cased of [pair, pair.toUpperCase(), pair[0]! + pair[1]!.toUpperCase(), pair[0]!.toUpperCase() + pair[1]!])
    enter(cased, textTrigger.englishLabel);
// Scotland's CHI number, in capitals only: "hi" in lower case opens every "this" and "which".
enter('HI', textTrigger.englishLabel);
// An obfuscated email: a bracket before "at" ("(at)"), "DOT" in capitals, and a dot before a letter ("minsu at gmail.com").
for (const bracket of '([{<') for (const letter of 'aA') enter(bracket + letter, textTrigger.emailObfuscation);
enter('DO', textTrigger.emailObfuscation);
for (let letter = 0x61; letter <= 0x7a; letter += 1) enter(`.${String.fromCharCode(letter)}`, textTrigger.domainDot);
// A password's short labels ("pw:", "PW", "PIN", "CVV", "cvc", a SIM's "PUK") and its capitals ("PASSWORD", "PASSCODE").
for (const pair of ['pw', 'PW', 'Pw', 'SW', 'SC', 'PI', 'Pi', 'CV', 'Cv', 'cv', 'PU']) enter(pair, textTrigger.credentialLabel);
// An environment's key in capitals that ends in PASS ("DB_PASS=…"): no hint pair ends in a capital.
enter('SS', textTrigger.credentialLabel);
// A door's or a gate's code in capitals, as delivery notes print it ("GATE CODE 2580"), by the "DE" of "CODE".
enter('DE', textTrigger.credentialLabel);
// A login's "ID" in capitals ("제 ID는 minsu1234", "User ID: jdoe88"), and the developers' sites whose handles people give
// (GitHub, GitLab: "tH" and "tL" are rare in prose).
for (const pair of ['ID', 'tH', 'tL']) enter(pair, textTrigger.credentialLabel);
// A login's key in capitals ("CHANNEL_OWNER_LOGIN=ttoki_vlog"), by the "GI" of "LOGIN".
enter('GI', textTrigger.credentialLabel);
// A title in capitals before a name in capitals ("MRS ELIF GRUBER-DEMIR", "MR JOHN SMITH"), by its "MR".
enter('MR', textTrigger.englishNameWord);
// A directory's login attribute ("samAccountName: kosei"), by its capital after the "m".
enter('mA', textTrigger.credentialLabel);
// The games' and apps' names that end in a capital (account-names.ts): PSN, PlayStation, IG, STEAM, XBOX.
for (const pair of ['PS', 'yS', 'IG', 'EA', 'BO']) enter(pair, textTrigger.credentialLabel);
// A card's expiry in capitals ("EXP 08/26", "VALID THRU 08/26"), as printed on the card.
for (const pair of ['XP', 'HR']) enter(pair, textTrigger.credentialLabel);
// Keys whose prefix is one rare pair: AWS "AKIA"/"ASIA" (by the "IA" both end in: "SIM" in a telecom chat holds "SI"),
// Google "AIza", a JWT's "eyJ", a PEM block's "-----BEGIN", SendGrid's "SG." (by its capitals).
for (const pair of ['IA', 'Iz', 'yJ', '-B', 'SG']) enter(pair, textTrigger.secretShape);
// A key's label in capitals ("SECRET", "TOKEN", "API_KEY", "Secret_Key"); not "PI": chats about an API name one without a key.
for (const pair of ['CR', 'KE', 'EY', '_K', '-K']) enter(pair, textTrigger.secretShape);
