// Public surface of model download: `pullModel` with resume, retries and checksums, and source resolution.
export { pullModel } from './pull-model.ts';
export { resolvePullSource, fileNameFromContentDisposition } from './resolve-pull-source.ts';
export type { PullOptions, PullProgress, PullResult, ResolvedPullSource } from './types.ts';
