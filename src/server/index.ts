// The HTTP edge: routes only — parse, validate, call a capability, shape the reply.
export { createApp, type AppOptions } from './app.ts';
export { startServer, type RunningServer } from './serve.ts';
export { serverNodeFlags } from './node-flags.ts';
