/** `init`: prints the commented YAML template (src/checklist/template.ts) for the chosen design, fraction and checklist version. */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { TEMPLATE_DESIGNS, buildTemplate } from '../../checklist/template.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { checklistVersionOption } from './version-option.js';

const flagsSchema = z.object({
  design: z.array(z.enum(TEMPLATE_DESIGNS, { error: '--design must be in-vivo, in-vitro or clinical' })).default(['in-vivo']),
  fraction: z.enum(['whole', 'ev', 'ev-depleted'], { error: '--fraction must be whole, ev or ev-depleted' }).default('ev'),
});

export function runInit(args: string[], io: CliIo): ExitCode {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { design: { type: 'string', multiple: true }, fraction: { type: 'string' }, 'checklist-version': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout.write('Usage: secretome-checklist init [--design in-vivo|in-vitro|clinical]... [--fraction whole|ev|ev-depleted] [--checklist-version V] > study.yaml\n');
    return EXIT.pass;
  }
  const flags = flagsSchema.safeParse({ design: values.design, fraction: values.fraction });
  if (!flags.success) throw new UsageError(flags.error.issues[0]!.message);
  const version = checklistVersionOption(values['checklist-version']);
  io.stdout.write(buildTemplate([...new Set(flags.data.design)], flags.data.fraction, version));
  return EXIT.pass;
}
