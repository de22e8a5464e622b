/**
 * POST /v1/check/batch: NDJSON in, NDJSON out, streamed. Lines are read as they arrive and answered one by
 * one as the client reads, so memory holds one line (at most the size limit) whatever the batch's length.
 * The size limit applies to the whole body, the other limits to each document, as with
 * `check --ndjson-input`. A spreadsheet body (a workbook, or one Studies sheet as CSV or TSV; bounded by
 * the same size limit, read whole) gives one line per study row: `line` is the row, with `sheet` and
 * `studyId`; a bad row or cell is an error line naming it, and the other studies are still checked.
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { createChecker, checkLoaded } from '../../cli/batch/check-task.js';
import type { InputError } from '../../io/errors.js';
import { inputLines } from '../../io/lines.js';
import { tooLarge } from '../../io/read-file.js';
import { failsThreshold, type Thresholds } from '../../report/threshold.js';
import type { RouteConfig, ServiceContext } from '../context.js';
import { inputProblem, problem, sendProblem } from '../errors.js';
import { parseSpreadsheet } from '../../io/spreadsheet.js';
import { baseType, NDJSON_TYPES, SPREADSHEET_TYPES, spreadsheetFormatOf } from '../media.js';
import { parseCheckQuery } from '../query.js';

/** Thrown inside the byte stream when the body passes the size limit. */
class BodyTooLarge extends Error {}

export const batchRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  for (const type of NDJSON_TYPES) app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  const maxBytes = context.limits.maxBytes;
  for (const type of Object.keys(SPREADSHEET_TYPES)) app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
  const config: RouteConfig = { accepts: [...NDJSON_TYPES, ...Object.keys(SPREADSHEET_TYPES)] };

  app.post('/v1/check/batch', { config }, async (request, reply) => {
    const query = parseCheckQuery(request.query, context.thresholds);
    if (!query.ok) return sendProblem(reply, problem(400, 'bad-query', query.message));
    const file = query.value.filename ?? '<body>';
    const { validator } = context.validators.get(query.value.profile, query.value.ledger);
    const thresholds: Thresholds = query.value.thresholds;
    const checker = createChecker(validator, { validator: {}, limits: context.givenLimits, streamNdjson: false, thresholds });
    if (Buffer.isBuffer(request.body)) {
      const format = spreadsheetFormatOf(baseType(request.headers['content-type']), request.body)!;
      const entries = parseSpreadsheet({ bytes: request.body, file, format, limits: context.givenLimits });
      // Each study is checked as the client reads its line, as NDJSON lines are.
      function* studyLines(): Generator<string> {
        for (const entry of entries) {
          if (!entry.ok) {
            yield `${JSON.stringify({ ...(entry.error.line !== undefined ? { line: entry.error.line } : {}), ...(entry.error.sheet !== undefined ? { sheet: entry.error.sheet } : {}), error: inputProblem(entry.error) })}\n`;
            continue;
          }
          const report = validator.validate(entry.document, { file: entry.file, sourceMap: entry.sourceMap, studyId: entry.studyId, sheet: entry.sheet, line: entry.line });
          yield `${JSON.stringify({ line: entry.line, sheet: entry.sheet, studyId: entry.studyId, passes: !failsThreshold(report, thresholds), report })}\n`;
        }
      }
      return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(studyLines(), { objectMode: false }));
    }
    const body = request.body as AsyncIterable<Uint8Array>;

    async function* bounded(): AsyncGenerator<Uint8Array> {
      let bytes = 0;
      for await (const chunk of body) {
        bytes += chunk.length;
        if (bytes > maxBytes) throw new BodyTooLarge();
        yield chunk;
      }
    }
    const errorLine = (error: InputError): string => `${JSON.stringify({ line: error.line, error: inputProblem(error) })}\n`;

    async function* answers(): AsyncGenerator<string> {
      let line = 0;
      try {
        for await (const entry of inputLines(bounded(), maxBytes)) {
          line = entry.line;
          if ('notUtf8' in entry) {
            yield errorLine({ code: 'binary', file, line, message: 'the line is not valid UTF-8 text.', hint: 'Save it as UTF-8.' });
            continue;
          }
          // Unreachable while the whole body is bounded by the same limit; kept so a line is never held whole.
          if ('tooLong' in entry) {
            yield errorLine({ ...tooLarge(file, undefined, maxBytes), line });
            continue;
          }
          if (entry.text.trim() === '') continue;
          const outcome = checkLoaded({ kind: 'line', text: entry.text, display: file, line }, checker);
          if (outcome.kind === 'error') yield errorLine(outcome.error);
          else if (outcome.kind === 'report') yield `${JSON.stringify({ line, passes: !failsThreshold(outcome.report, thresholds), report: outcome.report })}\n`;
        }
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        yield errorLine({ ...tooLarge(file, undefined, maxBytes), line: line + 1 });
      }
    }
    return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(answers(), { objectMode: false }));
  });
};
