// Preloaded into the Portkey process (node --import): works around Portkey-AI/gateway#1389 so its Node server can stream at all.
// With @hono/node-server ≥ 1.14.3 (1.19.x is what npm installs for it), Portkey wraps the upstream fetch Response in a
// lightweight Response that keeps the fetch Response's *immutable* Headers, then appends x-portkey-* headers to them:
// every request fails with `TypeError: immutable` and HTTP 500. Re-wrapping the upstream response in a native Response
// gives it ordinary, mutable headers; the body stream is handed over untouched. This is what Portkey's own fix (PR #1551)
// does inside the gateway, and it costs one Response object per request.
const NativeResponse = globalThis.Response;

// The bench spawns Portkey with an IPC channel: when the bench goes away, however it ends, so does Portkey.
process.on('disconnect', () => process.exit(0));
const originalFetch = globalThis.fetch;

globalThis.fetch = async function fetchWithMutableHeaders(input, init) {
  const response = await originalFetch(input, init);
  return new NativeResponse(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
};
