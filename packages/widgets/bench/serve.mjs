// A static server on 127.0.0.1 for the bench and the reservation measurements: the library's builds, the sample
// feed at /demo/ (as on the demo site), generated files and in-memory pages, gzip on (as a real server sends them).
//   /dist/…            packages/widgets/dist (the build under test)
//   /before/dist/…     another build to compare with (BENCH_BEFORE, e.g. one made from the main branch)
//   /demo/feed.json    the sample feed; /demo/postcodes.json its postcodes
//   /bench/…           packages/widgets/bench (generated feeds in bench/.build, the peer page's bundle)
//   /node_modules/…    the workspace's node_modules (the peer's Shoelace assets)
// `?delay=300` holds a response back 300 ms (a slow network, so that the script or the feed arrives after the first
// paint, as on a phone). Pages registered with `pages.set(path, html)` are served from memory.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const sampleFeedDir = dirname(require.resolve('frisklivs-sample-feed/feed.json'));
const nodeModules = resolve(root, '../../node_modules');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server. `before`: the folder of a build to serve at /before/dist/. Returns { origin, pages, close }.
 * `headers`: extra response headers for every file (the bench page runs cross-origin isolated).
 */
export async function serve({ before = process.env.BENCH_BEFORE, headers = {}, dist = join(root, 'dist') } = {}) {
  const pages = new Map();
  const gzipped = new Map();
  const fileFor = (path) => {
    if (path.startsWith('/dist/')) return join(dist, path.slice('/dist/'.length));
    if (path.startsWith('/before/dist/') && before) return join(before, path.slice('/before/dist/'.length));
    if (path.startsWith('/demo/')) return join(sampleFeedDir, path.slice('/demo/'.length));
    if (path.startsWith('/bench/')) return join(root, path.slice(1));
    if (path.startsWith('/node_modules/')) return join(nodeModules, path.slice('/node_modules/'.length));
    return undefined;
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const delay = Math.min(10_000, Number(url.searchParams.get('delay')) || 0);
    try {
      let body = pages.get(path);
      let type = TYPES['.html'];
      if (body === undefined) {
        const file = fileFor(path);
        if (!file) throw new Error('not found');
        const key = `${file}:${(await stat(file)).mtimeMs}`;
        body = gzipped.get(key);
        if (!body) {
          body = gzipSync(await readFile(file), { level: 6 });
          gzipped.set(key, body);
        }
        type = TYPES[extname(path)] ?? 'application/octet-stream';
      } else body = gzipSync(body);
      if (delay > 0) await new Promise((done) => setTimeout(done, delay));
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'cache-control': 'no-cache',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, close: () => new Promise((done) => server.close(done)) };
}
