// Scans one corpus of a JSON file a given number of times (`count-instructions.ts` bundles this file and runs it under
// cachegrind). Argument order: corpora file, corpus name, passes.
import { readFileSync } from 'node:fs';
import { scanWithGenstack } from './genstack-scanner.ts';

const [corporaPath, corpusName, passes] = process.argv.slice(2);
const texts = (JSON.parse(readFileSync(corporaPath!, 'utf8')) as Record<string, string[]>)[corpusName!]!;
let findings = 0;
for (let pass = 0; pass < Number(passes); pass += 1) for (const text of texts) findings += scanWithGenstack(text).length;
process.stdout.write(`${findings}\n`);
