/** What each endpoint answers, against a real service on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/checklist/template.js';
import { parseReportText } from '../../src/io/parse.js';
import { schema } from '../../src/core.js';
import { SCHEMAS } from '../../src/schema/versions.js';
import type { RunningService } from '../../src/service/server.js';
import { createValidator } from '../../src/validator.js';
import { COMPLETE_DOCUMENT, COMPLETE_YAML, post, send, start, THIN_JSON } from './harness.js';

let service: RunningService;
beforeAll(async () => {
  service = await start();
});
afterAll(async () => {
  await service?.close();
});

describe('POST /v1/check', () => {
  it('answers the report the library gives for the same document', async () => {
    const answer = await post(service, '/v1/check', COMPLETE_YAML, 'application/yaml');
    const parsed = parseReportText(COMPLETE_YAML, { format: 'yaml' });
    if (!parsed.ok) throw new Error('examples/complete-in-vivo-ev.yaml does not parse');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.json()).toEqual(createValidator().validate(parsed.document, { sourceMap: parsed.sourceMap }));
  });

  it('says in Checklist-Passes whether the document passes failOn and minScore', async () => {
    expect((await post(service, '/v1/check', COMPLETE_YAML, 'application/yaml')).headers.get('checklist-passes')).toBe('true');
    expect((await post(service, '/v1/check', THIN_JSON, 'application/json')).headers.get('checklist-passes')).toBe('false');
    expect((await post(service, '/v1/check?failOn=none', THIN_JSON, 'application/json')).headers.get('checklist-passes')).toBe('true');
    expect((await post(service, '/v1/check?failOn=none&minScore=50', THIN_JSON, 'application/json')).headers.get('checklist-passes')).toBe('false');
  });

  it('scores against journal-strict when asked, and adds the ledger with ledger=true', async () => {
    const report = (await post(service, '/v1/check?profile=journal-strict&ledger=true', THIN_JSON, 'application/json')).json();
    expect(report.checklist.profile).toBe('journal-strict');
    expect(report.ledger.length).toBeGreaterThan(10);
    expect((await post(service, '/v1/check', THIN_JSON, 'application/json')).json().ledger).toBeUndefined();
  });

  it('names the document by ?filename in the report and in errors', async () => {
    expect((await post(service, '/v1/check?filename=smith-2025.json', THIN_JSON, 'application/json')).json().source).toEqual({ file: 'smith-2025.json' });
    const error = (await post(service, '/v1/check?filename=smith-2025.json', '{\n  "study": }', 'application/json')).json();
    expect(error.detail).toMatch(/^smith-2025\.json:2:12: /);
  });

  it('answers Markdown, HTML or SARIF by Accept, and 406 for anything else', async () => {
    const markdown = await post(service, '/v1/check', THIN_JSON, 'application/json', { accept: 'text/markdown' });
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.text).toMatch(/^## /);
    const html = await post(service, '/v1/check', THIN_JSON, 'application/json', { accept: 'text/html,application/xhtml+xml;q=0.9' });
    expect(html.text).toMatch(/^<!doctype html>/i);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const sarif = await post(service, '/v1/check', THIN_JSON, 'application/json', { accept: 'application/sarif+json' });
    expect(sarif.json().version).toBe('2.1.0');
    expect((await post(service, '/v1/check', THIN_JSON, 'application/json', { accept: 'text/markdown;q=0.5, application/json' })).headers.get('content-type')).toMatch(/^application\/json/);
    const refused = await post(service, '/v1/check', THIN_JSON, 'application/json', { accept: 'image/png' });
    expect(refused.status).toBe(406);
    expect(refused.json().code).toBe('not-acceptable');
  });

  it('refuses unknown or malformed query parameters with the words the CLI uses', async () => {
    const cases: Array<[string, string]> = [
      ['minScore=abc', 'minScore must be a number from 0 to 100, written as a decimal such as 80 or 92.5.'],
      ['minScore=0x10', 'minScore must be a number from 0 to 100, written as a decimal such as 80 or 92.5.'],
      ['minScore=101', 'minScore must be at most 100.'],
      ['failOn=all', 'failOn must be essential, recommended or none.'],
      ['profile=lenient', 'profile must be default or journal-strict.'],
      ['ledger=yes', 'ledger must be true or false.'],
      ['format=json', 'unknown query parameter "format"; known: profile, failOn, minScore, ledger, filename.'],
    ];
    for (const [query, detail] of cases) {
      const answer = await post(service, `/v1/check?${query}`, THIN_JSON, 'application/json');
      expect([answer.status, answer.json().detail], query).toEqual([400, detail]);
    }
  });
});

describe('POST /v1/check/batch', () => {
  it('answers one line per document, in order, with reports and errors named by line', async () => {
    const body = `${THIN_JSON}\n{"checklistVersion": "1.0", "study": }\n${JSON.stringify(COMPLETE_DOCUMENT)}\n`;
    const answer = await post(service, '/v1/check/batch', body, 'application/x-ndjson');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = answer.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.line, line.passes ?? line.error.code])).toEqual([
      [1, false],
      [3, 'json-syntax'],
      [4, true],
    ]);
    expect(lines[1].error.detail).toMatch(/^<body>:3:\d+: /);
    expect(lines[0].report.source).toEqual({ file: '<body>', line: 1 });
  });

  it('reads a line that is not UTF-8 as an error of that line and goes on', async () => {
    const body = Buffer.concat([Buffer.from(THIN_JSON), Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]), Buffer.from(THIN_JSON)]);
    const lines = (await post(service, '/v1/check/batch', body, 'application/x-ndjson')).text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.error?.code ?? 'report')).toEqual(['report', 'binary', 'report']);
  });
});

describe('GET endpoints', () => {
  it('/v1/schema is the JSON Schema of the latest version, and of an older one with ?version', async () => {
    const answer = await send(service, '/v1/schema');
    expect(answer.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(answer.json()).toEqual(schema);
    expect((await send(service, '/v1/schema?version=1.0')).json()).toEqual(SCHEMAS['1.0'].schema);
    const refused = await send(service, '/v1/schema?version=0.9');
    expect([refused.status, refused.json().detail]).toEqual([400, 'version must be 1.0 or 1.1.']);
  });

  it('/v1/items lists every item of the checklist reports are scored against, of the latest version or the one asked for', async () => {
    for (const [query, version] of [['', '1.1'], ['?version=1.0', '1.0']] as const) {
      const { checklist, items } = (await send(service, `/v1/items${query}`)).json();
      const expected = createValidator().checklistFor(version);
      expect(checklist).toEqual({ id: expected.id, version, profile: expected.profile });
      expect(items.map((item: { id: string }) => item.id)).toEqual(expected.items.map((item) => item.id));
    }
  });

  it('/v1/items/{id} is what explain says, and 404 with the nearest id for a typo', async () => {
    const item = (await send(service, '/v1/items/storage.temperature')).json();
    expect(item).toMatchObject({ id: 'storage.temperature', pointer: '/storage/temperature', level: 'essential' });
    expect(item.appliesWhen).toContain('storage form');
    const missing = await send(service, '/v1/items/storage.temprature');
    expect(missing.status).toBe(404);
    expect(missing.json().detail).toContain('Did you mean "storage.temperature"?');
  });

  it('/v1/template is the template init prints, for repeated or comma-separated designs', async () => {
    const expected = buildTemplate(['in-vivo', 'clinical'], 'whole');
    for (const query of ['design=in-vivo&design=clinical&fraction=whole', 'design=in-vivo,clinical&fraction=whole']) {
      const answer = await send(service, `/v1/template?${query}`);
      expect(answer.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
      expect(answer.text).toBe(expected);
    }
    expect((await send(service, '/v1/template')).text).toBe(buildTemplate(['in-vivo'], 'ev'));
    expect((await send(service, '/v1/template?version=1.0')).text).toBe(buildTemplate(['in-vivo'], 'ev', '1.0'));
    const refused = await send(service, '/v1/template?design=in-silico');
    expect([refused.status, refused.json().detail]).toEqual([400, 'design must be in-vivo, in-vitro or clinical.']);
  });

  it('/healthz and /readyz answer while the service runs', async () => {
    expect((await send(service, '/healthz')).json()).toEqual({ status: 'ok' });
    expect((await send(service, '/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('an unknown path is a 404 problem that points at the OpenAPI document', async () => {
    const answer = await send(service, '/v2/check');
    expect(answer.status).toBe(404);
    expect(answer.json().detail).toContain('/v1/openapi.json');
  });
});
