/**
 * The service as a fastify instance: limits, hooks (bearer token, concurrency, shutdown), problem
 * documents for every error, and the routes. A thin layer: parsing, validation, scoring and rendering are
 * the library's. Nothing here touches the file system; the user checklist arrives as data.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { resolveLimits } from '../io/limits.js';
import { tooLarge } from '../io/read-file.js';
import { loadReporter } from '../reporters/index.js';
import type { ServiceContext, RouteConfig } from './context.js';
import { inputProblem, problem, sendProblem, type Problem } from './errors.js';
import { loggerOptions } from './logging.js';
import { REPORT_TYPES, unsupportedTypeMessage } from './media.js';
import { SERVICE_DEFAULTS, type ServiceOptions } from './options.js';
import { batchRoutes } from './routes/batch.js';
import { checkRoutes } from './routes/check.js';
import { healthRoutes, HEALTH_PATHS } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { openApiRoutes } from './routes/openapi.js';
import { schemaRoutes } from './routes/schema.js';
import { templateRoutes } from './routes/template.js';
import { Validators } from './validators.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compares hashes, so the time taken says nothing about the token. */
function bearerCheck(token: string): (header: string | undefined) => boolean {
  const expected = digest(token);
  return (header) => {
    const match = /^Bearer[ ]+(\S{1,4096})[ ]*$/i.exec(header ?? '');
    return match !== null && timingSafeEqual(digest(match[1]!), expected);
  };
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0]!;
}

/** A fastify error (or any other) as a problem document; only fastify's own client errors keep their message. */
function problemOf(error: FastifyError, request: FastifyRequest, context: ServiceContext, timeoutMs: number): Problem {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return inputProblem(tooLarge('<body>', undefined, context.limits.maxBytes));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const accepts = (request.routeOptions.config as RouteConfig | undefined)?.accepts ?? [];
      return problem(415, 'unsupported-media-type', unsupportedTypeMessage(request.headers['content-type'], accepts));
    }
    case 'FST_ERR_HANDLER_TIMEOUT':
      return problem(408, 'timeout', `the request took longer than ${timeoutMs / 1000} s to arrive and be answered.`, { hint: 'Send the body at once; a study report is a few kilobytes.' });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500 && error.code?.startsWith('FST_')) return problem(status, 'bad-request', `${error.message.split('\n')[0]!.slice(0, 300)}.`);
  return problem(500, 'internal-error', 'internal error: the request could not be answered. Please report this.');
}

/** Builds the service (not listening yet). Throws ChecklistConfigError for a bad user checklist. */
export async function buildService(options: ServiceOptions = {}): Promise<FastifyInstance> {
  const limits = resolveLimits(options.limits);
  const timeoutMs = options.requestTimeoutMs ?? SERVICE_DEFAULTS.requestTimeoutMs;
  const maxConcurrency = options.maxConcurrency ?? SERVICE_DEFAULTS.maxConcurrency;
  const reporters = Object.fromEntries(await Promise.all(REPORT_TYPES.map(async ({ format }) => [format, await loadReporter(format)] as const)));
  const context: ServiceContext = {
    limits,
    givenLimits: options.limits ?? {},
    validators: new Validators(options.validator),
    thresholds: options.thresholds ?? { failOn: 'essential' },
    reporters: reporters as ServiceContext['reporters'],
    bearer: options.token !== undefined,
    state: { closing: false },
  };

  const app = Fastify({
    logger: options.log === false ? false : loggerOptions(options.log ?? {}),
    bodyLimit: limits.maxBytes,
    // handlerTimeout bounds the whole exchange from the end of the head, streamed answers included, and
    // answers a slow body with a 408 problem document. Node's own timeouts are the backstop: a head not
    // in within the timeout (slow-loris) or a request past it by a second get a bare 408 and a closed connection.
    requestTimeout: timeoutMs + 1_000,
    handlerTimeout: timeoutMs,
    connectionTimeout: timeoutMs,
    keepAliveTimeout: 5_000,
    http: {
      maxHeaderSize: options.maxHeaderBytes ?? SERVICE_DEFAULTS.maxHeaderBytes,
      headersTimeout: Math.min(timeoutMs, 60_000),
      requestTimeout: timeoutMs + 1_000,
      connectionsCheckingInterval: options.connectionsCheckingIntervalMs ?? SERVICE_DEFAULTS.connectionsCheckingIntervalMs,
    },
    // Shutdown is answered by the hook below, as a problem document with Retry-After.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
  });

  // Each route registers the parsers for what it reads.
  app.removeAllContentTypeParsers();

  const authorized = options.token !== undefined ? bearerCheck(options.token) : undefined;
  let active = 0;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'no-store');
    if (HEALTH_PATHS.includes(pathOf(request))) return;
    if (context.state.closing) {
      reply.header('connection', 'close').header('retry-after', String(SERVICE_DEFAULTS.retryAfterSeconds));
      return sendProblem(reply, problem(503, 'shutting-down', 'the service is shutting down; send the request again.'));
    }
    if (authorized && !authorized(request.headers.authorization)) {
      reply.header('www-authenticate', 'Bearer realm="secretome-checklist"');
      return sendProblem(reply, problem(401, 'unauthorized', 'this service needs "Authorization: Bearer <token>" with the token it was started with.'));
    }
    if (active >= maxConcurrency) {
      reply.header('retry-after', String(SERVICE_DEFAULTS.retryAfterSeconds));
      return sendProblem(reply, problem(503, 'busy', `the service is answering ${maxConcurrency} requests already; send the request again in a moment.`));
    }
    active++;
    reply.raw.once('close', () => active--);
  });
  app.addHook('preClose', async () => {
    context.state.closing = true;
  });
  // Requests that finish during shutdown close their connection: a kept-alive one would hold up the close.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (context.state.closing) reply.header('connection', 'close');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = problemOf(error, request, context, timeoutMs);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    if (body.status === 408) reply.header('connection', 'close');
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, 'not-found', `there is no ${request.method} ${JSON.stringify(pathOf(request).slice(0, 100))}; the endpoints are listed in /v1/openapi.json.`)),
  );

  await app.register(checkRoutes, { context });
  await app.register(batchRoutes, { context });
  await app.register(schemaRoutes, { context });
  await app.register(itemRoutes, { context });
  await app.register(templateRoutes, { context });
  await app.register(healthRoutes, { context });
  await app.register(openApiRoutes, { context });
  return app;
}
