import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Routes a request under a real hostname (mapped here by host-resolver rules) to a fixture file. */
export type HostRoutes = Record<string, (path: string) => string | null>;

export interface FixtureServer {
  port: number;
  origin: string;
  /** Every request seen, host, path and method, so a test can prove what was (not) fetched or sent. */
  requests: { host: string; path: string; method: string }[];
  close(): Promise<void>;
}

/**
 * One loopback port that speaks both HTTP and HTTPS: the first byte of a TLS handshake is 0x16.
 * Real platform hostnames are on Chromium's HSTS list, so they must be served over TLS.
 */
export async function startFixtureServer(hostRoutes: HostRoutes = {}): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    requests.push({ host, path, method: request.method ?? 'GET' });
    const routed = hostRoutes[host]?.(path) ?? (host === '127.0.0.1' || host === 'localhost' ? path : null);
    const file = routed && normalize(join(FIXTURES_DIR, routed));
    if (!file?.startsWith(FIXTURES_DIR) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  };
  const { key, cert } = selfSignedCertificate();
  const http = createHttpServer(handler);
  const https = createHttpsServer({ key, cert }, handler);
  const front = createNetServer((socket: Socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
  const { port } = front.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => front.close(() => done())),
  };
}

let cached: { key: Buffer; cert: Buffer } | undefined;

function selfSignedCertificate() {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'preserve-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=preserve-fixtures',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  cached = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  return cached;
}
