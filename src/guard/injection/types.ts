// The contract of the prompt-injection defence: findings, verdicts, where a text came from and what to do about it.

/** Which family of attack matched. */
export type InjectionKind =
  | 'override-instructions'
  | 'role-play'
  | 'prompt-extraction'
  | 'delimiter'
  | 'bulk-action'
  | 'addressed-to-model'
  | 'concealment'
  | 'exfiltration'
  | 'hidden-instruction'
  | 'encoding'
  /** Not a rule: the classifier found the text phrased as the attacks it learned from are. */
  | 'resembles-attacks'
  | (string & {});

/** How a text was disguised before the scan saw through it. */
export type EncodingTrick =
  | 'fullwidth'
  | 'invisible-characters'
  | 'unicode-tags'
  | 'homoglyph'
  | 'letter-spacing'
  | 'leetspeak'
  | 'base64'
  | 'hex'
  | 'url-encoding'
  | 'escape-sequences'
  | 'rot13';

export interface InjectionFinding {
  /** Which family of attack matched, e.g. 'override-instructions', 'role-play', 'prompt-extraction', 'delimiter'. */
  kind: InjectionKind;
  /** The words that matched (after normalisation). */
  text: string;
  /** How strongly this finding alone indicates an attack, 0..1. */
  score: number;
  /** Set when the match was only visible after undoing a trick; an 'encoding' finding names the trick. */
  tricks?: EncodingTrick[];
}

export interface InjectionVerdict {
  detected: boolean;
  /** Combined evidence, 0..1: one minus the product of each finding's complement. */
  score: number;
  findings: InjectionFinding[];
}

/**
 * How the classifier reads beside the rules: `relaxed` flags about 1% of the texts that use attack words in everyday ways,
 * `standard` (or `true`) about 5%, `strict` about 10% for more of the attacks worded as none before; `false` leaves the
 * rules alone.
 */
export type ClassifierSetting = boolean | ClassifierLevel;
/** The classifier's thresholds: each is chosen on texts the model did not see (see phrasing-model.json's `training`). */
export type ClassifierLevel = (typeof classifierLevels)[number];
export const classifierLevels = ['relaxed', 'standard', 'strict'] as const;

export interface DetectionOptions {
  /** `false`: the rules alone, without the classifier's 'resembles-attacks' finding (the bench compares the two). */
  classifier?: ClassifierSetting;
}

/** Where a text entered the conversation: typed by the customer, retrieved from a knowledge base, or returned by a tool. */
export type InjectionSource = 'user' | 'passage' | 'tool';

/** What a caller wants done with a detected injection. */
export type InjectionAction = 'block' | 'flag' | 'off';

/** What was done: a blocked text must not reach the model; a flagged one goes on with the verdict logged. */
export type InjectionOutcome = 'blocked' | 'flagged' | 'passed';
