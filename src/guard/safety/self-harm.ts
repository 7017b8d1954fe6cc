// Recognises a person saying they may harm or kill themselves (Korean and English), so the guard answers with crisis
// support instead of passing the message on as an ordinary request.

/**
 * First-person statements of suicidal intent or self-harm. Korean idioms of exaggeration ("배고파 죽겠어요", "배터리가
 * 죽었어요", "죽을래?") never match: a wish (싶다), a plan (버릴 거야) or a self-harm word is required. "자살골" (an own goal) and
 * "suicide doors" (a car's rear-hinged doors) or "Suicide Squad" (a film) are not about a person.
 */
const koreanPatterns = [
  /자살(?!골|률|율)/u,
  /자해/u,
  /죽고\s*싶|죽어\s*버리고\s*싶|죽어\s*버릴\s*(?:거|까)/u,
  /살기\s*싫|살고\s*싶지\s*않|그만\s*살고\s*싶|더\s*(?:이상\s*)?살\s*이유|사는\s*게\s*의미\s*없/u,
  /사라지고\s*싶|세상을\s*떠나고\s*싶|목숨을\s*끊|스스로\s*목숨|극단(?:적인?|의)\s*선택/u,
  /손목을\s*(?:긋|그었|그을)|뛰어\s*내리고\s*싶|뛰어\s*내릴\s*(?:거|까)|유서를\s*(?:썼|써|쓰고|쓸)/u,
];
const englishPatterns = [
  /\bsuicid(?:e|al)\b(?![ -](?:doors?|squad)\b)/iu,
  // Hurting or cutting oneself happens by accident too ("I cut myself cooking"): only with intent, or as a habit.
  /\bkill(?:ing)?\s+myself\b|\bself[- ]?harm/iu,
  /\b(?:want|wanna|going|gonna|try(?:ing)?|thinking\s+(?:about|of)|urge\s+to)\s+(?:to\s+)?(?:hurt|harm|cut)(?:ing)?\s+myself\b/iu,
  /\b(?:been|keep|started)\s+(?:hurting|harming|cutting)\s+myself\b/iu,
  /\bend(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all)\b|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b/iu,
  /\bI\s+(?:really\s+|just\s+|kind\s+of\s+)?(?:want|wanna|wish)\s+(?:to\s+)?die\b|\bwish\s+I\s+(?:was|were)\s+dead\b/iu,
  /\b(?:don't|do\s+not|dont)\s+want\s+to\s+(?:live|be\s+alive)\b|\bno\s+reason\s+to\s+live\b|\bbetter\s+off\s+dead\b/iu,
  /\bnot\s+worth\s+living\b/iu,
];

/** The matched words, for the audit record; undefined when the text says nothing of the kind. */
export interface SelfHarmSignal {
  text: string;
}

/**
 * @example
 * detectSelfHarm('요즘 너무 힘들어서 죽고 싶어요')?.text; // '죽고 싶'
 * detectSelfHarm('배고파 죽겠어요'); // undefined
 * detectSelfHarm('Do you sell cars with suicide doors?'); // undefined
 */
export function detectSelfHarm(text: string): SelfHarmSignal | undefined {
  for (const pattern of /[\uac00-\ud7a3]/u.test(text) ? [...koreanPatterns, ...englishPatterns] : englishPatterns) {
    const match = pattern.exec(text);
    if (match !== null) return { text: match[0].trim() };
  }
  return undefined;
}
