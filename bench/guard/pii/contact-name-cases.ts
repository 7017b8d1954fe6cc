// English names after a role or a verb of reaching someone ("the driver Kevin", "I talked to Carlos") or before a verb a
// person does ("Carlos called me"), and brands, places and departments in the same frames ("the driver Uber assigned", "transfer me to Billing"), which must stay unflagged.

const frames: ReadonlyArray<(word: string) => string> = [
  (word) => `The driver ${word} was late again`,
  (word) => `Our technician ${word} never showed up`,
  (word) => `I talked to ${word} yesterday about my bill`,
  (word) => `Please transfer me to ${word}`,
  (word) => `Can you put me through to ${word}?`,
  (word) => `I asked for ${word} at the front desk`,
  (word) => `The delivery guy ${word} left it at the door`,
  (word) => `Tell ${word} I said thanks`,
  // The name as the subject of a verb a person does.
  (word) => `${word} called me yesterday about the bill`,
  (word) => `Yesterday ${word} said I could get a refund`,
  (word) => `${word} will pick it up tomorrow`,
];

/** First names on the list in src/guard/pii/names/english-name-words.ts, and first names it does not hold. */
const listedNames = ['Kevin', 'Mike', 'Carlos', 'Jessica', 'Dave', 'Steve', 'Priya', 'Ahmed', 'Maria', 'Sarah', 'Tom', 'Emily'];
// Rarer names: the first held-out set (Gavin, Brent, Shirley …) joined the list, being common ones.
const heldOutNames = [
  ...['Thaddeus', 'Peregrine', 'Zebulon', 'Philippa', 'Ignatius', 'Clementine', 'Barnaby', 'Leopold', 'Winifred', 'Cornelius'],
  ...['Ottilie', 'Evander'],
];
/** Words that follow the same frames without being people. */
const notNames = ['Uber', 'Verizon', 'Billing', 'Sales', 'Seoul', 'Amazon', 'Samsung', 'Support', 'Premium', 'Netflix', 'Hanbit', 'Visa'];

const fill = (words: readonly string[]) => words.flatMap((word) => frames.map((frame) => ({ text: frame(word), name: word })));

/**
 * @example
 * contactNameCases().listed[0]; // { text: 'The driver Kevin was late again', name: 'Kevin' }
 */
export function contactNameCases(): {
  listed: Array<{ text: string; name: string }>;
  heldOut: Array<{ text: string; name: string }>;
  negatives: string[];
} {
  return { listed: fill(listedNames), heldOut: fill(heldOutNames), negatives: fill(notNames).map((entry) => entry.text) };
}
