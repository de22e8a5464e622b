/**
 * GET /healthz (the process answers) and GET /readyz (it takes requests: not while shutting down). Neither
 * needs the bearer token nor counts against the concurrency limit, so probes work under load.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ServiceContext } from '../context.js';

export const HEALTH_PATHS: readonly string[] = ['/healthz', '/readyz'];

export const healthRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => (context.state.closing ? reply.code(503).send({ status: 'closing' }) : { status: 'ready' }));
};
