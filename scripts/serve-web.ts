/**
 * A tiny static server for the built checker page (dist/web): loopback only, GET and HEAD only, and the
 * strict Content-Security-Policy the page is meant to live under. `npm run web` runs it after a build;
 * test/browser/checker.test.ts starts it on a free port.
 *
 *   tsx scripts/serve-web.ts [--port 8080] [--root dist/web]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The policy the checker page works under: only its own files; no network, no eval, no inline code. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'none'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Where `npm run build` puts the page. */
export const DEFAULT_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cache-Control': 'no-cache',
};

export interface WebServerOptions {
  /** The folder to serve (default: dist/web). */
  root?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface WebServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

/** The file a request path names inside root, or undefined when it would leave root. */
function fileFor(root: string, url: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(join(root, path));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    send(response, 405, 'Method not allowed\n');
    return;
  }
  const file = fileFor(root, request.url);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    send(response, 404, 'Not found\n');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** Starts the server on 127.0.0.1 (never on other interfaces: the page is for the person at this machine). */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const root = resolve(options.root ?? DEFAULT_ROOT);
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal server error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['PORT'] ?? '8080' }, root: { type: 'string' } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}".`);
  const root = values.root ?? DEFAULT_ROOT;
  const index = await stat(join(root, 'index.html')).catch(() => undefined);
  if (!index) throw new Error(`${join(root, 'index.html')} does not exist: run "npm run build" first (or use "npm run web").`);
  const web = await startWebServer({ root, port });
  process.stdout.write(`Secretome checklist page: ${web.url}\n(only reachable from this machine; Ctrl+C stops the server)\n`);
  const stop = (): void => {
    void web.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    const message = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'that port is in use; pick another with --port.' : (error as Error).message;
    process.stderr.write(`serve-web: ${message}\n`);
    process.exit(2);
  });
}
