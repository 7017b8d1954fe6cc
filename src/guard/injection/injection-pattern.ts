// One rule of the detector: a family of attack, how much a match alone weighs, and the expression over normalised text.
import type { InjectionKind } from './types.ts';

export interface InjectionPattern {
  kind: InjectionKind;
  /** 0.9: an attack on its own; 0.6: enough on its own; 0.3: only together with another finding. */
  score: number;
  pattern: RegExp;
  /** For a customer's message only: documents use these words innocently ("swap roles" in a staff exercise, "pretend to be" in a novel). */
  directOnly?: true;
}
