/**
 * Hostile bodies get the right status and leave the service healthy: every case of the bad-input corpus
 * (test/fixtures/bad/manifest.json) sent as a request body, slow-loris heads and bodies, oversized heads
 * and bodies, invalid UTF-8 and wrong content types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestCase } from '../../scripts/make-bad-corpus.js';
import { LIMIT_OPTIONS, parseLimitFlags } from '../../src/cli/limit-options.js';
import { detectFormat } from '../../src/io/parse.js';
import { spreadsheetFormat } from '../../src/io/spreadsheet.js';
import type { RunningService } from '../../src/service/server.js';
import { expectHealthy, post, raw, ROOT, start, statusOf, THIN_JSON } from './harness.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'bad');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { cases: ManifestCase[] };

/** The committed cases (generated ones are files of up to 200 MB or file-system oddities, not bodies); flag mistakes are the CLI's. */
const cases = manifest.cases.filter((entry) => !entry.generated && entry.expect.code !== 'usage');

/** What the CLI's outcome becomes over HTTP. */
function statusFor(entry: ManifestCase): number {
  if (entry.expect.code === 'report') return 200;
  return entry.expect.code === 'too-large' ? 413 : 422;
}

const TIME_BOUND_MS = 15_000;

/** The Content-Type a client sends a spreadsheet file as. */
const SPREADSHEET_TYPE_OF: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

/** One service per set of limit flags in the corpus, started with the limits those flags set. */
const services = new Map<string, RunningService>();
beforeAll(async () => {
  for (const args of new Set(cases.map((entry) => JSON.stringify(entry.args ?? [])))) {
    const limits = parseLimitFlags(parseArgs({ args: JSON.parse(args) as string[], options: LIMIT_OPTIONS, strict: false }).values as Record<string, string>);
    services.set(args, await start({ limits }));
  }
});
afterAll(async () => {
  await Promise.all([...services.values()].map((service) => service.close()));
});

function reportText(report: { findings: Array<{ message: string }>; normalisedUnits?: Array<{ given: string; unit: string }>; minimalSetComplete: boolean }): string {
  return [...report.findings.map((finding) => finding.message), ...(report.normalisedUnits ?? []).map((unit) => `${unit.given} → ${unit.unit}`), report.minimalSetComplete ? 'minimal set complete' : ''].join('\n');
}

describe('the bad-input corpus as request bodies', () => {
  it('holds enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  for (const entry of cases) {
    it(`${entry.file.slice(0, 80)}: ${entry.description}`, async () => {
      const service = services.get(JSON.stringify(entry.args ?? []))!;
      const bytes = readFileSync(join(CORPUS, entry.file));
      // The syntax the CLI would pick for this file, as the Content-Type a client would send.
      const type = SPREADSHEET_TYPE_OF[spreadsheetFormat(entry.file) ?? ''] ?? (detectFormat(entry.file, bytes.toString('utf8')) === 'json' ? 'application/json' : 'application/yaml');
      const started = performance.now();
      const answer = await post(service, `/v1/check?filename=${encodeURIComponent(entry.file)}`, bytes, type);
      expect(performance.now() - started, 'time bound').toBeLessThan(TIME_BOUND_MS);
      expect(answer.status).toBe(statusFor(entry));
      expect(answer.text).not.toMatch(/^\s+at\s/m);
      const body = answer.json();
      if (entry.expect.code === 'report') {
        expect(reportText(body)).toContain(entry.expect.message);
        return;
      }
      expect(body.code).toBe(entry.expect.code);
      expect(body.detail).toContain(entry.expect.message);
      if (entry.expect.line !== undefined) expect(body.line).toBe(entry.expect.line);
      if (entry.expect.column !== undefined) expect(body.column).toBe(entry.expect.column);
    });
  }

  it('leaves every service healthy', async () => {
    // Services started with tight limits may refuse even a small document; they must still answer it.
    for (const [args, service] of services) {
      if (args === '[]') await expectHealthy(service);
      else expect([200, 413, 422]).toContain((await post(service, '/v1/check', THIN_JSON, 'application/json')).status);
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    }
  });
});

describe('hostile requests', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await start({ requestTimeoutMs: 1_000, connectionsCheckingIntervalMs: 200, limits: { maxBytes: 64 * 1024 } });
  });
  afterAll(async () => {
    await service?.close();
  });
  const head = (lines: string[]): string => `${['POST /v1/check HTTP/1.1', 'Host: 127.0.0.1', ...lines].join('\r\n')}\r\n\r\n`;

  it('a body sent a byte at a time past the request timeout gets 408 and a closed connection', async () => {
    // 200 bytes 150 ms apart would take 30 s; the timeout is 1 s (the bound leaves room for a loaded machine).
    const bytes = Array.from({ length: 200 }, () => ' ');
    const exchange = await raw(service, [head(['Content-Type: application/json', 'Content-Length: 1000']), ...bytes], { gapMs: 150, waitMs: 20_000 });
    expect(statusOf(exchange.response)).toBe(408);
    expect(exchange.closed).toBe(true);
    expect(exchange.ms).toBeLessThan(10_000);
    await expectHealthy(service);
  });

  it('a head that never ends gets 408 and a closed connection', async () => {
    const lines = ['POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n', ...Array.from({ length: 200 }, (_, index) => `X-Slow-${index}: still coming\r\n`)];
    const exchange = await raw(service, lines, { gapMs: 150, waitMs: 20_000 });
    expect(statusOf(exchange.response)).toBe(408);
    expect(exchange.closed).toBe(true);
    expect(exchange.ms).toBeLessThan(10_000);
    await expectHealthy(service);
  });

  it('an oversized head gets 431', async () => {
    const exchange = await raw(service, [head([`X-Padding: ${'a'.repeat(32 * 1024)}`, 'Content-Type: application/json', 'Content-Length: 2', '', '{}'])]);
    expect(statusOf(exchange.response)).toBe(431);
    await expectHealthy(service);
  });

  it('a body declared larger than the limit gets 413 before it is sent', async () => {
    const exchange = await raw(service, [head(['Content-Type: application/json', `Content-Length: ${10 * 1024 * 1024}`])], { waitMs: 3_000 });
    expect(statusOf(exchange.response)).toBe(413);
    expect(exchange.response).toContain('"code":"too-large"');
    await expectHealthy(service);
  });

  it('a chunked body that grows past the limit gets 413', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const chunks = Array.from({ length: 8 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const exchange = await raw(service, [head(['Content-Type: application/yaml', 'Transfer-Encoding: chunked']), ...chunks, '0\r\n\r\n'], { gapMs: 20 });
    expect(statusOf(exchange.response)).toBe(413);
    await expectHealthy(service);
  });

  it('a batch that grows past the limit ends with a too-large line', async () => {
    const body = `${THIN_JSON.repeat(Math.ceil((70 * 1024) / THIN_JSON.length))}`;
    // The default request timeout: 1,400 documents take longer than the second the other hostile requests get.
    const roomy = await start({ limits: { maxBytes: 64 * 1024 } });
    const answer = await post(roomy, '/v1/check/batch', body, 'application/x-ndjson');
    const lines = answer.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.at(-1).error.code).toBe('too-large');
    expect(lines.slice(0, -1).every((line) => line.report !== undefined)).toBe(true);
    await expectHealthy(roomy);
    await roomy.close();
  });

  it('invalid UTF-8 is a 422 that says so', async () => {
    const answer = await post(service, '/v1/check', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'application/json');
    expect([answer.status, answer.json().code]).toEqual([422, 'binary']);
    expect(answer.json().detail).toContain('not valid UTF-8');
  });

  it('wrong content types get 415 naming what would be accepted', async () => {
    const cases: Array<[string, string | undefined, string]> = [
      ['/v1/check', 'text/plain', 'application/json or application/yaml'],
      ['/v1/check', 'application/x-ndjson', 'application/json'],
      ['/v1/check', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv'],
      ['/v1/check/batch', 'application/json', 'application/x-ndjson'],
      ['/v1/check', undefined, 'no Content-Type'],
    ];
    for (const [path, type, words] of cases) {
      const answer = await fetch(`${service.url}${path}`, { method: 'POST', body: new Blob([THIN_JSON]), headers: type ? { 'content-type': type } : {} });
      const body = (await answer.json()) as { code: string; detail: string };
      expect([answer.status, body.code], `${path} ${type}`).toEqual([415, 'unsupported-media-type']);
      expect(body.detail).toContain(words);
    }
    await expectHealthy(service);
  });

  it('garbage instead of HTTP gets 400 and the service goes on', async () => {
    const exchange = await raw(service, ['\u0000\u0001GARBAGE / HTTP/9\r\n\r\n']);
    expect(statusOf(exchange.response)).toBe(400);
    await expectHealthy(service);
  });
});
