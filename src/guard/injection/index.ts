// Prompt-injection defence: direct and indirect detection (Korean and English), data fencing, and a block/flag policy.
export type * from './types.ts';
export { classifierLevels } from './types.ts';
export { detectInjection } from './detect-injection.ts';
export { detectIndirectInjection } from './detect-indirect-injection.ts';
export { fenceAsData, type FenceOptions } from './fence-as-data.ts';
export { checkInjection, classifierSetting, inspectInjection, type CheckInjectionOptions, type InjectionCheck } from './check-injection.ts';
export { detectionThreshold } from './scan-text.ts';
