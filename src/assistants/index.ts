// Assistants: definitions, the tool contract, the builtin dialogue contract and the runtime that runs a turn.
export * from './tool-types.ts';
export type * from './dialogue-types.ts';
export * from './definition.ts';
