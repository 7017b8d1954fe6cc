// Child-process entry for the fake upstream: starts it and tells the parent its URL over IPC.
import { startUpstream } from './upstream.ts';

const tokens = Number(process.env['BENCH_TOKENS'] ?? 32);
const tokenIntervalMs = Number(process.env['BENCH_TOKEN_INTERVAL_MS'] ?? 2);
const { server, url } = await startUpstream({ tokens, tokenIntervalMs });
process.send?.({ ready: true, url });
// The parent closing the IPC channel (or dying) ends this process.
process.on('disconnect', () => server.close(() => process.exit(0)));
