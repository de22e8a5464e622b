/**
 * /v1/openapi.json describes what the service really answers: every response of every endpoint, errors
 * included, is checked against the schema the document gives for its path, method, status and media type.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, SCHEMAS } from '../../src/schema/versions.js';
import type { RunningService } from '../../src/service/server.js';
import { REPORT_VERSION } from '../../src/validator.js';
import { studiesToDelimited, studiesToWorkbook } from '../../src/convert/convert.js';
import { COMPLETE_DOCUMENT, COMPLETE_YAML, raw, requestsSeen, send, start, statusOf, THIN_JSON, type Answer } from './harness.js';

const TOKEN = 'conformance-token-0123456789abcdef';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AUTH = { authorization: `Bearer ${TOKEN}` };

let service: RunningService;
let doc: any;
let ajv: Ajv2020;
const covered = new Set<string>();

beforeAll(async () => {
  service = await start({ token: TOKEN, limits: { maxBytes: 256 * 1024 }, maxConcurrency: 1, requestTimeoutMs: 1_000, connectionsCheckingIntervalMs: 200 });
  doc = (await send(service, '/v1/openapi.json', { headers: AUTH })).json();
  ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(doc, 'openapi.json');
});
afterAll(async () => {
  await service?.close();
});

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const validators = new Map<string, ValidateFunction>();

/** The answer matches the OpenAPI document: its status is documented, and its body fits the schema. */
function expectConforms(method: 'get' | 'post', template: string, answer: Answer): void {
  const operation = doc.paths[template]?.[method];
  expect(operation, `${method.toUpperCase()} ${template} is documented`).toBeDefined();
  const response = operation.responses[String(answer.status)];
  expect(response, `${method.toUpperCase()} ${template} documents status ${answer.status}`).toBeDefined();
  const type = (answer.headers.get('content-type') ?? '').split(';')[0]!;
  expect(response.content?.[type], `${method.toUpperCase()} ${template} ${answer.status} documents ${type}`).toBeDefined();
  const pointer = `openapi.json#/paths/${escape(template)}/${method}/responses/${answer.status}/content/${escape(type)}/schema`;
  let validate = validators.get(pointer);
  if (!validate) validators.set(pointer, (validate = ajv.compile({ $ref: pointer })));
  const bodies = type === 'application/x-ndjson' ? answer.text.trimEnd().split('\n').map((line) => JSON.parse(line)) : /json$/.test(type) ? [answer.json()] : [answer.text];
  for (const body of bodies) expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  for (const header of Object.keys(response.headers ?? {})) expect(answer.headers.get(header), `header ${header}`).not.toBeNull();
  covered.add(`${method} ${template}`);
}

const get = (path: string, headers: Record<string, string> = AUTH) => send(service, path, { headers });
const post = (path: string, body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}) =>
  send(service, path, { method: 'POST', body: body as BodyInit, headers: { 'content-type': contentType, ...AUTH, ...headers } });

/** A raw HTTP answer as an Answer (head and body split). */
function fromRaw(response: string): Answer {
  const [head, ...rest] = response.split('\r\n\r\n');
  const headers = new Headers();
  for (const line of head!.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    headers.append(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  const text = rest.join('\r\n\r\n');
  return { status: statusOf(response), headers, text, json: () => JSON.parse(text) };
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the study-report schema of every version and the report schema of the current reportVersion', async () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const version of SCHEMA_VERSIONS) expect(doc.components.schemas[`StudyReport_${version.replace('.', '_')}`]).toEqual(expect.objectContaining({ $id: SCHEMAS[version].schema.$id }));
    expect(doc.components.schemas.Report.properties.reportVersion.const).toBe(REPORT_VERSION);
    expect(doc.security).toEqual([{ bearer: [] }]);
  });

  it('describes the answers of POST /v1/check: reports in four formats and every error', async () => {
    for (const accept of ['application/json', 'text/markdown', 'text/html', 'application/sarif+json']) {
      expectConforms('post', '/v1/check', await post('/v1/check?ledger=true', COMPLETE_YAML, 'application/yaml', { accept }));
    }
    const errors: Array<[number, Promise<Answer>]> = [
      [400, post('/v1/check?minScore=x', THIN_JSON, 'application/json')],
      [401, send(service, '/v1/check', { method: 'POST', body: THIN_JSON, headers: { 'content-type': 'application/json' } })],
      [406, post('/v1/check', THIN_JSON, 'application/json', { accept: 'image/png' })],
      [413, post('/v1/check', `${' '.repeat(300 * 1024)}${THIN_JSON}`, 'application/json')],
      [415, post('/v1/check', 'a,b\n1,2\n', 'text/plain')],
      [422, post('/v1/check', '{"study": [}', 'application/json')],
    ];
    for (const [status, pending] of errors) {
      const answer = await pending;
      expect(answer.status).toBe(status);
      expectConforms('post', '/v1/check', answer);
    }
  });

  it('describes the answers to spreadsheets: reports of every study, bad cells, and batch lines', async () => {
    const studies = [
      { id: 'thin', document: JSON.parse(THIN_JSON) as Record<string, unknown> },
      { id: 'complete', document: COMPLETE_DOCUMENT },
    ];
    const workbook = await studiesToWorkbook(studies);
    const csv = studiesToDelimited(studies, 'csv');
    for (const accept of ['application/json', 'text/markdown', 'text/html', 'application/sarif+json']) expectConforms('post', '/v1/check', await post('/v1/check', workbook, XLSX, { accept }));
    expectConforms('post', '/v1/check', await post('/v1/check', csv.studies, 'text/csv'));
    // A row without a study id below the header rows: a 422 naming its row.
    const orphan = await post('/v1/check', `${csv.studies}${',orphan'.repeat(3)}\n`, 'text/csv');
    expect(orphan.status).toBe(422);
    expectConforms('post', '/v1/check', orphan);
    expectConforms('post', '/v1/check/batch', await post('/v1/check/batch', workbook, XLSX));
    expectConforms('post', '/v1/check/batch', await post('/v1/check/batch', `${csv.studies}${',orphan'.repeat(3)}\n`, 'text/csv'));
  });

  it('describes the lines of POST /v1/check/batch and its errors', async () => {
    expectConforms('post', '/v1/check/batch', await post('/v1/check/batch', `${THIN_JSON}{"study": [}\n\xff\n`, 'application/x-ndjson'));
    expectConforms('post', '/v1/check/batch', await post('/v1/check/batch?failOn=some', THIN_JSON, 'application/x-ndjson'));
    expectConforms('post', '/v1/check/batch', await post('/v1/check/batch', THIN_JSON, 'application/json'));
  });

  it('describes the GET endpoints, their errors, and the probes (which need no token)', async () => {
    for (const path of ['/v1/schema', '/v1/schema?version=1.0', '/v1/items', '/v1/items?version=1.0', '/v1/openapi.json', '/v1/template?design=clinical', '/v1/template?version=1.0']) expectConforms('get', path.split('?')[0]!, await get(path));
    expectConforms('get', '/v1/schema', await get('/v1/schema?version=2.0'));
    expectConforms('get', '/v1/items', await get('/v1/items?version=2.0'));
    expectConforms('get', '/v1/items/{id}', await get('/v1/items/storage.temperature'));
    expectConforms('get', '/v1/items/{id}', await get('/v1/items/storage.temp'));
    expectConforms('get', '/v1/items/{id}', await get('/v1/items/storage.temperature?version=x'));
    expectConforms('get', '/v1/template', await get('/v1/template?fraction=cells'));
    expectConforms('get', '/v1/schema', await get('/v1/schema', {}));
    expectConforms('get', '/healthz', await get('/healthz', {}));
    expectConforms('get', '/readyz', await get('/readyz', {}));
  });

  it('describes 408 for a body that arrives too slowly and 503 with Retry-After beyond the concurrency limit', async () => {
    const head = `POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    // The slow request holds the only slot; a second request meanwhile is turned away.
    const seen = requestsSeen(service, 1);
    const slow = raw(service, [head, '{"checklistVersion":'], { gapMs: 100, waitMs: 10_000 });
    await seen;
    const busy = await post('/v1/check', THIN_JSON, 'application/json');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expectConforms('post', '/v1/check', busy);
    const timedOut = fromRaw((await slow).response);
    expect(timedOut.status).toBe(408);
    expectConforms('post', '/v1/check', timedOut);
  });

  it('covers every operation it documents', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods as object).map((method) => `${method} ${path}`));
    expect(documented.filter((operation) => !covered.has(operation))).toEqual([]);
  });
});
