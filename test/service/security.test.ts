/**
 * No request makes the service read a file or build code from strings. fastify's router compiles its route matchers with
 * new Function once, at start-up, from the service's own route table; fastify's schema compilers (ajv,
 * fast-json-stringify) stay unused, since the service declares no route schemas. Every call of the
 * Function constructor and of eval is recorded while every endpoint answers, errors included, until the
 * service has closed.
 */
import { describe, expect, it } from 'vitest';
import { COMPLETE_YAML, post, send, start, THIN_JSON } from './harness.js';

describe('no code from strings, no files from requests', () => {
  it('the service never calls the Function constructor or eval while it answers requests', async () => {
    const service = await start({ token: 'security-token-0123456789abcdef' });
    const original = { Function: globalThis.Function, eval: globalThis.eval };
    const calls: string[] = [];
    globalThis.Function = new Proxy(original.Function, {
      construct(target, args) {
        calls.push(`new Function ${new Error().stack?.split('\n')[2]?.trim()}`);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls.push(`Function() ${new Error().stack?.split('\n')[2]?.trim()}`);
        return Reflect.apply(target, self, args);
      },
    });
    globalThis.eval = new Proxy(original.eval, {
      apply(target, self, args) {
        calls.push(`eval() ${new Error().stack?.split('\n')[2]?.trim()}`);
        return Reflect.apply(target, self, args);
      },
    });
    try {
      const auth = { authorization: 'Bearer security-token-0123456789abcdef' };
      for (const accept of ['application/json', 'text/markdown', 'text/html', 'application/sarif+json']) {
        expect((await post(service, '/v1/check?ledger=true&profile=journal-strict&failOn=recommended&minScore=50&filename=a.yaml', COMPLETE_YAML, 'application/yaml', { ...auth, accept })).status).toBe(200);
      }
      expect((await post(service, '/v1/check', '{"a": [}', 'application/json', auth)).status).toBe(422);
      expect((await post(service, '/v1/check', THIN_JSON, 'text/plain', auth)).status).toBe(415);
      expect((await post(service, '/v1/check?minScore=x', THIN_JSON, 'application/json', auth)).status).toBe(400);
      expect((await post(service, '/v1/check', THIN_JSON, 'application/json')).status).toBe(401);
      expect((await post(service, '/v1/check/batch', `${THIN_JSON}{]\n`, 'application/x-ndjson', auth)).status).toBe(200);
      for (const path of ['/v1/schema', '/v1/items', '/v1/items/storage.temperature', '/v1/items/nope', '/v1/template?design=clinical&fraction=whole', '/v1/template?design=x', '/v1/openapi.json', '/healthz', '/readyz', '/nowhere']) {
        expect((await send(service, path, { headers: auth })).status).toBeLessThan(500);
      }
      await service.close();
    } finally {
      globalThis.Function = original.Function;
      globalThis.eval = original.eval;
    }
    expect(calls).toEqual([]);
  });

  it('a file name in a request is a label, never read: the report is of the body', async () => {
    const service = await start();
    const { source: _none, ...expected } = (await post(service, '/v1/check', THIN_JSON, 'application/json')).json();
    for (const filename of ['/etc/passwd', '../../package.json', 'examples/complete-in-vivo-ev.yaml']) {
      const report = (await post(service, `/v1/check?filename=${encodeURIComponent(filename)}`, THIN_JSON, 'application/json')).json();
      const { source, ...rest } = report;
      expect(source).toEqual({ file: filename });
      expect(rest).toEqual(expected);
    }
    await service.close();
  });
});
