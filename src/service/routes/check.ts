/**
 * POST /v1/check: one study report (YAML or JSON, by Content-Type) in, its report out (by Accept). A
 * spreadsheet (a workbook, or one Studies sheet as CSV or TSV) gives one report per study row, as a batch
 * (a JSON array; one Markdown, HTML or SARIF document); a bad row or cell is a 422 listing every one.
 */
import type { FastifyPluginAsync } from 'fastify';
import { parseReportBytes } from '../../io/read-file.js';
import { parseSpreadsheet } from '../../io/spreadsheet.js';
import { failsThreshold } from '../../report/threshold.js';
import type { RouteConfig, ServiceContext } from '../context.js';
import { inputProblem, inputProblems, problem, sendProblem } from '../errors.js';
import { baseType, DOCUMENT_TYPES, negotiate, REPORT_TYPES, SPREADSHEET_TYPES, spreadsheetFormatOf } from '../media.js';
import { parseCheckQuery } from '../query.js';

/** The header that says whether the document passes the thresholds (failOn, minScore). */
export const PASSES_HEADER = 'checklist-passes';

/** HTML reports carry their style inline and nothing else. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const checkRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  const accepts = [...Object.keys(DOCUMENT_TYPES), ...Object.keys(SPREADSHEET_TYPES)];
  for (const type of accepts) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: context.limits.maxBytes }, (_request, body, done) => done(null, body));
  }
  const config: RouteConfig = { accepts };
  app.post('/v1/check', { config }, async (request, reply) => {
    const query = parseCheckQuery(request.query, context.thresholds);
    if (!query.ok) return sendProblem(reply, problem(400, 'bad-query', query.message));
    const wanted = negotiate(request.headers.accept);
    reply.header('vary', 'accept');
    if (!wanted) return sendProblem(reply, problem(406, 'not-acceptable', `no report format matches the Accept header; this endpoint answers ${REPORT_TYPES.map(({ type }) => type).join(', ')}.`));
    const file = query.value.filename;
    const body = request.body as Buffer;
    const sheet = spreadsheetFormatOf(baseType(request.headers['content-type']), body);
    if (sheet !== undefined) {
      const entries = parseSpreadsheet({ bytes: body, file: file ?? '<body>', format: sheet, limits: context.givenLimits });
      const errors = entries.flatMap((entry) => (entry.ok ? [] : [entry.error]));
      if (errors.length > 0) return sendProblem(reply, inputProblems(errors));
      const { validator, reporterOptions } = context.validators.get(query.value.profile, query.value.ledger);
      const reports = entries.flatMap((entry) => (entry.ok ? [validator.validate(entry.document, { file: entry.file, sourceMap: entry.sourceMap, studyId: entry.studyId, sheet: entry.sheet, line: entry.line })] : []));
      reply.header(PASSES_HEADER, String(reports.every((report) => !failsThreshold(report, query.value.thresholds))));
      if (wanted.format === 'html') reply.header('content-security-policy', HTML_POLICY);
      return reply.type(`${wanted.type}; charset=utf-8`).send(context.reporters[wanted.format](reports, { ...reporterOptions, batch: true }));
    }
    const parsed = parseReportBytes(body, {
      ...context.givenLimits,
      filename: file ?? '<body>',
      format: DOCUMENT_TYPES[baseType(request.headers['content-type'])]!,
    });
    if (!parsed.ok) return sendProblem(reply, inputProblem(parsed.error));
    const { validator, reporterOptions } = context.validators.get(query.value.profile, query.value.ledger);
    const report = validator.validate(parsed.document, { sourceMap: parsed.sourceMap, ...(file !== undefined ? { file } : {}) });
    reply.header(PASSES_HEADER, String(!failsThreshold(report, query.value.thresholds)));
    if (wanted.format === 'html') reply.header('content-security-policy', HTML_POLICY);
    return reply.type(`${wanted.type}; charset=utf-8`).send(context.reporters[wanted.format]([report], reporterOptions));
  });
};
