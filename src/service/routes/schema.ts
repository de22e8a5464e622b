/** GET /v1/schema: the JSON Schema of a study report, as the validator uses it. */
import type { FastifyPluginAsync } from 'fastify';
import { schema } from '../../schema/schema.js';
import type { ServiceContext } from '../context.js';

export const schemaRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app) => {
  const text = JSON.stringify(schema);
  app.get('/v1/schema', async (_request, reply) => reply.type('application/schema+json; charset=utf-8').send(text));
};
