// The Node flags the server runs with. bin/genstack's first line and `npm start` pass them to node (a test keeps the three
// in step), and bench/gateway starts its genstack process with them.

/**
 * `--max-semi-space-size=64`: a young generation of two 64 MB halves instead of V8's 16 MB ones. With hundreds of
 * streams in flight, their short-lived objects outlive the default's frequent scavenges and get copied and promoted;
 * bench/gateway measured 21 % less CPU per request at 200 streams and 11 % at 50 with it. It costs memory: the young
 * generation, once grown (start-up's blueprint seeding grows it), stays committed, about 100 MB more resident (370
 * against 275 MB after a fresh start on the build VM). V8 reads it when the heap is set up, so it must be on node's
 * command line (v8.setFlagsFromString is too late).
 */
export const serverNodeFlags: readonly string[] = ['--max-semi-space-size=64'];
