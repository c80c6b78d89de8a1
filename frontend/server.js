// The web server: SvelteKit's adapter-node handler behind compression. Pages and JSON answers (the API is
// proxied through here, one origin) leave as brotli or gzip, whichever the browser takes; a cheap phone on a
// slow network gets a seeker's gig list in a tenth of the bytes. Everything else adapter-node reads from the
// environment (ORIGIN, ADDRESS_HEADER, XFF_DEPTH, BODY_SIZE_LIMIT, …) still applies: build/handler.js reads it.
// Start with `node frontend/server.js` after `npm run build -w frontend`; PORT and HOST as with adapter-node.
import http from 'node:http';
import process from 'node:process';
import zlib from 'node:zlib';
import compression from 'compression';
import { handler } from './build/handler.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownSeconds = Number(process.env.SHUTDOWN_TIMEOUT ?? 30);

const compress = compression({
  // Brotli at a moderate level: near the best ratio for HTML and JSON at a few milliseconds a page.
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  threshold: 1024,
});

const server = http.createServer((req, res) => {
  compress(req, res, (err) => {
    if (err) {
      res.statusCode = 500;
      res.end();
      return;
    }
    handler(req, res);
  });
});

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  // Requests still open after the grace period are cut.
  setTimeout(() => process.exit(0), shutdownSeconds * 1000).unref();
  server.closeIdleConnections?.();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
