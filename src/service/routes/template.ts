/** GET /v1/template?design=…&fraction=…[&version=1.0]: the commented YAML template `init` prints. */
import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod';
import type { ChecklistVersion } from '../../checklist/checklist.js';
import { buildTemplate, TEMPLATE_DESIGNS, TEMPLATE_FRACTIONS, type TemplateFraction } from '../../checklist/template.js';
import type { ServiceContext } from '../context.js';
import { problem, sendProblem } from '../errors.js';
import { firstIssue, REQUEST_PARSE, versionParameter } from '../query.js';

const orList = (words: readonly string[]): string => `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`;

export const TEMPLATE_FRACTION_NAMES = Object.keys(TEMPLATE_FRACTIONS) as [TemplateFraction, ...TemplateFraction[]];

/** `design` may be repeated (`design=in-vivo&design=clinical`) or comma-separated. */
const templateQuerySchema = z
  .object({
    design: z
      .union([z.string(), z.array(z.string()).max(TEMPLATE_DESIGNS.length * 2)])
      .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((entry) => entry.split(',')).map((entry) => entry.trim()))
      .pipe(z.array(z.enum(TEMPLATE_DESIGNS, { error: `design must be ${orList(TEMPLATE_DESIGNS)}` })).min(1))
      .optional(),
    fraction: z.enum(TEMPLATE_FRACTION_NAMES, { error: `fraction must be ${orList(TEMPLATE_FRACTION_NAMES)}` }).optional(),
    version: versionParameter,
  })
  .strict();

export const templateRoutes: FastifyPluginAsync<{ context: ServiceContext }> = async (app) => {
  app.get('/v1/template', async (request, reply) => {
    const parsed = templateQuerySchema.safeParse(request.query ?? {}, REQUEST_PARSE);
    if (!parsed.success) return sendProblem(reply, problem(400, 'bad-query', firstIssue(parsed.error, Object.keys(templateQuerySchema.shape))));
    const design = [...new Set(parsed.data.design ?? ['in-vivo'])];
    return reply.type('application/yaml; charset=utf-8').send(buildTemplate(design, parsed.data.fraction ?? 'ev', parsed.data.version as ChecklistVersion));
  });
};
