import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURES_DIR } from './fixture-server';

const MEDIA_DIR = join(FIXTURES_DIR, 'media');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webm': 'video/webm',
  '.m3u8': 'application/vnd.apple.mpegurl',
};

/** Declared bigger than Preserve's 200 MB cap for one file; only its first bytes are ever sent. */
export const HUGE_BYTES = 250 * 1024 * 1024;

/** The fixture hosts, mapped to one local port by host-resolver rules. */
export const MEDIA_HOSTS = ['media.test', 'cdn.test', 'nocors.test'];

export interface MediaServer {
  port: number;
  requests: { host: string; path: string; cookie: string | undefined; fetchDest: string | undefined }[];
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/media under three hosts: the page's own (media.test), a CDN that allows any
 * origin (cdn.test, as many image CDNs do) and one that allows none (nocors.test). /media/huge.jpg
 * declares 250 MB and never sends them.
 */
export async function startMediaServer(): Promise<MediaServer> {
  const requests: MediaServer['requests'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    requests.push({ host, path, cookie: request.headers.cookie, fetchDest: request.headers['sec-fetch-dest'] as string | undefined });
    const cors = host === 'cdn.test' ? { 'access-control-allow-origin': '*' } : {};
    if (path === '/media/huge.jpg') {
      response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(HUGE_BYTES), ...cors });
      response.write(Buffer.alloc(64 * 1024));
      setTimeout(() => response.destroy(), 2000);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!path.startsWith('/media/') || !file.startsWith(MEDIA_DIR) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...cors });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const mediaFile = (name: string) => readFileSync(join(MEDIA_DIR, name));
