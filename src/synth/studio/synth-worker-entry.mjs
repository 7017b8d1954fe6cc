// Worker-thread entry: loads the TypeScript sources through tsx (as bin/genstack does), then the synth worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./synth-worker.ts');
