// An organisation's own bank account: a firm's, a shop's, an office's or a farm's account that its customers, suppliers
// or workers pay into or are paid from ("법인계좌(하나 391-…)", "우리은행 1005-… (예금주 스타라이트리테일(주))", "debit from
// company account IBK …", "Our bank: Commerzbank …, IBAN DE50 …", "\"holder\": \"(주)삼진정공\""). An invoice, a quote or a
// payroll file prints it beside the people's own accounts; it is the organisation's, not a person's.
import { isPlausibleKoreanName } from './names/korean-names.ts';
import type { PiiFinding } from './types.ts';

/**
 * Words before the account on its line that name it the organisation's: a company's, corporate, business or 법인 account
 * (a/c too), a bank's own suspense account, a payee's "(institutional)" one, a courier account that a shipper's parcels
 * are billed to (no bank account at all), the writer's firm's bank, or a Korean business's account by its owner's word
 * (법인, 사업장, 사무실, 공업사, 농장, 공장's registered one, a hospital's own or its research fund's, a pharmacy's, a branch's
 * 대리점 입금계좌, a trading partner's 거래처 계좌,
 * 매장's, 귀사's, 당사's, a cooperative's 조합, a repairer's 공업사 지정계좌), a supplier's payment account (대금계좌), a biller's collecting virtual account (수납
 * 가상계좌, 납부 전용 가상계좌; not a customer's own 전용 가상계좌, which is issued to them), a contractor's wage account that the law
 * has it pay its site workers from (노무비 전용계좌), the account a complex or a columbarium collects its fees in (관리비
 * 계좌), a shop's, a salon's or a centre's (샵 계좌, 센터 계좌), a firm's master account (회사 모계좌), a law or labour firm's by
 * its legal form and name (노무법인 새길 계좌), a business's operating account, or the account a seller asks to be paid to
 * ("payment to our account", "Please pay within 14 days to our account", "For BACS remittance only, our account: …"; not
 * a household's "refund to our account").
 */
const organisationsAccountWords =
  /\b(?:[Cc]ompany|[Cc]orporate|[Bb]usiness|[Oo]perating|[Ss]uspense|FedEx|UPS|DHL|TNT|[Cc]ourier|[Cc]arrier) (?:account|a\/c)(?![A-Za-z])|법인 account\b|\([Ii]nstitutional\)|\b(?:[Oo]ur|OUR) bank\b|\b(?:[Pp]ayment|[Pp]ay|[Rr]emit)[^.\n]{0,20}\bto our account\b|\b[Rr]emittance\b[^.\n]{0,20}\bour account\b|법인[ \t]?(?:계좌|명의)|(?:병원(?:[ \t]?연구비)?|약국|대리점[ \t]?입금|거래처|사업장|사무실|공업사|농장|공장[ \t]?등록|매장[^\n]{0,12}?|귀사[ \t]?입금|당사|회사|대금|조합[ \t]?(?:출금|입금)?|(?:수납|납부[ \t]?전용)[ \t]?가상|학교[ \t]?가상|회사[ \t]?(?:출금|입금|지급)|노무비[ \t]?전용|관리비|샵|센터|가게|업체|살롱|(?:법무|노무|세무|회계|특허)법인[ \t]+[가-힣]{1,8}|법률사무소[ \t]+[가-힣]{1,8})[ \t]?(?:지정[ \t]?)?계좌|(?:회사|법인|당사)?[ \t]?모계좌/g;

/**
 * Words before the account that name it a community's, a practice's or a payee organisation's: a law firm's office or
 * client money account or its fee account (사무소 계좌, 수임료 계좌), a charity's, a club's, a church's or a parish's account,
 * an account for donations, a payee named by its legal form or its kind before the bank ("Paid to: Keswick Road Collision
 * Centre Ltd, sort code …", "Hollins Park Juniors FC, sort code …", "Westbury Conveyancing LLP — client account …", "Ocean
 * Link Shipping Co., Ltd., Vietcombank …", "ACH to Westlake Medical Center, routing …", "Nordic Lines GmbH, IBAN …", Europe's
 * and the Nordics' forms: "Baltic Cup Events B.V., NL…", "Kaamos Gaming ry, IBAN FI…"), a team's own account (an esports or
 * a sports team's share of its winnings: "the team account DE…"), and the
 * Korean community's own (회비·후원·헌금 계좌, 교회·성당·사찰·청년부·클럽·동호회·체육관·협회·재단·모임 계좌 or 통장). A treasurer often
 * keeps a club's fees in their own account, so these words yield to a person named as its holder ("회비 계좌: 신한 … (총무 …)").
 */
const communityAccountWords =
  /\b(?:[Oo]ffice|[Ff]irm|[Cc]harity|[Cc]lub|[Cc]hurch|[Pp]arish|[Ee]mbassy|[Cc]onsulate|[Tt]eam) account\b|\b(?:Client|Office) Account\b|\b[Cc]lient [Mm]oney\b|\b(?:[Bb]ank|[Aa]ccount)(?: details)? for (?:donations|gifts|offerings)\b|[A-Za-z)'.,](?<![Bb]ank|BANK)[ \t]+(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc|GmbH|AG|B\.V|BV|N\.V|S\.A|SAS|S\.p\.A|S\.r\.l|SARL|Oy|Oyj|ry|AB|A\/S|ApS|ASA|J?FC|Club|Church|Charity|Foundation|Association|Society|Cent(?:er|re)|Hospital|University|Vets|Clinic|Surgery|School|College|Council)\.?(?:[,:]|[ \t]+[—–-][ \t])|(?:사무소|수임료|회비|후원|모금|기부금[ \t]?모금|헌금|교회|성당|사찰|청년부|클럽|동호회|체육관|협회|재단|모임)[ \t]?(?:계좌|통장)/g;

/** Another account named, or a person's own, between the owner's words and the value: "법인 계좌 개설 전에 제 개인 계좌(…)". */
const anotherAccount = /계좌|통장|\baccount\b|개인|본인|\b(?:my|[Pp]ersonal|own)\b/;

/** Whether the last of `ownerWords` in `before` names the account that follows them. */
function namesOrganisationsAccount(before: string, ownerWords: RegExp): boolean {
  let last: RegExpExecArray | null = null;
  ownerWords.lastIndex = 0;
  for (let match = ownerWords.exec(before); match !== null; match = ownerWords.exec(before)) last = match;
  return last !== null && !anotherAccount.test(before.slice(last.index + last[0].length).replace(ownNumbersLabel, ''));
}

/** The number's own label after its bank and sort code ("our account: Barclays, sort code …, account …"), no other account. */
const ownNumbersLabel = /\b(?:account|acc\.?|a\/c)(?: no\.?| number)?[ \t]*[:：#]?[ \t]*$/;

/**
 * What follows the account before its holder: the holder's word (예금주, beneficiary, holder, a JSON object's holder
 * field) after a bracket or a comma, or a bracket or a comma alone, the holder then closing the bracket.
 */
const holderOpening =
  /^[ \t]*(?:(?<field>"[ \t]*,[ \t]*"(?:holder|owner|account_?name|accountName|beneficiary)"[ \t]*:[ \t]*")|[(,]?[ \t]*(?<word>(?:예금주(?:[가는](?=[ \t]))?|[Bb]eneficiary|(?:[Aa]ccount )?[Hh]older)[ \t]*[:：]?[ \t]*)?)/;

/**
 * The holder's words, a short name: up to a closing bracket that is not a legal form's own "(주)", a comma, a quote or
 * the line's end; what ends them follows in its own group.
 */
const holderWords = /^((?:\((?:주|사|재)\)|[^\n(),"]){1,30}?)(\)|"|,|$)/;

/**
 * A holder that is an organisation: a Korean or a Latin legal form, a corporation's word (법인, "법인 명의"), or a
 * business's name by its last word (a motor dealer, a firm's office, a farm, a shop's branch, a retailer, a manufacturer),
 * a public corporation or utility (한국전력공사, 상수도사업본부), a cooperative (협동조합), an apartment complex's
 * residents' council (입주자대표회의), a hospital, a clinic, a pharmacy or a university, a research fund (연구비), or a service
 * of life's events by its kind (a studio, a funeral hall, a columbarium, a care home, an animal shelter, a design office, a
 * league), a public office (a district's or a city's office, a tax office, a court), a lodging, a salon, a studio or a
 * clinic by its kind (스테이, 펜션, 네일, 필라테스, 성형외과), or a brand of two words joined by 앤 ("핏앤코어").
 */
const organisationHolder =
  /\(주\)|㈜|주식회사|(?:사단|재단|사회복지|학교|의료)법인|\((?:사|재)\)|\b(?:Embassy|Consulate)\b|^[ \t]*법인(?![가-힣])|^[ \t]*(?:법무법인|법률사무소|세무법인|회계법인|특허법인|노무법인)[ \t]|(?:교회|성당|연맹|동창회|동호회|클럽|[가-힣 \t]FC|짐|텔레콤|모바일|협회|재단|후원회|모임통장|파트너스)[ \t]*$|조계종|천태종|태고종|천주교|이슬람교|원불교|기독교|\b(?:Inc|Ltd|LLC|GmbH|Corp|PLC|Pty|Co\.)|(?:모터스|오토|자동차|산업|상사|물산|정공|세무회계|회계|관세사무소|사무소|병원|의원|약국|대학교|연구비|농원|리테일|텍스타일|마켓|가구|코리아|센터|공사|공단|사업본부|협동조합|대표회의|[ \t][가-힣]{1,6}점|조합법인|(?<=[가-힣○])(?<!지역|단위)(?:농협|수협|축협|신협)|사업소|지부|증권|페이|생활관|기숙사|유통|식자재|디자인|스튜디오|서비스|장례식장|요양원|요양센터|추모공원|보호소|리그|연합회|복지관|어린이집|유치원|구청|시청|군청|도청|주민센터|행정복지센터|세무서|교육청|보건소|법원|스테이|하우스|펜션|호텔|게스트하우스|리조트|살롱|네일|헤어|뷰티|스파|필라테스|요가|피트니스|여행사|투어|외과|내과|피부과|치과|안과|한의원)[ \t]*$|^[ \t]*(?:스튜디오|살롱)|^[ \t]*[가-힣]{1,6}앤[가-힣]{2,6}[ \t]*$/;

/** How far before the account its owner's words may stand on its line: past a bank's name and a sort code too. */
const ownerWordsReach = 100;
/** How far after the account its holder is read. */
const holderReach = 48;

function isOrganisationsAccount(text: string, account: PiiFinding): boolean {
  const lineStart = text.lastIndexOf('\n', account.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, account.start - ownerWordsReach), account.start);
  if (namesOrganisationsAccount(before, organisationsAccountWords)) return true;
  const holder = holderAfter(text, account.end);
  if (holder !== undefined && (organisationHolder.test(holder.name) || isBusinessBeforeItsOwner(holder.name))) return true;
  if (organisationsGlossAfter.test(text.slice(account.end, account.end + 60))) return true;
  if (namesOrganisationsAccount(before, payrollSourceWords) && payrollWords.test(text)) return true;
  if (organisationRightAfter(text, account.end)) return true;
  if (heldInOrganisationsName.test(text.slice(account.end, account.end + 40))) return true;
  const hangulHolder = hangulHolderByWord.exec(text.slice(account.end, account.end + 40));
  if (hangulHolder !== null && organisationHolder.test(hangulHolder[1]!)) return true;
  if (inFirmsCommaRow(text, lineStart, account)) return true;
  if (businessOffersReceiptAfter.test(text.slice(account.end, account.end + 60))) return true;
  if (firmHeldOnLinesAbove(text, lineStart)) return true;
  // A person named as the holder, by their word or in a bracket opened right after the account, names whose it is (a
  // treasurer's); else the words before do.
  const personHolds = holder !== undefined && holder.besideAccount && mayBePersonsName(holder.name);
  return !personHolds && namesOrganisationsAccount(before, communityAccountWords);
}

/**
 * The account a payroll is paid out of, by its label (a bank file's "source_account", a transfer report's 출금계좌): in a
 * payroll's file or report it is the employer's, the workers' own accounts being where the pay goes; not a worker's 입출금
 * 계좌, an everyday account.
 */
const payrollSourceWords = /\b(?:source|debit|funding|payer)[_ ]?account\b|(?<!입)출금[ \t]?계좌/g;
const payrollWords = /payroll|salar(?:y|ies)|급여|임금|상여/i;

/**
 * A business's name and its owner's after it as the holder ("예금주: 바람결스테이 고은별"), as a small business's account is
 * registered: the account the business takes payments in.
 */
function isBusinessBeforeItsOwner(holder: string): boolean {
  const words = holder.trim().split(/[ \t]+/);
  // The business's name is three syllables at least: a treasurer's post before a name ("회계 정하람") is no business.
  return words.length === 2 && /^[가-힣]{2,4}$/.test(words[1]!) && /^[가-힣]{3,}/.test(words[0]!) && organisationHolder.test(words[0]!);
}

/**
 * What an account's gloss right after it says of it: an organisation's account ("(회사 급여계좌)", "법인계좌)", "— shop
 * account"), or one that collects a public body's revenue ("가상계좌(농협 …, 흥덕구 세입금 수납용)").
 */
const organisationsGlossAfter =
  /^[ \t]*[(,—–-]?[ \t]*(?:[^\n()]{0,24}?(?:수납용|세입금)|(?:회사|법인|당사|매장)[ \t]?[가-힣]{0,4}(?:계좌|통장)|(?:the )?(?:shop|salon|company|business|corporate|clinic|hotel)(?:'s)? account\b)/;

/**
 * A holder that may be a person: a Korean name among its words ("총무 김민지"), or Latin words none of which is a lower-case
 * word ("Hannah Lee", not "virtual account for your store"). A shelter's or a group's own name ("행복한발자국") is none.
 */
function mayBePersonsName(holder: string): boolean {
  const words = holder.trim().split(/[ \t]+/);
  if (words.some((word) => /^[가-힣]{2,4}$/.test(word) && isPlausibleKoreanName(word))) return true;
  // A bank's initials in brackets are no one's ("(CBA)", "(HSBC)").
  if (words.length === 1 && /^[A-Z]{2,5}$/.test(words[0]!)) return false;
  return words.every((word) => /^[A-Z][A-Za-z'.-]*$/.test(word)) && words.length <= 4;
}

/**
 * The payee's offer of a cash receipt or a tax invoice after the account on its line ("결제 계좌: 기업 218-… (하늘소풍) /
 * 현금영수증 발행 가능"): only a business issues them.
 */
const businessOffersReceiptAfter = /^[^\n]{0,40}?(?:현금영수증|세금계산서)[ \t]?(?:발행|발급)[ \t]?가능/;

/**
 * A payment's holder field on its own line ("Beneficiary: Nordic Sound AB", "Kontoinhaber: Lindholm Events GmbH"): the
 * holder up to a comma or a bracket, after which a bank's name may follow ("Beneficiary: … (self), Barclays Bank UK PLC").
 */
const holderFieldLine =
  /^[ \t]*(?:[Bb]eneficiary(?: name)?|[Aa]ccount (?:holder|name)|[Pp]ayee|[Kk]ontoinhaber(?:in)?|[Ee]mpfänger|[Tt]itulaire|[Bb]énéficiaire)[ \t]*:[ \t]*([^,(\n]+?)[ \t]*(?:[,(]|$)/;
/** A firm by the legal form that ends its name, as Europe's and the Nordics' registers write them. */
const latinLegalFormAtEnd =
  /[A-Za-z)'.,][ \t]+(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc|Corp|GmbH|AG|KG|B\.V|BV|N\.V|NV|S\.A|SA|SAS|S\.p\.A|S\.r\.l|SARL|Oy|Oyj|ry|AB|A\/S|AS|ApS|ASA|Pty(?: Ltd)?)\.?$/;
/** How many lines above the account a payment's holder field is read, up to a blank line. */
const holderLinesAbove = 3;

/**
 * Whether a holder field on one of the lines right above the account names a firm by its legal form: a payment's details
 * written a field a line ("Beneficiary: … AB\nBank: SEB\nIBAN on file: SE…").
 */
function firmHeldOnLinesAbove(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let line = 0; line < holderLinesAbove && end > 0; line += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const row = text.slice(start, end);
    if (row.trim() === '') return false;
    const holder = holderFieldLine.exec(row);
    if (holder !== null) return latinLegalFormAtEnd.test(holder[1]!) || organisationHolder.test(holder[1]!);
    end = start - 1;
  }
  return false;
}

/**
 * The account said to be in an organisation's name right after it ("…-015, in the company's name", "…-193, 예금주가
 * (주)…였어요").
 */
const heldInOrganisationsName =
  /^[ \t]*[,(]?[ \t]*(?:예금주(?:가|는|명은?)?[ \t]*[:：]?[ \t]*(?:\(주\)|㈜|주식회사)|in the (?:company|firm|business|organi[sz]ation|charity|corporation)'s name|in the name of the (?:company|firm|business|organi[sz]ation|charity|corporation))\b/;

/**
 * A holder after 예금주 written in Hangul alone and ended by a sentence's stop or a blank ("…-190, 예금주 서울하늘장례식장.
 * Package quote is …"), where the holder's words find no bracket or comma to end them.
 */
const hangulHolderByWord = /^[ \t]*,?[ \t]*예금주[ \t]*[:：]?[ \t]*([가-힣]{2,20})(?![가-힣(])/;

/** A comma-separated cell that is a firm by its legal form ("(주)다온테크 총무팀", "하루세라믹 주식회사"). */
const firmsCell = /(?:^|,)[ \t]*(?:\(주\)|㈜|주식회사)[^,\n]{0,30}(?=,|$)|(?:^|,)[^,\n]{0,30}(?:\(주\)|㈜|주식회사)[ \t]*(?=,|$)/m;

/**
 * A row of a firms' export (settlements, payouts to merchants, corporate orders): comma-separated cells, one of them a
 * firm by its legal form, none a person's name. Its account is the firm's; a row of people's payouts names no firm in its
 * own cells, and a row that names the firm's contact may give the contact's own account.
 */
function inFirmsCommaRow(text: string, lineStart: number, account: PiiFinding): boolean {
  let lineEnd = text.indexOf('\n', account.end);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  let commas = 0;
  for (let at = line.indexOf(','); at !== -1 && commas < 3; at = line.indexOf(',', at + 1)) commas++;
  return commas >= 3 && firmsCell.test(line) && !line.split(',').some((cell) => isContactsName(cell.trim()));
}

/** A person's full name in a cell of its own: the firm's contact, whose own account the row may give instead. */
function isContactsName(cell: string): boolean {
  return /^[가-힣]{3,4}$/.test(cell) && isPlausibleKoreanName(cell);
}

/**
 * A holder written after the account with no bracket or word of its own: a legal form opening it ("신한 140-… (주)지오팜 으로
 * 입금"), or a business's name by its last word ending the line ("하나은행 391-… 한결관세사무소").
 */
const bareHolderAfter = /^[ \t]+(?:\(주\)|㈜|주식회사)|^[ \t]+([가-힣○]{2,20})[ \t]*(?:[\n)]|$)/;

function organisationRightAfter(text: string, accountEnd: number): boolean {
  const bare = bareHolderAfter.exec(text.slice(accountEnd, accountEnd + 28));
  return bare !== null && (bare[1] === undefined || organisationHolder.test(bare[1]));
}

/** The holder named after the account, and whether its word or bracket opens right after it; undefined where none is. */
function holderAfter(text: string, accountEnd: number): { name: string; besideAccount: boolean } | undefined {
  const after = text.slice(accountEnd, accountEnd + holderReach);
  const opening = holderOpening.exec(after);
  if (opening === null || opening[0].trim() === '') return undefined;
  const holder = holderWords.exec(after.slice(opening[0].length));
  if (holder === null) return undefined;
  // A holder after a bare comma closes its bracket ("(국민 542301-…, 대원모터스)"); a sentence's next clause is no holder.
  const named = opening.groups?.['field'] !== undefined || opening.groups?.['word'] !== undefined;
  const besideAccount = named || opening[0].includes('(');
  return besideAccount || holder[2] === ')' ? { name: holder[1]!, besideAccount } : undefined;
}

/**
 * Removes from `candidates` the bank accounts and IBANs that an organisation holds: named its own by the words before
 * them, or held by an organisation by the words after them; and a phone read inside such an account's digits.
 *
 * @example
 * const candidates = [{ type: 'BANK_ACCOUNT', start: 12, end: 27, text: '1005-604-228170', score: 0.9, recognizer: 'bank' }];
 * removeOrganisationsAccounts('입금 계좌: 우리은행 1005-604-228170 (예금주 스타라이트리테일(주))', candidates);
 * candidates.length; // 0
 */
export function removeOrganisationsAccounts(text: string, candidates: PiiFinding[]): void {
  let removed: PiiFinding[] | undefined;
  let kept = 0;
  for (const candidate of candidates) {
    const account = candidate.type === 'BANK_ACCOUNT' || candidate.type === 'IBAN';
    if (account && isOrganisationsAccount(text, candidate)) (removed ??= []).push(candidate);
    else candidates[kept++] = candidate;
  }
  candidates.length = kept;
  if (removed === undefined) return;
  const insideRemoved = (phone: PiiFinding): boolean => removed.some((account) => account.start <= phone.start && phone.end <= account.end);
  kept = 0;
  for (const candidate of candidates) if (candidate.type !== 'PHONE' || !insideRemoved(candidate)) candidates[kept++] = candidate;
  candidates.length = kept;
}
