// The worker's entry: genstack runs from its TypeScript sources, so a worker thread registers tsx before loading them.
import { register } from 'tsx/esm/api';

register();
await import('./piece-scan-worker.ts');
