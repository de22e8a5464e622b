/**
 * The OpenAPI 3.1 document, generated from what the code uses: the study-report JSON Schema of every
 * version (the registry in src/schema/versions.ts), the report JSON Schema of the current reportVersion
 * (schemas/), the media-type tables, the option enums and the limits. OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, so the schemas go in as they are ($id kept: their `#/$defs/…` references resolve inside them).
 */
import reportSchema from '../../schemas/report-2.schema.json' with { type: 'json' };
import { TEMPLATE_DESIGNS } from '../checklist/template.js';
import { VERSION } from '../cli/version.js';
import { FAIL_ON_LEVELS, PROFILE_NAMES } from '../options/check.js';
import { CHECKLIST_VERSION, CHECKLIST_VERSIONS } from '../checklist/checklist.js';
import { SCHEMA_VERSIONS, SCHEMAS } from '../schema/versions.js';
import type { ServiceContext } from './context.js';
import { DOCUMENT_TYPES, NDJSON_TYPES, REPORT_TYPES, SPREADSHEET_TYPES } from './media.js';
import { MAX_FILENAME } from './query.js';
import { TEMPLATE_FRACTION_NAMES } from './routes/template.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** The component name of the study-report schema of a version: StudyReport_1_0, StudyReport_1_1, … */
const studyReportName = (version: string): string => `StudyReport_${version.replace(/\./g, '_')}`;

/** A schema without its `$schema` (the document's dialect applies); everything else kept. */
function embedded(schema: Readonly<Json>): Json {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

const PROBLEM: Json = {
  type: 'object',
  description: 'An error (RFC 9457). `detail` is the one line the CLI prints for the same problem.',
  required: ['type', 'title', 'status', 'code', 'detail'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    code: { type: 'string', pattern: '^[a-z][a-z-]*$', description: 'Stable: an input error code (json-syntax, too-deep, …) or a service error code (bad-query, busy, …).' },
    detail: { type: 'string' },
    line: { type: 'integer', minimum: 1, description: 'In a spreadsheet: the row.' },
    column: { type: 'integer', minimum: 1, description: 'In a spreadsheet: the column number.' },
    sheet: { type: 'string', description: 'In a spreadsheet: the sheet (Studies, Preparations, Arms).' },
    cell: { type: 'string', pattern: '^[A-Z]{1,3}[1-9][0-9]*$', description: 'In a spreadsheet: the cell (F7).' },
    hint: { type: 'string' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/Problem' }, description: 'A spreadsheet with several bad rows or cells: every one (this problem is the first).' },
  },
};

const ITEM_EXPLANATION: Json = {
  type: 'object',
  required: ['id', 'section', 'title', 'level', 'levelWhen', 'weight', 'appliesWhen', 'scope', 'pointer', 'details', 'rationale', 'hint', 'sources'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    section: { type: 'string' },
    title: { type: 'string' },
    level: { enum: ['essential', 'recommended'] },
    levelWhen: { type: 'array', items: { type: 'string' } },
    weight: { type: 'number' },
    appliesWhen: { type: 'string' },
    scope: { enum: ['study', 'preparation', 'arm'] },
    pointer: { type: 'string' },
    details: { type: 'array', items: { type: 'string' }, description: 'What a complete value gives (checklist 1.1); empty when the value alone is enough.' },
    rationale: { type: 'string' },
    hint: { type: 'string' },
    sources: { type: 'array', items: { type: 'string' } },
    example: { description: 'The value in a made-up study, as written in a study report.' },
  },
};

const CHECKLIST_REF: Json = {
  type: 'object',
  required: ['id', 'version', 'profile'],
  additionalProperties: false,
  properties: { id: { type: 'string' }, version: { type: 'string' }, profile: { type: 'string' } },
};

const BATCH_LINE: Json = {
  description:
    'One line of the answer per non-empty input line, in input order: its report, or why it has none. For a spreadsheet, one line per study row (`line` the row on `sheet`, with the study\'s id), and one per bad row or cell.',
  oneOf: [
    {
      type: 'object',
      required: ['line', 'passes', 'report'],
      additionalProperties: false,
      properties: { line: { type: 'integer', minimum: 1 }, sheet: { type: 'string' }, studyId: { type: 'string' }, passes: { type: 'boolean' }, report: ref('Report') },
    },
    {
      type: 'object',
      required: ['error'],
      additionalProperties: false,
      properties: { line: { type: 'integer', minimum: 1 }, sheet: { type: 'string' }, error: ref('Problem') },
    },
  ],
};

function problemResponse(description: string, headers: Json = {}): Json {
  return { description, ...(Object.keys(headers).length > 0 ? { headers } : {}), content: { 'application/problem+json': { schema: ref('Problem') } } };
}

const RETRY_AFTER: Json = { 'Retry-After': { description: 'Seconds to wait before sending the request again.', schema: { type: 'integer', minimum: 1 } } };

export function buildOpenApi(context: Pick<ServiceContext, 'limits' | 'bearer'>): Json {
  const { limits } = context;
  const commonErrors: Json = {
    '401': problemResponse('The bearer token is missing or wrong (only when the service was started with --token-file).'),
    '503': problemResponse('Too many requests at once, or shutting down: send it again after Retry-After.', RETRY_AFTER),
  };
  const checkParameters = [
    { name: 'profile', in: 'query', schema: { enum: [...PROFILE_NAMES] }, description: 'journal-strict treats recommended items as essential. Default: the profile the service was started with.' },
    { name: 'failOn', in: 'query', schema: { enum: [...FAIL_ON_LEVELS] }, description: 'Which findings make a document fail (Checklist-Passes: false). Default essential.' },
    { name: 'minScore', in: 'query', schema: { type: 'number', minimum: 0, maximum: 100 }, description: 'A document whose overall score is below this fails.' },
    { name: 'ledger', in: 'query', schema: { enum: ['true', 'false'] }, description: 'Add the per-item ledger to JSON reports.' },
    { name: 'filename', in: 'query', schema: { type: 'string', minLength: 1, maxLength: MAX_FILENAME }, description: 'The name reports and errors show for the document (default <body>).' },
  ];
  const spreadsheetContent = Object.fromEntries(
    Object.keys(SPREADSHEET_TYPES).map((type) => [
      type,
      {
        schema:
          type === 'text/csv' || type === 'text/tab-separated-values'
            ? { type: 'string', description: 'A Studies sheet (header rows as `init --format csv` writes them, one row per study).' }
            : { type: 'string', contentEncoding: 'binary', description: type === 'application/vnd.ms-excel' ? 'A workbook (ZIP) or CSV text, as browsers on Windows label .csv files.' : 'A workbook as `init --format xlsx` writes it.' },
      },
    ]),
  );
  const spreadsheetWords = `A spreadsheet (${Object.keys(SPREADSHEET_TYPES).join(', ')}; at most ${limits.maxBytes} bytes, unpacking to at most ${limits.maxUnzippedBytes}, ${limits.maxRows} rows and ${limits.maxColumns} columns a sheet) gives one report per study row`;
  const documentBody = {
    required: true,
    description: `A study report (checklistVersion, study, cellSource, …) of any checklist version (${CHECKLIST_VERSIONS.join(', ')}; its checklistVersion picks the schema and checklist; none known: the latest), at most ${limits.maxBytes} bytes, nested at most ${limits.maxDepth} levels. ${spreadsheetWords}, answered as a batch (a JSON array of reports; one Markdown, HTML or SARIF document).`,
    content: {
      ...Object.fromEntries(Object.keys(DOCUMENT_TYPES).map((type) => [type, { schema: type === 'application/json' ? ref('StudyReport') : { type: 'string', description: 'YAML text of a StudyReport.' } }])),
      ...spreadsheetContent,
    },
  };
  const reportContent = Object.fromEntries(
    REPORT_TYPES.map(({ type, format }) => [
      type,
      { schema: format === 'json' ? { oneOf: [ref('Report'), { type: 'array', items: ref('Report'), description: 'The reports of a spreadsheet, one per study row.' }] } : format === 'sarif' ? { type: 'object', required: ['version', 'runs'] } : { type: 'string' } },
    ]),
  );
  const json = (schema: Json): Json => ({ 'application/json': { schema } });
  const versionParameter = { name: 'version', in: 'query', schema: { enum: [...CHECKLIST_VERSIONS] }, description: `The checklist and schema version (default ${CHECKLIST_VERSION}, the latest).` };
  const ok = (description: string, content: Json, headers?: Json): Json => ({ description, ...(headers ? { headers } : {}), content });

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'secretome-checklist',
      version: VERSION,
      description: 'Checks whether a study of MSC secretome therapy reports the minimal parameter set, scores how complete the report is and says exactly what is missing.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(context.bearer ? { security: [{ bearer: [] }] } : {}),
    paths: {
      '/v1/check': {
        post: {
          operationId: 'check',
          summary: 'Check one study report',
          parameters: checkParameters,
          requestBody: documentBody,
          responses: {
            '200': ok('The report, in the format the Accept header asks for (JSON by default); for a spreadsheet, the reports of its studies.', reportContent, {
              'Checklist-Passes': { description: 'Whether the document (every study of a spreadsheet) passes the thresholds (failOn, minScore).', schema: { enum: ['true', 'false'] } },
            }),
            '400': problemResponse('A query parameter is wrong.'),
            '406': problemResponse('No report format matches the Accept header.'),
            '408': problemResponse('The request took longer than the request timeout.'),
            '413': problemResponse('The body is larger than the size limit.'),
            '415': problemResponse('The Content-Type is not YAML, JSON or a spreadsheet.'),
            '422': problemResponse('The document cannot be read: the CLI’s one-line error, with line and column (or sheet and cell) where there are; for a spreadsheet, every bad row or cell in `errors`.'),
            ...commonErrors,
          },
        },
      },
      '/v1/check/batch': {
        post: {
          operationId: 'checkBatch',
          summary: 'Check many study reports, one JSON document per line',
          parameters: checkParameters,
          requestBody: {
            required: true,
            description: `One JSON study report per line; at most ${limits.maxBytes} bytes in all. ${spreadsheetWords}, one answer line each.`,
            content: { ...Object.fromEntries(NDJSON_TYPES.map((type) => [type, { schema: { type: 'string' } }])), ...spreadsheetContent },
          },
          responses: {
            '200': ok('One JSON line per input line, streamed as the documents are checked.', { 'application/x-ndjson': { schema: ref('BatchLine') } }),
            '400': problemResponse('A query parameter is wrong.'),
            '408': problemResponse('The request took longer than the request timeout.'),
            '413': problemResponse('A spreadsheet body is larger than the size limit.'),
            '415': problemResponse('The Content-Type is not NDJSON or a spreadsheet.'),
            ...commonErrors,
          },
        },
      },
      '/v1/schema': {
        get: {
          operationId: 'schema',
          summary: 'The JSON Schema of a study report',
          parameters: [versionParameter],
          responses: { '200': ok('JSON Schema (draft 2020-12).', { 'application/schema+json': { schema: { type: 'object' } } }), '400': problemResponse('A query parameter is wrong.'), ...commonErrors },
        },
      },
      '/v1/items': {
        get: {
          operationId: 'items',
          summary: 'Every checklist item, as explain describes it',
          parameters: [versionParameter],
          responses: {
            '400': problemResponse('A query parameter is wrong.'),
            '200': ok('The checklist and its items.', json({ type: 'object', required: ['checklist', 'items'], additionalProperties: false, properties: { checklist: CHECKLIST_REF, items: { type: 'array', items: ref('ItemExplanation') } } })),
            ...commonErrors,
          },
        },
      },
      '/v1/items/{id}': {
        get: {
          operationId: 'item',
          summary: 'One checklist item: what it asks for, when, why, and an example',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'storage.temperature' }, versionParameter],
          responses: { '200': ok('The item.', json(ref('ItemExplanation'))), '400': problemResponse('A query parameter is wrong.'), '404': problemResponse('No such item (with the nearest id, if one is close).'), ...commonErrors },
        },
      },
      '/v1/template': {
        get: {
          operationId: 'template',
          summary: 'A commented YAML template for a design and fraction',
          parameters: [
            { name: 'design', in: 'query', schema: { type: 'array', items: { enum: [...TEMPLATE_DESIGNS] } }, style: 'form', explode: true, description: 'Repeat it, or separate with commas. Default in-vivo.' },
            { name: 'fraction', in: 'query', schema: { enum: TEMPLATE_FRACTION_NAMES }, description: 'Default ev.' },
            versionParameter,
          ],
          responses: { '200': ok('YAML text.', { 'application/yaml': { schema: { type: 'string' } } }), '400': problemResponse('A query parameter is wrong.'), ...commonErrors },
        },
      },
      '/v1/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { '200': ok('OpenAPI 3.1.', json({ type: 'object', required: ['openapi', 'paths'] })), ...commonErrors } },
      },
      '/healthz': {
        get: { operationId: 'health', summary: 'The process answers', security: [], responses: { '200': ok('Alive.', json(ref('Health'))) } },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'The service takes requests',
          security: [],
          responses: { '200': ok('Ready.', json(ref('Health'))), '503': ok('Shutting down.', json(ref('Health'))) },
        },
      },
    },
    components: {
      schemas: {
        StudyReport: { description: 'A study report of any checklist version.', anyOf: SCHEMA_VERSIONS.map((version) => ref(studyReportName(version))) },
        ...Object.fromEntries(SCHEMA_VERSIONS.map((version) => [studyReportName(version), embedded(SCHEMAS[version].schema)])),
        Report: embedded(reportSchema as Json),
        BatchLine: BATCH_LINE,
        Problem: PROBLEM,
        ItemExplanation: ITEM_EXPLANATION,
        Health: { type: 'object', required: ['status'], additionalProperties: false, properties: { status: { enum: ['ok', 'ready', 'closing'] } } },
      },
      ...(context.bearer ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token in the file given to --token-file.' } } } : {}),
    },
  };
}
