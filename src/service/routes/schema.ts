/** GET /v1/schema[?version=1.0]: the JSON Schema of a study report of a version (the latest by default), as the validator uses it. */
import type { FastifyPluginAsync } from 'fastify';
import { SCHEMA_VERSIONS, SCHEMAS } from '../../schema/versions.js';
import type { ServiceContext } from '../context.js';
import { problem, sendProblem } from '../errors.js';
import { parseVersionQuery } from '../query.js';

export const schemaRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app) => {
  const texts = new Map<string, string>(SCHEMA_VERSIONS.map((version) => [version, JSON.stringify(SCHEMAS[version].schema)]));
  app.get('/v1/schema', async (request, reply) => {
    const version = parseVersionQuery(request.query);
    if (!version.ok) return sendProblem(reply, problem(400, 'bad-query', version.message));
    return reply.type('application/schema+json; charset=utf-8').send(texts.get(version.value));
  });
};
