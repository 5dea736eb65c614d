// Local HTTPS server for the built fixture pages (tests/e2e/fixtures/dist).
// It answers for ANY Host header, so the browser can map the real site names
// (x.com, www.facebook.com, …) to it with --host-resolver-rules; the
// certificate is self-signed, made at start-up, and the browser runs with
// --ignore-certificate-errors. Every request it receives is recorded, so a
// test can see what the pages (and any content script in them) asked for.
import { createServer, type Server } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { ALL_HOSTS } from './hosts';

export const FIXTURES_DIST = resolve(import.meta.dirname, '../fixtures/dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface ServedRequest {
  host: string;
  method: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** `https://host/path` — the browser maps host to this server. */
  url(host: string, path?: string): string;
  /** Every request received so far, oldest first. */
  requests(): ServedRequest[];
  close(): Promise<void>;
}

/** `root` defaults to SECOND_LOOK_FIXTURES_DIR (a private build) or the fixtures' dist. */
export async function startFixtureServer(root: string = process.env.SECOND_LOOK_FIXTURES_DIR ?? FIXTURES_DIST): Promise<FixtureServer> {
  try {
    await stat(join(root, 'index.html'));
  } catch {
    throw new Error(`fixture pages are not built in ${root}: run \`npm run build:fixtures\` first`);
  }
  const pems = await generate([{ name: 'commonName', value: 'second-look-fixtures' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: ALL_HOSTS.map((value) => ({ type: 2, value })) }],
  });
  const log: ServedRequest[] = [];
  const rootDir = resolve(root);

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(rootDir, path));
    const entry: ServedRequest = { host: req.headers.host ?? '', method: req.method ?? 'GET', path: url.pathname + url.search, status: 200 };
    log.push(entry);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      entry.status = status;
      // No caching: each test run sees the fixtures just built.
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(403, 'forbidden');
    readFile(file).then(
      (body) => send(200, body, MIME[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    requests: () => [...log],
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
