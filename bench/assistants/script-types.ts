// What a scripted conversation is: the customer's messages in order, each tagged with what the customer is doing.

/** What a turn asks for, in the customer's terms (not an operation id: the blueprints name their operations). */
export type TurnKind =
  | 'greeting'
  | 'product_search'
  | 'product_details'
  | 'station_finder'
  | 'order_status'
  | 'authenticate'
  | 'cancel_order'
  | 'decline'
  | 'policy'
  | 'loyalty_points'
  | 'plan_compare'
  | 'data_usage'
  | 'bill_explain'
  | 'troubleshooting'
  | 'troubleshooting_follow_up'
  | 'thanks';

export interface ScriptTurn {
  text: string;
  kind: TurnKind;
  language: 'ko' | 'en';
}

export interface ConversationScript {
  /** Stable within a run and across runs with the same seed, e.g. 'energy-store-0042'. */
  id: string;
  assistantId: 'energy-store' | 'telecom-care';
  /** 'mixed': the customer switches language between turns. */
  language: 'ko' | 'en' | 'mixed';
  turns: ScriptTurn[];
}

/** Picks the turn's language: a mixed conversation flips a coin per turn. */
export function turnLanguage(options: { language: ConversationScript['language']; coin: number }): 'ko' | 'en' {
  if (options.language !== 'mixed') return options.language;
  return options.coin < 0.5 ? 'ko' : 'en';
}
