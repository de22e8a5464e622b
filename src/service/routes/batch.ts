/**
 * POST /v1/check/batch: NDJSON in, NDJSON out, streamed. Lines are read as they arrive and answered one by
 * one as the client reads, so memory holds one line (at most the size limit) whatever the batch's length.
 * The size limit applies to the whole body, the other limits to each document, as with
 * `check --ndjson-input`.
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
import { NDJSON_TYPES } from '../media.js';
import { parseCheckQuery } from '../query.js';

/** Thrown inside the byte stream when the body passes the size limit. */
class BodyTooLarge extends Error {}

export const batchRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  for (const type of NDJSON_TYPES) app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  const config: RouteConfig = { accepts: NDJSON_TYPES };
  const maxBytes = context.limits.maxBytes;

  app.post('/v1/check/batch', { config }, async (request, reply) => {
    const query = parseCheckQuery(request.query, context.thresholds);
    if (!query.ok) return sendProblem(reply, problem(400, 'bad-query', query.message));
    const file = query.value.filename ?? '<body>';
    const { validator } = context.validators.get(query.value.profile, query.value.ledger);
    const thresholds: Thresholds = query.value.thresholds;
    const checker = createChecker(validator, { validator: {}, limits: context.givenLimits, streamNdjson: false, thresholds });
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
