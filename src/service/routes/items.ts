/**
 * GET /v1/items[?version=1.0] and /v1/items/{id}[?version=1.0]: the items of the checklist reports are
 * scored against (the service's profile and user checklist, the latest version by default), as `explain`
 * describes them, as JSON.
 */
import type { FastifyPluginAsync } from 'fastify';
import { CHECKLIST_VERSIONS, type ChecklistVersion } from '../../checklist/checklist.js';
import { explainItem, type ItemExplanation } from '../../checklist/explain.js';
import { nearest } from '../../schema/suggest.js';
import type { ServiceContext } from '../context.js';
import { problem, sendProblem } from '../errors.js';
import { parseVersionQuery } from '../query.js';

interface VersionItems {
  list: string;
  byId: Map<string, ItemExplanation>;
}

export const itemRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  const { validator } = context.validators.get();
  const versions = new Map<ChecklistVersion, VersionItems>(
    CHECKLIST_VERSIONS.map((version) => {
      const checklist = validator.checklistFor(version);
      const items = checklist.items.map(explainItem);
      const about = { id: checklist.id, version: checklist.version, profile: checklist.profile };
      return [version, { list: JSON.stringify({ checklist: about, items }), byId: new Map(items.map((item) => [item.id, item])) }];
    }),
  );

  app.get('/v1/items', async (request, reply) => {
    const version = parseVersionQuery(request.query);
    if (!version.ok) return sendProblem(reply, problem(400, 'bad-query', version.message));
    return reply.type('application/json; charset=utf-8').send(versions.get(version.value)!.list);
  });
  app.get<{ Params: { id: string } }>('/v1/items/:id', async (request, reply) => {
    const version = parseVersionQuery(request.query);
    if (!version.ok) return sendProblem(reply, problem(400, 'bad-query', version.message));
    const { byId } = versions.get(version.value)!;
    const item = byId.get(request.params.id);
    if (item) return reply.type('application/json; charset=utf-8').send(item);
    const guess = nearest(request.params.id, [...byId.keys()]);
    return sendProblem(reply, problem(404, 'not-found', `there is no item ${JSON.stringify(request.params.id.slice(0, 100))} in checklist ${version.value}.${guess ? ` Did you mean "${guess}"?` : ''} The items are listed at /v1/items.`));
  });
};
