// A static server for the built site, as a CDN would serve it: precompressed .br/.gz when the
// browser accepts them, the cache headers docs/deploying.md recommends, nothing outside the folder.
// Used by the browser tests and the benchmark; `node tests/e2e/server.mjs [dir] [port]` runs it.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
};

/** Drops every script and script preload from a page: the same page as a reader without JS gets. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '');
}

/**
 * Serves `root` on 127.0.0.1. `pages` maps extra paths to functions of the index.html text, for
 * variants such as the page without scripts; `files` maps extra paths to files elsewhere (a
 * host page's copy of pym.js). `cors` lets pages on other origins load the assets, as the
 * script embed needs; `csp` is sent as the HTML pages' Content-Security-Policy. `fill(url)` gives,
 * for a request, the placeholders in HTML files and their text (a host page's `{{SITE}}`, where
 * the explainer is served).
 * `missing` lists paths answered with 404, as if the file had not been deployed.
 * `prelude`, a file, is served at `/__prelude.js` and loaded by a script at the top of every HTML
 * page's head, before the page's own (for a browser whose driver cannot report the console; the
 * pages are then sent uncompressed).
 * Resolves to { url, close, requests, settled }: `requests` lists each request as it arrives, its
 * path and, once answered, its status ('aborted' if the browser gave it up); `settled()` waits
 * until no request is open and none has come for 300 ms.
 */
export async function serve(root, { port = 0, pages = {}, files = {}, cors = false, csp, fill, missing = [], prelude } = {}) {
  const base = path.resolve(root);
  const variants = new Map();
  const requests = [];
  let open = 0;
  let last = Date.now();
  if (prelude) files = { ...files, '/__prelude.js': prelude };
  const server = http.createServer(async (req, res) => {
    const entry = { path: new URL(req.url, 'http://localhost').pathname, status: undefined };
    requests.push(entry);
    open += 1;
    last = Date.now();
    res.on('close', () => {
      entry.status = res.writableFinished ? res.statusCode : 'aborted';
      open -= 1;
      last = Date.now();
    });
    const shared = {
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    };
    const htmlHeaders = { ...shared, ...(csp ? { 'content-security-policy': csp } : {}) };
    try {
      const url = new URL(req.url, 'http://localhost');
      if (pages[url.pathname]) {
        const html = await fs.readFile(path.join(base, 'index.html'), 'utf8');
        // Compressed as the built page is, and once (as a host would store it), so a variant
        // compares like with like.
        const brotli = String(req.headers['accept-encoding'] ?? '').includes('br');
        const key = `${url.pathname} ${brotli} ${html.length}`;
        if (!variants.has(key)) {
          const plain = Buffer.from(pages[url.pathname](html));
          variants.set(key, brotli ? zlib.brotliCompressSync(plain, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) : plain);
        }
        const page = variants.get(key);
        res.writeHead(200, {
          'content-type': TYPES['.html'],
          'content-length': page.length,
          'cache-control': 'no-cache',
          vary: 'accept-encoding',
          ...(brotli ? { 'content-encoding': 'br' } : {}),
          ...htmlHeaders,
        });
        res.end(page);
        return;
      }
      if (missing.includes(url.pathname)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      let file = path.resolve(base, '.' + rel);
      if (files[url.pathname]) file = path.resolve(files[url.pathname]);
      else if (file !== base && !file.startsWith(base + path.sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const accepts = prelude && type === TYPES['.html'] ? '' : String(req.headers['accept-encoding'] ?? '');
      let body;
      let encoding;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepts.includes(enc)) continue;
        body = await fs.readFile(file + ext).catch(() => undefined);
        if (body) { encoding = enc; break; }
      }
      body ??= await fs.readFile(file);
      if (fill && type === TYPES['.html'] && !encoding) {
        let text = body.toString('utf8');
        for (const [mark, value] of Object.entries(fill(url))) text = text.replaceAll(mark, value);
        body = Buffer.from(text);
      }
      if (prelude && type === TYPES['.html']) {
        // After the charset (a minified page has no <head> tag), before any script of the page.
        const at = /<meta charset=[^>]*>|<head>|<html[^>]*>/i;
        body = Buffer.from(body.toString('utf8').replace(at, '$&<script src="/__prelude.js"></script>'));
      }
      const hashed = /-[0-9a-f]{8,16}\.[a-z]+$/.test(file);
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...(type === TYPES['.html'] ? htmlHeaders : shared),
      });
      res.end(body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'EISDIR' || error instanceof URIError;
      // With the CORS header, as a CDN sends it with its errors: a host page can read the status.
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8', ...(cors ? { 'access-control-allow-origin': '*' } : {}) });
      res.end(missing ? 'not found' : 'server error');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    async settled(timeout = 10000) {
      const end = Date.now() + timeout;
      while ((open > 0 || Date.now() - last < 300) && Date.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8081'] = process.argv.slice(2);
  const { url } = await serve(dir, { port: Number(port), cors: true, pages: { '/noscript.html': withoutScripts } });
  console.log(`serving ${dir} on ${url}/ (and ${url}/noscript.html without scripts)`);
}
