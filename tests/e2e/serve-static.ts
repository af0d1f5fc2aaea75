/**
 * A small static server for the end-to-end tests, serving built sites the
 * way GitHub Pages does: `dir/index.html` for `dir/`, a redirect from
 * `dir` to `dir/`, the site's 404.html with status 404 for anything else,
 * and text (HTML, CSS, JavaScript, JSON, SVG, XML, plain text) gzipped for
 * a browser that accepts it, so what a page transfers is what Pages sends.
 * Usage: node tests/e2e/serve-static.ts <port> <prefix>=<dir> [...]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

const [portArg, ...mounts] = process.argv.slice(2);
const sites = mounts
  .map((m) => {
    const [prefix = '/', dir = 'dist'] = m.split('=');
    return { prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir };
  })
  .sort((a, b) => b.prefix.length - a.prefix.length);

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

createServer((req, res) => {
  void (async () => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const site = sites.find((s) => path.startsWith(s.prefix) || `${path}/` === s.prefix);
    if (site === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    const rel = normalize(path.slice(site.prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(site.dir, rel);
    if (path.endsWith('/')) file = join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const found = await isFile(file);
    const served = found ? file : join(site.dir, '404.html');
    if (!found && !(await isFile(served))) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && /^text\/|json|svg|xml/.test(type);
    res.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = createReadStream(served);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  })();
}).listen(Number(portArg ?? 4321), '127.0.0.1');
