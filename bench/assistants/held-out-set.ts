// The held-out utterances (bench/assistants/held-out/<blueprint>.jsonl) and how their expected ids map onto a blueprint's operations.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface HeldOutUtterance {
  text: string;
  language: 'ko' | 'en';
  /** The operation the customer means, by the id we expect (see operationAliases); written without reading the operations' examples. */
  expected: string;
  /** Entity values a generic extractor should find: emails, phone digits, order/product/ticket ids, ISO dates. */
  slots?: Partial<Record<'email' | 'phone' | 'identifier' | 'date', string[]>>;
  /** True where the blueprint has no such operation yet (kept, and left out of accuracy). */
  pending?: boolean;
}

/**
 * The held-out utterances were written before the operations existed, against ids we guessed; each guess lists the ids a
 * blueprint might have used for the same job, tried in order, then a pattern over the operation ids.
 */
const operationAliases: Record<string, { ids: string[]; pattern?: RegExp }> = {
  search_products: { ids: ['search_products', 'product_search', 'recommend_products', 'find_products'], pattern: /search|recommend/u },
  product_details: { ids: ['product_details', 'get_product', 'product_info'], pattern: /product.*detail|detail/u },
  check_availability: {
    ids: ['check_availability', 'price_availability', 'availability', 'product_availability', 'product_details'],
    pattern: /availab|stock|price/u,
  },
  find_stations: { ids: ['find_stations', 'station_finder', 'find_station', 'stations'], pattern: /station/u },
  authenticate: { ids: ['authenticate'], pattern: /auth/u },
  list_orders: { ids: ['list_orders', 'my_orders', 'order_history'], pattern: /list.*order/u },
  order_status: { ids: ['order_status', 'track_order', 'order_tracking', 'get_order'], pattern: /order.*(status|track)|track/u },
  place_order: { ids: ['place_order', 'buy_product', 'purchase'], pattern: /place|purchase|buy/u },
  cancel_order: { ids: ['cancel_order'], pattern: /cancel/u },
  modify_order: { ids: ['modify_order', 'change_order', 'swap_variant'], pattern: /modify|change_order|swap/u },
  return_items: { ids: ['return_items', 'return_order', 'return'], pattern: /return/u },
  exchange_items: { ids: ['exchange_items', 'exchange_order', 'exchange'], pattern: /exchange/u },
  loyalty_points: { ids: ['loyalty_points', 'points', 'get_loyalty_points'], pattern: /point|loyalty/u },
  policy_question: { ids: ['policy_question', 'policy', 'faq', 'policy_faq', 'store_policy'], pattern: /policy|faq/u },
  plan_details: { ids: ['plan_details', 'plan_info', 'get_plan', 'plans'], pattern: /plan.*(detail|info)/u },
  compare_plans: { ids: ['compare_plans', 'plan_comparison', 'plan_compare', 'plan_details'], pattern: /compar/u },
  recommend_plan: { ids: ['recommend_plan', 'plan_recommendation', 'compare_plans', 'plan_details'], pattern: /recommend/u },
  explain_bill: { ids: ['explain_bill', 'bill_explanation', 'bill'], pattern: /bill/u },
  data_usage: { ids: ['data_usage', 'get_data_usage', 'usage'], pattern: /usage/u },
  top_up_data: { ids: ['top_up_data', 'data_top_up', 'top_up'], pattern: /top.?up/u },
  roaming: { ids: ['roaming', 'set_roaming'], pattern: /roaming/u },
  suspend_line: { ids: ['suspend_line', 'suspend', 'lost_phone'], pattern: /suspend|lost/u },
  resume_line: { ids: ['resume_line', 'resume'], pattern: /resume/u },
  change_plan: { ids: ['change_plan', 'plan_change'], pattern: /change_plan|plan_change/u },
  pay_bill: { ids: ['pay_bill', 'pay_overdue', 'payment'], pattern: /pay/u },
  troubleshoot_no_service: {
    ids: ['troubleshoot_no_service', 'no_service', 'troubleshoot', 'troubleshooting'],
    pattern: /no_service|trouble/u,
  },
  troubleshoot_data: { ids: ['troubleshoot_data', 'mobile_data', 'troubleshoot', 'troubleshooting'], pattern: /data_problem|trouble/u },
  troubleshoot_mms: { ids: ['troubleshoot_mms', 'mms', 'troubleshoot', 'troubleshooting'], pattern: /mms|trouble/u },
  list_lines: { ids: ['list_lines', 'lines'], pattern: /lines/u },
  create_ticket: { ids: ['create_ticket', 'open_ticket', 'ticket'], pattern: /create.*ticket|ticket/u },
  ticket_status: { ids: ['ticket_status', 'get_ticket', 'list_tickets', 'tickets'], pattern: /ticket/u },
};

/** The operation id an expected id stands for in this blueprint, or undefined when it has none. */
export function resolveOperation(expected: string, operationIds: readonly string[]): string | undefined {
  const alias = operationAliases[expected];
  if (operationIds.includes(expected)) return expected;
  if (!alias) return undefined;
  return alias.ids.find((id) => operationIds.includes(id)) ?? operationIds.find((id) => alias.pattern?.test(id));
}

/**
 * @example
 * const utterances = readHeldOut('energy-store');
 */
export function readHeldOut(blueprint: string): HeldOutUtterance[] {
  return readFileSync(join(here, 'held-out', `${blueprint}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as HeldOutUtterance);
}
