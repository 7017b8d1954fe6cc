// The mailboxes an organisation keeps for a desk or a team ("support@", "claims@", "install-crew-2@"), which are no
// person's data, however the address is written.
/**
 * The mailboxes an organisation keeps for a function or a team, not a person ("support@", "reservations@", "hr@",
 * "install-crew-2@"): no one's personal data, and what an assistant must be able to quote. Found below the default
 * threshold, so a policy keeps them only by lowering `pii.minScore` to 0.45 or less.
 */
const roleMailboxes: ReadonlySet<string> = new Set([
  ...['support', 'info', 'help', 'helpdesk', 'hr', 'claims', 'complaints', 'reservations', 'bookings', 'sales', 'billing'],
  ...['accounts', 'payroll', 'noreply', 'no-reply', 'donotreply', 'cs', 'cs-support', 'contact', 'enquiries', 'inquiries'],
  ...['orders', 'service', 'customerservice', 'office', 'careers', 'jobs', 'recruit', 'recruiting', 'press', 'media', 'legal'],
  ...['privacy', 'security', 'abuse', 'postmaster', 'webmaster', 'export', 'mortgages', 'people', 'returns', 'refunds'],
  ...['contracts', 'royalties', 'traffic', 'dispatch', 'operations', 'ops', 'finance', 'compliance', 'marketing'],
  ...['care', 'leasing', 'lettings', 'rentals', 'exports', 'imports', 'import', 'intl', 'international', 'tax', 'loans'],
  ...['purchasing', 'procurement', 'invoices', 'invoice', 'alerts', 'alert', 'notice', 'notices', 'notifications'],
  ...['admissions', 'admission', 'hello', 'vendor', 'vendors', 'onboarding', 'business', 'secure', 'reception'],
  ...['accounting', 'logistics', 'shipping', 'warehouse', 'tenders', 'events', 'feedback', 'newsletter', 'registrar'],
  ...['servicedesk', 'itsupport', 'devops', 'customercare', 'frontdesk', 'enquiry', 'inquiry', 'membership', 'partners'],
  // The same desks in the languages of the rounds' writers: Korean admissions (입시), Polish purchasing and invoices,
  // German purchasing, claims and invoices, Spanish and Portuguese sales and support, French orders and invoices.
  ...['ipsi', 'zakupy', 'faktury', 'einkauf', 'schaden', 'rechnung', 'rechnungen', 'kundenservice', 'vertrieb', 'kontakt'],
  ...['ventas', 'compras', 'contacto', 'soporte', 'atendimento', 'suporte', 'commandes', 'factures', 'facturas'],
  // An insurer's, a bank's and a benefits office's intake desks; Polish HR, accounting and office, a French school office.
  ...['claim', 'preauth', 'preauthorisation', 'preauthorization', 'disputes', 'dispute', 'chargebacks', 'fraud', 'appeals'],
  ...['benefits', 'intake', 'approvals', 'kadry', 'ksiegowosc', 'biuro', 'sekretariat', 'scolaire', 'secretariat'],
  // A utility's, a landlord's, a marketplace's and a carrier's desks.
  ...['bills', 'outages', 'unlocks', 'tenants', 'seller', 'sellers'],
  // A finance team's payables, an on-call rota, a hiring panel, a settlement desk, payments.
  ...['payable', 'payables', 'receivable', 'receivables', 'oncall', 'interview', 'interviews', 'panel', 'settle', 'settlement'],
  ...['payments', 'payment'],
  // A hiring team's and an HR desk's boxes ("recruitment@", "offers@", "graduates@", "hrservice@", "digital.recruitment@").
  ...['recruitment', 'recruiter', 'offers', 'graduates', 'graduate', 'talent', 'hrservice', 'hrhelpdesk', 'hrdesk', 'peopleops'],
  ...['digital', 'production'],
  // A clinic's, a hospital's and a council's desks: assistance, patient services, parking, repeat prescriptions, check-ups,
  // a care home's manager, German appointments, council tax.
  ...['assistance', 'ips', 'carparking', 'parking', 'repeats', 'prescriptions', 'checkup', 'manager', 'termine', 'council'],
  // An airline's, a travel agency's and an airport's desks.
  ...['baggage', 'ticketing', 'tickets', 'groups', 'lostandfound', 'airport'],
  // A finance team's payables ("ap@"), a lender's collections, an insurer's motor claims.
  ...['ap', 'collections', 'motorclaims'],
  // A university's, a school's and a parents' association's desks: international student services, housing, homestays,
  // scholarships (Korean 장학 "janghak", Vietnamese "hocbong"), academic affairs (학사 "haksa"), volunteers.
  ...['iss', 'housing', 'dorm', 'residence', 'homestay', 'scholarship', 'scholarships', 'janghak', 'hocbong', 'haksa'],
  ...['volunteers', 'alumni', 'registry', 'bursar', 'finaid', 'library', 'transport'],
  // A mover's quotes (German "angebote"), a letting agent's applications, a housing association's officer, a brand's
  // partnerships, a platform's copyright and trust desks, a label's royalties, a festival's press (French "presse").
  ...['quotes', 'quote', 'angebote', 'applications', 'housingofficer', 'partnerships', 'partnership', 'copyright', 'trust'],
  ...['biz', 'royalty', 'presse'],
]);
/** A bounce's address and a meeting room's calendar ("bounce-7731@mailer…", "room.spree@", "room-4.12@"). */
const machineMailbox = /^(?:bounces?|mailer-daemon|room|rooms|meetingroom)(?:[-+_.]|$)/i;
/** A region's or a desk's tag beside a role's word ("imports.sg@", "kr.import@", "opd.bookings@", "cs-24@", "hr-korea@"). */
const mailboxTag = /^(?:[a-z]{2,3}|\d{1,3}|24h|korea|japan|china|asia|apac|emea|europe|americas|global)$/;
/**
 * A team's or a desk's shared box by its last word ("install-crew-2@", "ops-alerts@", "night-desk@", "ward7b.rota@",
 * "intlhouse.dorm@").
 */
const sharedMailbox = /[-_.](?:team|crew|alerts?|desk|ops|dispatch|rota|dorm)(?:[-_.]?\d{1,3})?$/i;
/** Webmail domains: there a role's word is someone's own address ("support@gmail.com" is a person's). */
const webmailDomains: ReadonlySet<string> = new Set([
  ...['gmail.com', 'googlemail.com', 'naver.com', 'hanmail.net', 'daum.net', 'kakao.com', 'nate.com', 'outlook.com'],
  ...['hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'gmx.de', 'aol.com'],
]);
/** Below the default threshold: a policy keeps such a mailbox only by lowering `pii.minScore` to 0.45 or less. */
export const roleMailboxScore = 0.45;

/**
 * Whether an address of `local` at `domain` is an organisation's desk, not a person's; never at a webmail domain.
 *
 * @example
 * isRoleMailbox('claims', 'healthfirst-uk.co.uk'); // true
 * isRoleMailbox('support', 'gmail.com'); // false
 */
export function isRoleMailbox(local: string, domain: string): boolean {
  if (webmailDomains.has(domain.toLowerCase())) return false;
  const lower = local.toLowerCase();
  if (roleMailboxes.has(lower) || sharedMailbox.test(local) || machineMailbox.test(local)) return true;
  // Words of roles and tags only, one role's word at least: "vendor.onboarding@", "hr-secure@", "business.care@".
  const parts = lower.split(/[._-]/);
  return (
    parts.length > 1 &&
    parts.some((part) => roleMailboxes.has(part)) &&
    parts.every((part) => roleMailboxes.has(part) || mailboxTag.test(part))
  );
}
