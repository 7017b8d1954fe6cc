// Child-process entry for the floor reference (`--floor`): a bare node:http proxy that pipes bytes to the upstream without parsing them.
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

const upstreamUrl = process.env['BENCH_UPSTREAM_URL'];
if (!upstreamUrl) throw new Error('BENCH_UPSTREAM_URL is required');
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

const server = createServer({ keepAliveTimeout: 65_000 }, (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => {
    const body = Buffer.concat(chunks);
    const headers = { 'content-type': 'application/json', 'content-length': body.length };
    const upstream = request(`${upstreamUrl}${incoming.url}`, { method: incoming.method, agent, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/octet-stream' });
      answer.on('data', (chunk: Buffer) => outgoing.write(chunk));
      answer.on('end', () => outgoing.end());
    });
    upstream.on('error', () => outgoing.destroy());
    upstream.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ ready: true, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on('disconnect', () => server.close(() => process.exit(0)));
