// Child-process entry: a bare node:http server that burns a fixed CPU time per request and answers a small JSON body.
import { createServer } from 'node:http';

const workMs = Number(process.env['BARE_WORK_MS'] ?? '5');
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const until = performance.now() + workMs;
    while (performance.now() < until);
    response.setHeader('content-type', 'application/json');
    response.end('{"ok":true}');
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
