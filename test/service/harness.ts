/**
 * A real service listening on 127.0.0.1 (a free port), and clients that talk to it the way hostile ones
 * do: fetch for ordinary requests, a raw socket for slow, oversized or malformed ones.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import type { ServiceOptions } from '../../src/service/options.js';
import { startService, type RunningService } from '../../src/service/server.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A complete study report (YAML) and a thin one (JSON), from examples/. */
export const COMPLETE_YAML = readFileSync(join(ROOT, 'examples', 'complete-in-vivo-ev.yaml'), 'utf8');
const parsedComplete = parseReportText(COMPLETE_YAML, { format: 'yaml' });
if (!parsedComplete.ok) throw new Error('examples/complete-in-vivo-ev.yaml does not parse');
export const COMPLETE_DOCUMENT = parsedComplete.document;
export const THIN_JSON = `${JSON.stringify({ checklistVersion: '1.0', study: { title: 'Thin', design: ['in-vivo'] } })}\n`;

export async function start(options: ServiceOptions = {}): Promise<RunningService> {
  return startService({ log: false, ...options }, { host: '127.0.0.1', port: 0 });
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json(): any;
}

export async function send(service: RunningService, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${service.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

export function post(service: RunningService, path: string, body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(service, path, { method: 'POST', body: body as BodyInit, headers: { 'content-type': contentType, ...headers } });
}

/** The service still answers: health and a real check. */
export async function expectHealthy(service: RunningService): Promise<void> {
  expect((await send(service, '/healthz')).status).toBe(200);
  const answer = await post(service, '/v1/check', THIN_JSON, 'application/json');
  expect(answer.status).toBe(200);
  expect(answer.json().reportVersion).toBeDefined();
}

export interface RawExchange {
  /** What the server sent before it closed the connection (or before `waitMs`). */
  response: string;
  /** Whether the server closed the connection. */
  closed: boolean;
  ms: number;
}

/**
 * Writes `parts` on a raw connection, `gapMs` apart, and collects the answer until the server closes the
 * connection or `waitMs` have passed.
 */
export function raw(service: RunningService, parts: Array<string | Uint8Array>, { gapMs = 0, waitMs = 5_000 } = {}): Promise<RawExchange> {
  const { port } = new URL(service.url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    let done = false;
    const finish = (closed: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(deadline);
      socket.destroy();
      resolve({ response: Buffer.concat(chunks).toString('latin1'), closed, ms: performance.now() - started });
    };
    const deadline = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    let index = 0;
    const next = (): void => {
      if (done || index >= parts.length) return;
      socket.write(parts[index++]!);
      timer = setTimeout(next, gapMs);
    };
    socket.on('connect', next);
  });
}

/** Resolves once the service has parsed the heads of `count` more requests (so they are in flight). */
export function requestsSeen(service: RunningService, count: number): Promise<void> {
  const server = service.app.server;
  let seen = 0;
  return new Promise((resolve) => {
    const onRequest = (): void => {
      if (++seen < count) return;
      server.off('request', onRequest);
      setImmediate(resolve);
    };
    server.on('request', onRequest);
  });
}

/** Resolves once the service holds at least `count` open connections. */
export async function connectionsOpen(service: RunningService, count: number): Promise<void> {
  for (;;) {
    const open = await new Promise<number>((resolve, reject) => service.app.server.getConnections((error, value) => (error ? reject(error) : resolve(value))));
    if (open >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The status code of a raw HTTP answer (0 when there is none). */
export function statusOf(response: string): number {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : 0;
}
