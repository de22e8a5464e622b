/** GET /v1/items and /v1/items/{id}: the checklist's items, as `explain` describes them, as JSON. */
import type { FastifyPluginAsync } from 'fastify';
import { explainItem } from '../../checklist/explain.js';
import { nearest } from '../../schema/suggest.js';
import type { ServiceContext } from '../context.js';
import { problem, sendProblem } from '../errors.js';

export const itemRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app, { context }) => {
  // The checklist reports are scored against by default (the service's profile and user checklist).
  const { checklist } = context.validators.get().validator;
  const about = { id: checklist.id, version: checklist.version, profile: checklist.profile };
  const items = checklist.items.map(explainItem);
  const byId = new Map(items.map((item) => [item.id, item]));
  const list = JSON.stringify({ checklist: about, items });

  app.get('/v1/items', async (_request, reply) => reply.type('application/json; charset=utf-8').send(list));
  app.get<{ Params: { id: string } }>('/v1/items/:id', async (request, reply) => {
    const item = byId.get(request.params.id);
    if (item) return reply.type('application/json; charset=utf-8').send(item);
    const guess = nearest(request.params.id, [...byId.keys()]);
    return sendProblem(reply, problem(404, 'not-found', `there is no item ${JSON.stringify(request.params.id.slice(0, 100))}.${guess ? ` Did you mean "${guess}"?` : ''} The items are listed at /v1/items.`));
  });
};
