// A US form's "City/State/ZIP:" field, which holds the second part of an address whose street stands in the field above
// ("Street: 3318 Orchard Rd\nCity/State/ZIP: Moss Point, MS 39563"), as a tax form words it too ("City or town, state, and ZIP
// code:", "City or town, state or province, country, and ZIP:"): a town, a state's two capitals and a ZIP code.
import { createFinding } from '../recognizers/create-finding.ts';
import type { PiiFinding } from '../types.ts';

const recognizerName = 'city-state-zip-line';

const cityStateZipLine =
  /\b(?:City|CITY)(?:[ \t]+or[ \t]+town)?[ \t]*[/,][ \t]*(?:State|state|STATE|ST)(?:[ \t]+or[ \t]+province)?(?:[ \t]*,[ \t]*country)?[ \t]*[/,]?[ \t]*(?:and[ \t]+)?(?:ZIP|Zip|zip)(?:[ \t]*[Cc]ode)?[ \t]*[:：][ \t]*((?:[A-Z][A-Za-z.'-]*[ \t]+){0,3}[A-Z][A-Za-z.'-]*,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)(?!\d)/g;

/**
 * @example
 * findCityStateZipLines('City/State/ZIP: Moss Point, MS 39563')[0]?.text; // 'Moss Point, MS 39563'
 */
export function findCityStateZipLines(text: string): PiiFinding[] {
  if (!text.includes('ZIP') && !text.includes('Zip') && !text.includes('zip')) return [];
  const found: PiiFinding[] = [];
  cityStateZipLine.lastIndex = 0;
  for (let match = cityStateZipLine.exec(text); match !== null; match = cityStateZipLine.exec(text)) {
    const value = match[1]!;
    const start = match.index + match[0].length - value.length;
    found.push(createFinding({ type: 'ADDRESS', text: value, start, score: 0.8, recognizer: recognizerName }));
  }
  return found;
}
