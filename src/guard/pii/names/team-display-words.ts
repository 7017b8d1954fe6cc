// The words with which a team, a desk or a function of a firm signs its mail ("Parts Warranty <partswarranty@…>", "Export Ops",
// "Plant Quality Leeds", "Shopwell Payments"): a display name or a quoted reply's writer that holds one is an organisation's,
// not a person's. People's surnames that are such words are rare enough in a display name beside a function's address.

const teamFunctionWords: ReadonlySet<string> = new Set([
  ...['Ops', 'Operations', 'Setup', 'Onboarding', 'Submissions', 'Payments', 'Payables', 'Receivables', 'Accounts', 'Billing'],
  ...['Invoices', 'Invoicing', 'Claims', 'Quality', 'Purchasing', 'Procurement', 'Warranty', 'Sales', 'Parts', 'Support'],
  ...['Helpdesk', 'Desk', 'Team', 'Admin', 'Administration', 'Dispatch', 'Compliance', 'Payroll', 'Recruiting', 'Recruitment'],
  ...['Enquiries', 'Inquiries', 'Bookings', 'Reservations', 'Orders', 'Returns', 'Refunds', 'Shipping', 'Receiving', 'Logistics'],
  ...['Engineers', 'Engineering', 'Master', 'Data', 'Entries', 'Notifications', 'Alerts', 'Security', 'Finance', 'Treasury'],
  ...['Service', 'Services', 'Customer', 'Care', 'Trust', 'Safety', 'Partners', 'Partnerships', 'Marketing', 'Careers'],
  // A fraud or loss desk's units, in the languages its insurers and banks write ("Fraud Investigations", "Antifraude SIU").
  ...['Fraud', 'Anti-Fraud', 'Antifraude', 'Investigations', 'Prevention', 'SIU'],
  // A warehouse's and a yard's posts, as a site's channel names its members ("Outbound Lead", "Inventory Control").
  ...['Lead', 'Control', 'Inventory', 'Outbound', 'Inbound'],
]);

/**
 * Whether a display name holds a team's or a function's word.
 *
 * @example
 * namesTeamOrFunction('Parts Warranty'); // true
 * namesTeamOrFunction('Keisha Lawson'); // false
 */
export function namesTeamOrFunction(name: string): boolean {
  return name.split(/[ \t]+/).some((word) => teamFunctionWords.has(word));
}
