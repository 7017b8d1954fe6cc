// Writes through a temporary file and a rename, so a crash or a cancel never leaves half a file behind.
import { renameSync, writeFileSync } from 'node:fs';

/**
 * @example
 * writeFileAtomically('/data/synth/models/m1.json', JSON.stringify(model));
 */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
