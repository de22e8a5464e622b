/** GET /v1/openapi.json: the OpenAPI 3.1 document, built once from the schemas the code uses. */
import type { FastifyPluginAsync } from 'fastify';
import type { ServiceContext } from '../context.js';
import { buildOpenApi } from '../openapi.js';

export const openApiRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  const text = JSON.stringify(buildOpenApi(context));
  app.get('/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(text));
};
