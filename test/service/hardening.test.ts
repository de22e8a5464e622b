/**
 * Deployment hardening: the bearer token, the concurrency limit, logs that never hold a document, and a
 * shutdown that finishes what is in flight (in-process and through SIGTERM to `secretome-checklist serve`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, requireBuiltCli } from '../cli/helpers.js';
import type { RunningService } from '../../src/service/server.js';
import { COMPLETE_YAML, connectionsOpen, post, raw, requestsSeen, send, start, statusOf, THIN_JSON } from './harness.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request whose body is held back: it stays in flight until `finish` sends the rest. */
function heldRequest(service: RunningService, token?: string): { finish(): void; answer: Promise<{ status: number; text: string }> } {
  const body = Buffer.from(THIN_JSON);
  let release!: () => void;
  const rest = new Promise<void>((resolve) => (release = resolve));
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(body.subarray(0, 10));
      await rest;
      controller.enqueue(body.subarray(10));
      controller.close();
    },
  });
  const answer = fetch(`${service.url}/v1/check`, {
    method: 'POST',
    body: stream,
    duplex: 'half',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  } as RequestInit).then(async (response) => ({ status: response.status, text: await response.text() }));
  return { finish: release, answer };
}

describe('the bearer token (--token-file)', () => {
  const token = 'a-long-random-token-0123456789abcdef';
  let service: RunningService;
  beforeAll(async () => {
    service = await start({ token });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('is required on every /v1 endpoint: 401 with WWW-Authenticate without it or with another', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', `Basic ${token}`, `Bearer ${token}x`]) {
      const answer = await send(service, '/v1/items', { headers: authorization ? { authorization } : {} });
      expect(answer.status, String(authorization)).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="secretome-checklist"');
    }
    expect((await post(service, '/v1/check', THIN_JSON, 'application/json')).status).toBe(401);
  });

  it('lets the right token through, and the probes without one', async () => {
    expect((await post(service, '/v1/check', THIN_JSON, 'application/json', { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await send(service, '/healthz')).status).toBe(200);
    expect((await send(service, '/readyz')).status).toBe(200);
  });
});

describe('the concurrency limit', () => {
  it('turns requests beyond it away with 503 and Retry-After, and takes them again once a slot is free', async () => {
    const service = await start({ maxConcurrency: 2 });
    const seen = requestsSeen(service, 2);
    const held = [heldRequest(service), heldRequest(service)];
    await seen;
    const refused = await post(service, '/v1/check', THIN_JSON, 'application/json');
    expect([refused.status, refused.headers.get('retry-after'), refused.json().code]).toEqual([503, '1', 'busy']);
    expect((await send(service, '/healthz')).status).toBe(200);
    for (const request of held) request.finish();
    expect((await Promise.all(held.map((request) => request.answer))).map((answer) => answer.status)).toEqual([200, 200]);
    expect((await post(service, '/v1/check', THIN_JSON, 'application/json')).status).toBe(200);
    await service.close();
  });
});

describe('logs', () => {
  it('are JSON lines with method, path and status, and never a document, a file name or the token', async () => {
    const lines: string[] = [];
    const secret = 'EMBARGOED-7f3a9c';
    const token = 'log-test-token-0123456789abcdef';
    const service = await start({ token, log: { level: 'info', stream: { write: (line: string) => lines.push(line) } } });
    const auth = { authorization: `Bearer ${token}` };
    const document = COMPLETE_YAML.replace('Small extracellular vesicles', `${secret} vesicles`);
    expect(document).toContain(secret);
    expect((await post(service, `/v1/check?filename=${secret}.yaml`, document, 'application/yaml', auth)).status).toBe(200);
    // Errors quote the document (a duplicate key is named in the message): the log holds the code only.
    const duplicate = await post(service, '/v1/check', `{"${secret}": 1, "${secret}": 2}`, 'application/json', auth);
    expect([duplicate.status, duplicate.json().detail]).toEqual([422, expect.stringContaining(secret)]);
    await post(service, '/v1/check/batch', `{"study": {"title": "${secret}"}}\n`, 'application/x-ndjson', auth);
    await service.close();

    const log = lines.join('');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(token);
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries.some((entry) => entry.req?.method === 'POST' && entry.req?.path === '/v1/check')).toBe(true);
    expect(entries.filter((entry) => entry.res).map((entry) => entry.res.statusCode)).toEqual([200, 422, 200]);
  });
});

describe('shutdown', () => {
  it('finishes requests in flight, then closes and stops listening', async () => {
    const service = await start();
    const seen = requestsSeen(service, 1);
    const held = heldRequest(service);
    await seen;
    let closed = false;
    const closing = service.close().then(() => (closed = true));
    await pause(200);
    expect(closed).toBe(false);
    held.finish();
    expect((await held.answer).status).toBe(200);
    await closing;
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
  });

  it('says closing on /readyz and closes connections once their request is answered', async () => {
    const service = await start();
    const seen = requestsSeen(service, 1);
    const held = heldRequest(service);
    await seen;
    // A second connection whose head is completed after the shutdown began, with a pipelined request behind it.
    const late = raw(service, ['GET /readyz HTTP/1.1\r\nHost: x\r\n', '\r\nGET /v1/items HTTP/1.1\r\nHost: x\r\n\r\n'], { gapMs: 300, waitMs: 5_000 });
    await connectionsOpen(service, 2);
    const closing = service.close();
    const { response, closed } = await late;
    held.finish();
    await held.answer;
    await closing;
    expect(statusOf(response)).toBe(503);
    expect(response).toContain('{"status":"closing"}');
    expect(response).toMatch(/^connection: close$/im);
    expect(closed).toBe(true);
    expect(response.match(/HTTP\/1\.1/g)).toHaveLength(1);
  });

  it('turns away a request that arrives during shutdown with 503 and Retry-After', async () => {
    const service = await start();
    const seen = requestsSeen(service, 1);
    const held = heldRequest(service);
    await seen;
    // The head is completed after the shutdown began.
    const late = raw(service, ['GET /v1/items HTTP/1.1\r\nHost: x\r\n', '\r\n'], { gapMs: 300, waitMs: 5_000 });
    await connectionsOpen(service, 2);
    const closing = service.close();
    const { response } = await late;
    held.finish();
    await held.answer;
    await closing;
    expect(statusOf(response)).toBe(503);
    expect(response).toMatch(/^retry-after: 1$/im);
    expect(response).toContain('"code":"shutting-down"');
  });
});

describe('secretome-checklist serve', () => {
  let dir: string;
  beforeAll(() => {
    requireBuiltCli();
    dir = mkdtempSync(join(tmpdir(), 'secretome-serve-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves on 127.0.0.1 with the token from --token-file, and stops on SIGTERM after the request in flight', async () => {
    const token = 'cli-token-0123456789abcdef0123';
    writeFileSync(join(dir, 'token'), `${token}\n`);
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--token-file', 'token', '--log-level', 'warn'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const service = { url } as RunningService;
    expect((await send(service, '/v1/items')).status).toBe(401);
    const held = heldRequest(service, token);
    await pause(500);
    child.kill('SIGTERM');
    await pause(300);
    held.finish();
    const answer = await held.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).reportVersion).toBeDefined();
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: finishing requests in flight');
  });

  it('refuses a token file that holds a short token, with a one-line usage error', async () => {
    writeFileSync(join(dir, 'short'), 'secret\n');
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--token-file', 'short'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('secretome-checklist: short: the token file must hold one token of at least 16 characters without spaces (e.g. from "openssl rand -hex 32").');
  });
});
