// A small static server for measuring the built site as a host would serve it: gzip for text, long cache
// lifetimes for fingerprinted assets, a short one for pages, and 404.html for missing paths. Node built-ins only.
// Usage: node scripts/serve-gzip.mjs SITE_DIR PORT
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] || 'site');
const port = Number(process.argv[3] || 8765);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.png': 'image/png', '.ico': 'image/x-icon'
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv', '.txt', '.xml']);

function resolve(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0]);
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(root, path.normalize(p));
  if (!file.startsWith(root)) return null;
  try { return fs.statSync(file).isFile() ? file : null; } catch { return null; }
}

http.createServer((req, res) => {
  let file = resolve(req.url);
  let status = 200;
  if (!file) { file = path.join(root, '404.html'); status = 404; }
  const ext = path.extname(file);
  const headers = {
    'Content-Type': types[ext] || 'application/octet-stream',
    'Cache-Control': /\.[0-9a-f]{10}\./.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    'X-Content-Type-Options': 'nosniff'
  };
  let body = fs.readFileSync(file);
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    body = zlib.gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
