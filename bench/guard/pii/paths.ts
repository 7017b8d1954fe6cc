// Where the PII bench reads and writes its files.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The committed evaluation set. */
export const datasetPath = join(here, '..', 'data', 'pii-eval.jsonl');
/** Miss reports go to the temp dir: they change on every recogniser edit and are not committed. */
export const missesPath = join(tmpdir(), 'genstack-pii-misses.json');
/** The dev half's misses on the independent hand-written set (`independent/`), to be read; the test half's are never written. */
export const independentDevMissesPath = join(tmpdir(), 'genstack-pii-independent-dev-misses.json');
